import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { test } from "node:test";
import { AppError } from "../domain/index.ts";
import { parseFeed } from "./index.ts";

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
  assert.equal(a!.title, "Yerevan &amp; Brussels discuss visas");
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

test("a truncated feed gives its complete items plus a recorded error naming the line", async () => {
  const feed = parseFeed(await fixture("truncated.xml"), "https://wire.example/rss");
  assert.deepEqual(
    feed.items.map((i) => i.title),
    ["Baku and Ankara sign energy memorandum", "Astana hosts talks"],
  );
  assert.equal(feed.errors.length, 1);
  assert.match(feed.errors[0]!.message, /^https:\/\/wire\.example\/rss: malformed feed XML at line \d+.*kept 2/);
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
