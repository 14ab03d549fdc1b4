// Worker thread entry: raw documents in, analyzed documents (or the stage failure) out.
import { parentPort } from "node:worker_threads";
import type { RawDocument } from "../domain/index.ts";
import { toAppError } from "../domain/index.ts";
import { analyzeDocument, StageFailure } from "./analyze.ts";
import type { WorkerReply } from "./pool.ts";

parentPort?.on("message", ({ id, doc }: { id: number; doc: RawDocument }) => {
  let reply: WorkerReply;
  try {
    reply = { id, ok: true, result: analyzeDocument(doc) };
  } catch (err) {
    const stage = err instanceof StageFailure ? err.stage : "pipeline";
    const error = err instanceof StageFailure ? err.error : toAppError(err, doc.origin ?? doc.id);
    reply = { id, ok: false, stage, code: error.code, message: error.message, where: error.where };
  }
  parentPort?.postMessage(reply);
});
