import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";
import { CAMEO_CODES, cameoCode } from "./cameo-table.ts";
import { NOT_AN_ACT, PATTERNS, parsePatterns } from "./pattern-dictionary.ts";

describe("CAMEO table and pattern dictionary", () => {
  it("ships all 311 codes with quad, Goldstein and PLOVER type", () => {
    assert.equal(CAMEO_CODES.size, 311);
    assert.equal(cameoCode("194").quad, "material-conflict");
    assert.equal(cameoCode("057").goldstein, 8);
    assert.equal(cameoCode("173").plover, "COERCE");
    assert.equal(cameoCode("0211").code, "0211");
    assert.throws(() => cameoCode("99"), /unknown CAMEO code/);
  });
  it("has patterns for all 20 CAMEO roots", () => {
    const roots = new Set<string>();
    // "---" marks a sense of a trigger word that is no act; every other code is a CAMEO code.
    const acts = [...PATTERNS.byHead.values()].flat().filter((p) => p.code !== NOT_AN_ACT);
    for (const p of acts) roots.add(p.code.slice(0, 2));
    assert.equal(roots.size, 20, [...roots].sort().join(" "));
    for (const p of acts) assert.ok(CAMEO_CODES.has(p.code), `pattern code ${p.code}`);
  });
  it("parses sets, gaps, slots, phrases and flags", () => {
    const d = parsePatterns("&W = arms|weapon\n072 send * &W to $T ; sym\n194 shoot_down ; gov\n");
    const [p] = d.byHead.get("send") ?? [];
    assert.equal(p?.code, "072");
    assert.equal(p?.sym, true);
    assert.deepEqual(
      p?.elements.map((e) => e.kind),
      ["word", "gap", "word", "word", "slot"],
    );
    assert.deepEqual(d.byHead.get("shoot")?.[0]?.elements[0], { kind: "word", phrases: [["shoot", "down"]] });
  });
  it("reads the joint flag apart from sym: a joint subject acts on each other, a 'with' partner is not mirrored", () => {
    const d = parsePatterns("161 sever * ties ; joint\n040 meet\n");
    assert.deepEqual([d.byHead.get("sever")?.[0]?.joint, d.byHead.get("sever")?.[0]?.sym], [true, false]);
    assert.equal(d.byHead.get("meet")?.[0]?.joint, false);
  });
  it("reads the gov=T flag: the target must be a government's people", () => {
    const d = parsePatterns("161 order to leave $S ; subj=T gov=T verb\n040 meet\n");
    assert.equal(d.byHead.get("order")?.[0]?.officialTarget, true);
    assert.equal(d.byHead.get("meet")?.[0]?.officialTarget, false);
  });
  it("names the line of a pattern it cannot read", () => {
    assert.throws(() => parsePatterns("# ok\nnot a pattern\n", "p.txt"), /p\.txt:2/);
    assert.throws(() => parsePatterns("042 * visit\n", "p.txt"), /head word/);
    assert.throws(() => parsePatterns("042 visit &NOPE\n", "p.txt"), /unknown word set/);
  });
  it("an idiom beats its head verb, and leaving a treaty is no retreat", () => {
    assert.deepEqual(dyadsOf("Armenia and Azerbaijan traded accusations on Monday.", 3), [
      "ARM>AZE:112",
      "AZE>ARM:112",
    ]);
    assert.deepEqual(dyadsOf("Georgia exchanged insults with Russia.", 3), ["GEO>RUS:112", "RUS>GEO:112"]);
    assert.deepEqual(dyadsOf("Azerbaijan and Armenia exchanged fire on Tuesday.", 3), ["AZE>ARM:190", "ARM>AZE:190"]);
    assert.deepEqual(dyadsOf("Russia swapped prisoners with Ukraine.", 3), ["RUS>UKR:084", "UKR>RUS:084"]);
    assert.deepEqual(dyadsOf("Ankara handed a protest note to the Greek ambassador.", 3), ["TUR>GRC:114"]);
    assert.deepEqual(dyadsOf("The United States withdrew from the arms treaty with Russia.", 3), ["USA>RUS:161"]);
  });
  it("a deployment or arms asked for is the content of an appeal to whoever would send them", () => {
    assert.deepEqual(dyadsOf("Armenia requested the deployment of Russian troops to its border with Azerbaijan."), [
      "ARM>RUS:0234",
    ]);
    assert.deepEqual(dyadsOf("Armenia issued an appeal for deploying Russian troops along its border."), [
      "ARM>RUS:0234",
    ]);
    assert.deepEqual(dyadsOf("Kyiv's plea for air defence from Germany went unanswered.", 3), ["UKR>DEU:023"]);
  });
  it("leaving an organisation cuts relations with it; leaving ground is a retreat", () => {
    assert.deepEqual(dyadsOf("Russia pulled out of the Council of Europe.", 3), ["RUS>COE:161"]);
    assert.deepEqual(dyadsOf("Russian troops pulled out of Syria.", 3), ["RUS>SYR:087"]);
  });
});
