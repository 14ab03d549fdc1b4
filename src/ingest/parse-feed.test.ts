import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { test } from "node:test";
import { AppError } from "../domain/index.ts";
import { parseFeed, parseFetchedFeed } from "./index.ts";

const fixture = (name: string) => readFile(new URL(`../../test/fixtures/feeds/${name}`, import.meta.url), "utf8");

test("RSS 2.0: link, permalink guid, content:encoded over description, dates with their offset, relative links", async () => {
  const feed = parseFeed(await fixture("rss2.xml"), "https://wire.example/rss");
  assert.equal(feed.format, "rss");
  assert.equal(feed.title, "Orbit Test Wire & Co");
  assert.deepEqual(feed.errors, []);
  const [a, b, c] = feed.items;
  assert.deepEqual(a, {
    title: "Baku and Ankara sign energy memorandum",
    link: "https://wire.example/2025/08/01/baku-ankara",
    guid: "wire-1001",
    published: "2025-08-01T01:30:00+03:00",
    summary: "Short summary of the memorandum.",
    content: "<p>Azerbaijan and Turkey signed a memorandum on gas on Friday.</p>",
    author: "Staff",
  });
  assert.equal(b!.link, "https://wire.example/2025/07/30/astana-talks");
  assert.equal(b!.published, "2025-07-30T14:00:00Z");
  assert.equal(b!.summary, "<p>Kazakhstan hosted talks.</p>");
  assert.equal(c!.link, "https://wire.example/2025/07/29/relative");
  assert.equal(c!.published, "2025-07-29T09:00:00+03:00");
});

test("Atom: rel=alternate link, published not updated, updated only as a last resort, author name", async () => {
  const feed = parseFeed(await fixture("atom.xml"), "atom.xml");
  assert.equal(feed.format, "atom");
  const [a, b] = feed.items;
  assert.equal(a!.link, "https://atom.example/news/yerevan-brussels");
  assert.equal(a!.published, "2025-08-02T09:15:00+04:00");
  assert.equal(a!.updated, "2025-08-05T10:00:00Z");
  assert.equal(a!.title, "Yerevan & Brussels discuss visas", "a type=html title is markup: its text is the title");
  assert.equal(a!.guid, "urn:orbit:entry:1");
  assert.equal(a!.author, "Desk Editor");
  assert.match(a!.content!, /^<p>Armenia and the European Union/);
  assert.equal(b!.published, "2025-08-03T12:00:00Z");
  assert.equal(b!.link, "https://atom.example/news/only-updated");
});

test("RDF / RSS 1.0: items beside the channel, dc:date", async () => {
  const feed = parseFeed(await fixture("rdf.xml"), "rdf.xml");
  assert.equal(feed.format, "rdf");
  assert.deepEqual(
    feed.items.map((i) => [i.link, i.published, i.guid]),
    [
      ["https://rdf.example/a", "2025-07-15T08:00:00+04:00", "https://rdf.example/a"],
      ["https://rdf.example/b", "2025-07-16", "https://rdf.example/b"],
    ],
  );
});

test("a feed cut short gives its complete items and a warning that items after the cut are not read", async () => {
  const feed = parseFeed(await fixture("truncated.xml"), "https://wire.example/rss");
  assert.deepEqual(
    feed.items.map((i) => i.title),
    ["Baku and Ankara sign energy memorandum", "Astana hosts talks"],
  );
  assert.deepEqual(feed.errors, []);
  assert.equal(feed.warnings?.length, 1);
  assert.match(
    feed.warnings[0]!,
    /^the feed ends before its XML does \(<rss>, <channel>, <item>, <description> never closed\): it may be cut short.*2 complete item\(s\) read$/,
  );
  // tags left open are named as a reader names them
  const open = parseFeed(
    "<rss><channel><item><title>A</title><link>https://a.example/1</link></item><item><title>B",
    "x",
  );
  assert.match(open.warnings?.[0] ?? "", /\(<rss>, <channel>, <item>, <title> never closed\).*1 complete item/);
});

test("a feed cut inside a tag names the whole elements left open, never part of a tag name or the parser's complaint", () => {
  const whole = `<rss version="2.0"><channel><title>c</title><item><title>One</title><link>https://a.example/1</link></item>
<item><title>Two</title><link href="https://a.example/2">x</link></item></channel></rss>`;
  const cases: [string, string][] = [
    ["</item>\n<ite", "<rss>, <channel>"],
    ["<item><tit", "<rss>, <channel>, <item>"],
    ["<title>Tw", "<rss>, <channel>, <item>, <title>"],
    ["<title>Two</ti", "<rss>, <channel>, <item>, <title>"],
    ["</title><link hr", "<rss>, <channel>, <item>"],
    ['<link href="https://a.exa', "<rss>, <channel>, <item>"],
    ["</item></chann", "<rss>, <channel>"],
    ["</channel></rs", "<rss>"],
  ];
  for (const [end, open] of cases) {
    const feed = parseFeed(whole.slice(0, whole.lastIndexOf(end) + end.length), "cut.xml");
    assert.equal(
      feed.warnings?.[0]?.match(/^the feed ends before its XML does \((.*) never closed\)/)?.[1],
      open,
      `${end}: ${feed.warnings?.[0]}`,
    );
    assert.deepEqual(
      feed.items.map((i) => i.title),
      end.startsWith("</channel") || end.startsWith("</item></") ? ["One", "Two"] : ["One"],
    );
  }
  // cut before any item is complete: the error names the open elements the same way
  assert.throws(
    () => parseFeed(whole.slice(0, whole.indexOf("One</title>") + 6), "early.xml"),
    /^AppError: early\.xml: malformed feed XML: <rss>, <channel>, <item>, <title> never closed \(the feed is cut short or broken\)/,
  );
});

test("XML broken in the middle of a feed that ends as it should is the feed's error, not a cut", () => {
  const xml = `<rss version="2.0"><channel><title>t</title><item><title>A</title><link>https://a.example/1</link></item>
<item><title>B</title><bad></item><item><title>C</title><link>https://a.example/3</link></item></channel></rss>`;
  const feed = parseFeed(xml, "mid.xml");
  assert.equal(feed.warnings, undefined);
  assert.equal(feed.errors.length, 1);
  assert.match(feed.errors[0]!.message, /^mid\.xml: malformed feed XML at line 2.*kept \d complete item/);
});

test("a whole feed with junk after its root's closing tag is not taken for a cut one", () => {
  const xml = `<rss version="2.0"><channel><item><title>A</title><link>https://a.example/1</link></item>
<item><title>B</title><link>https://a.example/2</link></item></channel></rss>`;
  for (const junk of ["\0\0\0", "\n<b>Warning</b>: cache write failed\n"]) {
    const feed = parseFeed(xml + junk, "junk.xml");
    assert.deepEqual(
      feed.items.map((i) => i.title),
      ["A", "B"],
    );
    assert.equal(feed.warnings, undefined, JSON.stringify(junk));
    assert.match(feed.errors[0]?.message ?? "", /^junk\.xml: malformed feed XML at line \d+.*kept 2 complete item/);
  }
});

test("a fetched feed whose compressed download ended early says so in its warning or its error", () => {
  const page = { finalUrl: "https://wire.example/rss", cut: true as const };
  const whole = "<rss><channel><item><title>A</title><link>https://a.example/1</link></item></channel></rss>";
  assert.equal(parseFetchedFeed({ ...page, text: whole }).warnings, undefined, "a feed whose XML closes is whole");
  const cut = parseFetchedFeed({ ...page, text: whole.replace("</channel></rss>", "<item><title>B") });
  assert.match(
    cut.warnings?.[0] ?? "",
    /^the server's compressed answer ended before the end of its data .*, and the feed ends before its XML does/,
  );
  assert.equal(cut.items.length, 1);
  assert.throws(
    () => parseFetchedFeed({ ...page, text: "<rss><channel><item><title>A" }),
    /^AppError: https:\/\/wire\.example\/rss: malformed feed XML: .*no complete item could be read; the server's compressed answer ended/,
  );
});

test("not a feed, empty, garbage and unsafe links", () => {
  const bad = ["", "   ", "<html><body>hi</body></html>", "<<<>>>", "<rss><channel><item><title>x", "just text"];
  for (const text of bad) {
    assert.throws(
      () => parseFeed(text, "f.xml"),
      (e) => e instanceof AppError && e.code === "BAD_INPUT" && e.message.startsWith("f.xml: "),
      JSON.stringify(text),
    );
  }
  const unsafe = parseFeed(
    "<rss><channel><item><title>x</title><link>javascript:alert(1)</link></item></channel></rss>",
    "https://a.example/feed",
  );
  assert.equal(unsafe.items[0]!.link, undefined);
});

test("DOCTYPE entity declarations are dropped instead of expanded", () => {
  const bomb = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>
<rss><channel><item><title>&b;</title><link>https://x.example/1</link></item></channel></rss>`;
  const feed = parseFeed(bomb, "bomb.xml");
  assert.equal(feed.items.length, 1);
  assert.ok((feed.items[0]!.title ?? "").length < 20);
});

test("relative links: Atom xml:base (feed, then entry) and, for RSS, the channel's home page before the feed's URL", () => {
  const atom = parseFeed(
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://news.example/world/"><title>t</title>
<entry><id>urn:1</id><title>A</title><link href="2025/a.html"/></entry>
<entry xml:base="/europe/"><id>urn:2</id><title>B</title><link href="b.html"/></entry>
<entry xml:base="https://other.example/x/"><id>urn:3</id><title>C</title><link href="../c"/></entry></feed>`,
    "feeds/saved.atom",
  );
  assert.deepEqual(
    atom.items.map((i) => i.link),
    ["https://news.example/world/2025/a.html", "https://news.example/europe/b.html", "https://other.example/c"],
  );
  const rss = `<rss version="2.0"><channel><title>w</title><link>https://www.site.example/</link>
<item><title>A</title><link>/2025/08/a</link></item></channel></rss>`;
  assert.equal(parseFeed(rss, "https://feeds.site.example/rss").items[0]!.link, "https://www.site.example/2025/08/a");
  assert.equal(parseFeed(rss, "saved-feed.xml").items[0]!.link, "https://www.site.example/2025/08/a", "a file on disk");
  const noHome = rss.replace("<link>https://www.site.example/</link>", "");
  assert.equal(
    parseFeed(noHome, "https://feeds.site.example/rss").items[0]!.link,
    "https://feeds.site.example/2025/08/a",
  );
});

test('a guid marked isPermaLink="false" or an Atom id is no link unless it is an absolute URL', () => {
  const rss = parseFeed(
    `<rss version="2.0"><channel><title>w</title><link>https://www.site.example/</link>
<item><title>A</title><guid isPermaLink="false">abc123</guid><description>Moscow warned Tokyo.</description></item>
<item><title>B</title><guid>/2025/08/b</guid></item></channel></rss>`,
    "https://feeds.site.example/rss",
  );
  assert.deepEqual(
    rss.items.map((i) => [i.guid, i.link]),
    [
      ["abc123", undefined],
      ["/2025/08/b", "https://www.site.example/2025/08/b"],
    ],
  );
  const atom = parseFeed(
    `<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
<entry><id>entry-7</id><title>A</title><summary>s</summary></entry>
<entry><id>https://site.example/e/8</id><title>B</title></entry></feed>`,
    "https://site.example/atom",
  );
  assert.deepEqual(
    atom.items.map((i) => i.link),
    [undefined, "https://site.example/e/8"],
  );
});

test("JSON Feed 1.1 and 1: links (relative ones too), text or HTML content, dates, authors; bad items named", () => {
  const feed = parseFeed(
    JSON.stringify({
      version: "https://jsonfeed.org/version/1.1",
      title: "Wire",
      home_page_url: "https://wire.example/",
      items: [
        {
          id: "1",
          url: "/2025/08/01/baku",
          title: "Baku and Ankara",
          content_text: "Azerbaijan and Turkey signed a memorandum.\n\nTalks go on & on.",
          summary: "A memorandum.",
          date_published: "2025-08-01T10:00:00+03:00",
          authors: [{ name: "Desk" }],
        },
        { id: 2, external_url: "https://other.example/story", content_html: "<p>Astana hosted talks.</p>" },
        "not an item",
      ],
    }),
    "https://wire.example/feed.json",
  );
  assert.equal(feed.format, "json");
  assert.equal(feed.title, "Wire");
  assert.deepEqual(feed.items[0], {
    title: "Baku and Ankara",
    link: "https://wire.example/2025/08/01/baku",
    guid: "1",
    published: "2025-08-01T10:00:00+03:00",
    summary: "A memorandum.",
    content: "<p>Azerbaijan and Turkey signed a memorandum.</p>\n<p>Talks go on &amp; on.</p>",
    author: "Desk",
  });
  assert.deepEqual(feed.items[1], {
    link: "https://other.example/story",
    guid: "2",
    content: "<p>Astana hosted talks.</p>",
  });
  assert.equal(feed.errors.length, 1);
  assert.match(feed.errors[0]!.message, /feed\.json: JSON Feed item 3 is not an object/);
  const v1 = parseFeed(
    '{"version":"https://jsonfeed.org/version/1","items":[{"id":"a","url":"https://x.example/a","author":{"name":"Old"}}]}',
    "v1.json",
  );
  assert.equal(v1.items[0]!.author, "Old");
  assert.throws(
    () => parseFeed('{"id": 1, "text": "a document"}', "doc.json"),
    /doc\.json: JSON that is not a JSON Feed/,
  );
  assert.throws(
    () => parseFeed('{"version": "https://jsonfeed.org/version/1.1", "items": [', "cut.json"),
    /cut\.json: malformed JSON Feed/,
  );
});

test("a JSON Feed cut short keeps its complete items with a warning, as RSS and Atom do; one broken keeps them with an error", () => {
  const whole = JSON.stringify({
    version: "https://jsonfeed.org/version/1.1",
    title: "Wire",
    home_page_url: "https://wire.example/",
    items: [
      { id: "1", url: "/a", title: "Baku and Ankara sign", tags: ["energy", "gas"] },
      { id: "2", url: "/b", title: "Astana hosts talks" },
      { id: "3", url: "/c", title: "Minsk answers" },
    ],
  });
  // cut inside the third item: its id and link are read, but it is not complete, so it is not taken
  const cut = parseFeed(whole.slice(0, whole.indexOf('"Minsk')), "cut.json");
  assert.equal(cut.format, "json");
  assert.equal(cut.title, "Wire");
  assert.deepEqual(
    cut.items.map((i) => [i.title, i.link]),
    [
      ["Baku and Ankara sign", "https://wire.example/a"],
      ["Astana hosts talks", "https://wire.example/b"],
    ],
  );
  assert.deepEqual(cut.errors, []);
  assert.match(
    cut.warnings?.[0] ?? "",
    /^the feed ends before its JSON does \(.+\): it may be cut short, and items after the cut are not read; 2 complete item\(s\) read$/,
  );
  // broken in the middle: the items before the break, and an error
  const broken = parseFeed(whole.replace('"Astana hosts talks"}', '"Astana hosts talks",}'), "mid.json");
  assert.deepEqual(
    broken.items.map((i) => i.title),
    ["Baku and Ankara sign"],
  );
  assert.equal(broken.warnings, undefined);
  assert.match(broken.errors[0]?.message ?? "", /^mid\.json: malformed JSON Feed: .*; kept 1 complete item\(s\)$/);
  // a whole feed with a server's notice after it: every item, and the notice named as an error
  const junk = parseFeed(`${whole}\n<b>Warning</b>: cache write failed`, "junk.json");
  assert.equal(junk.items.length, 3);
  assert.equal(junk.warnings, undefined);
  assert.match(junk.errors[0]?.message ?? "", /^junk\.json: malformed JSON Feed: .*; kept 3 complete item\(s\)$/);
  // a gzip download that ended early says so before the feed's own warning
  const fetched = parseFetchedFeed({
    finalUrl: "https://wire.example/feed.json",
    cut: true,
    text: whole.slice(0, -40),
  });
  assert.match(
    fetched.warnings?.[0] ?? "",
    /^the server's compressed answer ended .*, and the feed ends before its JSON does/,
  );
  // cut before any item is complete, or before it says it is a JSON Feed: an error, as before
  assert.throws(
    () => parseFeed(whole.slice(0, whole.indexOf('"Baku')), "early.json"),
    /^AppError: early\.json: malformed JSON Feed: .*; no complete item could be read$/,
  );
  assert.throws(
    () => parseFeed('{"items": [{"id": "1"}, {"id', "what.json"),
    /^AppError: what\.json: malformed JSON Feed: [^;]*$/,
  );
});

test("a feed cut short names the tags left open, not the parser's internal list", () => {
  assert.throws(
    () => parseFeed('<rss version="2.0"><channel><title>x</title><item><title>A</title><link>/a', "cut.xml"),
    /^AppError: cut\.xml: malformed feed XML: <rss>, <channel>, <item>, <link> never closed \(the feed is cut short or broken\); no complete item could be read$/,
  );
});

test('an Atom title of type "xhtml" is read as its text, in order, tags dropped and entities decoded', () => {
  const xml = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>F</title>
<entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Russia <b>warns</b> the EU &amp; NATO</div></title>
<link href="https://x.example/a"/></entry>
<entry><title type='xhtml'><xhtml:div xmlns:xhtml="http://www.w3.org/1999/xhtml">Kyiv <xhtml:em>thanks</xhtml:em> Ankara</xhtml:div></title>
<link href="https://x.example/b"/></entry></feed>`;
  const feed = parseFeed(xml, "https://x.example/feed");
  assert.deepEqual(
    feed.items.map((i) => i.title),
    ["Russia warns the EU & NATO", "Kyiv thanks Ankara"],
  );
});

test('an Atom "html" title keeps a bare < and > as text ("5 < 6 and 7 > 3") and drops only real tags', () => {
  const xml = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>F</title>
<entry><title type="html">5 &lt; 6 and 7 &gt; 3</title><link href="https://x.example/a"/></entry>
<entry><title type="html">Russia &lt;b&gt;warns&lt;/b&gt; the EU</title><link href="https://x.example/b"/></entry></feed>`;
  assert.deepEqual(
    parseFeed(xml, "https://x.example/feed").items.map((i) => i.title),
    ["5 < 6 and 7 > 3", "Russia warns the EU"],
  );
});

test("a damaged feed whose item the validator passes but the parser refuses drops that item, never throws", () => {
  // "<![CDA]>" passes fast-xml-parser's validator inside one item and then fails its parser as an unclosed CDATA
  // (found by the feed fuzz test): that item is dropped like any broken one, the rest are kept.
  const rss = `<rss version="2.0"><channel><title>Wire</title>
<item><title>One</title><link>https://wire.example/1</link><description><![CDA]></description></item>
<item><title>Two</title><link>https://wire.example/2</link></item>
</channel>`;
  const feed = parseFeed(rss, "https://wire.example/rss");
  assert.deepEqual(
    feed.items.map((i) => i.link),
    ["https://wire.example/2"],
  );
  // the feed says it was damaged: an error, or a warning that it was cut short
  assert.equal(feed.errors.length + (feed.warnings?.length ?? 0), 1);
});
