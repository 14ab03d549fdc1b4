// Test worker entry: reports, as each answer's article text, the most requests it ever found queued behind the one in
// hand (it takes them off its port itself to count them, and answers them in order).
import { parentPort, receiveMessageOnPort } from "node:worker_threads";
import type { WorkerReply, WorkerRequest } from "./pool.ts";

let most = 0;
const answer = ({ id, doc }: WorkerRequest): void => {
  const reply: WorkerReply = {
    id,
    ok: true,
    result: { id: doc.id, article: { id: doc.id, text: String(most), contentHash: "", fingerprint: "" }, events: [] },
  };
  parentPort?.postMessage(reply);
};
parentPort?.on("message", (first: WorkerRequest) => {
  const queued: WorkerRequest[] = [];
  for (let m = parentPort && receiveMessageOnPort(parentPort); m; m = parentPort && receiveMessageOnPort(parentPort))
    queued.push(m.message as WorkerRequest);
  most = Math.max(most, queued.length);
  answer(first);
  for (const request of queued) answer(request);
});
