// CPU time of each thread of this process, read from /proc (Linux only): which thread (main, analysis workers, V8's
// GC helpers, libuv pool) spends what. process.cpuUsage() only gives the whole process.
import { readdirSync, readFileSync } from "node:fs";

export interface ThreadCpu {
  tid: number;
  name: string;
  /** user + system CPU milliseconds since the thread started. */
  cpuMs: number;
}

const TICK_MS = 10; // USER_HZ is 100 on Linux builds Node supports

/**
 * The fields of a /proc stat line after the command name, which is in parentheses and may hold spaces: [0] is
 * field 3 (state), so utime (14) and stime (15) sit at [11] and [12], cutime and cstime at [13] and [14].
 */
export function statFields(stat: string): string[] {
  return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
}

/** utime + stime of statFields' output in seconds, plus the reaped children's cutime + cstime when asked. */
export function statSeconds(fields: string[], withReapedChildren = false): number {
  const own = Number(fields[11]) + Number(fields[12]);
  return ((withReapedChildren ? own + Number(fields[13]) + Number(fields[14]) : own) * TICK_MS) / 1000;
}

/** Every live thread of this process with its CPU so far; empty where /proc is missing. */
export function threadCpu(): ThreadCpu[] {
  let tids: string[];
  try {
    tids = readdirSync("/proc/self/task");
  } catch {
    return [];
  }
  const out: ThreadCpu[] = [];
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
      const name = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
      const cpuMs = statSeconds(statFields(stat)) * 1000;
      out.push({ tid: Number(tid), name, cpuMs });
    } catch {
      // The thread ended between listing and reading.
    }
  }
  return out;
}

export interface CpuSplit {
  /** The main thread: source, messages to and from the pool, store writes. */
  mainMs: number;
  /** Threads started after `before` was taken: the pool's analysis threads (the stages and their on-thread GC). */
  newMs: number;
  /** Other threads that existed before: V8's platform workers (parallel and concurrent GC, background compiling). */
  helperMs: number;
}

/** CPU spent by each kind of thread between two snapshots; `old` lists the threads that existed before the pool. */
export function cpuSplit(old: ThreadCpu[], from: ThreadCpu[], to: ThreadCpu[]): CpuSplit {
  const existed = new Set(old.map((t) => t.tid));
  const start = new Map(from.map((t) => [t.tid, t.cpuMs]));
  const split: CpuSplit = { mainMs: 0, newMs: 0, helperMs: 0 };
  for (const t of to) {
    const used = t.cpuMs - (start.get(t.tid) ?? 0);
    if (t.tid === process.pid) split.mainMs += used;
    else if (existed.has(t.tid)) split.helperMs += used;
    else split.newMs += used;
  }
  return split;
}
