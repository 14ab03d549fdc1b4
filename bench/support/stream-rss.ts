// Memory bench: streams N real news pages (or, with --generated, tiny generated documents) as JSONL into
// `orbit ingest -` started the way a user starts it (`npx orbit` runs bin/orbit.js, 2 analysis threads, SQLite), and prints the
// orbit process's peak RSS, its RSS by tenths of the run and its CPU, all read from /proc while it runs.
import { spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { RawDocument } from "../../src/domain/index.ts";
import { readRealPage, realPageNames } from "./real-pages.ts";
import { statFields, statSeconds } from "./thread-cpu.ts";

const BIN = fileURLToPath(new URL("../../bin/orbit.js", import.meta.url));
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

// The extraction benchmarks' pages (bench/support/real-pages.ts), read from disk one at a time: holding all 1,970
// decoded pages would take ~550 MB here. Each repetition gets new ids, so no id repeats.
function* realPages(): Iterable<RawDocument> {
  const names = realPageNames();
  for (let i = 0; i < count; i++) {
    const name = names[i % names.length]!;
    yield { id: `${name}#${Math.floor(i / names.length)}`, html: readRealPage(name) };
  }
}

/**
 * VmRSS and VmHWM (MB) and user + system CPU seconds of a process; undefined once it has gone. An exiting process
 * (a zombie, not yet reaped) has its final CPU in its stat line but no memory lines: those stay as last read.
 */
function probe(pid: number, last: Probe): Probe | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const stat = statFields(readFileSync(`/proc/${pid}/stat`, "utf8"));
    const kb = (field: string) => new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1];
    const rss = kb("VmRSS");
    const peak = kb("VmHWM");
    const threads = /Threads:\s+(\d+)/.exec(status)?.[1];
    return {
      rss: rss ? Number(rss) / 1024 : last.rss,
      peak: peak ? Number(peak) / 1024 : last.peak,
      cpu: statSeconds(stat),
      threads: threads ? Number(threads) : last.threads,
    };
  } catch {
    return undefined;
  }
}

interface Probe {
  rss: number;
  peak: number;
  cpu: number;
  /** OS threads of the process. */
  threads: number;
}

// The bundle is rebuilt (through tsx, once) after a source change: done here so the measured run starts as usual.
spawnSync(BIN, ["--version"], { stdio: "ignore" });
const dir = mkdtempSync(join(tmpdir(), "orbit-rss-"));
const workers = process.env.ORBIT_WORKERS ?? "2";
const db = join(dir, "rss.db");
// Run as an executable, as `npx orbit` runs it: its first line gives node the flags Orbit starts with.
const argv = ["ingest", "-", "--db", db, "--workers", workers, "--json", "--no-progress"];
const child = spawn(BIN, argv, { stdio: ["pipe", "pipe", "inherit"] });
let stdout = "";
child.stdout.on("data", (d) => {
  stdout += d;
});
const started = Date.now();
let last: Probe = { rss: 0, peak: 0, cpu: 0, threads: 0 };
// Every reading of RSS once the store is open: a peak is one instant (±30 MB between runs of the same code), while
// the mean and the 95th percentile of ~10 readings a second compare runs more steadily.
const readings: number[] = [];
// RSS when each tenth of the documents has been written to the pipe (at most a few pages ahead of the analysis).
const trace: number[] = [];
let counting = false;
// A recycled analysis thread's successor starts before the old one stops: one thread more than the tenths show.
let maxThreads = 0;
const threadsByTenth: number[] = [];
const sample = () => {
  const now = probe(child.pid!, last);
  if (now && counting && child.exitCode === null) {
    readings.push(now.rss);
    maxThreads = Math.max(maxThreads, now.threads);
  }
  last = now ?? last;
  return last;
};
// Peak RSS is the kernel's high-water mark, so sampling only has to be frequent enough to catch it before exit;
// CPU misses at most the last interval (the store's close).
const timer = setInterval(sample, 100);
const exited = once(child, "exit");
const every = Math.max(1, Math.floor(count / 10));
let written = 0;
// The baseline: RSS once the CLI has loaded and opened the store, before the pool starts and the first page arrives.
while (!existsSync(db) && child.exitCode === null) await new Promise((r) => setTimeout(r, 10));
const startRss = sample().rss;
counting = true;
for (const doc of generated ? generate() : realPages()) {
  if (!child.stdin.write(`${JSON.stringify(doc)}\n`)) await once(child.stdin, "drain");
  if (++written % every === 0) {
    const now = sample();
    trace.push(Math.round(now.rss));
    threadsByTenth.push(now.threads);
  }
}
child.stdin.end();
await exited;
clearInterval(timer);
rmSync(dir, { recursive: true, force: true });
const sorted = readings.sort((a, b) => a - b);
const meanRss = sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length);
const p95Rss = sorted[Math.floor(sorted.length * 0.95)] ?? 0;
const summary = JSON.parse(stdout.trim().split("\n").pop()!);
process.stdout.write(
  `${JSON.stringify({ kind: generated ? "generated" : "real pages", documents: summary.documents, events: summary.events, failures: summary.failures.length, seconds: (Date.now() - started) / 1000, cpuSeconds: last.cpu, startRssMB: startRss, peakRssMB: last.peak, meanRssMB: Math.round(meanRss), p95RssMB: Math.round(p95Rss), cpuMsPerDoc: +((last.cpu * 1000) / count).toFixed(2), maxThreads, threadsByTenth, traceMB: trace })}\n`,
);
