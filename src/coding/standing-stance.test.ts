// Lasting positions are not acts at a time: a stance in a relative clause, a perfect over a span of years.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

const roots = (text: string) => dyadsOf(text, 2);

describe("habitual acts", () => {
  it("'has long supported', 'has for decades funded', 'has armed X for years': a policy, not an event", () => {
    assert.deepEqual(roots("Russia has long supported separatists in Moldova."), []);
    assert.deepEqual(roots("Iran has for decades funded armed groups in Yemen."), []);
    assert.deepEqual(roots("China has armed Pakistan for years."), []);
    assert.deepEqual(roots("Russia has always backed Serbia."), []);
  });
  it("the same verbs done at a time, or over days, are events", () => {
    assert.deepEqual(roots("Russia supported separatists in Moldova."), ["RUS>MDA:05"]);
    assert.deepEqual(roots("Russia has shelled Kharkiv for days."), ["RUS>UKR:19"]);
  });
});
