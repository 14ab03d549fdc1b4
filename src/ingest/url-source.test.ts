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
