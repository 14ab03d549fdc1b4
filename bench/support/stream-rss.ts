// Child process for the memory bench: streams N generated documents through the pipeline into SQLite, prints peak RSS.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { RawDocument } from "../../src/domain/index.ts";
import { runBatch } from "../../src/pipeline/index.ts";
import { openStore } from "../../src/store/index.ts";
import { arraySource } from "./array-source.ts";

const count = Number(process.argv[2] ?? 100_000);
const STATES = ["Russia", "Azerbaijan", "Armenia", "Kazakhstan", "Georgia", "Moldova", "China", "Turkey", "Ukraine"];
const VERBS = ["criticised", "praised", "met", "threatened", "signed an agreement with", "accused", "welcomed"];

function* generate(): Iterable<RawDocument> {
  for (let i = 0; i < count; i++) {
    const a = STATES[i % STATES.length]!;
    const b = STATES[(i * 7 + 3) % STATES.length]!;
    const v = VERBS[i % VERBS.length]!;
    const text = `${a} ${v} ${b === a ? "Turkey" : b} on Monday, officials said. Talks on trade continued in the capital (report ${i}).`;
    yield { id: `gen-${i}`, text, published: `2025-06-0${(i % 9) + 1}` };
  }
}

const dir = mkdtempSync(join(tmpdir(), "orbit-rss-"));
const store = await openStore(join(dir, "rss.db"));
const started = Date.now();
const baseline = process.memoryUsage().rss;
// RSS every tenth of the run shows whether memory stays flat or creeps up with the number of documents.
const trace: number[] = [];
const every = Math.max(1, Math.floor(count / 10));
const summary = await runBatch(arraySource(generate()), store, {
  workers: Number(process.env.ORBIT_WORKERS ?? 2),
  // Bench knobs to compare heap settings of the analysis threads (MB; unset = the pool's defaults).
  pool: {
    youngGenerationMb: process.env.ORBIT_BENCH_YOUNG_MB ? Number(process.env.ORBIT_BENCH_YOUNG_MB) : undefined,
    oldGenerationMb: process.env.ORBIT_BENCH_OLD_MB ? Number(process.env.ORBIT_BENCH_OLD_MB) : undefined,
  },
  onProgress: (s) => {
    if (s.documents % every === 0 && trace.length < s.documents / every)
      trace.push(process.memoryUsage().rss / 2 ** 20);
  },
});
await store.close();
rmSync(dir, { recursive: true, force: true });
process.stdout.write(
  `${JSON.stringify({ documents: summary.documents, events: summary.events, seconds: (Date.now() - started) / 1000, startRssMB: baseline / 2 ** 20, peakRssMB: process.resourceUsage().maxRSS / 1024, traceMB: trace.map(Math.round) })}\n`,
);
