// Test worker entry: answers every request with the id of the thread that answered it, as the article text.
import { parentPort, threadId } from "node:worker_threads";
import type { WorkerReply, WorkerRequest } from "./pool.ts";

parentPort?.on("message", ({ id, doc }: WorkerRequest) => {
  const text = String(threadId);
  const reply: WorkerReply = {
    id,
    ok: true,
    result: { id: doc.id, article: { id: doc.id, text, contentHash: "", fingerprint: "" }, events: [] },
  };
  parentPort?.postMessage(reply);
});
