// Test worker entry: answers every request with the heap limits its thread was started with, as the article text.
import { parentPort, resourceLimits } from "node:worker_threads";
import type { WorkerReply, WorkerRequest } from "./pool.ts";

parentPort?.on("message", ({ id, doc }: WorkerRequest) => {
  const text = JSON.stringify(resourceLimits);
  const reply: WorkerReply = {
    id,
    ok: true,
    result: { id: doc.id, article: { id: doc.id, text, contentHash: "", fingerprint: "" }, events: [] },
  };
  parentPort?.postMessage(reply);
});
