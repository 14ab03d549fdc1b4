import assert from "node:assert/strict";
import { test } from "node:test";
import { knownName } from "./known-names.ts";

test("known names are found in place whatever their case, and nothing else is", () => {
  const page = "<DIV Class=x data-Foo=1 viewBox=0>";
  assert.equal(knownName(page, 1, 4), "div");
  assert.equal(knownName(page, 5, 10), "class");
  assert.equal(knownName(page, 24, 31), "viewbox");
  assert.equal(knownName(page, 13, 21), undefined); // data-foo is not in the table
  assert.equal(knownName("divs", 0, 4), undefined);
  assert.equal(knownName("dív", 0, 3), undefined);
  assert.equal(knownName("x", 0, 0), undefined);
});
