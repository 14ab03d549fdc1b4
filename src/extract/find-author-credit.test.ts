import assert from "node:assert/strict";
import { test } from "node:test";
import { parseFastDom as parse } from "./fast-dom.ts";
import { findAuthor } from "./find-author.ts";

/** The page as the extractor parses it, typed as the DOM document the finders read. */
const parseFastDom = (html: string) => parse(html) as unknown as Document;

import { copyrightOwner, creditLine } from "./find-author-credit.ts";

const lead = "Dushanbe (dpa/lno) – Tajikistan and Kyrgyzstan agreed on Friday to reopen two border crossings.";

test("a wire dateline in the lead or the story's opening credits its agency", () => {
  assert.equal(creditLine(parseFastDom("<p>Text.</p>"), lead), "dpa/lno");
  const opening = parseFastDom(
    "<article><p>ALMATY (Reuters) - Kazakhstan raised its key rate by half a point on Monday.</p><p>More.</p></article>",
  );
  assert.equal(creditLine(opening, undefined), "Reuters");
  // a place in brackets, or a word that is no agency, is no dateline
  assert.equal(creditLine(parseFastDom("<p>Baku (Azerbaijan) – the summit opened.</p>"), undefined), undefined);
});

test("a closing source line credits the story; one before more text or under a picture does not", () => {
  const closing = parseFastDom("<div><p>The ministry confirmed the talks.</p><p><em>Quelle: kathpress</em></p></div>");
  assert.equal(creditLine(closing, undefined), "kathpress");
  const before = parseFastDom("<div><p>Quelle: Statistisches Amt</p><p>The ministry confirmed the talks.</p></div>");
  assert.equal(creditLine(before, undefined), undefined);
  const figure = parseFastDom("<figure><figcaption><p>Quelle: Statistisches Amt</p></figcaption></figure>");
  assert.equal(creditLine(figure, undefined), undefined);
});

test("the credit stands in only for a missing byline", () => {
  const signed = parseFastDom('<p class="byline">By Jane Roe</p><p>More text.</p><p>Source: Reuters</p>');
  assert.equal(findAuthor(signed, { ld: undefined, lead }), "Jane Roe");
  const unsigned = parseFastDom("<p>More text.</p><p>Source: Reuters</p>");
  assert.equal(findAuthor(unsigned, { ld: undefined }), "Reuters");
  assert.equal(findAuthor(unsigned, { ld: undefined, lead }), "dpa/lno");
});

test("a copyright line names a person's site; a body's or a company's name is the publisher", () => {
  const owner = (html: string) => copyrightOwner(parseFastDom(html));
  assert.equal(
    owner("<footer><p>Copyright (c) 2012- Jana Novak. All rights reserved. Design by Studio.</p></footer>"),
    "Jana Novak",
  );
  assert.equal(owner("<div>© since 2010 by K.Nurlanov All rights reserved</div>"), "K.Nurlanov");
  assert.equal(owner("<p>(c) Aigerim Sadykova • Weitere Rechte siehe Impressum</p>"), "Aigerim Sadykova");
  assert.equal(owner("<p>© 2024 Steppe Media GmbH</p>"), undefined);
  assert.equal(owner("<p>© 2023 Kanton Bern</p>"), undefined);
  assert.equal(owner("<p>© 2020 alle Rechte vorbehalten</p>"), undefined);
  // the last resort only: a printed byline comes first
  const signed = parseFastDom('<p class="byline">By Jane Roe</p><p>© 2021 Jana Novak</p>');
  assert.equal(findAuthor(signed, { ld: undefined }), "Jane Roe");
  assert.equal(findAuthor(parseFastDom("<p>Text.</p><p>© 2021 Jana Novak</p>"), { ld: undefined }), "Jana Novak");
});
