// The load test's process plumbing: a free port, waiting for the server, CPU time of another process from /proc,
// and an autocannon client in its own Node process.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { statFields } from "./thread-cpu.ts";

const AUTOCANNON = createRequire(import.meta.url).resolve("autocannon");

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
    s.once("error", reject);
  });
}

export async function waitHealthy(url: string, server: ChildProcess): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (server.exitCode !== null) throw new Error(`orbit serve exited with ${server.exitCode}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("orbit serve did not answer /api/health within 30 s");
}

const TICK_MS = 1000 / Number(existsSync("/proc/self/stat") ? execFileSync("getconf", ["CLK_TCK"]).toString() : 100);

/** CPU ms of a process (all threads) and of its main thread alone, from /proc; undefined off Linux. */
export function cpuOf(pid: number): { all: number; main: number } | undefined {
  const ticks = (path: string) => {
    const fields = statFields(readFileSync(path, "utf8"));
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS; // utime + stime
  };
  try {
    return { all: ticks(`/proc/${pid}/stat`), main: ticks(`/proc/${pid}/task/${pid}/stat`) };
  } catch {
    return undefined;
  }
}

export type CannonResult = {
  latency: { p50: number; p99: number; max: number };
  requests: { average: number; total: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  cpuMs: number;
};
// The client runs in its own Node process: sharing this one's event loop with the ingest client would skew both.
const CLIENT = `const ac = require(process.env.AUTOCANNON);
ac(JSON.parse(process.env.CANNON_OPTS)).then((r) => {
  const u = process.cpuUsage();
  process.stdout.write(JSON.stringify({ latency: r.latency, requests: r.requests, non2xx: r.non2xx, errors: r.errors,
    timeouts: r.timeouts, cpuMs: (u.user + u.system) / 1000 }));
}, (e) => { console.error(e); process.exit(1); });`;

export function cannon(opts: Record<string, unknown>): Promise<CannonResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["-e", CLIENT], {
      env: { ...process.env, AUTOCANNON, CANNON_OPTS: JSON.stringify(opts) },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d));
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve(JSON.parse(out) as CannonResult) : reject(new Error(out))));
  });
}

/**
 * Watches the server's main thread from outside: how long it waited on the run queue for a CPU (from
 * /proc/<pid>/task/<pid>/schedstat) and how often it was found in uninterruptible disk wait (state D, e.g. an fsync
 * at a WAL checkpoint). Tells the machine's share of the latency from the server's own.
 */
export function watchThread(pid: number, everyMs = 20) {
  const path = `/proc/${pid}/task/${pid}`;
  const waitedMs = () => {
    try {
      return Number(readFileSync(`${path}/schedstat`, "utf8").split(" ")[1]) / 1e6;
    } catch {
      return Number.NaN;
    }
  };
  const start = waitedMs();
  let samples = 0;
  let diskWait = 0;
  const timer = setInterval(() => {
    try {
      const stat = readFileSync(`${path}/stat`, "utf8");
      samples++;
      if (stat[stat.lastIndexOf(")") + 2] === "D") diskWait++;
    } catch {}
  }, everyMs);
  return () => {
    clearInterval(timer);
    return { runQueueMs: waitedMs() - start, samples, diskWait };
  };
}
