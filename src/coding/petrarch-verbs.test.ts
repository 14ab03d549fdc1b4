// The converted PETRARCH-2 verb dictionary (data/cameo/petrarch-verbs.txt): its verbs code where ours have none.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { annotate } from "../nlp/index.ts";
import { codeEvents } from "./code-events.ts";
import { PATTERNS, parsePatterns } from "./pattern-dictionary.ts";

const ours = parsePatterns(readFileSync(new URL("../../data/cameo/patterns.txt", import.meta.url), "utf8"));

function coded(text: string, dict = PATTERNS): string[] {
  const hash = createHash("sha256").update(text).digest("hex");
  const doc = annotate({ id: "t", text, contentHash: hash, fingerprint: hash.slice(0, 16) });
  return codeEvents(doc, dict).map((e) => `${e.source}>${e.target}:${e.cameo}`);
}

describe("converted PETRARCH-2 verbs", () => {
  it("code verbs our own patterns lack, with their CAMEO code", () => {
    const cases: Array<[string, string]> = [
      ["China reprimanded Japan.", "CHN>JPN:111"],
      ["Serbia snubbed Croatia.", "SRB>HRV:111"],
      ["Azerbaijan harmed two Armenian soldiers.", "AZE>ARM:180"],
    ];
    for (const [text, want] of cases) {
      assert.deepEqual(coded(text), [want], text);
      assert.deepEqual(coded(text, ours), [], `our own patterns alone should not code: ${text}`);
    }
  });
  it("apply only to verbs: a participle before a noun is no act", () => {
    assert.deepEqual(coded("Germany met exiled Belarusian dissidents."), ["DEU>BLR:040", "BLR>DEU:040"]);
  });
  it("lose to our patterns at the same head, and skip ambiguous verbs", () => {
    for (const list of PATTERNS.byHead.values())
      for (const p of list) if (p.tier) assert.ok(p.verbHead, `converted pattern on line ${p.line} is verb-only`);
    const bare = (w: string) =>
      PATTERNS.byHead
        .get(w)
        ?.some(
          (p) =>
            p.tier &&
            p.elements.length === 1 &&
            p.elements[0]?.kind === "word" &&
            p.elements[0].phrases.some((x) => x.length === 1 && x[0] === w),
        );
    for (const w of ["take", "hold", "give", "say"]) assert.ok(!bare(w), `bare '${w}'`);
    assert.ok(PATTERNS.size > ours.size + 1000, `${PATTERNS.size} patterns`);
  });
});
