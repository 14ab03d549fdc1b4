// Helper thread entry: builds the nlp stage's shared tables (gazetteer, place index) and posts them to its parent.
import { parentPort } from "node:worker_threads";
import { sharedNlpData } from "../nlp/gazetteer-shared.ts";

// The tables live in SharedArrayBuffers: posting them shares their memory, and what this thread allocated to build
// them goes with it when it exits.
parentPort?.postMessage(sharedNlpData());
