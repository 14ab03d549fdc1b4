import assert from "node:assert/strict";
import { test } from "node:test";
import { elementNames } from "./element-names.ts";
import { parseFastDom } from "./fast-dom.ts";

const first = (html: string): Element => {
  const doc = parseFastDom(`<html><body>${html}</body></html>`) as unknown as Document;
  return doc.querySelector("div") as Element;
};

test("elementNames joins class and id with one space, and adds none when only one is there", () => {
  assert.equal(elementNames(first('<div class="post-meta" id="byline">x</div>')), "post-meta byline");
  assert.equal(elementNames(first('<div class="post-meta">x</div>')), "post-meta");
  assert.equal(elementNames(first('<div id="byline">x</div>')), "byline");
  assert.equal(elementNames(first('<div class="" id="byline">x</div>')), "byline");
  assert.equal(elementNames(first("<div>x</div>")), "");
  assert.equal(elementNames(null), "");
});
