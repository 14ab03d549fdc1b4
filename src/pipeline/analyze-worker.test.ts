import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { test } from "node:test";

// An allocation site whose objects all survive: with pretenuring V8 soon allocates them in the old generation and
// the young generation stops filling (2 scavenges for the second million objects); without it, ~90.
const probe = (entry: string) => `
import { PerformanceObserver, constants } from "node:perf_hooks";
${entry}
let minor = 0;
let counting = false;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) if (counting && e.detail.kind === constants.NODE_PERFORMANCE_GC_MINOR) minor++;
}).observe({ entryTypes: ["gc"] });
const keep = [];
const make = (i) => ({ a: i, b: i + 1, c: null });
for (let i = 0; i < 1_000_000; i++) keep.push(make(i));
await new Promise((r) => setTimeout(r, 10));
counting = true;
for (let i = 0; i < 1_000_000; i++) keep.push(make(i));
await new Promise((r) => setTimeout(r, 10));
console.log(minor);
process.exit(0);
`;

const scavenges = (entry: string): number =>
  Number(
    execFileSync(
      process.execPath,
      ["--import", "tsx", "--max-semi-space-size=1", "--input-type=module", "-e", probe(entry)],
      { encoding: "utf8", cwd: import.meta.dirname },
    ).trim(),
  );

test("the analysis thread entry turns V8's allocation-site pretenuring off", () => {
  const url = new URL("./analyze-worker.ts", import.meta.url).href;
  const plain = scavenges("");
  const entry = scavenges(`await import(${JSON.stringify(url)});`);
  assert.ok(plain < 20, `the probe should see pretenuring in a plain process (${plain} scavenges)`);
  assert.ok(
    entry > 40,
    `after loading the worker entry, surviving objects still go through the young generation (${entry} scavenges)`,
  );
});
