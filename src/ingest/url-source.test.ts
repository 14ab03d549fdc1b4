import assert from "node:assert/strict";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import type { SourceItem } from "../domain/index.ts";
import { concatSources, urlSource } from "./url-source.ts";

let base = "";
const server = createServer((req, res) => {
  if (req.url === "/robots.txt") return void res.writeHead(404).end();
  if (req.url === "/page")
    return void res
      .writeHead(200, { "content-type": "text/html; charset=utf-8" })
      .end("<html><body><p>Russia threatened Azerbaijan.</p></body></html>");
  if (req.url === "/rss")
    return void res
      .writeHead(200, { "content-type": "application/xml" })
      .end(`<rss version="2.0"><channel><title>f</title><link>${base}/</link>
<item><title>P</title><link>page</link></item><item><title>M</title><link>missing</link></item></channel></rss>`);
  if (req.url === "/feed.json")
    return void res.writeHead(200, { "content-type": "application/json" }).end(
      JSON.stringify({
        version: "https://jsonfeed.org/version/1.1",
        items: [{ id: "n1", content_html: "<p>Armenia protested to Baku.</p>", title: "N" }],
      }),
    );
  if (req.url === "/three.json")
    return void res.writeHead(200, { "content-type": "application/feed+json" }).end(
      JSON.stringify({
        version: "https://jsonfeed.org/version/1.1",
        items: ["Baku", "Tbilisi", "Yerevan"].map((c, i) => ({ id: `t${i}`, content_text: `${c} protested.` })),
      }),
    );
  if (req.url === "/plain.json")
    return void res.writeHead(200, { "content-type": "application/json" }).end('{"id": 1}');
  if (req.url === "/octet")
    return void res
      .writeHead(200, { "content-type": "application/octet-stream" })
      .end("<!doctype html><html><body><p>Georgia protested to Russia.</p></body></html>");
  if (req.url === "/octet-pdf")
    return void res.writeHead(200, { "content-type": "application/octet-stream" }).end("%PDF-1.4 not a page");
  if (req.url === "/image")
    return void res.writeHead(200, { "content-type": "image/png" }).end(Buffer.from([137, 80, 78, 71]));
  res.writeHead(404).end();
});
before(async () => {
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => server.close());

async function collect(items: AsyncIterable<SourceItem>): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const i of items) out.push(i);
  return out;
}

describe("urlSource", () => {
  it("fetches pages and reports the ones it cannot use, going on", async () => {
    const src = urlSource([`${base}/page`, `${base}/image`, `${base}/missing`], { allowPrivateNetwork: true });
    const items = await collect(src.items());
    assert.equal(items.length, 3);
    assert.ok("doc" in items[0]! && items[0].doc.html?.includes("threatened"));
    assert.ok("error" in items[1]! && /not a web page/.test(items[1].error.message));
    assert.ok("error" in items[2]! && /404/.test(items[2].error.message));
  });

  it("a feed URL stands for the articles it lists (RSS served as XML, JSON Feed as JSON); other JSON is no page", async () => {
    const urls = [`${base}/rss`, `${base}/feed.json`, `${base}/plain.json`];
    const items = await collect(urlSource(urls, { allowPrivateNetwork: true }).items());
    assert.deepEqual(
      items.map((i) => ("doc" in i ? `doc ${i.doc.id}` : "error" in i ? `error ${i.error.message}` : "skipped")),
      [
        `doc ${base}/page`,
        `error ${base}/missing: HTTP 404 (an item of the feed ${base}/rss)`,
        `doc ${base}/feed.json#id=n1`,
        `error ${base}/plain.json: not a web page (content-type application/json)`,
      ],
    );
  });

  it("maxPages bounds the pages read in all, a feed and each of its items counting one; the rest are errors", async () => {
    const urls = [`${base}/three.json`, `${base}/page`];
    const items = await collect(urlSource(urls, { allowPrivateNetwork: true, maxPages: 3 }).items());
    assert.deepEqual(
      items.map((i) => ("doc" in i ? `doc ${i.doc.id}` : "error" in i ? `error ${i.error.message}` : "skipped")),
      [
        `error ${base}/three.json: the feed lists 3 items; 2 read, as one batch reads at most 3 pages (orbit watch reads a feed of any length)`,
        `doc ${base}/three.json#id=t0`,
        `doc ${base}/three.json#id=t1`,
        `error ${base}/page: not read: one batch reads at most 3 pages`,
      ],
    );
  });

  it("a page a server labels application/octet-stream is read when it is HTML, refused naming the type when not", async () => {
    const items = await collect(
      urlSource([`${base}/octet`, `${base}/octet-pdf`], { allowPrivateNetwork: true }).items(),
    );
    assert.ok("doc" in items[0]! && items[0].doc.html?.includes("Georgia protested"), JSON.stringify(items[0]));
    assert.ok(
      "error" in items[1]! && /not a web page \(content-type application\/octet-stream\)/.test(items[1].error.message),
    );
  });

  it("refuses loopback addresses unless allowed", async () => {
    const items = await collect(urlSource([`${base}/page`]).items());
    assert.ok("error" in items[0]!);
    assert.match(items[0].error.message, /address|private|loopback|refus/i);
  });

  it("concatenates sources in order", async () => {
    const a = urlSource([`${base}/page`], { allowPrivateNetwork: true });
    const items = await collect(concatSources([a, a]).items());
    assert.equal(items.length, 2);
  });
});
