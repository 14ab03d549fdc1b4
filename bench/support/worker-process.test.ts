// The benchmark's CPU and memory readings of a child process, checked against a process that burns a known amount.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { describe, it } from "node:test";
import { backendCpu, parentPid, serverCpuSeconds, spawnMeasured } from "./worker-process.ts";

describe("spawnMeasured", () => {
  it("reads the CPU seconds and peak RSS of a busy child from /proc, and passes its exit code and output", async () => {
    // Spins until it has used 0.8 s of its own CPU (however loaded the machine), holding a 64 MB buffer.
    const script =
      "const b = Buffer.alloc(64 << 20, 1); let x = 0; while (process.cpuUsage().user < 800000) x += b[x % 1000]; console.log('it\\'s done', x > 0); process.exit(3)";
    const h = spawnMeasured("busy", [process.execPath, "-e", script]);
    const timer = setInterval(() => h.sample(), 20);
    const run = await h.done.finally(() => clearInterval(timer));
    assert.equal(run.exitCode, 3);
    assert.equal(run.stdout.trim(), "it's done true");
    assert.ok(run.cpuSeconds >= 0.78 && run.cpuSeconds < 30, `cpu ${run.cpuSeconds}`);
    assert.ok(run.peakRssMB >= 64, `peak RSS ${run.peakRssMB} MB`);
    assert.ok(!run.stderr.includes("ORBIT_BENCH_CPU"), "the /proc line is taken out of stderr");
  });

  it("an idle child uses almost no CPU", async () => {
    const run = await spawnMeasured("idle", [process.execPath, "-e", "setTimeout(() => {}, 400)"]).done;
    assert.equal(run.exitCode, 0);
    assert.ok(run.cpuSeconds < 0.5, `cpu ${run.cpuSeconds}`);
  });
});

describe("serverCpuSeconds", () => {
  it("counts a process's own CPU plus children it has reaped, and parentPid finds the parent", async () => {
    assert.equal(parentPid(process.pid), process.ppid);
    const before = serverCpuSeconds(process.pid);
    // A child that uses 0.5 s of CPU, then exits and is reaped by this process: its time moves into our cutime.
    const child = spawn(process.execPath, ["-e", "while (process.cpuUsage().user < 500000);"], { stdio: "ignore" });
    await new Promise((resolve) => child.once("exit", resolve));
    const grown = serverCpuSeconds(process.pid) - before;
    assert.ok(grown >= 0.48, `grew by ${grown} s`);
    assert.ok(Number.isNaN(serverCpuSeconds(2 ** 30)), "a process that does not exist gives no figure");
  });
});

describe("backendCpu", () => {
  it("keeps each process's latest CPU reading, including one that has since exited", async () => {
    const child = spawn(
      process.execPath,
      ["-e", "while (process.cpuUsage().user < 400000); setTimeout(() => {}, 300)"],
      {
        stdio: "ignore",
      },
    );
    const cpu = backendCpu();
    const exited = new Promise((resolve) => child.once("exit", resolve));
    let done = false;
    void exited.then(() => {
      done = true;
    });
    while (!done) {
      cpu.sample([child.pid!, 2 ** 30]);
      await new Promise((r) => setTimeout(r, 20));
    }
    cpu.sample([child.pid!]);
    assert.ok(cpu.seconds() >= 0.38 && cpu.seconds() < 30, `cpu ${cpu.seconds()}`);
  });
});
