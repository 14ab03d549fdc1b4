// The nlp stage's shared tables (gazetteer, place index) for the pool's threads, built once per process off this thread.
import type { SharedNlpData } from "../nlp/index.ts";
import { startWorker, workerBundle } from "./worker-bundle.ts";

let tables: Promise<SharedNlpData> | undefined;

/**
 * Builds the tables on a helper thread, which posts them back (their SharedArrayBuffers are shared, not copied). Built
 * here, they cost ~0.3–1 s of this thread's time in one block: `orbit serve` did not answer anything meanwhile on its
 * first ingest request, and this thread's heap kept the ~20 MB of objects the build makes and drops. Should the
 * helper fail (an install whose bundle cannot start), they are built here, as before.
 */
export function sharedTables(): Promise<SharedNlpData> {
  tables ??= buildOffThread().catch(async () => (await import("../nlp/gazetteer-shared.ts")).sharedNlpData());
  return tables;
}

async function buildOffThread(): Promise<SharedNlpData> {
  const entry = new URL("./pool-tables-worker.ts", import.meta.url);
  const helper = startWorker(entry, await workerBundle(entry), undefined);
  return new Promise((resolve, reject) => {
    helper.once("message", resolve);
    helper.once("error", reject);
    // After the message this changes nothing: the promise is settled.
    helper.once("exit", (code) => reject(new Error(`the tables' helper thread exited (${code}) without them`)));
  });
}
