// One end-to-end run (real pages → analysis threads → store) with CPU and wall readings at chosen documents, so the
// pipeline bench can report what each stretch of the run costs: start-up, the threads' warm-up, pages new to the
// threads, pages they have analysed before.
import { availableParallelism } from "node:os";
import { createAnalyzerPool, type PoolOptions, runBatch } from "../../src/pipeline/index.ts";
import { openStore } from "../../src/store/index.ts";
import { arraySource } from "./array-source.ts";
import { loadRealPages, realDocuments } from "./real-pages.ts";
import { type CpuSplit, cpuSplit, type ThreadCpu, threadCpu } from "./thread-cpu.ts";

/**
 * Documents each analysis thread analyses before its code counts as warm. One thread over shuffled real pages (CPU
 * ms/page by stretches of 197): 28.8, 10.1, 8.4, then 7.1–8.4; V8 compiles the stages in every fresh thread.
 */
export const WARM_UP_PER_THREAD = 500;

/** What one stretch of the run (documents `from`+1 … `to`, in storing order) cost. */
export interface Stretch {
  from: number;
  to: number;
  docs: number;
  /** Articles stored per wall-clock second. */
  rate: number;
  /** CPU ms per document, the whole process (all threads). */
  cpuMs: number;
  /** The same CPU by kind of thread. */
  split: CpuSplit;
}

export interface EndToEnd {
  docs: number;
  /** Distinct pages: the first `unique` documents are one pass over the corpus, each page new to the threads. */
  unique: number;
  threads: number;
  /** Whole run, pool start-up included. */
  rate: number;
  perCpuSecond: number;
  /** Until the pool answered its first document: bundle build, thread start, module and data loading. */
  firstMs: number;
  startupCpuMs: number;
  /** First document stored → last: includes the threads' warm-up. */
  steady: Stretch;
  /** The first pass after each thread's warm-up: pages the threads have not seen, code compiled (a stream of news). */
  fresh: Stretch | undefined;
  /** After the first pass: every page analysed before (its rare words already in the threads' caches). */
  repeats: Stretch | undefined;
  events: number;
  stored: number;
  duplicates: number;
  failures: number;
}

interface Mark {
  n: number;
  ms: number;
  cpu: NodeJS.CpuUsage;
  threads: ThreadCpu[];
}

const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;

function stretch(old: ThreadCpu[], a: Mark, b: Mark): Stretch {
  const docs = b.n - a.n;
  const total = cpuMs(b.cpu) - cpuMs(a.cpu);
  const s = cpuSplit(old, a.threads, b.threads);
  return {
    from: a.n,
    to: b.n,
    docs,
    rate: docs / ((b.ms - a.ms) / 1000),
    cpuMs: total / docs,
    split: {
      mainMs: s.mainMs / docs,
      // Analysis threads recycled mid-run (pool `recycleAboveMb`) have left /proc by the end, but the process total
      // still holds their CPU: what is neither the main thread nor a helper is analysis.
      newMs: (total - s.mainMs - s.helperMs) / docs,
      helperMs: s.helperMs / docs,
    },
  };
}

/** Runs `count` real documents (shuffled passes over the corpus) through a fresh pool into the store at `db`. */
export async function endToEnd(db: string, count: number, pool?: PoolOptions): Promise<EndToEnd> {
  const store = await openStore(db);
  const docs = realDocuments(count);
  const unique = Math.min(count, loadRealPages().length);
  const threads = availableParallelism();
  const warm = Math.min(WARM_UP_PER_THREAD * threads, Math.floor(unique / 2));
  const old = threadCpu();
  const started = performance.now();
  const cpu = process.cpuUsage();
  // The bench starts the pool itself (runBatch leaves a given pool open) so it can read the analysis threads' CPU
  // before they exit.
  const analyzer = await createAnalyzerPool(threads, pool);
  const marks = new Map<number, Mark>();
  const wanted = new Set([1, warm, unique]);
  const mark = (n: number): Mark => ({
    n,
    ms: performance.now() - started,
    cpu: process.cpuUsage(cpu),
    threads: threadCpu(),
  });
  // Counted here: the summary's `documents` counts documents read from the source, which runs ahead of the storing.
  let settled = 0;
  const summary = await runBatch(arraySource(docs), store, {
    analyzer,
    onProgress: () => {
      settled++;
      if (wanted.has(settled)) marks.set(settled, mark(settled));
    },
  });
  const end = mark(docs.length);
  await analyzer.close();
  await store.close();
  // onProgress runs once per document settled (stored or failed), so a run that settled one passed every mark
  const first = marks.get(1);
  if (!first) throw new Error("the end-to-end run stored nothing");
  const at = (n: number): Mark => (n === docs.length ? end : marks.get(n)!);
  return {
    docs: docs.length,
    unique,
    threads,
    rate: docs.length / (end.ms / 1000),
    perCpuSecond: docs.length / (cpuMs(end.cpu) / 1000),
    firstMs: first.ms,
    startupCpuMs: cpuMs(first.cpu),
    steady: stretch(old, first, end),
    fresh: warm > 1 && unique > warm ? stretch(old, at(warm), at(unique)) : undefined,
    repeats: docs.length > unique ? stretch(old, at(unique), end) : undefined,
    events: summary.events,
    stored: summary.stored,
    duplicates: summary.duplicates,
    failures: summary.failures.length,
  };
}
