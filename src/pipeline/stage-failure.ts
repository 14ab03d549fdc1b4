import { AppError } from "../domain/index.ts";

/** A document that failed in one stage: keeps which stage, and the AppError naming the document. */
export class StageFailure extends AppError {
  constructor(
    readonly stage: string,
    readonly error: AppError,
  ) {
    super(error.code, error.message, { cause: error });
  }
}
