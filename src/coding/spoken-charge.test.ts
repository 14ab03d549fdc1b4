import assert from "node:assert/strict";
import { test } from "node:test";
import { codeText } from "../../test/code-text.ts";

const coded = (text: string) => codeText(text).map((e) => `${e.source}>${e.target}:${e.cameo}`);

test("a spokesperson's present-tense charge of harm to their state is that state accusing the one charged", () => {
  assert.deepEqual(
    coded("Japanese foreign ministry spokeswoman Mari Sato said Beijing's patrols violate Japan's sovereignty."),
    ["JPN>CHN:112"],
  );
  assert.deepEqual(
    coded('"The US arms sales violate our sovereignty," Chinese foreign ministry spokesman Lin Jian said.'),
    ["CHN>USA:112"],
  );
  assert.ok(
    coded("A spokesman for the Polish foreign ministry said Moscow's drills threaten Poland's security.").includes(
      "POL>RUS:112",
    ),
  );
});

test("a past act, an act on another state, or one no spokesperson voices stays the act", () => {
  assert.deepEqual(
    coded("Japanese foreign ministry spokeswoman Mari Sato said Beijing's patrols violated Japan's sovereignty."),
    ["CHN>JPN:128"],
  );
  assert.deepEqual(coded("Beijing's patrols violate Japan's sovereignty."), ["CHN>JPN:128"]);
  assert.deepEqual(coded('"Russia attacks Ukraine every night," a Polish foreign ministry spokesman said.'), [
    "RUS>UKR:190",
  ]);
  assert.ok(
    !coded("Polish foreign minister Radoslaw Sikorski said Moscow's drills threaten Poland's security.").includes(
      "POL>RUS:112",
    ),
  );
});
