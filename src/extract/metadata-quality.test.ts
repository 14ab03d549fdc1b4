// Pinned floors for publication date, title and author accuracy on the shared htmldate and trafilatura sets.
// A fixed sample (every 3rd page) keeps the default run to seconds; ORBIT_EXTRACT_FULL=1 scores every page.
import assert from "node:assert/strict";
import { test } from "node:test";
import { dateCases, metaCases, normText } from "./eval-sets.ts";
import { extractArticle } from "./index.ts";

const FULL = process.env.ORBIT_EXTRACT_FULL === "1";
const STEP = FULL ? 1 : 3;

/** The page decoded as ingest decodes it, then extracted; a page either step rejects counts as a miss. */
function tryExtract(c: { url: string; html: () => string }) {
  try {
    // a page whose body is not found (paywall, script-built) still has its metadata scored
    return extractArticle({ id: c.url, url: c.url, html: c.html() }, { allowEmptyBody: true });
  } catch {
    return undefined;
  }
}

const pct = (ok: number, n: number) => `${(ok / n).toFixed(3)} (${ok}/${n})`;

test("publication-date accuracy on htmldate-eval", () => {
  let ok = 0;
  const cases = dateCases(STEP);
  for (const c of cases) if (tryExtract(c)?.published === c.date) ok++;
  console.log(`htmldate-eval${FULL ? "" : " sample"}: date accuracy ${pct(ok, cases.length)}`);
  // measured: full set 0.943 (754/800; even pages 0.948, odd 0.938), sample 0.936 (250/267)
  const floor = FULL ? 0.94 : 0.93;
  assert.ok(ok / cases.length >= floor, `date accuracy ${pct(ok, cases.length)} fell below ${floor}`);
});

test("title and author accuracy on trafilatura-eval", () => {
  let titles = 0;
  let titleOk = 0;
  let titleCaseless = 0;
  let authors = 0;
  let authorOk = 0;
  for (const c of metaCases(STEP)) {
    const a = tryExtract(c);
    if (c.title) {
      titles++;
      if (normText(a?.title) === normText(c.title)) titleOk++;
      // for information: the gold often copies headings that CSS prints in capitals, which the markup does not hold
      if (normText(a?.title).toLowerCase() === normText(c.title).toLowerCase()) titleCaseless++;
    }
    if (c.author) {
      authors++;
      if (normText(a?.byline) === normText(c.author)) authorOk++;
    }
  }
  console.log(
    `trafilatura-eval${FULL ? "" : " sample"}: title ${pct(titleOk, titles)} (ignoring letter case ${pct(titleCaseless, titles)}), author ${pct(authorOk, authors)}`,
  );
  // measured: full set title 0.901 (761/845; even pages 386/423, odd 375/422; ignoring letter case 0.930, 786/845),
  // author 0.708 (381/538; even 202/261, odd 179/277; scripts/fit-author-misses.ts lists the even misses); sample
  // title 0.891 (254/285), author 0.691 (125/181). Where the 37 even-page title misses' gold text is in the markup
  // (scripts/fit-title-misses.ts, session 13): 14 only in other letter case (the gold in capitals, the markup in
  // mixed case; 10 of those pages hold no CSS that prints capitals, the 4 others do in their own <style>, but
  // applying it gained those 4 and lost 1 even and 4 odd pages, whose gold copies the markup: not applied; session
  // 14 redid it with the cascade, specificity and media queries (scripts/fit-title-misses.ts --css-case): of the 14,
  // 3 have a heading the page's own CSS prints in capitals, 11 get theirs from external stylesheets; printing every
  // title as its heading's own CSS says gains 3 even pages, loses 3 even and 3 odd, whose gold keeps the typed case:
  // still not applied) and 1 in
  // Title Case no CSS of the page makes; 7 nowhere (another wording or spelling of the headline: an older version of
  // the page, "Fussabdruck" for the page's "Fußabdruck"); 6 in a lesser heading of a list or index page whose
  // metadata and <h1> agree on another title; 7 in a block, a subline, part of the <h1> or an <h2> other than the one
  // the metadata names; 1 in an <h3> after the site's name and a bare "--" in the <title>; 1 without the guillemets
  // the page prints everywhere (5 other even pages' gold keeps a fully quoted headline's quotes). So the ceiling of
  // general rules is near 0.91 by this exact comparison (even pages ignoring letter case: 401/423). A fitted ranking model
  // (scripts/fit-title.ts) did not beat the rules on the odd pages
  const titleFloor = FULL ? 0.9 : 0.89;
  const authorFloor = FULL ? 0.705 : 0.685;
  assert.ok(titleOk / titles >= titleFloor, `title accuracy ${pct(titleOk, titles)} fell below ${titleFloor}`);
  assert.ok(authorOk / authors >= authorFloor, `author accuracy ${pct(authorOk, authors)} fell below ${authorFloor}`);
});
