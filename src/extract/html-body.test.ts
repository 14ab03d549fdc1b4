import assert from "node:assert/strict";
import { test } from "node:test";
import { parseFastDom } from "./fast-dom.ts";
import { collapsedLength, extractBody } from "./html-body.ts";
import { preferLdBody } from "./ld-article-body.ts";
import { wordChars } from "./serialise-blocks.ts";

const body = (html: string) => extractBody(parseFastDom(html) as unknown as Document);
const sentence = (i: number) =>
  `Paragraph ${i} of the story says that officials, diplomats and ministers met in the capital, and talks went on late.`;

test("an article split into same-kind chunks a level deeper than the picked one is kept whole", () => {
  // each chunk wraps its paragraphs one level deeper; photos and ads sit between the chunks
  const chunk = (a: number, b: number) =>
    `<div class="chunk"><div class="col">${[a, b].map((i) => `<p>${sentence(i)}</p>`).join("")}</div></div>`;
  const html = `<body><main><article><div class="grid">${chunk(1, 2)}<figure><img src=x></figure></div>
    <div class="grid"><aside class="ad">Ad</aside>${chunk(3, 4)}</div><div class="grid">${chunk(5, 6)}</div></article></main>
    <div class="teasers"><div class="col"><p><a href="/1">Another story entirely, with a long linked headline here</a></p></div></div></body>`;
  const text = body(html);
  for (let i = 1; i <= 6; i++) assert.ok(text.includes(sentence(i)), `chunk paragraph ${i} missing`);
  assert.ok(!text.includes("Another story"));
});

test("a teaser heading written as a plain block ends the story; a 'read more' expander does not", () => {
  const html = `<body><article class="post-body"><p>${sentence(1)}</p><div class="read-more-button">Read More</div>
    <p>${sentence(2)}</p><div class="box-title">You may also like...</div><p>${sentence(3).replace("Paragraph 3", "Teaser")}</p>
    </article></body>`;
  const text = body(html);
  assert.ok(text.includes(sentence(1)) && text.includes(sentence(2)));
  assert.ok(!text.includes("Teaser") && !text.includes("You may also like"));
});

test("figure captions are not article text", () => {
  const html = `<body><article><p>${sentence(1)}</p><figure><img src=x><figcaption>A reference module, seen from above. Credit: ESA</figcaption></figure><p>${sentence(2)}</p></article></body>`;
  const text = body(html);
  assert.ok(text.includes(sentence(2)));
  assert.ok(!text.includes("Credit: ESA"));
});

test("bare prose lines split by <br> in a div are extracted, the category links and footer are not", () => {
  const lines = [1, 2, 3, 4].map(sentence).join("<br><br>");
  const html = `<body><div class="row"><div class="col-9"><h2>Title</h2><img src=x>${lines}</div>
    <div class="col-3">${Array.from({ length: 400 }, (_, i) => `<a href="/c${i}">Category ${i}</a>`).join(" ")}</div></div>
    <div class="footer-block"><div class="col">Town, State, Street 1111 - Postcode 89259-565 - Phone: (047) 2106-8000 - all rights</div></div></body>`;
  const text = body(html);
  assert.ok(text.includes(sentence(1)) && text.includes(sentence(4)));
  assert.ok(!text.includes("Postcode"));
});

test("JSON-LD articleBody replaces a DOM pick that missed most of the story, never a teaser or another text", () => {
  const full = [1, 2, 3, 4, 5, 6].map(sentence).join(" ");
  const ld = JSON.stringify({ "@type": "NewsArticle", articleBody: `<p>${full}</p>` });
  const html = `<head><script type="application/ld+json">${ld}</script></head><body><div class="card">
    <p>${sentence(1)}</p></div><div class="other"><span>${"x ".repeat(3)}</span></div></body>`;
  assert.equal(body(html).replace(/\s+/g, " "), full);
  assert.equal(preferLdBody(full.slice(0, 300), sentence(1)), false, "a teaser is not longer");
  assert.equal(preferLdBody("Completely different words about a recipe. ".repeat(20), sentence(1)), false);
  assert.equal(preferLdBody(full, sentence(2)), true);
});

test("linked teaser lines inside the story are dropped; linked sources and sentences with links are kept", () => {
  const html = `<body><article class="story"><p>${sentence(1)}</p>
    <p>Related: <a href="/a">Water plumes on a distant moon, the discovery in images</a></p>
    <p><strong>READ MORE:</strong> <a href="/b">Outbreak confirmed in the capital as two are diagnosed</a></p>
    <p>${sentence(2)} <a href="/c">The ministry said so</a>.</p><p><a href="/d">The full statement of the ministry was published.</a></p>
    <p><a href="http://example.org/report">http://example.org/report</a></p><p>${sentence(3)}</p></article></body>`;
  const text = body(html);
  for (const i of [1, 2, 3]) assert.ok(text.includes(sentence(i).slice(0, 40)), `paragraph ${i} missing`);
  assert.ok(!text.includes("Water plumes") && !text.includes("Outbreak confirmed"));
  assert.ok(text.includes("The full statement of the ministry was published."));
  assert.ok(text.includes("http://example.org/report"));
});

test("calls to action (subscribe, follow us, get the app, click to tweet) are not article text", () => {
  const promos = [
    "Subscribe to our newsletter for the latest news in your inbox.",
    "Follow Newsroom on Twitter, Facebook and Instagram.",
    "If you enjoyed this article, we have a proposition for you: join our members.",
    "Like this story? Share it with a friend!",
    "CLICK HERE TO GET THE NEWS APP",
    "Listen: http://po.st/episode-615",
    "Every online business exists in a space-time continuum.Click To Tweet",
    "Подписывайтесь на наш канал в Telegram",
  ];
  const html = `<body><article class="story"><p>${sentence(1)}</p>${promos.map((p) => `<p>${p}</p>`).join("")}
    <p>${sentence(2)}</p><p>Follow the money, investigators told the committee, and the trail leads abroad.</p></article></body>`;
  const text = body(html);
  assert.ok(text.includes(sentence(1)) && text.includes(sentence(2)));
  assert.ok(text.includes("Follow the money"), "an ordinary sentence starting with a CTA verb stays");
  for (const p of promos) assert.ok(!text.includes(p.slice(0, 20)), `promo kept: ${p}`);
});

test("date stamps, dated bylines, agency credits, citations and author notes are not article text", () => {
  const stamps = [
    "segunda-feira, 22 de janeiro de 2018 às 0:13",
    "Updated at 1:23 p.m.",
    "By Jane Roe and John Doe on Monday, November 18th, 2019 at 11:08 a.m.",
    "(Reporting by Jane Roe; Editing by John Doe)",
    "Citation: Astronauts would need smaller craft (2019, November 18) retrieved 20 November 2019 from https://x.org/a",
    "Have a tip? Jane Roe may be reached at jroe@example.com. Follow her on Twitter @jroe.",
    "Tags",
  ];
  const kept = "By 2030 the ministry plans to double output, officials said on Monday at 10:00.";
  const html = `<body><article class="story"><p>${sentence(1)}</p>${stamps.map((p) => `<p>${p}</p>`).join("")}
    <p>${sentence(2)}</p><p>${kept}</p></article></body>`;
  const text = body(html);
  assert.ok(text.includes(sentence(1)) && text.includes(sentence(2)) && text.includes(kept));
  for (const p of stamps) assert.ok(!text.includes(p.slice(0, 20)), `stamp kept: ${p}`);
});

test("a hover card of links behind a name reads as the name alone", () => {
  const card = `<span class="card"><a href="/p/jane">Jane Roe</a><span class="popup"><img src=x><a href="/p/jane">Jane Roe</a>
    <a href="/s/1">Lawmakers oppose the funding bill over surveillance authority</a> <a href="/s/2">Senators call for a security coordinator</a></span></span>`;
  const html = `<body><article class="story"><p>${sentence(1)}</p><p>Threats were made against Rep. ${card} (D-Minn.), prosecutors said on Monday.</p>
    <p>${sentence(2)} See <a href="/r">the report</a>.</p></article></body>`;
  const text = body(html);
  assert.ok(text.includes("Threats were made against Rep. Jane Roe (D-Minn.), prosecutors said on Monday."), text);
  assert.ok(!text.includes("funding bill") && text.includes("See the report."));
});

test("a plain block titled 'More <site> Stories' ends the story", () => {
  const html = `<body><article class="story"><p>${sentence(1)}</p><p>${sentence(2)}</p><p><strong>More Great Example Stories</strong></p>
    <ul><li>Could an astronaut lost in space use gravity to get around?</li><li>The plan to boost drone batteries with a jet engine</li></ul></article></body>`;
  const text = body(html);
  assert.ok(text.includes(sentence(2)));
  assert.ok(!text.includes("More Great") && !text.includes("astronaut"));
});

test("collapsedLength counts text as collapsed and trimmed, for any white space", () => {
  const samples = ["", "   ", "a", " a ", "a  b", "\n\ta\u00a0\u2003b\u3000 c\r\n", "\ufeffword\u2028next", "x\u200by"];
  for (let i = 0; i < 200; i++) {
    const chars = ["a", " ", "\n", "\u00a0", "é", "\t", "\u2009", "😀"];
    let s = "";
    for (let k = 0; k < (i % 17) + 1; k++) s += chars[(i * 7 + k * 3 + ((k * k) % 5)) % chars.length];
    samples.push(s);
  }
  for (const s of samples) assert.equal(collapsedLength(s), s.replace(/\s+/g, " ").trim().length, JSON.stringify(s));
});

test("wordChars counts letters and digits by code point, in any script", () => {
  const samples = ["", "abc 123", "Ünïcödé, текст; 中文！", "😀 𝐀𝐁 x", "\ud800 lone", "a-b_c", "ⅫⅢ ٣٤"];
  for (const s of samples) assert.equal(wordChars(s), (s.match(/[\p{L}\p{N}]/gu) ?? []).length, s);
});
