// Quality floors: the seed page and two peer suites through nlp + coding, scored by the shared scorer.
// The floors are what the coder reaches now; raise them as it improves, never lower them to pass.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { runSeed, runSuite, type SuiteCase } from "../../scripts/eval-events.ts";

const shared = new URL("../../../shared/", import.meta.url);
const scorer = new URL("tools/score-events.mjs", shared);
const dir = mkdtempSync(join(tmpdir(), "orbit-quality-"));

interface Score {
  recall: number;
  precision: number;
  forbidden: number;
  dates: [number, number];
  line: string;
}

function score(gold: URL, rows: unknown[]): Score {
  const out = join(dir, `${Math.random().toString(36).slice(2)}.jsonl`);
  writeFileSync(out, `${rows.map((r) => JSON.stringify(r)).join("\n")}\n`);
  const text = execFileSync(process.execPath, [scorer.pathname, gold.pathname, out], { encoding: "utf8" });
  const line = text.trim().split("\n").pop() ?? "";
  console.log(`${gold.pathname.split("/").pop()}: ${line}`);
  const m = /recall ([\d.]+) .*precision ([\d.]+|n\/a), forbidden (\d+), dates (\d+)\/(\d+)/.exec(line);
  assert.ok(m, `scorer output not understood: ${line}`);
  return {
    recall: Number(m[1]),
    precision: m[2] === "n/a" ? 1 : Number(m[2]),
    forbidden: Number(m[3]),
    dates: [Number(m[4]), Number(m[5])],
    line,
  };
}

function suite(name: string): SuiteCase[] {
  return readFileSync(new URL(`eventcoding/${name}`, shared), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as SuiteCase);
}

describe("coding quality floors", { skip: !existsSync(scorer) && "../shared is not here" }, () => {
  it("seed page: 15/15 required, no forbidden event, plane and custody dates right", async () => {
    const s = score(new URL("gold/seed.json", shared), [await runSeed(shared)]);
    assert.equal(s.recall, 1, s.line);
    assert.equal(s.forbidden, 0, s.line);
    assert.deepEqual(s.dates, [2, 2], s.line);
  });
  it("PETRARCH-2 GSR validation (78 sentences)", () => {
    const s = score(
      new URL("eventcoding/petrarch2_gsr_validation.jsonl", shared),
      runSuite(suite("petrarch2_gsr_validation.jsonl")),
    );
    // Precision floor 0.733, lowered from 0.75 on purpose: this suite codes a meeting one way ("X met with Y": X>Y
    // only), while issue #3 and analysts code it both ways, as Orbit now does (2 of its sentences). The real-text
    // held halves gained recall from it (region 0.479 -> 0.514, world 0.584 -> 0.589) at the same precision.
    assert.ok(s.recall >= 0.55 && s.precision >= 0.733, s.line);
  });
  it("PLOVER GSR CAMEO (322 sentences)", () => {
    const s = score(new URL("eventcoding/plover_gsr_cameo.jsonl", shared), runSuite(suite("plover_gsr_cameo.jsonl")));
    assert.ok(s.recall >= 0.567 && s.precision >= 0.81, s.line);
  });
});
