import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";
import { type AnalyzedDocument, AppError, type ErrorCode, type RawDocument } from "../domain/index.ts";
import type { SharedNlpData } from "../nlp/index.ts";
import { loadAnalyzer } from "./analyzer.ts";
import { sharedTables } from "./pool-tables.ts";
import { StageFailure, unpackForAnalysis } from "./stage-failure.ts";
import { startWorker, workerBundle } from "./worker-bundle.ts";

/** Runs the stages on a pool of worker threads, or inline when the pool has one slot. */
export interface AnalyzerPool {
  readonly size: number;
  analyze(doc: RawDocument): Promise<AnalyzedDocument>;
  close(): Promise<void>;
}

/**
 * Heap limits of each analysis thread. With 2 threads, peak RSS streaming real news pages was ~616 MB over 20k pages,
 * ~555 MB once the stage data per thread shrank (61 MB live at start, ~78 MB after a pass over 1,970 distinct pages),
 * still over the 400 MB target (docs/scaling.md). bin/orbit.js starts node with --max-semi-space-size=4, a
 * process-wide flag that overrides the threads' young generation too: 3 × 4 MB must stay equal to youngGenerationMb
 * (src/cli/cli-bundle.test.ts checks).
 */
export const HEAP_DEFAULTS = { youngGenerationMb: 12, oldGenerationMb: 160 } as const;

/**
 * Live heap (MB, measured after a full garbage collection) above which an analysis thread is replaced by a fresh one.
 * The stages keep what they learn about words for the life of the thread (wink adds every new word to its lexicon,
 * and the tokenizer's lemma memo follows it), because news keeps meeting new names and numbers. Measured on one
 * thread reading the shared gazetteer and place index (26 Nov, 04:30 UTC), true heap after full collections: 20 MB
 * with the stages loaded, 50 MB after 200 real pages, 56 after 700, 62 after the 1,970 distinct pages (before the
 * tables were shared, 25 Nov: ~70, ~81 and ~89, flat after that when pages repeated). At 100 MB it is replaced, well
 * before its old-generation cap would make it collect without end or die; over 100,000 real pages no thread was.
 * A fresh thread is dear: ~1.1 CPU-s to start, and ~2-3 CPU-s more over its first ~1,000 pages while V8 compiles the
 * stages again (TurboFan on the helper threads) and runs them unoptimised, so heap-watch.ts reads the heap exactly as
 * each full collection leaves it.
 * Replacing on measured growth, not on a document count, costs nothing on streams that do not grow (docs/scaling.md).
 */
export const RECYCLE_DEFAULT_MB = 100;

/**
 * Documents posted to a thread at a time: the one it works on and the next. A posted document with its page as a
 * string waits in the thread's message queue as a serialized copy (its characters again: ~0.6 MB for a typical page,
 * 3 MB for the largest), on top of the string the pool keeps for a retry; posting a batch's whole window at once held
 * ~7 such copies per thread. (A packed one, from `orbit ingest`, is its bytes in shared memory: posted without a copy,
 * and kept for a retry off this thread's heap.) With one queued, a thread never waits: the next is posted as each
 * reply comes.
 */
const POSTED_PER_THREAD = 2;

export interface PoolOptions {
  /** The worker module; it answers each WorkerRequest with one WorkerReply. Default: analyze-worker.ts. */
  workerEntry?: URL;
  /**
   * Analyse in a worker thread even when one thread is asked for. A server sets it: analysing on its own thread would
   * stall every read for the length of a page (`orbit serve` with ORBIT_WORKERS=1, or a 1-core machine).
   */
  offMainThread?: boolean;
  /**
   * V8 young generation per analysis thread, MB (0: V8's default). A page's parse tree and tokens are garbage by the
   * next page; a young generation too small to hold one page's working set scavenges in the middle of it and copies it,
   * then promotes it and pays again in old-generation marking. Measured on this 2-core machine, 2 threads, real pages
   * (trace-gc): 16 MB ran ~150 scavenges and ~10 mark-compacts per 200 pages and thread, 64 MB ~45 and ~5; peak RSS
   * over 20k streamed documents was 345 MB at 16, 371 at 32, 443 at 64; over 100k, 380–395 MB at 16 and 393.5 at 32
   * (V8's default young generation: 429 MB). 32 MB saves ~5% CPU per real page, but leaves too little room under the
   * 400 MB target. On real pages (25 Nov, 19:40–19:53, 2,000 pages, interleaved): 16 MB peaked at 461 and 465 MB,
   * 12 MB at 430 and 437, 8 MB at 463 and 429; CPU per page, one thread in-process, 12 MB +1.5% and 8 MB +4% over
   * 16 (the 2-thread streams: +4% and +10%). So the default is 12 (HEAP_DEFAULTS.youngGenerationMb).
   */
  youngGenerationMb?: number;
  /**
   * V8 old-generation cap per analysis thread, MB (0: none). Near the cap V8 collects instead of growing the heap, so
   * RSS stays flat over long streams; a page that needs more kills only its thread, and only that page fails.
   * Default HEAP_DEFAULTS.oldGenerationMb (a 3M-character page, the extractor's cap, needs well under 128).
   */
  oldGenerationMb?: number;
  /** Live heap (MB, after a full GC) above which a thread is replaced by a fresh one (0: never). RECYCLE_DEFAULT_MB. */
  recycleAboveMb?: number;
}

export interface WorkerRequest {
  id: number;
  doc: RawDocument;
}

/** `retire`: the thread's live heap passed the pool's recycling limit; it wants no more documents. */
export type WorkerReply = { id: number; retire?: boolean } & (
  | { ok: true; result: AnalyzedDocument }
  | { ok: false; stage: string; code: ErrorCode; message: string; where?: string; documentId?: string }
);

/**
 * What a thread is started with: where it publishes the request it works on, its recycling limit, and the gazetteer
 * and place index built once on this thread in shared memory (each thread reads them in place instead of building
 * ~23 MB of its own).
 */
export interface WorkerSetup {
  current: Int32Array;
  recycleAboveMb: number;
  nlp?: SharedNlpData;
}

interface Job {
  doc: RawDocument;
  resolve: (r: AnalyzedDocument) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  /** The id of the request the worker is working on (written by the worker), -1 before the first. */
  current: Int32Array;
  /** Jobs posted to this worker, in the order it takes them: the first is the one it is working on. */
  jobs: Map<number, Job>;
  answered: number;
}

async function inlinePool(): Promise<AnalyzerPool> {
  const analyze = await loadAnalyzer();
  const analyzeHere = (doc: RawDocument) => {
    const raw = unpackForAnalysis(doc);
    try {
      return analyze(raw);
    } catch (err) {
      // A packed document's failure goes under the id only its decoding told, as a thread's does (worker-reply.ts).
      throw err instanceof StageFailure && !err.documentId ? new StageFailure(err.stage, err.error, raw.id) : err;
    }
  };
  return { size: 1, analyze: async (doc) => analyzeHere(doc), close: async () => {} };
}

type HeapLimits = Worker["resourceLimits"];

const crashed = (doc: RawDocument, why: string) =>
  new StageFailure(
    "pipeline",
    new AppError("INTERNAL", `analysis worker crashed: ${why}`, { where: doc.origin ?? doc.id }),
  );

function failureOf(reply: Extract<WorkerReply, { ok: false }>): StageFailure {
  const message = reply.where ? reply.message.replace(`${reply.where}: `, "") : reply.message;
  return new StageFailure(reply.stage, new AppError(reply.code, message, { where: reply.where }), reply.documentId);
}

export async function createAnalyzerPool(requested?: number, options: PoolOptions = {}): Promise<AnalyzerPool> {
  const size = Math.max(1, requested ?? availableParallelism());
  if (size === 1 && !options.workerEntry && !options.offMainThread) return inlinePool();
  const entry = options.workerEntry ?? new URL("./analyze-worker.ts", import.meta.url);
  // The tables are built on a helper thread while the bundle is built (pool-tables.ts).
  if (!options.workerEntry) void sharedTables().catch(() => {});
  let bundle = await workerBundle(entry);
  const young = options.youngGenerationMb ?? HEAP_DEFAULTS.youngGenerationMb;
  const old = options.oldGenerationMb ?? HEAP_DEFAULTS.oldGenerationMb;
  const limits: HeapLimits = {
    ...(young > 0 ? { maxYoungGenerationSizeMb: young } : {}),
    ...(old > 0 ? { maxOldGenerationSizeMb: old } : {}),
  };
  const recycleAboveMb = options.recycleAboveMb ?? RECYCLE_DEFAULT_MB;
  // Only the stages' own worker uses them; a test's worker entry is spared the build.
  const nlp = options.workerEntry ? undefined : await sharedTables();
  /** Workers that take new documents. */
  const slots = new Set<Slot>();
  /** Workers replaced by a fresh one, finishing what they hold before they are stopped. */
  const retiring = new Set<Slot>();
  /** Documents not yet posted to a thread, oldest first. */
  const waiting: Job[] = [];
  let nextId = 0;
  let closing = false;
  // Workers that died before answering anything: a broken install, not a bad document. Stop respawning then.
  let deadOnArrival = 0;
  let broken: string | undefined;

  const post = (slot: Slot, job: Job) => {
    const id = nextId;
    // Ids only need to be unique among requests in flight; staying in int32 lets the worker publish them atomically.
    nextId = (nextId + 1) % 2 ** 30;
    slot.jobs.set(id, job);
    slot.worker.postMessage({ id, doc: job.doc } satisfies WorkerRequest);
  };

  const retire = (slot: Slot) => {
    if (closing || !slots.delete(slot)) return;
    // The fresh worker starts now and loads its stage data while the old one finishes the documents it holds, so a
    // core is idle for at most the old one's queue; stopping the old one as soon as it is done bounds the overlap.
    retiring.add(slot);
    slots.add(start());
  };

  const stopIfDone = (slot: Slot) => {
    if (slot.jobs.size === 0 && retiring.delete(slot)) void slot.worker.terminate();
  };

  const pick = (): Slot | undefined => {
    // Least-loaded worker keeps every core busy even when documents differ a lot in size.
    let best: Slot | undefined;
    for (const s of slots) if (s.jobs.size < POSTED_PER_THREAD && (!best || s.jobs.size < best.jobs.size)) best = s;
    return best;
  };

  /** Posts waiting documents to threads with room; with no thread left, they fail. */
  const pump = () => {
    for (let slot = pick(); slot && waiting.length > 0; slot = pick()) post(slot, waiting.shift()!);
    if (slots.size === 0)
      for (const job of waiting.splice(0)) job.reject(crashed(job.doc, broken ?? "no analysis worker is running"));
  };

  const submit = (job: Job) => {
    waiting.push(job);
    pump();
  };

  const onDeath = (slot: Slot, why: string) => {
    const live = slots.delete(slot);
    if (!live && !retiring.delete(slot)) return;
    if (slot.answered === 0) {
      deadOnArrival++;
      // A bundle that cannot start (a package it imports behaves differently when loaded this way): use tsx.
      bundle = undefined;
    }
    if (deadOnArrival > size * 2) broken = `workers keep dying on start (${why})`;
    // A retiring worker was already replaced.
    if (live && !closing && !broken) slots.add(start());
    // Only the document the worker was working on fails; the others it held go to the other workers (including any
    // whose reply died with the thread: analysing a document twice is harmless, losing it is not).
    const busy = Atomics.load(slot.current, 0);
    const again: Job[] = [];
    for (const [id, job] of slot.jobs) {
      if (id === busy) job.reject(crashed(job.doc, why));
      else again.push(job);
    }
    // They were posted before the waiting ones: they go first.
    waiting.unshift(...again);
    pump();
  };

  const start = (): Slot => {
    const current = new Int32Array(new SharedArrayBuffer(4)).fill(-1);
    const worker = startWorker(entry, bundle, { current, recycleAboveMb, nlp }, limits);
    const slot: Slot = { worker, current, jobs: new Map(), answered: 0 };
    slot.worker.on("message", (reply: WorkerReply) => {
      const job = slot.jobs.get(reply.id);
      if (!job) return;
      slot.jobs.delete(reply.id);
      slot.answered++;
      deadOnArrival = 0;
      if (reply.retire) retire(slot);
      if (reply.ok) job.resolve(reply.result);
      else job.reject(failureOf(reply));
      stopIfDone(slot);
      pump();
    });
    slot.worker.on("error", (err) => onDeath(slot, err.message));
    slot.worker.on("exit", (code) => onDeath(slot, `exited with code ${code}`));
    return slot;
  };

  for (let i = 0; i < size; i++) slots.add(start());

  return {
    size,
    analyze: (doc) => new Promise((resolve, reject) => submit({ doc, resolve, reject })),
    async close() {
      closing = true;
      for (const job of waiting.splice(0)) job.reject(crashed(job.doc, "the analysis pool was closed"));
      const workers = [...slots, ...retiring].map((s) => s.worker);
      slots.clear();
      retiring.clear();
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
