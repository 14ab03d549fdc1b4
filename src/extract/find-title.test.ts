import assert from "node:assert/strict";
import { test } from "node:test";
import { parseHTML } from "linkedom";
import { decodeEntities, findTitle, headingText, stripSiteFromTitle } from "./find-title.ts";

const doc = (html: string) =>
  (parseHTML(`<html><body>${html}</body></html>`) as unknown as { document: Document }).document;

test("site names and short labels come off metadata titles, dashes inside a headline stay", () => {
  assert.equal(stripSiteFromTitle("Ins neue Jahr | Literaturgefluester", "Literaturgefluester"), "Ins neue Jahr");
  assert.equal(stripSiteFromTitle("Brexit – the next round", "Daily"), "Brexit – the next round");
  assert.equal(
    stripSiteFromTitle("NEWS WEB EASY|子どもへの体罰を禁止する法律ができる"),
    "子どもへの体罰を禁止する法律ができる",
  );
});

test("kickers, topic labels and screen-reader separators inside the <h1> are left out", () => {
  const h1 = (html: string) => headingText(doc(`<h1>${html}</h1>`).querySelector("h1")!);
  assert.equal(
    h1(
      '<span class="article-heading__kicker">Klimaschutz</span><span class="visually-hidden">: </span><span class="article-heading__title">Bohren, bis es heiß wird</span>',
    ),
    "Bohren, bis es heiß wird",
  );
  assert.equal(
    h1('<span class="dachzeile">Interne Unterlagen</span> <span class="headline">Daten gehackt</span>'),
    "Daten gehackt",
  );
  assert.equal(
    h1("Zuschauerrückkehr bei den Clubs<br><small>02.02.2022 • Presse</small>"),
    "Zuschauerrückkehr bei den Clubs",
  );
  assert.equal(h1("<span>Open Progress</span><span>Why thinking wins</span>"), "Open Progress Why thinking wins");
  assert.equal(h1("<span>Frauen im THW</span>: Gegenwart"), "Frauen im THW: Gegenwart");
});

test("the headline is the heading the metadata agrees with, not the blog's name in the <h1>", () => {
  const d = doc(
    '<h1 class="site-title"><a href="/">Literaturgefluester</a></h1><h2 class="entry-title">Ins neue Jahr</h2>',
  );
  assert.equal(
    findTitle(d, { metaTitles: ["Ins neue Jahr | Literaturgefluester"], site: "Literaturgefluester" }),
    "Ins neue Jahr",
  );
  const plain = doc("<h1>Seelenradio</h1><h2>Nummer zwei: Leo</h2><h2>Archiv</h2>");
  assert.equal(
    findTitle(plain, { metaTitles: ["Nummer zwei: Leo – seelenradio"], host: "seelenradio.de" }),
    "Nummer zwei: Leo",
  );
});

test("a single <h1> close to the metadata title wins over a teaser heading inside that title", () => {
  const d = doc("<h1>Saftiger Zitronenkuchen vom Blech: einfach köstlich!</h1><h2>Zitronenkuchen vom Blech</h2>");
  assert.equal(
    findTitle(d, {
      metaTitles: ["Saftiger Zitronenkuchen vom Blech | Backen macht glücklich"],
      site: "Backen macht glücklich",
    }),
    "Saftiger Zitronenkuchen vom Blech: einfach köstlich!",
  );
});

test("without headings the metadata title is used, its entities decoded once more", () => {
  assert.equal(
    decodeEntities("Record of the Week: Luboku, &#039;Pale Blue Dot&#039; &amp; more"),
    "Record of the Week: Luboku, 'Pale Blue Dot' & more",
  );
  const d = doc("<p>No headings here at all.</p>");
  assert.equal(
    findTitle(d, { metaTitles: ["Baku &amp; Ankara sign memorandum | Caucasus Daily"], site: "Caucasus Daily" }),
    "Baku & Ankara sign memorandum",
  );
});
