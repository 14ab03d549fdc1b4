import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { after, before, test } from "node:test";
import iconv from "iconv-lite";
import type { SourceItem } from "../domain/index.ts";
import { Fetcher, feedSource } from "./index.ts";
import { type LocalServer, startLocalServer } from "./local-test-server.ts";

const fixtures = new URL("../../test/fixtures/", import.meta.url);
const read = (p: string) => readFile(new URL(p, fixtures));
let server: LocalServer;
let rss: string;

function feedOf(paths: string[], extra = ""): string {
  const items = paths
    .map(
      (
        p,
        i,
      ) => `<item><title>Item ${i}</title><link>${server.url(p)}</link>${extra && p === "/robots-blocked" ? extra : ""}
<pubDate>Fri, 01 Aug 2025 0${i}:00:00 +0300</pubDate></item>`,
    )
    .join("\n");
  return `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>t</title>${items}</channel></rss>`;
}

before(async () => {
  const utf8Page = await read("pages/article-utf8.html");
  const cyrillic = (await read("pages/article-cyrillic.txt")).toString("utf8");
  const binary = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 31) % 256));
  server = await startLocalServer({
    "/robots.txt": (_q, r) => r.end("User-agent: *\nDisallow: /robots-blocked\n"),
    "/feed.xml": (q, r) => {
      if (q.headers["if-none-match"] === '"f1"') return r.writeHead(304).end();
      r.writeHead(200, { "content-type": "application/rss+xml", etag: '"f1"' });
      r.end(rss);
    },
    "/good": (_q, r) => r.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(utf8Page),
    // Declares UTF-8 in <meta> but the bytes are windows-1251.
    "/lying-charset": (_q, r) =>
      r.writeHead(200, { "content-type": "text/html" }).end(iconv.encode(cyrillic, "win1251")),
    "/binary": (_q, r) => r.writeHead(200, { "content-type": "text/html" }).end(binary),
    "/pdf": (_q, r) => r.writeHead(200, { "content-type": "application/pdf" }).end("%PDF-1.4 not really"),
    "/huge": (_q, r) => {
      r.writeHead(200, { "content-type": "text/html" });
      r.write("<p>Moscow and Baku signed a gas deal.</p>");
      const chunk = Buffer.alloc(1 << 16, 0x20);
      let sent = 0;
      const pump = () => {
        while (sent < 50 * 1024 * 1024) {
          sent += chunk.length;
          if (!r.write(chunk)) return void r.once("drain", pump);
        }
        r.end();
      };
      r.on("close", () => (sent = Number.POSITIVE_INFINITY));
      pump();
    },
    "/hang": () => {},
    "/loop": (_q, r) => r.writeHead(302, { location: "/loop2" }).end(),
    "/loop2": (_q, r) => r.writeHead(302, { location: "/loop" }).end(),
    "/robots-blocked": (_q, r) => r.end("must never be fetched"),
    "/already-seen": (_q, r) => r.end("must never be fetched"),
    "/truncated.xml": async (_q, r) => r.end(await read("feeds/truncated.xml")),
    "/forbidden": (_q, r) => r.writeHead(403).end("no bots"),
    "/busy": (_q, r) => r.writeHead(503).end("try later"),
    "/summaries.xml": (_q, r) =>
      r
        .writeHead(200, { "content-type": "application/rss+xml" })
        .end(
          `<rss version="2.0"><channel><title>s</title>${["/forbidden", "/robots-blocked-too", "/busy"]
            .map(
              (p) => `<item><title>${p}</title><link>${p}</link><description>Baku protested ${p}.</description></item>`,
            )
            .join("")}</channel></rss>`,
        ),
  });
  rss = feedOf(
    [
      "/good",
      "/lying-charset",
      "/binary",
      "/pdf",
      "/huge",
      "/hang",
      "/loop",
      "/robots-blocked",
      "/already-seen",
      "/good",
    ],
    "<content:encoded><![CDATA[<p>Full text carried by the feed itself.</p>]]></content:encoded>",
  );
});
after(() => server.close());

test("feed items become fetched pages; every bad page gets a clear error and the rest come through", async () => {
  const fetcher = new Fetcher({
    userAgent: "OrbitBot/0.1",
    allowPrivateNetwork: true,
    perHostIntervalMs: 0,
    timeoutMs: 500,
    // a small cap, so /huge reaches it long before the timeout even on a loaded machine
    maxBytes: 1 << 20,
  });
  const feeds = [server.url("/feed.xml"), server.url("/hang"), server.url("/loop"), server.url("/truncated.xml")];
  const items: SourceItem[] = [];
  const source = feedSource(feeds, { fetcher, seen: (url) => url.endsWith("/already-seen") });
  for await (const item of source.items()) items.push(item);

  const docs = items.flatMap((i) => ("doc" in i ? [i.doc] : []));
  const good = docs.find((d) => d.id === server.url("/good"))!;
  assert.match(good.html!, /Azerbaijan and Turkey signed a memorandum/);
  assert.equal(good.published, "2025-08-01T00:00:00+03:00");
  assert.equal(good.title, "Item 0");
  assert.match(docs.find((d) => d.id === server.url("/lying-charset"))!.html!, /Министр иностранных дел России/);
  // a page over the download cap is read up to it, with a warning, as a page file over the size cap is
  const huge = docs.find((d) => d.id === server.url("/huge"))!;
  assert.equal(huge.html!.length, 1 << 20);
  assert.deepEqual(huge.warnings, [
    "the page is larger than the 1.0 MB download cap: only its first 1.0 MB were read, and anything after that was dropped",
  ]);
  const blocked = docs.find((d) => d.id === server.url("/robots-blocked"))!;
  assert.equal(blocked.html, "<p>Full text carried by the feed itself.</p>");
  assert.equal(docs.filter((d) => d.id === server.url("/good")).length, 1, "a link listed twice is read once");

  const errors = new Map(items.flatMap((i) => ("error" in i ? [[i.origin, i.error] as const] : [])));
  const expectErr = (path: string, code: string, re: RegExp) => {
    const e = errors.get(server.url(path));
    assert.ok(e, `no error for ${path}`);
    assert.equal(e.code, code, `${path}: ${e.message}`);
    assert.match(e.message, re);
    assert.ok(e.message.includes(server.url(path)), e.message);
  };
  expectErr("/binary", "BAD_INPUT", /binary/);
  expectErr("/pdf", "BAD_INPUT", /not a web page \(content-type application\/pdf\)/);
  expectErr("/hang", "FETCH_FAILED", /timed out/);
  expectErr("/loop", "FETCH_FAILED", /redirect loop/);
  // a feed that cannot be fetched says so, unlike an item's page that failed ("(an item of the feed …)")
  const feedFailures = items.flatMap((i) =>
    "error" in i && i.error.message.endsWith("(the feed itself: none of its items was read)") ? [i.origin] : [],
  );
  assert.deepEqual(feedFailures, [server.url("/hang"), server.url("/loop")]);
  // a feed cut short is a warning, not a failure: its complete items are read
  const warnings = items.flatMap((i) => ("warning" in i ? [i] : []));
  assert.deepEqual(
    warnings.map((w) => w.origin),
    [server.url("/truncated.xml")],
  );
  assert.match(warnings[0]!.warning, /may be cut short.* 2 complete item\(s\) read$/);
  assert.ok(!errors.has(server.url("/truncated.xml")));
  assert.ok(!server.log.some((l) => l.path === "/robots-blocked" || l.path === "/already-seen"));
  // The truncated feed's two complete items link to a host that does not resolve here: the one with full content in
  // the feed falls back to it, the one with only a summary is an error naming its page.
  assert.match(docs.find((d) => d.id === "https://wire.example/2025/08/01/baku-ankara")!.html!, /memorandum on gas/);
  const unresolved = items.filter((i) => "error" in i && i.origin.startsWith("https://wire.example/"));
  assert.equal(unresolved.length, 1);

  const again: SourceItem[] = [];
  for await (const item of feedSource([server.url("/feed.xml")], { fetcher }).items()) again.push(item);
  assert.deepEqual(again, [], "an unchanged feed (304) yields nothing");
});

test("feed files on disk: pages fetched when a fetcher is given, feed content used when not", async () => {
  const path = new URL("feeds/atom.xml", fixtures).pathname;
  const items: SourceItem[] = [];
  for await (const item of feedSource([path]).items()) items.push(item);
  const docs = items.flatMap((i) => ("doc" in i ? [i.doc] : []));
  assert.equal(docs.length, 2);
  assert.equal(docs[0]!.id, "https://atom.example/news/yerevan-brussels");
  assert.equal(docs[0]!.published, "2025-08-02T09:15:00+04:00");
  assert.match(docs[0]!.html!, /visa liberalisation in Brussels/);
});

test("a summary-only item stands in for a page the site refuses (403, robots.txt), not for one that may come back", async () => {
  const fetcher = new Fetcher({ userAgent: "OrbitBot/0.1", allowPrivateNetwork: true, perHostIntervalMs: 0 });
  const items: SourceItem[] = [];
  for await (const item of feedSource([server.url("/summaries.xml")], { fetcher }).items()) items.push(item);
  assert.deepEqual(
    items.map((i) => ("doc" in i ? `${i.doc.url} ${i.doc.html}` : "error" in i ? i.error.message : "skipped")),
    [
      `${server.url("/forbidden")} Baku protested /forbidden.`,
      `${server.url("/robots-blocked-too")} Baku protested /robots-blocked-too.`,
      `${server.url("/busy")}: HTTP 503 (asked twice) (an item of the feed ${server.url("/summaries.xml")})`,
    ],
  );
});

test("a feed file's item with only a relative link and nothing to resolve it against is named as such", async () => {
  const { mkdtemp, writeFile } = await import("node:fs/promises");
  const { join } = await import("node:path");
  const { tmpdir } = await import("node:os");
  const path = join(await mkdtemp(join(tmpdir(), "orbit-feed-")), "rel.atom");
  await writeFile(
    path,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="/a/"><title>t</title><entry><id>urn:1</id><link href="one"/></entry></feed>`,
  );
  const items: SourceItem[] = [];
  for await (const item of feedSource([path], { fetcher: new Fetcher({ userAgent: "t" }) }).items()) items.push(item);
  assert.equal(items.length, 1);
  assert.ok("error" in items[0]!);
  assert.match(items[0].error.message, /urn:1: feed item has only a relative link \("one", with no absolute xml:base/);
});
