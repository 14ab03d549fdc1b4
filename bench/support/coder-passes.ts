// The coder bench's timed passes, run in a child process whose V8 does all its work on the main thread, so that the
// main thread's CPU time is the whole cost of the work on one core. bench/coding.ts starts it; `spawnCoderPasses`.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { codeEvents } from "../../src/coding/index.ts";
import type { AnnotatedArticle, Article } from "../../src/domain/index.ts";
import { annotate } from "../../src/nlp/index.ts";

/** The suites' sentences, 20 to a document, like a short article (the PLOVER and PETRARCH suites are real news). */
export function suiteArticles(): Article[] {
  const texts: string[] = [];
  for (const name of ["plover_gsr_cameo.jsonl", "petrarch2_gsr_validation.jsonl"]) {
    const file = new URL(`../../../shared/eventcoding/${name}`, import.meta.url);
    for (const line of readFileSync(file, "utf8").split("\n").filter(Boolean))
      texts.push(String(JSON.parse(line).text ?? ""));
  }
  const docs: Article[] = [];
  for (let i = 0; i < texts.length; i += 20) {
    const text = texts.slice(i, i + 20).join(" ");
    docs.push({ id: `b${i}`, text, published: "2025-08-01", contentHash: String(i), fingerprint: "0" });
  }
  return docs;
}

/**
 * CPU nanoseconds this thread has run, from /proc/thread-self/schedstat (Linux; nanosecond resolution, user and
 * system together); process.cpuUsage() in microseconds where that file is missing, which then counts every thread.
 */
export function threadCpuNs(): number {
  try {
    return Number(readFileSync("/proc/thread-self/schedstat", "latin1").split(" ")[0]);
  } catch {
    const u = process.cpuUsage();
    return (u.user + u.system) * 1000;
  }
}

/** What one timed pass cost: main-thread CPU, the whole process's CPU, and wall time, all in nanoseconds. */
export interface PassCost {
  threadNs: number;
  processNs: number;
  wallNs: number;
}

/** The kinds of timed pass: nlp alone (the baseline), the coding stage alone, and nlp + coding. */
export type PassKind = "nlp" | "coding" | "both";

export interface PassOptions {
  /** Timed passes of each kind, after `warmup` untimed ones. */
  passes: number;
  warmup: number;
  /** A full collection before each timed pass (the start of every pass alike), or none (the steady state). */
  collectEach: boolean;
  kinds: PassKind[];
}

export interface CoderPasses {
  /** Sentences in one pass of any kind (the corpus twice). */
  sentences: number;
  /** Whether V8 ran single-threaded, i.e. whether the main thread's CPU is all of it. */
  singleThreaded: boolean;
  /** One entry a timed pass round: the cost of each kind asked for, timed back to back. */
  passes: Partial<Record<PassKind, PassCost>>[];
}

function timed(collect: (() => void) | undefined, fn: () => void): PassCost {
  collect?.();
  const cpu0 = process.cpuUsage();
  const thread0 = threadCpuNs();
  const wall0 = process.hrtime.bigint();
  fn();
  const wallNs = Number(process.hrtime.bigint() - wall0);
  const threadNs = threadCpuNs() - thread0;
  const cpu = process.cpuUsage(cpu0);
  return { threadNs, processNs: (cpu.user + cpu.system) * 1000, wallNs };
}

/**
 * Rounds of timed passes, one of each kind asked for, back to back so that whatever the machine does to one it does
 * to the others; the order turns each round so no kind always comes first. Each pass reads the corpus twice. The
 * coder gets fresh annotations each round, made untimed: coding the same objects again would time a warmer coder
 * than a new page meets.
 */
export function runCoderPasses(options: PassOptions, gc: () => void): CoderPasses {
  const docs = suiteArticles();
  const twice = [...docs, ...docs];
  const sentences = twice.map(annotate).reduce((n, a) => n + a.sentences.length, 0);
  const collect = options.collectEach ? gc : undefined;
  const out: CoderPasses["passes"] = [];
  for (let p = -options.warmup; p < options.passes; p++) {
    let fresh: AnnotatedArticle[] = options.kinds.includes("coding") ? twice.map(annotate) : []; // untimed
    const kinds: Record<PassKind, () => PassCost> = {
      nlp: () => timed(collect, () => twice.forEach(annotate)),
      coding: () =>
        timed(collect, () => {
          for (const a of fresh) codeEvents(a);
        }),
      both: () =>
        timed(collect, () => {
          for (const d of twice) codeEvents(annotate(d));
        }),
    };
    const n = options.kinds.length;
    const round: CoderPasses["passes"][number] = {};
    for (let k = 0; k < n; k++) {
      const kind = options.kinds[(k + p + n * options.warmup) % n] as PassKind;
      round[kind] = kinds[kind]();
    }
    fresh = [];
    if (p >= 0) out.push(round);
  }
  return { sentences, singleThreaded: process.execArgv.includes("--single-threaded"), passes: out };
}

const CHILD = fileURLToPath(import.meta.url);
const REPO = fileURLToPath(new URL("../..", import.meta.url));

/**
 * Runs the passes in a child node with V8's `--single-threaded`: garbage collection and JIT compilation then happen
 * on the main thread instead of on V8's helper threads, so the main thread's CPU time holds every cost of the work
 * and nothing else (a collection's concurrent sweeping cannot spill into the next timed pass either).
 */
export function spawnCoderPasses(options: PassOptions): CoderPasses {
  const flags = ["--single-threaded", "--expose-gc", "--import", "tsx"];
  const run = spawnSync(process.execPath, [...flags, CHILD, JSON.stringify(options)], {
    cwd: REPO,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`coder passes failed (exit ${run.status}): ${run.stderr.slice(-2000)}`);
  return JSON.parse(run.stdout) as CoderPasses;
}

if (process.argv[1] === CHILD) {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("run with --expose-gc");
  process.stdout.write(JSON.stringify(runCoderPasses(JSON.parse(process.argv[2] ?? "") as PassOptions, gc)));
}
