import { toAppError } from "../domain/index.ts";
import { analyzeDocument } from "./analyze.ts";
import type { WorkerReply, WorkerRequest } from "./pool.ts";
import { StageFailure } from "./stage-failure.ts";

/** What a worker thread answers to one request: the analysed document, or the stage failure as plain data. */
export function answer({ id, doc }: WorkerRequest): WorkerReply {
  try {
    return { id, ok: true, result: analyzeDocument(doc) };
  } catch (err) {
    const stage = err instanceof StageFailure ? err.stage : "pipeline";
    const error = err instanceof StageFailure ? err.error : toAppError(err, doc.origin ?? doc.id);
    return { id, ok: false, stage, code: error.code, message: error.message, where: error.where };
  }
}
