// Issue #4's bad input, end to end as a user meets it: `orbit ingest` of URLs and files, `orbit watch --once` of feeds,
// and POST /api/ingest, against a local server (no outside network). Each case must be named and the batch go on.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { gzipSync } from "node:zlib";
import Database from "better-sqlite3";
import iconv from "iconv-lite";
import { encodeAs } from "../scripts/charset-accuracy.ts";
import { loadConfig } from "../src/config/index.ts";
import { type LocalServer, type Route, startLocalServer } from "../src/ingest/local-test-server.ts";
import { createApp } from "../src/server/index.ts";
import { openStore } from "../src/store/index.ts";
import { REPO, runCli } from "./run-cli.ts";
import { zipOf } from "./zip-of.ts";

const PAGE = readFileSync(join(REPO, "test/fixtures/pages/article-utf8.html"));
// A Russian page: the tests check it comes back as Cyrillic whatever the server and the page claim its charset is.
const RUSSIAN = `<html><head><title>Москва вызвала посла Азербайджана</title></head><body><article>
<h1>Москва вызвала посла Азербайджана</h1>
<p>Министерство иностранных дел России вызвало посла Азербайджана в Москве после крушения самолёта, сообщили в ведомстве в понедельник.</p>
<p>Обе стороны заявили о готовности продолжить переговоры о пограничных вопросах в ближайшие недели.</p>
</article></body></html>`;
const ENV = { ORBIT_ALLOW_PRIVATE_NETWORK: "1", ORBIT_FETCH_TIMEOUT_MS: "3000", ORBIT_LOG_LEVEL: "silent" };

const WIRE = [
  "Azerbaijan and Turkey signed a memorandum on gas supplies on Friday, the energy ministries of both countries said.",
  "The agreement foresees deliveries through the Trans-Anatolian pipeline from next year, officials said in Baku.",
  "Turkish Energy Minister Alparslan Bayraktar said the deal would strengthen energy security across the region.",
  "Azerbaijani officials said the volumes would be reviewed every year, depending on demand in European markets.",
  "Analysts said the memorandum reflected closer ties between the two countries after years of cooperation.",
];
const wireStory = (
  site: string,
  first: string,
) => `<html><head><title>${site}: Azerbaijan, Turkey sign gas deal</title></head>
<body><nav><a href="/">${site} home</a> <a href="/world">World</a> <a href="/sport">Sport</a> <a href="/opinion">Opinion</a></nav>
<article><h1>Azerbaijan, Turkey sign gas deal</h1><p>${first}</p>${WIRE.slice(1)
  .map((p) => `<p>${p}</p>`)
  .join("")}</article>
<footer>© ${site} 2025. All rights reserved. Subscribe to the ${site} newsletter.</footer></body></html>`;

const HUNGARIAN_TITLE = "Őszre elkészül az erőmű bővítése, közölte a szóvivő";
const ICELANDIC_TITLE = "Utanríkisráðherra fundaði með sendiherra Noregs í Reykjavík";
const CROATIAN_TITLE = "Ministrica će sljedeći tjedan posjetiti Beograd";
const LATVIAN_TITLE = "Ārlietu ministrs izsauca Krievijas vēstnieku pēc incidenta uz robežas";
const LITHUANIAN_TITLE = "Vyriausybė uždarė du pasienio punktus su Baltarusija";
const VIETNAMESE_TITLE = "Bộ Ngoại giao triệu tập đại sứ Trung Quốc";
/** An article page with no charset anywhere, in `charset`. */
const undeclaredPage = (title: string, paragraph: string, charset: string) =>
  encodeAs(
    `<html><head><title>x</title></head><body><article><h1>${title}</h1><p>${paragraph}</p></article></body></html>`,
    charset,
  );

/** A feed of two stories and then ten more items, for cutting short. */
const cutFeed = () =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>c</title><item><title>One</title><link>${url("/story")}</link></item>
<item><title>Two</title><link>${url("/news/item3")}</link></item>${"<item><title>Later</title><description>Filler that a cut drops, long enough to be packed.</description></item>".repeat(10)}</channel></rss>`;

/** The same two stories and ten more items as a JSON Feed, for cutting short. */
const cutJsonFeed = () =>
  JSON.stringify({
    version: "https://jsonfeed.org/version/1.1",
    title: "c",
    items: [
      { id: "1", url: url("/story"), title: "One" },
      { id: "2", url: url("/news/item3"), title: "Two" },
      ...Array.from({ length: 10 }, (_, i) => ({
        id: `later-${i}`,
        title: "Later",
        content_text: "Filler a cut drops.",
      })),
    ],
  });

/** A route that answers HTTP 500 the first time it is asked, then as `route` does. */
function flaky(route: Route): Route {
  let asked = 0;
  return (q, r) => (asked++ === 0 ? r.writeHead(500, { "content-type": "text/plain" }).end("restarting") : route(q, r));
}

let dir: string;
let server: LocalServer;
const url = (path: string) => server.url(path);
/** The start of a page swollen past a cap: an article, then an image inlined as data whose bytes the caller sends. */
const swollenStart = (title: string, paragraph: string) =>
  `<html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${paragraph}</p></article><div class="gallery"><img src="data:image/png;base64,`;
/** A whole page swollen 51 MB past its article, for a file over the 50 MB cap. */
const swollenPage = (title: string, paragraph: string) =>
  Buffer.concat([Buffer.from(swollenStart(title, paragraph)), Buffer.alloc(51 * 1024 * 1024, 0x41)]);
const HUGE_URL_TITLE = "Baku and Yerevan agree on a border commission";
const HUGE_FILE_TITLE = "Astana hosts Caspian transport talks";
const HUGE_GZ_TITLE = "Tbilisi hosts Black Sea cable talks";

/** Streams `start`, 50 MB of filler, then `end`, minding back-pressure: a page or feed far past the download cap. */
function sendSwollen(r: import("node:http").ServerResponse, type: string, start: string, end: string): void {
  r.writeHead(200, { "content-type": type });
  r.write(start);
  const chunk = Buffer.alloc(1 << 20, 0x41);
  let sent = 0;
  const more = () => {
    while (sent < 50) {
      sent++;
      if (!r.write(chunk)) return void r.once("drain", more);
    }
    r.end(end);
  };
  more();
}

const html =
  (body: string | Buffer, type = "text/html") =>
  (_q: unknown, r: import("node:http").ServerResponse) =>
    r.writeHead(200, { "content-type": type }).end(body);

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "orbit-bad-input-"));
  server = await startLocalServer({
    "/story": html(PAGE, "text/html; charset=utf-8"),
    "/news/item3": html(PAGE.toString("utf8").replaceAll("Baku and Ankara", "Baku and Tbilisi")),
    "/site/story4": html(PAGE.toString("utf8").replaceAll("Baku and Ankara", "Baku and Yerevan")),
    "/slow": () => {},
    "/loop1": (_q, r) => r.writeHead(302, { location: "/loop2" }).end(),
    "/loop2": (_q, r) => r.writeHead(302, { location: "/loop1" }).end(),
    // A 50 MB page: an article, then a gallery of images inlined as data, past the 20 MB download cap.
    "/huge": (_q, r) =>
      sendSwollen(
        r,
        "text/html",
        swollenStart(
          HUGE_URL_TITLE,
          "Armenia and Azerbaijan agreed on Tuesday to set up a joint border commission, the two foreign ministries said.",
        ),
        '"></body></html>',
      ),
    "/binary": html(Buffer.from([0, 1, 2, 3, 255, 254, 0, 0, 9, 8, 7, 0, 0, 0, 1, 5])),
    "/truncated": html(PAGE.subarray(0, Math.floor(PAGE.length * 0.7))),
    "/cp1251-no-charset": html(iconv.encode(RUSSIAN, "win1251")),
    "/koi8-says-utf8": html(
      iconv.encode(RUSSIAN.replace("<head>", '<head><meta charset="utf-8">'), "koi8-r"),
      "text/html; charset=utf-8",
    ),
    "/malformed.rss": html(`<rss version="2.0"><channel><title>x</title><item><title>A</title><link>/story`),
    "/json-feed": html(
      JSON.stringify({
        version: "https://jsonfeed.org/version/1.1",
        title: "j",
        items: [{ id: "1", url: "/story", title: "Story", date_published: "2025-08-01T10:00:00Z" }],
      }),
      "application/feed+json",
    ),
    "/xml-base.atom": (_q, r) =>
      r.writeHead(200, { "content-type": "application/atom+xml" }).end(
        `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="${url("/news/")}"><title>t</title>
<entry><id>urn:3</id><title>E</title><link href="item3"/><updated>2025-08-01T00:00:00Z</updated></entry></feed>`,
      ),
    // More items than one API request reads (1000 pages); no links, so none is fetched and the test stays quick.
    "/many.rss": html(
      `<rss version="2.0"><channel><title>m</title>${"<item><title>t</title></item>".repeat(1001)}</channel></rss>`,
      "application/rss+xml",
    ),
    // Answers 500 the first time each is asked, then the page or feed.
    "/flaky": flaky(html(PAGE.toString("utf8").replaceAll("Ankara", "Astana"))),
    "/flaky-api": flaky(html(PAGE.toString("utf8").replaceAll("Ankara", "Bishkek"))),
    "/flaky.rss": flaky((_q, r) =>
      r
        .writeHead(200, { "content-type": "application/rss+xml" })
        .end(`<rss version="2.0"><channel><title>f</title><item><link>${url("/story")}</link></item></channel></rss>`),
    ),
    // Gzip whose Content-Length is 40 bytes short of the body: the declared bytes hold most of the page.
    "/gzip-short-length": (_q, r) => {
      const packed = gzipSync(PAGE.toString("utf8").replaceAll("Ankara", "Ashgabat"));
      r.writeHead(200, {
        "content-type": "text/html",
        "content-encoding": "gzip",
        "content-length": packed.length - 40,
      });
      r.end(packed);
    },
    // Feeds cut short: plain text that stops inside an item, and gzip whose Content-Length is 60 bytes short.
    "/cut.rss": (_q, r) =>
      r
        .writeHead(200, { "content-type": "application/rss+xml" })
        .end(cutFeed().slice(0, cutFeed().indexOf("<item>", 200) + 20)),
    // A feed whose one item's page redirects in a loop.
    "/loop-item.rss": (q, r) =>
      html(
        `<rss><channel><title>t</title><item><title>Loop</title><link>${url("/loop1")}</link></item></channel></rss>`,
        "application/rss+xml",
      )(q, r),
    // A feed whose items time out, answer binary data, and one story; a Russian feed in windows-1251 that says
    // UTF-8 in its header and its XML declaration, its one item a summary with no page; a 50 MB feed.
    "/bad-items.rss": (q, r) =>
      html(
        `<rss><channel><title>t</title>${["/slow", "/binary", "/site/story4"].map((p) => `<item><title>I</title><link>${url(p)}</link></item>`).join("")}</channel></rss>`,
        "application/rss+xml",
      )(q, r),
    "/cp1251-says-utf8.rss": html(
      iconv.encode(
        `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Новости</title><item><title>Москва вызвала посла Азербайджана</title><guid isPermaLink="false">ru-1</guid><description>Министерство иностранных дел России вызвало посла Азербайджана в Москве после крушения самолёта, сообщили в ведомстве в понедельник.</description></item></channel></rss>`,
        "win1251",
      ),
      "application/rss+xml; charset=utf-8",
    ),
    "/huge.rss": (_q, r) =>
      sendSwollen(
        r,
        "application/rss+xml",
        `<?xml version="1.0"?><rss version="2.0"><channel><title>c</title><item><title>Kyrgyzstan and Tajikistan reopen a border post</title><guid isPermaLink="false">big-1</guid><description>Kyrgyzstan and Tajikistan reopened a border post on Monday after talks between their border services in Batken, officials said.</description></item><!-- `,
        " --></channel></rss>",
      ),
    "/cut.json": (_q, r) =>
      r
        .writeHead(200, { "content-type": "application/feed+json" })
        .end(cutJsonFeed().slice(0, cutJsonFeed().indexOf("later-") + 20)),
    "/gzip-cut.rss": (_q, r) => {
      const packed = gzipSync(cutFeed());
      r.writeHead(200, {
        "content-type": "application/rss+xml",
        "content-encoding": "gzip",
        "content-length": packed.length - 60,
      });
      r.end(packed);
    },
    // A server that answers 304 Not Modified to every request, validators or none.
    "/always-304.rss": (_q, r) => r.writeHead(304).end(),
    "/to-ftp": (_q, r) => r.writeHead(302, { location: "ftp://files.example/story.html" }).end(),
    // Hungarian in iso-8859-2 with no charset anywhere: ő and ű are the bytes windows-1252 reads as õ and û.
    "/hu-latin2": html(
      iconv.encode(
        `<html><head><title>x</title></head><body><article><h1>${HUNGARIAN_TITLE}</h1><p>A szóvivő szerint a küldöttség csütörtökön érkezik Bakuba, és a tárgyalások az erőmű bővítéséről szólnak.</p><p>A felek a határon átnyúló vezetékről is egyeztetnek, tette hozzá a műszaki igazgató.</p></article></body></html>`,
        "iso-8859-2",
      ),
    ),
    // Icelandic in windows-1252 with no charset: its ð and þ are the bytes of Turkish ğ and ş in windows-1254.
    "/is-latin1": html(
      undeclaredPage(
        ICELANDIC_TITLE,
        "Þingið samþykkti nýja löggjöf um orkumál eftir langa umræðu og ráðherrann sagði að viðræður héldu áfram.",
        "windows-1252",
      ),
    ),
    // Croatian whose only accented letter is ć, with no charset: windows-1252 reads its byte as the Danish æ.
    "/hr-latin2": html(
      undeclaredPage(
        CROATIAN_TITLE,
        "Pregovori o plinovodu nastavit će se iduće godine, rekao je glasnogovornik.",
        "iso-8859-2",
      ),
    ),
    // A one-word Croatian title over English text, the page's only ć: windows-1252 read it as "Kuæa"
    "/hr-one-word": html(
      undeclaredPage("Kuća", "The house in Split was sold for two million euros after three years.", "windows-1250"),
    ),
    // A French title over English text whose only rare French letter is û: read as iso-8859-2 it was "Sűreté"
    "/fr-title": html(
      undeclaredPage(
        "Sûreté nationale",
        "The police said the suspect was arrested in Lyon on Tuesday.",
        "windows-1252",
      ),
    ),
    // Latvian in windows-1257, Lithuanian in ISO-8859-13 and Vietnamese in windows-1258, none declared: read as
    // windows-1252 they were "Ârlietu", "Vyriausybë" and tone marks as stray capitals ("BôÒ")
    "/lv-baltic": html(
      undeclaredPage(
        LATVIAN_TITLE,
        "Ministrs sacīja, ka valdība turpinās sarunas ar kaimiņvalstīm un ka robeža paliks slēgta.",
        "windows-1257",
      ),
    ),
    "/lt-latin7": html(
      undeclaredPage(
        LITHUANIAN_TITLE,
        "Vyriausybė teigė, kad sprendimas buvo priimtas dėl saugumo, o punktai bus uždaryti iki pavasario.",
        "iso-8859-13",
      ),
    ),
    "/vi-1258": html(
      undeclaredPage(
        VIETNAMESE_TITLE,
        "Người phát ngôn cho biết Việt Nam phản đối mọi hành động vi phạm chủ quyền trên Biển Đông.",
        "windows-1258",
      ),
    ),
    // Latvian in windows-1257 that declares windows-1252, the commonest lie: it was kept and read as "Ârlietu"
    "/lv-says-1252": html(
      iconv.encode(
        `<html><head><meta charset="windows-1252"><title>x</title></head><body><article><h1>${LATVIAN_TITLE}</h1><p>Ministrs sacīja, ka valdība turpinās sarunas ar kaimiņvalstīm un ka robeža paliks slēgta.</p><p>Valdība ceturtdien apstiprināja jaunu likumu par robežas drošību un nosūtīja to Saeimai.</p></article></body></html>`,
        "windows-1257",
      ),
    ),
    // Two <meta charset> that disagree, neither true to the bytes (windows-1252): the bytes decide.
    "/two-meta": html(
      iconv.encode(
        PAGE.toString("utf8")
          .replace(/<meta charset="[^"]*">/i, '<meta charset="utf-8"><meta charset="windows-1251">')
          .replaceAll("Baku and Ankara", "Zürich and Genève"),
        "windows-1252",
      ),
    ),
    // A body that never ends: a word every 200 ms, for ever.
    "/drip": (_q, r) => {
      r.writeHead(200, { "content-type": "text/html" }).write("<html><body><p>");
      const timer = setInterval(() => r.write("word "), 200);
      r.on("close", () => clearInterval(timer));
    },
    "/utf8-says-cp1251": html(
      RUSSIAN.replace("<head>", '<head><meta charset="windows-1251">').replaceAll("Москва", "Кремль"),
    ),
    "/koi8-undeclared": html(iconv.encode(RUSSIAN.replaceAll("Москва вызвала", "Москва снова вызвала"), "koi8-r")),
    // One wire story on two sites: other menus and footers, a dateline added to the first line.
    "/site-a/wire": html(wireStory("Caspian Herald", WIRE[0]!)),
    "/site-b/wire": html(
      wireStory("Anatolia Daily", `BAKU (Reuters) — ${WIRE[0]!.replace("on Friday", "on Friday in Baku")}`),
    ),
    // A page in UTF-16 with a BOM, served as UTF-8: the BOM wins, as browsers read it.
    "/utf16-bom": html(
      Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(RUSSIAN.replaceAll("Москва", "Минск"), "utf-16le")]),
      "text/html; charset=utf-8",
    ),
    // A Turkish page whose <meta charset> comes after 20 KB of tag-manager script in the <head>.
    "/late-meta": html(
      iconv.encode(
        PAGE.toString("utf8")
          .replace("<head>", `<head><script>${"dataLayer.push({e: 1});".repeat(900)}</script>`)
          .replace(/<meta charset="[^"]*">/i, '<meta charset="windows-1254">')
          .replaceAll("Baku and Ankara sign energy memorandum", "Bakü ve Ankara enerji mutabakatı imzaladı"),
        "windows-1254",
      ),
    ),
    // Entities XML does not define (&nbsp;, &mdash;), as RSS written by HTML templates carries them.
    "/nbsp.rss": (_q, r) =>
      r.writeHead(200, { "content-type": "application/rss+xml" }).end(
        `<?xml version="1.0"?><rss version="2.0"><channel><title>News&nbsp;&mdash; feed</title>
<item><title>Baku&nbsp;talks</title><link>${url("/story")}</link></item>
<item><title>Minsk&nbsp;&mdash; Baku</title><description>Belarus&nbsp;and Azerbaijan signed a transit accord in Minsk on Friday, officials said&nbsp;&hellip;</description></item></channel></rss>`,
      ),
    // Relative xml:base on the feed and on an entry, resolved one inside the other against the feed's URL.
    "/rel/feed.atom": (_q, r) =>
      r.writeHead(200, { "content-type": "application/atom+xml" }).end(
        `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="/site/"><title>t</title>
<entry xml:base="deep/"><id>urn:5</id><title>E</title><link href="story5"/><updated>2025-08-01T00:00:00Z</updated></entry></feed>`,
      ),
    "/site/deep/story5": html(PAGE.toString("utf8").replaceAll("Baku and Ankara", "Baku and Dushanbe")),
    // An item with no <link>, only a guid that is its page's URL (a permalink, as RSS reads a bare guid).
    "/guid.rss": (_q, r) =>
      r
        .writeHead(200, { "content-type": "application/rss+xml" })
        .end(
          `<rss version="2.0"><channel><title>g</title><item><guid>${url("/news/item3")}</guid></item></channel></rss>`,
        ),
    "/elsewhere/rss": (_q, r) =>
      r.writeHead(200, { "content-type": "application/rss+xml" }).end(
        `<rss version="2.0"><channel><title>r</title><link>${url("/site/")}</link>
<item><title>Four</title><link>story4</link></item>
<item><title>Only a summary</title><link>${url("/gone")}</link><description>Short.</description></item></channel></rss>`,
      ),
  });
});
after(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

function storedTitles(db: string): Map<string, string> {
  const sqlite = new Database(db, { readonly: true });
  try {
    const rows = sqlite.prepare("select id, title from articles").all() as { id: string; title: string }[];
    return new Map(rows.map((r) => [r.id, r.title]));
  } finally {
    sqlite.close();
  }
}

/** POST /api/ingest on a fresh store `name` that may fetch from this machine; the store is closed after `use`. */
async function withApi(
  name: string,
  use: (
    post: (body: string | Buffer<ArrayBuffer>) => Promise<Response>,
    store: Awaited<ReturnType<typeof openStore>>,
  ) => Promise<void>,
): Promise<void> {
  const db = join(dir, name);
  const store = await openStore(db);
  try {
    const config = loadConfig({ db, token: "t0123456789abcdef", allowPrivateNetwork: true }, {});
    const app = createApp({ store, config, rateLimit: false, webDist: false });
    const headers = { "content-type": "application/json", authorization: "Bearer t0123456789abcdef" };
    await use(async (body) => app.request("/api/ingest", { method: "POST", headers, body }), store);
  } finally {
    await store.close();
  }
}

const messagesOf = (summary: { failures: { message: string }[] }) => summary.failures.map((f) => f.message).join("\n");

describe("orbit ingest of URLs and files a user meets", () => {
  it("names a timeout, a redirect loop and a binary page; reads truncated, too-large, mislabelled pages and feeds", async () => {
    const db = join(dir, "urls.db");
    const big = join(dir, "big.html");
    writeFileSync(
      big,
      swollenPage(
        HUGE_FILE_TITLE,
        "Kazakhstan hosted talks on a Caspian transport corridor with Georgia on Wednesday, the ministry in Astana said.",
      ),
    );
    // the same page gzipped, unpacking past the cap: refused until session 16, now read as the plain file is
    const bigGz = join(dir, "big-packed.html.gz");
    writeFileSync(
      bigGz,
      gzipSync(
        swollenPage(
          HUGE_GZ_TITLE,
          "Georgia hosted talks on a Black Sea cable with Azerbaijan on Thursday, the ministry in Tbilisi said.",
        ),
      ),
    );
    const cut = join(dir, "cut.html");
    const other = Buffer.from(PAGE.toString("utf8").replaceAll("Ankara", "Minsk").replace("gas supplies", "grain"));
    writeFileSync(cut, other.subarray(0, Math.floor(other.length * 0.7)));
    const paths = [
      "/slow",
      "/loop1",
      "/huge",
      "/binary",
      "/truncated",
      "/cp1251-no-charset",
      "/koi8-says-utf8",
      "/xml-base.atom",
    ];
    const r = await runCli(["ingest", ...paths.map(url), big, bigGz, cut, "--db", db, "--json", "--no-progress"], {
      env: ENV,
    });
    assert.equal(r.code, 1, r.stderr);
    const s = JSON.parse(r.stdout);
    const messages = messagesOf(s);
    assert.match(messages, /\/slow: timed out after 3000 ms/);
    assert.match(messages, /\/loop1: redirect loop/);
    assert.match(messages, /\/binary: binary data/);
    assert.equal(s.failures.length, 3, messages);
    const titles = storedTitles(db);
    // a page over the cap is read up to it, from a URL (20 MB download cap) as from a file (50 MB size cap), with a
    // warning: its article is stored (both failed before, the URL with "response body is larger than the 20.0 MB cap")
    assert.equal(titles.get(url("/huge")), HUGE_URL_TITLE);
    assert.equal(titles.get("big.html"), HUGE_FILE_TITLE);
    const warned = (where: string) => s.warnings.filter((w: { origin: string }) => w.origin === where);
    assert.match(warned(url("/huge"))[0].message, /the page is larger than the 20\.0 MB download cap: only its first/);
    assert.match(warned(big)[0].message, /the file is larger than the 50\.0 MB size cap: only its first 50\.0 MB/);
    assert.equal(titles.get("big-packed.html"), HUGE_GZ_TITLE);
    assert.match(warned(bigGz)[0].message, /the file is larger than the 50\.0 MB size cap: only its first 50\.0 MB/);
    assert.equal(titles.get(url("/truncated")), "Baku and Ankara sign energy memorandum");
    assert.equal(titles.get("cut.html"), "Baku and Minsk sign energy memorandum");
    assert.equal(titles.get(url("/cp1251-no-charset")), "Москва вызвала посла Азербайджана");
    // a feed URL stands for the articles it lists
    assert.equal(titles.get(url("/news/item3")), "Baku and Tbilisi sign energy memorandum");
    // A page whose header and meta both lie is the same text: stored as a duplicate of the first.
    assert.equal(s.duplicates, 1);
  });

  it("reads a page after a 500, gzip with a short Content-Length, lying or missing charsets; stores a re-sent wire story once", async () => {
    const db = join(dir, "web.db");
    const paths = [
      "/flaky",
      "/gzip-short-length",
      "/drip",
      "/utf8-says-cp1251",
      "/koi8-undeclared",
      "/site-a/wire",
      "/site-b/wire",
    ];
    const r = await runCli(["ingest", ...paths.map(url), "--db", db, "--json", "--no-progress"], { env: ENV });
    const s = JSON.parse(r.stdout);
    // The never-ending body is the only failure, named as what the user sees: it did not finish in time.
    assert.deepEqual(
      s.failures.map((f: { message: string }) => f.message),
      [`${url("/drip")}: timed out after 3000 ms`],
    );
    assert.equal(r.code, 1);
    const titles = storedTitles(db);
    assert.equal(titles.get(url("/flaky")), "Baku and Astana sign energy memorandum");
    assert.equal(titles.get(url("/gzip-short-length")), "Baku and Ashgabat sign energy memorandum");
    // stored, and the user told its end may be missing: the declared bytes stop before the gzip data does
    assert.deepEqual(
      s.warnings.map((w: { documentId: string; message: string }) => [
        w.documentId,
        /may be cut short/.test(w.message),
      ]),
      [[url("/gzip-short-length"), true]],
    );
    assert.equal(titles.get(url("/utf8-says-cp1251")), "Кремль вызвала посла Азербайджана");
    assert.equal(titles.get(url("/koi8-undeclared")), "Москва снова вызвала посла Азербайджана");
    const sqlite = new Database(db, { readonly: true });
    try {
      const wire = sqlite
        .prepare("select id, duplicate_of from articles where id like '%/wire' order by duplicate_of nulls first")
        .all() as { id: string; duplicate_of: string | null }[];
      // the pages are fetched side by side, so either copy may be stored first; the other must point at it
      assert.equal(wire.length, 2);
      assert.deepEqual(new Set(wire.map((w) => w.id)), new Set([url("/site-a/wire"), url("/site-b/wire")]));
      assert.deepEqual(
        wire.map((w) => w.duplicate_of),
        [null, wire[0]!.id],
      );
    } finally {
      sqlite.close();
    }
  });

  it("reads a UTF-16 page, a <meta charset> after 20 KB of script, &nbsp; in RSS, nested relative xml:base, a guid-only item", async () => {
    const db = join(dir, "walk.db");
    const paths = ["/utf16-bom", "/late-meta", "/nbsp.rss", "/rel/feed.atom", "/guid.rss"];
    const r = await runCli(["ingest", ...paths.map(url), "--db", db, "--json", "--no-progress"], { env: ENV });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.deepEqual(JSON.parse(r.stdout).failures, []);
    const titles = storedTitles(db);
    assert.equal(titles.get(url("/utf16-bom")), "Минск вызвала посла Азербайджана");
    assert.equal(titles.get(url("/late-meta")), "Bakü ve Ankara enerji mutabakatı imzaladı");
    assert.equal(titles.get(url("/story")), "Baku and Ankara sign energy memorandum");
    assert.equal(titles.get(url("/nbsp.rss#2")), "Minsk — Baku");
    assert.equal(titles.get(url("/site/deep/story5")), "Baku and Dushanbe sign energy memorandum");
    assert.equal(titles.get(url("/news/item3")), "Baku and Tbilisi sign energy memorandum");
  });

  it("a zip archive or a page on stdin is one failure saying what it is and what to do instead", async () => {
    const db = join(dir, "stdin-kinds.db");
    const zip = await runCli(["ingest", "-", "--db", db, "--no-progress"], {
      env: ENV,
      stdin: await zipOf({ "one.html": PAGE }),
    });
    assert.equal(zip.code, 1);
    assert.match(
      zip.stdout,
      /failures: 1\n {2}failed \[ingest\] stdin: a zip archive, but stdin takes JSONL.*give the archive's path instead/,
    );
    const page = await runCli(["ingest", "-", "--db", db, "--no-progress"], { env: ENV, stdin: gzipSync(PAGE) });
    assert.equal(page.code, 1);
    assert.match(
      page.stdout,
      /failures: 1\n {2}failed \[ingest\] stdin: an HTML page or an XML feed, but stdin takes JSONL/,
    );
    // orbit analyze reads the same stdin: its advice names orbit analyze too, not only the command that stores
    const analyze = await runCli(["analyze"], { env: ENV, stdin: await zipOf({ "one.html": PAGE }) });
    assert.match(analyze.stderr, /a zip archive, .*orbit analyze pages\.zip/);
  });

  it("a folder of .gz, .zip, .xml pages, .pdf, images and empty files: documents read, the rest skipped with the reason, exit 0", async () => {
    const db = join(dir, "folder.db");
    const folder = mkdtempSync(join(dir, "folder-"));
    const { gzipSync } = await import("node:zlib");
    writeFileSync(join(folder, "page.html.gz"), gzipSync(PAGE));
    writeFileSync(
      join(folder, "docs.jsonl.gz"),
      gzipSync(
        `${JSON.stringify({ id: "g1", text: "Armenia and Azerbaijan signed a peace agreement in Washington." })}\n`,
      ),
    );
    // Pages saved as a zip archive, as a browser or a news database exports them.
    const other = (to: string) => PAGE.toString("utf8").replaceAll("Ankara", to);
    writeFileSync(
      join(folder, "saved.zip"),
      await zipOf({ "site/one.html": other("Tbilisi"), "site/style.css": "p {}", "nested.zip": await zipOf({}) }),
    );
    // An XHTML page saved as .xml is read as the page it is, not refused as a broken feed.
    const xhtml = other("Minsk").replace(
      /^[\s\S]*?<html[^>]*>/,
      '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">',
    );
    writeFileSync(join(folder, "saved-page.xml"), xhtml);
    writeFileSync(join(folder, "archive.7z"), Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4]));
    writeFileSync(join(folder, "report.pdf"), "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n");
    writeFileSync(join(folder, "photo.jpg"), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]));
    writeFileSync(join(folder, "empty.html"), "");
    const r = await runCli(["ingest", folder, "--db", db, "--no-progress"], { env: ENV });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /^documents: 4 {2}.* failures: 0 {2}skipped: 6$/m);
    assert.match(r.stdout, /skipped .*archive\.7z: a 7-Zip archive: unpack it first/);
    assert.match(r.stdout, /skipped .*saved\.zip\/site\/style\.css: a style sheet/);
    assert.match(r.stdout, /skipped .*saved\.zip\/nested\.zip: an archive inside a zip archive/);
    assert.match(r.stdout, /skipped .*report\.pdf: a PDF document/);
    assert.match(r.stdout, /skipped .*photo\.jpg: an image/);
    assert.match(r.stdout, /skipped .*empty\.html: empty file/);
    const titles = storedTitles(db);
    assert.deepEqual([...titles.keys()].sort(), ["g1", "page.html", "saved-page.xml", "saved.zip/site/one.html"]);
    assert.equal(titles.get("saved.zip/site/one.html"), "Baku and Tbilisi sign energy memorandum");
    assert.equal(titles.get("saved-page.xml"), "Baku and Minsk sign energy memorandum");
  });
});

describe("a text longer than Orbit reads (3M characters)", () => {
  const filler = "Local newspapers carried the story on their front pages in the morning.\n\n";
  const long = `Russia criticised Georgia on Monday, officials said.\n\n${filler.repeat(3_200_000 / filler.length)}`;
  const dropped = (long.length - 3_000_000).toLocaleString("en-US");
  const warning = new RegExp(
    `only the first 3,000,000 of its ${long.length.toLocaleString("en-US")} characters were read \\(the cap on one text\\); the last ${dropped} were dropped`,
  );

  it("orbit ingest and orbit analyze store and print it, and say how much of it was dropped", async () => {
    const file = join(dir, "transcript.txt");
    writeFileSync(file, long);
    const db = join(dir, "long.db");
    const ingest = await runCli(["ingest", file, "--db", db, "--no-progress", "--json"], { env: ENV });
    assert.equal(ingest.code, 0, ingest.stderr);
    const s = JSON.parse(ingest.stdout);
    assert.equal(s.stored, 1);
    assert.equal(s.warnings.length, 1);
    assert.equal(s.warnings[0].documentId, "transcript.txt");
    assert.match(s.warnings[0].message, warning);
    const analyze = await runCli(["analyze", file], { env: ENV });
    assert.equal(analyze.code, 0, analyze.stderr);
    assert.match(JSON.parse(analyze.stdout).warnings[0], warning);
    assert.match(analyze.stderr, new RegExp(`orbit: warning: .*transcript\\.txt: ${warning.source}`));
  });

  it("from JSONL on stdin, the warning names the document's id, and the line it came on", async () => {
    const stdin = `${JSON.stringify({ id: "transcript-7", text: long })}\n`;
    const db = join(dir, "long-stdin.db");
    const ingest = await runCli(["ingest", "-", "--db", db, "--no-progress"], { env: ENV, stdin });
    assert.equal(ingest.code, 0, ingest.stderr);
    assert.match(ingest.stdout, new RegExp(`^ {2}warning transcript-7 \\(stdin:1\\): ${warning.source}$`, "m"));
    const analyze = await runCli(["analyze"], { env: ENV, stdin });
    assert.equal(analyze.code, 0, analyze.stderr);
    assert.match(analyze.stderr, new RegExp(`orbit: warning: transcript-7 \\(stdin:1\\): ${warning.source}`));
  });

  it("POST /api/ingest stores it and lists the warning with the document's id", async () => {
    const db = join(dir, "api-long.db");
    const store = await openStore(db);
    try {
      const config = loadConfig({ db, token: "t0123456789abcdef" }, {});
      const app = createApp({ store, config, rateLimit: false, webDist: false });
      const res = await app.request("/api/ingest", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: "Bearer t0123456789abcdef" },
        body: JSON.stringify([
          { id: "long", text: long },
          { id: "short", text: "Turkey praised Azerbaijan on Tuesday." },
        ]),
      });
      assert.equal(res.status, 200);
      const s = (await res.json()) as { stored: number; warnings: { id: string; message: string }[] };
      assert.equal(s.stored, 2);
      assert.deepEqual(
        s.warnings.map((w) => w.id),
        ["long"],
      );
      assert.match(s.warnings[0]!.message, warning);
    } finally {
      await store.close();
    }
  });
});

describe("orbit watch --once of feeds a user meets", () => {
  it("takes feed URLs directly; reads JSON Feed, xml:base and channel-relative links; names what fails", async () => {
    const db = join(dir, "watch.db");
    // "/flaky.rss" answers 500 first: asked again, it is read in the same round.
    const feeds = ["/malformed.rss", "/slow", "/json-feed", "/xml-base.atom", "/elsewhere/rss", "/flaky.rss"].map(url);
    const r = await runCli(["watch", ...feeds, "--once", "--db", db, "--host-interval", "0s"], {
      env: ENV,
      cwd: dir,
    });
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.match(
      r.stdout,
      /failed \[ingest\] .*\/malformed\.rss: malformed feed XML: <rss>, <channel>, <item>, <link> never closed .*no complete item/,
    );
    assert.match(
      r.stdout,
      /failed \[ingest\] .*\/slow: timed out after 3000 ms \(the feed itself: none of its items was read\)/,
    );
    assert.match(r.stdout, /failed \[ingest\] .*\/gone: HTTP 404/);
    // The two feeds that could not be read are failures but no new articles: 3 pages read and the one that was gone.
    assert.match(r.stdout, /new: 4 {2}stored: 1 {2}duplicates: 2 .*failures: 3/);
    assert.deepEqual([...storedTitles(db).keys()].sort(), [url("/news/item3"), url("/site/story4"), url("/story")]);
  });
});

describe("orbit watch --once of feeds that fail or lie", () => {
  it("names a feed that loops or is binary and each item that times out or is binary; reads a lying charset and a 50 MB feed", async () => {
    const db = join(dir, "watch-bad.db");
    const feeds = ["/loop1", "/binary", "/bad-items.rss", "/cp1251-says-utf8.rss", "/huge.rss"].map(url);
    const r = await runCli(["watch", ...feeds, "--once", "--db", db, "--host-interval", "0s"], {
      env: ENV,
      cwd: dir,
    });
    assert.equal(r.code, 1, r.stdout + r.stderr);
    const u = (path: string) => url(path).replaceAll(".", "\\.");
    assert.match(r.stdout, new RegExp(`failed \\[ingest\\] ${u("/loop1")}: redirect loop .*\\(the feed itself: none`));
    assert.match(
      r.stdout,
      new RegExp(`failed \\[ingest\\] ${u("/binary")}: binary data, not text .*\\(the feed itself`),
    );
    assert.match(
      r.stdout,
      new RegExp(
        `failed \\[ingest\\] ${u("/slow")}: timed out after 3000 ms \\(an item of the feed ${u("/bad-items.rss")}\\)`,
      ),
    );
    assert.match(
      r.stdout,
      new RegExp(`failed \\[ingest\\] ${u("/binary")}: binary data, not text .*\\(an item of the feed`),
    );
    assert.match(
      r.stdout,
      /warning .*\/huge\.rss: the feed is larger than the 20\.0 MB download cap.* 1 complete item/,
    );
    assert.match(r.stdout, /failures: 4/);
    // the batch went on: the good item, the summary read as Cyrillic whatever the feed claimed, the big feed's item
    const titles = storedTitles(db);
    assert.equal(titles.get(url("/site/story4")), "Baku and Yerevan sign energy memorandum");
    assert.equal(titles.get(`${url("/cp1251-says-utf8.rss")}#id=ru-1`), "Москва вызвала посла Азербайджана");
    assert.equal(titles.get(`${url("/huge.rss")}#id=big-1`), "Kyrgyzstan and Tajikistan reopen a border post");
    assert.equal(titles.size, 3);
  });
});

describe("orbit watch --once of a feed cut short", () => {
  it("warns that the feed may be cut, plain, gzip with a short Content-Length or JSON, and stores the items read", async () => {
    for (const feed of ["/cut.rss", "/gzip-cut.rss", "/cut.json"]) {
      const db = join(dir, `watch-${feed.slice(1)}.db`);
      const r = await runCli(["watch", url(feed), "--once", "--db", db, "--host-interval", "0s"], {
        env: ENV,
        cwd: dir,
      });
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.match(
        r.stdout,
        new RegExp(
          `warning .*${feed.replace(".", "\\.")}: .*the feed ends before its (XML|JSON) does .*may be cut short`,
        ),
      );
      if (feed.startsWith("/gzip")) assert.match(r.stdout, /compressed answer ended before the end of its data/);
      // cut inside a closing tag ("<title>Later</"): the elements left open are named whole
      if (feed === "/cut.rss") assert.match(r.stdout, /\(<rss>, <channel>, <item>, <title> never closed\)/);
      assert.match(r.stdout, /failures: 0/);
      assert.deepEqual([...storedTitles(db).keys()].sort(), [url("/news/item3"), url("/story")]);
    }
  });
});

describe("redirects to other schemes, a 304 to a first request, Latin-2 pages and conflicting charsets", () => {
  it("orbit ingest: a redirect to ftp:, a 304 to a first request, Latin-2 Hungarian, undeclared Icelandic, Croatian, Latvian, Lithuanian, Vietnamese and a French title, Latvian declared windows-1252, two <meta charset>", async () => {
    const db = join(dir, "untried.db");
    const paths = [
      "/to-ftp",
      "/always-304.rss",
      "/hu-latin2",
      "/two-meta",
      "/is-latin1",
      "/hr-latin2",
      "/lv-baltic",
      "/lt-latin7",
      "/vi-1258",
      "/hr-one-word",
      "/fr-title",
      "/lv-says-1252",
      "/loop-item.rss",
    ];
    const r = await runCli(["ingest", ...paths.map(url), "--db", db, "--json", "--no-progress"], { env: ENV });
    const s = JSON.parse(r.stdout);
    assert.deepEqual(s.failures.map((f: { message: string }) => f.message).sort(), [
      `${url("/always-304.rss")}: HTTP 304 Not Modified to a request that sent no validators (If-None-Match, If-Modified-Since): the server gave nothing to read`,
      `${url("/loop1")}: redirect loop (${url("/loop1")} → ${url("/loop2")} → ${url("/loop1")}): the server never sends the page (an item of the feed ${url("/loop-item.rss")})`,
      `${url("/to-ftp")}: redirected to ftp://files.example/story.html: only http and https URLs are fetched, not ftp:`,
    ]);
    const titles = storedTitles(db);
    assert.equal(titles.get(url("/hu-latin2")), HUNGARIAN_TITLE);
    assert.equal(titles.get(url("/two-meta")), "Zürich and Genève sign energy memorandum");
    assert.equal(titles.get(url("/is-latin1")), ICELANDIC_TITLE);
    assert.equal(titles.get(url("/hr-latin2")), CROATIAN_TITLE);
    assert.equal(titles.get(url("/lv-baltic")), LATVIAN_TITLE);
    assert.equal(titles.get(url("/lt-latin7")), LITHUANIAN_TITLE);
    assert.equal(titles.get(url("/vi-1258")), VIETNAMESE_TITLE);
    assert.equal(titles.get(url("/hr-one-word")), "Kuća");
    assert.equal(titles.get(url("/fr-title")), "Sûreté nationale");
    assert.equal(titles.get(url("/lv-says-1252")), LATVIAN_TITLE);
  });

  it("orbit watch: a feed that answers 304 to its first request fails; a feed of stored items stores nothing", async () => {
    const db = join(dir, "untried-watch.db");
    const args = ["--once", "--db", db, "--host-interval", "0s"];
    const first = await runCli(["watch", url("/always-304.rss"), url("/xml-base.atom"), ...args], {
      env: ENV,
      cwd: dir,
    });
    assert.match(first.stdout, /unchanged feeds: 0 .*failures: 1/);
    assert.match(
      first.stdout,
      /failed \[ingest\] .*\/always-304\.rss: HTTP 304 Not Modified to a request that sent no validators/,
    );
    // a second watch on the same store: the atom feed's one item is stored, so nothing is fetched or stored again
    const again = await runCli(["watch", url("/xml-base.atom"), ...args], { env: ENV, cwd: dir });
    assert.equal(again.code, 0, again.stdout + again.stderr);
    assert.match(again.stdout, /new: 0 {2}stored: 0 .*failures: 0/);
  });
});

describe("POST /api/ingest of URLs a user meets", () => {
  it("names the timeout, the loop and the binary page, and stores the mislabelled Russian page", async () => {
    const db = join(dir, "api.db");
    const store = await openStore(db);
    try {
      const config = loadConfig(
        { db, token: "t0123456789abcdef", allowPrivateNetwork: true, fetchTimeoutMs: 3000 },
        {},
      );
      const app = createApp({ store, config, rateLimit: false, webDist: false });
      const res = await app.request("/api/ingest", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: "Bearer t0123456789abcdef" },
        body: JSON.stringify({
          urls: ["/slow", "/loop1", "/binary", "/koi8-says-utf8", "/flaky-api", "/gzip-short-length"].map(url),
        }),
      });
      assert.equal(res.status, 200);
      const s = (await res.json()) as {
        stored: number;
        duplicates: number;
        failures: { message: string }[];
        warnings: { id: string; message: string }[];
      };
      const messages = messagesOf(s);
      assert.deepEqual(
        s.warnings.map((w) => [w.id, /may be cut short/.test(w.message)]),
        [[url("/gzip-short-length"), true]],
      );
      assert.match(messages, /\/slow: timed out after 3000 ms/);
      assert.match(messages, /\/loop1: redirect loop/);
      assert.match(messages, /\/binary: binary data/);
      assert.equal(s.failures.length, 3, messages);
      // The two English pages differ by one word: the second is stored as a near-duplicate of the first.
      assert.deepEqual([s.stored, s.duplicates], [2, 1]);
      assert.equal((await store.getArticle(url("/flaky-api")))?.title, "Baku and Bishkek sign energy memorandum");
      assert.equal((await store.getArticle(url("/koi8-says-utf8")))?.title, "Москва вызвала посла Азербайджана");
    } finally {
      await store.close();
    }
  });

  it("reads a JSON body sent in UTF-16 with a byte-order mark, as Windows tools write it", async () => {
    await withApi("api-utf16.db", async (post, store) => {
      const body = JSON.stringify({ urls: [url("/utf16-bom")] });
      const res = await post(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, "utf16le")]));
      assert.equal(res.status, 200, await res.clone().text());
      assert.equal((await store.getArticle(url("/utf16-bom")))?.title, "Минск вызвала посла Азербайджана");
    });
  });

  it("refuses a JSON body in UTF-16 without a byte-order mark, saying so rather than 'invalid JSON'", async () => {
    await withApi("api-utf16-nobom.db", async (post, store) => {
      const body = JSON.stringify({ documents: [{ id: "le-1", text: "Minsk summoned the Lithuanian envoy." }] });
      for (const encoded of [Buffer.from(body, "utf16le"), Buffer.from(body, "utf16le").swap16()]) {
        const res = await post(encoded);
        assert.equal(res.status, 400);
        const { message } = ((await res.json()) as { error: { message: string } }).error;
        assert.match(message, /UTF-16 without a byte-order mark/);
      }
      assert.equal(await store.getArticle("le-1"), undefined);
    });
  });

  it("refuses a JSON body that is not UTF-8 (written in latin-1), naming the problem, and stores nothing", async () => {
    await withApi("api-latin1.db", async (post, store) => {
      const body = JSON.stringify({
        documents: [{ id: "fr-1", text: "Paris a condamné la frappe près de la frontière." }],
      });
      const res = await post(Buffer.from(body, "latin1"));
      assert.equal(res.status, 400);
      assert.match(((await res.json()) as { error: { message: string } }).error.message, /not valid UTF-8 text/);
      assert.equal(await store.getArticle("fr-1"), undefined);
    });
  });

  it("reads no more than 1000 pages for one request, however many items its feed URLs list, and says so", async () => {
    await withApi("api-many.db", async (post) => {
      const res = await post(JSON.stringify({ urls: [url("/many.rss"), url("/story")] }));
      assert.equal(res.status, 200);
      const s = (await res.json()) as { documents: number; failures: { message: string }[] };
      const messages = messagesOf(s);
      assert.match(messages, /\/many\.rss: the feed lists 1001 items; 999 read, as one batch reads at most 1000 pages/);
      assert.match(messages, /\/story: not read: one batch reads at most 1000 pages/);
      assert.equal(s.documents, 1001);
    });
  });
});
