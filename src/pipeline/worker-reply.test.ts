import assert from "node:assert/strict";
import { test } from "node:test";
import type { RawDocument } from "../domain/index.ts";
import { answer } from "./worker-reply.ts";

test("a worker's answer hands the page over: the request no longer holds it once the article is extracted", () => {
  const doc: RawDocument = {
    id: "d1",
    html: "<html><head><title>Talks</title></head><body><article><p>Turkey sent aid to Azerbaijan on Monday, officials in Ankara said.</p></article></body></html>",
    published: "2025-06-04",
  };
  const reply = answer({ id: 1, doc });
  assert.ok(reply.ok, "the document was analysed");
  assert.equal(doc.html, undefined, "the thread's copy of the page was dropped");
});
