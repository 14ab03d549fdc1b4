// One `orbit worker` OS process for the benchmarks, with the CPU seconds it used read from /proc (the worker is untouched).
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { statFields, statSeconds } from "./thread-cpu.ts";

const BIN = fileURLToPath(new URL("../../bin/orbit.js", import.meta.url));
const REPO = fileURLToPath(new URL("../..", import.meta.url));
const MARK = "ORBIT_BENCH_CPU";

export interface WorkerRun {
  id: string;
  exitCode: number | null;
  /** User + system CPU seconds of the worker process and all its threads, from start to exit. */
  cpuSeconds: number;
  /** Peak resident memory of the worker (VmHWM), sampled while it ran; 0 when /proc had nothing to read. */
  peakRssMB: number;
  stdout: string;
  stderr: string;
}

/**
 * A process's CPU time vanishes from /proc when it is reaped, so the worker runs under `sh`, which waits for it and
 * then prints its own /proc/<pid>/stat: fields 16 and 17 (cutime, cstime) are the CPU ticks of the children it
 * reaped, i.e. exactly the worker, whose main thread and any threads are all counted.
 */
export interface WorkerHandle {
  done: Promise<WorkerRun>;
  /** Reads the worker's peak RSS so far (call it now and then while it runs; the last reading is reported). */
  sample(): void;
}

/** The pid `sh` started (its only child), then that process's VmHWM in MB; undefined once it has gone. */
function peakRss(shPid: number): number | undefined {
  try {
    const child = readFileSync(`/proc/${shPid}/task/${shPid}/children`, "utf8").trim().split(" ")[0];
    if (!child) return undefined;
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child}/status`, "utf8"));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined; // Not started yet or already exited: keep the last reading.
  }
}

/** Started as an executable, as `npx orbit` starts it: bin/orbit.js's first line gives node Orbit's flags. */
export function startWorker(db: string, id: string, args: string[] = []): WorkerHandle {
  const argv = [BIN, "worker", "--db", db, "--id", id, "--exit-when-empty", ...args];
  return spawnMeasured(id, argv);
}

/** Runs `argv` (no shell interpretation: each argument is quoted) and measures its CPU and peak memory. */
export function spawnMeasured(id: string, argv: string[]): WorkerHandle {
  const ticks = 100; // USER_HZ: 100 on every Linux build Node supports (getconf CLK_TCK).
  const quoted = argv.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(" ");
  const script = `${quoted}; code=$?; printf '\\n${MARK} ' >&2; cat /proc/$$/stat >&2; exit $code`;
  const child = spawn("/bin/sh", ["-c", script], { cwd: REPO, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => {
    stdout += d;
  });
  child.stderr.on("data", (d) => {
    stderr += d;
  });
  let peakRssMB = 0;
  const sample = () => {
    if (child.pid) peakRssMB = Math.max(peakRssMB, peakRss(child.pid) ?? 0);
  };
  const done = new Promise<WorkerRun>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (exitCode) => {
      const at = stderr.lastIndexOf(MARK);
      // The command name in field 2 may hold spaces; the fields after its closing parenthesis do not.
      const stat = at < 0 ? "" : stderr.slice(at + MARK.length);
      const fields = statFields(stat);
      // After the ")" the fields start at field 3, so cutime (16) and cstime (17) sit at offsets 13 and 14.
      const cpuSeconds = at < 0 ? Number.NaN : (Number(fields[13]) + Number(fields[14])) / ticks;
      resolve({
        id,
        exitCode,
        cpuSeconds,
        peakRssMB,
        stdout,
        stderr: at < 0 ? stderr : stderr.slice(0, at),
      });
    });
  });
  return { done, sample };
}

/** utime + stime (+ cutime + cstime when `reaped`) of a process from /proc, in seconds. */
function procSeconds(pid: number | string, reaped: boolean): number {
  try {
    return statSeconds(statFields(readFileSync(`/proc/${pid}/stat`, "utf8")), reaped);
  } catch {
    return 0; // Exited between listing and reading: its time shows in the parent's cutime once reaped.
  }
}

/**
 * CPU seconds used so far by a local PostgreSQL server: the postmaster with the backends it already reaped (cutime)
 * plus its live children. Take the difference of two readings; it includes every client's work, not only ours.
 */
export function serverCpuSeconds(postmasterPid: number): number {
  let total = procSeconds(postmasterPid, true);
  try {
    const kids = readFileSync(`/proc/${postmasterPid}/task/${postmasterPid}/children`, "utf8").trim().split(" ");
    for (const k of kids) if (k) total += procSeconds(k, false);
  } catch {
    return Number.NaN; // Not a local server (or /proc unreadable): no figure rather than a wrong one.
  }
  return total;
}

/**
 * CPU seconds of the PostgreSQL backends serving given clients (local server only): feed it their pids now and then;
 * it keeps each backend's latest reading, so a backend that exits loses only what it used since the last sample.
 */
export function backendCpu() {
  const seen = new Map<number, number>();
  return {
    sample(pids: number[]): void {
      for (const pid of pids) {
        const s = procSeconds(pid, false);
        if (s > 0) seen.set(pid, Math.max(seen.get(pid) ?? 0, s));
      }
    },
    seconds: () => [...seen.values()].reduce((a, b) => a + b, 0),
  };
}

/** The postmaster of the server a backend runs in: the backend's parent process. */
export function parentPid(pid: number): number {
  return Number(statFields(readFileSync(`/proc/${pid}/stat`, "utf8"))[1]);
}
