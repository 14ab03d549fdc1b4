// Child process for the memory bench: streams N real news pages (or, with --generated, tiny generated documents)
// through the pipeline into SQLite and prints peak RSS with RSS by tenths of the run.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { RawDocument } from "../../src/domain/index.ts";
import { runBatch } from "../../src/pipeline/index.ts";
import { openStore } from "../../src/store/index.ts";
import { arraySource } from "./array-source.ts";
import { readRealPage, realPageNames } from "./real-pages.ts";

const args = process.argv.slice(2);
const generated = args.includes("--generated");
const count = Number(args.find((a) => !a.startsWith("--")) ?? 100_000);
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

// The extraction benchmarks' pages (bench/support/real-pages.ts), read from disk one at a time as an ingest source
// reads files: holding all 1,970 decoded pages would itself take ~550 MB (most are two-byte strings), which is the
// bench's memory, not Orbit's. Each repetition gets new ids, so no id repeats.
function* realPages(): Iterable<RawDocument> {
  const names = realPageNames();
  for (let i = 0; i < count; i++) {
    const name = names[i % names.length]!;
    yield { id: `${name}#${Math.floor(i / names.length)}`, html: readRealPage(name), origin: name };
  }
}

const dir = mkdtempSync(join(tmpdir(), "orbit-rss-"));
const store = await openStore(join(dir, "rss.db"));
const started = Date.now();
const cpu = process.cpuUsage();
const baseline = process.memoryUsage().rss;
// RSS every tenth of the run shows whether memory stays flat or creeps up with the number of documents; the main
// thread's V8 heap beside it tells its share from the analysis threads' (whose heaps this process cannot read).
const trace: number[] = [];
const mainHeap: number[] = [];
const every = Math.max(1, Math.floor(count / 10));
const summary = await runBatch(arraySource(generated ? generate() : realPages()), store, {
  workers: Number(process.env.ORBIT_WORKERS ?? 2),
  window: process.env.ORBIT_BENCH_WINDOW ? Number(process.env.ORBIT_BENCH_WINDOW) : undefined,
  // Bench knobs to compare heap settings of the analysis threads (MB; unset = the pool's defaults).
  pool: {
    youngGenerationMb: process.env.ORBIT_BENCH_YOUNG_MB ? Number(process.env.ORBIT_BENCH_YOUNG_MB) : undefined,
    oldGenerationMb: process.env.ORBIT_BENCH_OLD_MB ? Number(process.env.ORBIT_BENCH_OLD_MB) : undefined,
    recycleAboveMb: process.env.ORBIT_BENCH_RECYCLE_MB ? Number(process.env.ORBIT_BENCH_RECYCLE_MB) : undefined,
  },
  onProgress: (s) => {
    if (s.documents % every === 0 && trace.length < s.documents / every) {
      const { rss, heapTotal } = process.memoryUsage();
      trace.push(rss / 2 ** 20);
      mainHeap.push(heapTotal / 2 ** 20);
    }
  },
});
await store.close();
rmSync(dir, { recursive: true, force: true });
const used = process.cpuUsage(cpu);
process.stdout.write(
  `${JSON.stringify({ kind: generated ? "generated" : "real pages", documents: summary.documents, events: summary.events, failures: summary.failures.length, seconds: (Date.now() - started) / 1000, cpuSeconds: (used.user + used.system) / 1e6, startRssMB: baseline / 2 ** 20, peakRssMB: process.resourceUsage().maxRSS / 1024, traceMB: trace.map(Math.round), mainHeapMB: mainHeap.map(Math.round) })}\n`,
);
