// Test worker entry: the real analysis worker, except that documents named "crash-exit" or "crash-throw" bring the
// whole thread down first (the way an out-of-memory abort or a bug in a native module would).
import { parentPort } from "node:worker_threads";
import type { WorkerRequest } from "./pool.ts";
import { answer } from "./worker-reply.ts";

parentPort?.on("message", (request: WorkerRequest) => {
  if (request.doc.id.startsWith("crash-exit")) process.exit(3);
  if (request.doc.id.startsWith("crash-throw")) throw new Error("uncaught in the worker");
  parentPort?.postMessage(answer(request));
});
