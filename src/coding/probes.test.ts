// Probe sentences written for Orbit (not taken from any suite) in wire and news-page style, over the CAMEO roots and
// the constructions that give false events: negation, hedges and modality, conditions, questions, reported speech,
// background and relative clauses, goals, denials, calls on others, nominal acts, passives, lists, headlines, and
// sports, market and weather sentences that borrow the words of conflict. Each line of
// test/fixtures/coding/probes.jsonl gives what a careful analyst codes: `expect` (every "SRC>TGT:ROOT" that must
// come out, a root may list alternatives "02|10") and `optional` (acceptable too); anything else is a false event.
// Lines marked `todo` are known misses (recall gaps), reported but not failed. `when`, where given, is the date every
// coded event must carry (the probes are published on 2025-08-01, a Friday).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { codeText } from "../../test/code-text.ts";

interface Probe {
  text: string;
  expect: string[];
  optional?: string[];
  todo?: string;
  when?: string;
}

const FILE = new URL("../../test/fixtures/coding/probes.jsonl", import.meta.url);
const probes: Probe[] = readFileSync(FILE, "utf8")
  .split("\n")
  .filter(Boolean)
  .map((line) => JSON.parse(line) as Probe);

/** The coded dyad "SRC>TGT:RR" is one the pattern "SRC>TGT:RR|RR" allows. */
function allows(pattern: string, dyad: string): boolean {
  const [pair, roots = ""] = pattern.split(":");
  const [gotPair, gotRoot = ""] = dyad.split(":");
  return pair === gotPair && roots.split("|").includes(gotRoot);
}

describe("probe sentences: what a careful analyst codes, and no more", () => {
  it("the fixture is whole: enough probes, most of them expecting no event", () => {
    assert.ok(probes.length >= 100, `${probes.length} probes`);
    assert.ok(probes.filter((p) => !p.expect.length).length >= 50);
  });
  for (const p of probes) {
    it(p.text, { todo: p.todo }, () => {
      const events = codeText(p.text);
      const dyad = (e: (typeof events)[number]) => `${e.source}>${e.target}:${e.cameo.slice(0, 2)}`;
      const got = [...new Set(events.map(dyad))];
      const missing = p.expect.filter((e) => !got.some((d) => allows(e, d)));
      const extra = got.filter((d) => ![...p.expect, ...(p.optional ?? [])].some((e) => allows(e, d)));
      const misdated = p.when ? events.filter((e) => e.when !== p.when).map((e) => `${dyad(e)}@${e.when}`) : [];
      assert.deepEqual({ missing, extra, misdated }, { missing: [], extra: [], misdated: [] });
    });
  }
});
