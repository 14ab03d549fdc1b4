import assert from "node:assert/strict";
import { Readable } from "node:stream";
import { test } from "node:test";
import { gzipSync } from "node:zlib";
import { stdinSource } from "./index.ts";
import { unpackDocument } from "./unpack-document.ts";

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
    items.map((i) =>
      "doc" in i ? i.doc.id : "error" in i ? `${i.error.code} ${i.origin}` : "skipped" in i ? i.skipped : i.warning,
    ),
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

test("packed stdin lines hold no page text, only their bytes in shared memory, and decode to the same documents", async () => {
  const page = `<p>${"Baku and Yerevan agreed on the border. ".repeat(2000)}</p>`;
  const input = `{"id":"a","html":${JSON.stringify(page)}}\n{broken\n{"text":"Minsk protested.","published":"2025-06-04"}\n`;
  const read = async (packed: boolean) => {
    const items = [];
    for await (const item of stdinSource(Readable.from([Buffer.from(input)]), "stdin", { packed }).items())
      items.push(item);
    return items;
  };
  const packed = await read(true);
  assert.deepEqual(
    packed.map((i) => ("doc" in i ? [i.doc.id, i.doc.origin, Object.keys(i.doc).sort().join()] : i.origin)),
    [
      ["stdin:1", "stdin:1", "id,origin,packed"],
      ["stdin:2", "stdin:2", "id,origin,packed"],
      ["stdin:3", "stdin:3", "id,origin,packed"],
    ],
  );
  for (const item of packed) assert.ok("doc" in item && item.doc.packed?.bytes.buffer instanceof SharedArrayBuffer);
  const unpacked = packed.map((i) => {
    try {
      return "doc" in i ? { doc: unpackDocument(i.doc) } : i;
    } catch (err) {
      return { error: err, origin: "doc" in i ? i.doc.origin : i.origin };
    }
  });
  assert.deepEqual(unpacked, await read(false));
});

test("gzip-compressed JSONL on stdin is unpacked; a stream cut short is one error after the lines read", async () => {
  const lines = Array.from({ length: 40 }, (_, i) => JSON.stringify({ id: `z${i}`, text: `Baku protested ${i}.` }));
  const packed = gzipSync(lines.join("\n"));
  const read = async (bytes: Buffer, chunk: number) => {
    const chunks = [];
    for (let i = 0; i < bytes.length; i += chunk) chunks.push(bytes.subarray(i, i + chunk));
    const items = [];
    for await (const item of stdinSource(Readable.from(chunks)).items()) items.push(item);
    return items;
  };
  const whole = await read(packed, 64);
  assert.deepEqual(
    whole.map((i) => ("doc" in i ? i.doc.id : "not a document")),
    lines.map((_, i) => `z${i}`),
  );
  const cut = await read(packed.subarray(0, packed.length - 12), 1 << 16);
  const last = cut.at(-1)!;
  assert.ok("error" in last && /^stdin: corrupt or truncated gzip data/.test(last.error.message), JSON.stringify(last));
  assert.ok(cut.slice(0, -1).every((i) => "doc" in i));
});

test("a zip archive, a page or a PDF on stdin is one error saying what it is, gzipped or not; JSONL still reads", async () => {
  const read = async (bytes: Buffer) => {
    const out = [];
    for await (const item of stdinSource(Readable.from([bytes])).items())
      out.push("error" in item ? `${item.origin} ${item.error.message}` : "doc" in item ? item.doc.id : "skipped");
    return out;
  };
  const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]);
  const page = Buffer.from("<!doctype html>\n<html><body><p>Baku</p></body></html>\n");
  const [zipped] = await read(zip);
  assert.match(zipped!, /^stdin stdin: a zip archive, but stdin takes JSONL.*give the archive's path instead/);
  for (const bytes of [page, gzipSync(page), Buffer.from(`\uFEFF\n  ${page}`)]) {
    const out = await read(bytes);
    assert.equal(out.length, 1, out.join("\n"));
    assert.match(out[0]!, /^stdin stdin: an HTML page or an XML feed, but stdin takes JSONL/);
  }
  assert.match((await read(Buffer.from("%PDF-1.7\n")))[0]!, /a PDF document.*stdin takes JSONL/);
  assert.deepEqual(await read(Buffer.from('\n {"id":"a","text":"Minsk protested."}\n')), ["a"]);
});

test("a zip on stdin is named even when the pipe hands it over a byte at a time", async () => {
  const zip = [0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0].map((b) => Buffer.from([b]));
  const out = [];
  for await (const item of stdinSource(Readable.from(zip)).items()) out.push("error" in item ? item.error.message : "");
  assert.equal(out.length, 1);
  assert.match(out[0]!, /a zip archive, but stdin takes JSONL/);
});

test("a JSONL line is read before more comes: a producer that writes one short line and waits is not kept waiting", async () => {
  const seen: string[] = [];
  let firstRead: () => void = () => {};
  const read = new Promise<void>((resolve) => {
    firstRead = resolve;
  });
  async function* producer() {
    yield Buffer.from('{"id":"a","text":"Minsk protested."}\n');
    // the next line comes once the first is read; if stdin held that one back, it comes after a while instead
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<void>((resolve) => {
      timer = setTimeout(() => resolve(void seen.push("waited")), 2000);
    });
    await Promise.race([read, waited]);
    clearTimeout(timer);
    yield Buffer.from('{"id":"b","text":"Baku replied."}\n');
  }
  for await (const item of stdinSource(producer()).items()) {
    seen.push("doc" in item ? item.doc.id : "error");
    firstRead();
  }
  assert.deepEqual(seen, ["a", "b"]);
});

test("JSONL is judged by its opening brace: a line with 'ustar' at byte 257, where a tar header has it, is still read", async () => {
  const pad = '{"id":"a","text":"'.length;
  const line = `{"id":"a","text":"${"Minsk protested. ".repeat(20).slice(0, 257 - pad)}ustard gas."}\n`;
  assert.equal(line.indexOf("ustar"), 257);
  const out = [];
  for await (const item of stdinSource(Readable.from([Buffer.from(line)])).items())
    out.push("doc" in item ? item.doc.id : "error" in item ? item.error.message : "");
  assert.deepEqual(out, ["a"]);
});
