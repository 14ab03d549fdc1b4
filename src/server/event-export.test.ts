import assert from "node:assert/strict";
import { test } from "node:test";
import { csvField } from "../domain/index.ts";

test("CSV fields are quoted and spreadsheet formulas defused", () => {
  assert.equal(csvField('He said "no", twice'), '"He said ""no"", twice"');
  assert.equal(csvField("line\nbreak"), '"line\nbreak"');
  assert.equal(csvField('=HYPERLINK("x")', true), '"\'=HYPERLINK(""x"")"');
  assert.equal(csvField("@SUM(A1)", true), "'@SUM(A1)");
  assert.equal(csvField(-2.5), "-2.5", "numbers keep their sign");
  assert.equal(csvField(undefined), "");
});
