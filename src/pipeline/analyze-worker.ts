// Worker thread entry: raw documents in, analyzed documents (or the stage failure) out.
import { parentPort } from "node:worker_threads";
import type { WorkerRequest } from "./pool.ts";
import { answer } from "./worker-reply.ts";

parentPort?.on("message", (request: WorkerRequest) => parentPort?.postMessage(answer(request)));
