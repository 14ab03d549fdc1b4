import assert from "node:assert/strict";
import { Readable } from "node:stream";
import { test } from "node:test";
import { stdinSource } from "./index.ts";

test("stdin JSONL: documents and per-line errors named stdin:LINE, CRLF and BOM tolerated, oversized lines refused", async () => {
  const input = [
    '\uFEFF{"id":"a","text":"Tbilisi protested."}\r',
    '{"id":"b","html":"<p>Minsk</p>","url":"https://x.example/b"}',
    "{broken",
    `{"id":"c","text":"${"x".repeat(300)}"}`,
    '{"text":"no id"}',
  ].join("\n");
  const items = [];
  const source = { ...stdinSource(Readable.from([Buffer.from(input)])) };
  for await (const item of source.items()) items.push(item);
  assert.deepEqual(
    items.map((i) => ("doc" in i ? i.doc.id : `${i.error.code} ${i.origin}`)),
    ["a", "b", "BAD_INPUT stdin:3", "c", "stdin:5"],
  );
  const small = [];
  for await (const item of (await import("./jsonl-items.ts")).jsonlItems(Readable.from([input]), "stdin", "stdin", 200))
    small.push(item);
  const big = small[3]!;
  assert.ok(
    "error" in big && big.error.code === "TOO_LARGE" && /stdin:4: line is over 200 bytes/.test(big.error.message),
  );
  assert.equal(small.length, 5, "the stream goes on after an oversized line");
});
