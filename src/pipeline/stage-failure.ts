import { AppError, type RawDocument, toAppError } from "../domain/index.ts";
// That one module, not ingest/index.ts: the analysis threads call it, and the rest of ingest (fetching, feeds) is no
// business of theirs.
import { unpackDocument } from "../ingest/unpack-document.ts";

/**
 * A document that failed in one stage: keeps which stage, and the AppError naming the document. `documentId` is the
 * id to record the failure under when the caller knew the document only by its line (a packed JSONL record).
 */
export class StageFailure extends AppError {
  constructor(
    readonly stage: string,
    readonly error: AppError,
    readonly documentId?: string,
  ) {
    super(error.code, error.message, { cause: error });
  }
}

/**
 * A packed document (RawDocument.packed: a JSONL line, an HTML or text file) decoded and checked where it is analysed;
 * its errors are the ingest stage's and name the line or file, as when the reading thread decoded it. Other documents
 * pass through.
 */
export function unpackForAnalysis(doc: RawDocument): RawDocument {
  if (!doc.packed) return doc;
  try {
    return unpackDocument(doc);
  } catch (err) {
    const where = doc.origin ?? doc.id;
    throw new StageFailure("ingest", toAppError(err, where), where);
  }
}
