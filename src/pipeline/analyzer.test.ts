import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { analyzeDocument, loadAnalyzer, STAGE_ORDER } from "./analyzer.ts";

/** Files reached from `entry` through static value imports (type-only imports and `import()` load nothing). */
function staticGraph(entry: URL): Set<string> {
  const seen = new Set<string>();
  const visit = (file: URL) => {
    if (seen.has(file.href)) return;
    seen.add(file.href);
    const source = readFileSync(file, "utf8");
    for (const m of source.matchAll(/^(?:import|export)\s+(type\s+)?[^;]*?from\s+"(\.[^"]+)"/gms))
      if (!m[1]) visit(new URL(m[2]!, file));
  };
  visit(entry);
  return seen;
}

test("importing the pipeline loads no stage module: threads that only store stay light", () => {
  const reached = [...staticGraph(new URL("./index.ts", import.meta.url))];
  assert.ok(reached.some((f) => f.endsWith("/pipeline/batch.ts")));
  const stages = reached.filter((f) => /\/src\/(extract|nlp|coding)\/|\/pipeline\/analyze\.ts$/.test(f));
  assert.deepEqual(stages, []);
  // The worker entry, by contrast, does reach the stages.
  const worker = [...staticGraph(new URL("./analyze-worker.ts", import.meta.url))];
  assert.ok(worker.some((f) => f.includes("/src/nlp/")));
});

test("analyzeDocument asks for loadAnalyzer first, then runs the stages in their declared order", async () => {
  const doc = { id: "d", text: "Russia criticised Azerbaijan on Monday, officials said.", published: "2025-06-04" };
  const analyze = await loadAnalyzer();
  const { STAGES } = await import("./analyze.ts");
  assert.deepEqual([...STAGES], [...STAGE_ORDER]);
  assert.deepEqual(analyzeDocument(doc), analyze(doc));
});
