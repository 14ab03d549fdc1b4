// Test worker entry: answers every request with the id of the thread that answered it, as the article text, and asks
// to retire after every third document, as a real analysis thread does once its live heap passes the pool's limit.
import { parentPort, threadId } from "node:worker_threads";
import type { WorkerReply, WorkerRequest } from "./pool.ts";

let answered = 0;
parentPort?.on("message", ({ id, doc }: WorkerRequest) => {
  answered++;
  const reply: WorkerReply = {
    id,
    ok: true,
    result: {
      id: doc.id,
      article: { id: doc.id, text: String(threadId), contentHash: "", fingerprint: "" },
      events: [],
    },
    retire: answered >= 3,
  };
  parentPort?.postMessage(reply);
});
