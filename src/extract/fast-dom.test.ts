import assert from "node:assert/strict";
import { test } from "node:test";
import { parseHTML } from "linkedom";
import { parseFastDom } from "./fast-dom.ts";

test("builds a tree with attributes, decoded text, implied closes and no comments", () => {
  const doc = parseFastDom(
    `<!doctype html><html lang="de"><head><title>A &amp; B</title></head><body><div id="x" class="a b"><p>one<p>two<!-- note --></div>
     <ul><li>i<li>ii</ul></body></html>`,
  );
  assert.equal(doc.documentElement.getAttribute("lang"), "de");
  assert.equal(doc.querySelector("title")?.textContent, "A & B");
  const div = doc.querySelector("#x")!;
  assert.deepEqual(
    div.children.map((c) => c.textContent),
    ["one", "two"],
  );
  assert.equal(doc.querySelectorAll("li").length, 2);
  assert.equal(div.parentElement?.localName, "body");
});

test("content after </body> stays in the body; a fragment gets an <html> root", () => {
  const doc = parseFastDom("<html><body><p>in</p></body></html><p>after</p>");
  assert.deepEqual(
    doc.body?.children.map((c) => c.textContent),
    ["in", "after"],
  );
  const frag = parseFastDom("Warning: x<div><p>hello</p></div>");
  assert.equal(frag.documentElement.localName, "html");
  assert.match(frag.documentElement.textContent, /Warning: xhello/);
});

test("remove() detaches an element", () => {
  const doc = parseFastDom("<body><div><nav>menu</nav><p>text</p></div></body>");
  doc.querySelector("nav")!.remove();
  assert.equal(doc.querySelector("div")?.textContent, "text");
  assert.equal(doc.querySelector("nav"), null);
});

test("selectors: type, id, class, attribute operators with i flag, descendant, child, lists", () => {
  const doc = parseFastDom(`<head><script type="Application/LD+JSON">{}</script><link rel="Canonical" href="/c">
    <meta property="og:title" content="T"></head><body><div itemprop="author"><span itemprop="name">Ann</span></div>
    <section class="story body"><p class="x">a</p><div><p>b</p></div></section><time datetime="2025-08-01">t</time></body>`);
  assert.equal(doc.querySelectorAll('script[type="application/ld+json" i]').length, 1);
  assert.equal(doc.querySelectorAll('script[type="application/ld+json"]').length, 0);
  assert.equal(doc.querySelector('link[rel="canonical" i]')?.getAttribute("href"), "/c");
  assert.equal(doc.querySelector('[itemprop="author"] [itemprop="name"]')?.textContent, "Ann");
  assert.equal(doc.querySelectorAll("section.body.story p").length, 2);
  assert.equal(doc.querySelectorAll("section > p").length, 1);
  assert.equal(doc.querySelectorAll("[class], time[datetime]").length, 3);
  assert.equal(doc.querySelectorAll("meta[property^=og]").length, 1);
  assert.equal(doc.querySelectorAll("[class~=story]").length, 1);
  assert.equal(doc.querySelectorAll("[class*=tor]").length, 1);
  assert.throws(() => doc.querySelectorAll("p:first-child"), /unsupported CSS selector/);
});

test("attributes are found whatever the case of the asked name", () => {
  const doc = parseFastDom(`<body><div DATA-X="1" class="k"></div></body>`);
  const div = doc.querySelector("div")!;
  assert.equal(div.getAttribute("data-x"), "1");
  assert.equal(div.getAttribute("Data-X"), "1");
  assert.equal(div.getAttribute("CLASS"), "k");
  assert.equal(div.getAttribute("id"), null);
  assert.equal(div.hasAttribute("DATA-x"), true);
  assert.equal(div.hasAttribute("hidden"), false);
});

test("document queries see removals: a removed subtree's elements are no longer found", () => {
  const doc = parseFastDom("<body><main><p>a</p><aside><p>b</p><span>c</span></aside></main></body>");
  assert.equal(doc.querySelectorAll("p").length, 2);
  doc.querySelector("aside")!.remove();
  assert.equal(doc.querySelectorAll("p").length, 1);
  assert.equal(doc.querySelector("span"), null);
  assert.equal(doc.querySelectorAll("main p, span").length, 1);
});

test("entities are decoded in text and attribute values, not in scripts, styles or textareas", () => {
  const doc = parseFastDom(
    `<body><p title="a &amp; b" TITLE="second" data-u="?x=1&lang=en">Tom &amp; Jerry &lt;3 &#x41;&nbsp;&eacute;t&eacute; &copy 2025</p>
     <script>if (a &amp;&amp; b) {}</script><style>a::after { content: "&gt;" }</style><textarea>&amp;</textarea></body>`,
  );
  const p = doc.querySelector("p")!;
  assert.equal(p.getAttribute("title"), "a & b", "the first of repeated attributes wins");
  assert.equal(p.getAttribute("data-u"), "?x=1&lang=en");
  assert.equal(p.textContent, "Tom & Jerry <3 A\u00a0été © 2025");
  assert.equal(doc.querySelector("script")?.textContent, "if (a &amp;&amp; b) {}");
  assert.equal(doc.querySelector("style")?.textContent, 'a::after { content: "&gt;" }');
  assert.equal(doc.querySelector("textarea")?.textContent, "&amp;");
});

test("lists of single compounds: every element matching any of them, once, in document order, as a DOM finds them", () => {
  const html =
    '<html><body><h2 class="t">a</h2><div itemprop="headline">b</div><h3>c</h3><time itemprop="datePublished">d</time>' +
    '<abbr>e</abbr><p class="t" id="p1">f</p><h2 itemprop="headline">g</h2><span id="s">h</span></body></html>';
  const ours = parseFastDom(html);
  const { document } = parseHTML(html);
  for (const selector of [
    "h2, h3, [itemprop=headline]",
    "[itemprop], time, abbr",
    "[class], [id]",
    "p.t, #s, h3",
    "time[itemprop], h2.t, abbr",
  ]) {
    const texts = (list: ArrayLike<{ textContent: string | null }>) => Array.from(list, (e) => e.textContent);
    assert.deepEqual(texts(ours.querySelectorAll(selector)), texts(document.querySelectorAll(selector)), selector);
  }
});
