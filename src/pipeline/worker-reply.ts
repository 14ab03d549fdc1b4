import { parentPort, workerData } from "node:worker_threads";
import { toAppError } from "../domain/index.ts";
import { adoptSharedNlpData } from "../nlp/index.ts";
import { analyzeHandedOver } from "./analyze.ts";
import { heapWatch } from "./heap-watch.ts";
import type { WorkerReply, WorkerRequest, WorkerSetup } from "./pool.ts";
import { StageFailure, unpackForAnalysis } from "./stage-failure.ts";

/**
 * What a worker thread answers to one request: the analysed document, or the stage failure as plain data. The request
 * is this thread's own copy of the message, read by nothing else, so its page is handed over and dropped once extracted.
 * A packed JSONL line is decoded here, not on the thread that read it; a failure names the id it is to be recorded
 * under, which only this thread knows for such a line.
 */
export function answer({ id, doc }: WorkerRequest): WorkerReply {
  let documentId = doc.id;
  try {
    const raw = unpackForAnalysis(doc);
    documentId = raw.id;
    return { id, ok: true, result: analyzeHandedOver(raw) };
  } catch (err) {
    const stage = err instanceof StageFailure ? err.stage : "pipeline";
    const error = err instanceof StageFailure ? err.error : toAppError(err, doc.origin ?? doc.id);
    if (err instanceof StageFailure && err.documentId) documentId = err.documentId;
    return { id, ok: false, stage, code: error.code, message: error.message, where: error.where, documentId };
  }
}

/**
 * Answers requests on this worker thread. Before each document it writes the request id into the shared cell the
 * pool gave it, so that if the thread dies the pool knows which document killed it (replies already posted may be
 * lost with the thread, so "the oldest unanswered request" would blame the wrong one). A reply says `retire` once the
 * thread's live heap passed the pool's limit, and the pool replaces the thread. The gazetteer and place index the pool built
 * in shared memory are adopted before any stage asks for its own. `before` is a test hook.
 */
export function serve(before?: (request: WorkerRequest) => void): void {
  const setup = workerData as Partial<WorkerSetup> | undefined;
  const current = setup?.current;
  if (setup?.nlp) adoptSharedNlpData(setup.nlp);
  const outgrown = heapWatch(setup?.recycleAboveMb ?? 0);
  parentPort?.on("message", (request: WorkerRequest) => {
    if (current) Atomics.store(current, 0, request.id);
    before?.(request);
    const reply = answer(request);
    if (outgrown()) reply.retire = true;
    parentPort?.postMessage(reply);
  });
}
