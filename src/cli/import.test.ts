// Through the real CLI: `orbit import unga` stores the ideal points of a folder, and `align` uses them without
// --ideal-points (which still overrides them).
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "orbit-import-"));
const db = join(dir, "t.db");
after(() => rmSync(dir, { recursive: true, force: true }));

function orbit(...args: string[]) {
  const r = spawnSync(process.execPath, [join(root, "bin/orbit.js"), ...args, "--db", db], {
    cwd: root,
    encoding: "utf8",
  });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

const distances = (out: string) =>
  (JSON.parse(out) as { year: number; measure: string; with: string; value: number }[])
    .filter((r) => r.measure === "ideal_distance")
    .map((r) => [r.year, r.with, r.value]);

test("import unga stores ideal points idempotently; align reports ideal_distance from them", () => {
  // Synthetic Voeten-layout fixture: session 75 (2020) ideal points RUS −1.25, DEU 1.5, ARM −0.5.
  const folder = join(root, "test/fixtures/unga/voeten");
  assert.match(orbit("import", "unga", folder), /ideal points: 3 {2}inserted: 3 {2}unchanged: 0/);
  assert.match(orbit("import", "unga", folder), /ideal points: 3 {2}inserted: 0 {2}unchanged: 3/);
  const align = ["align", "--source", "unga", "--country", "ARM", "--format", "json"];
  assert.deepEqual(distances(orbit(...align)), [
    [2020, "RUS", 0.75],
    [2020, "DEU", 2],
  ]);
  const file = join(dir, "ideal.csv");
  writeFileSync(file, "ccode,session,IdealPointAll\n365,75,0\n371,75,0.25\n");
  assert.deepEqual(distances(orbit(...align, "--ideal-points", file)), [[2020, "RUS", 0.25]]);
});
