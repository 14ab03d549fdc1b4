// Pinned floors for publication date, title and author accuracy on the shared htmldate and trafilatura sets.
// A fixed sample (every 3rd page) keeps the default run to seconds; ORBIT_EXTRACT_FULL=1 scores every page.
import assert from "node:assert/strict";
import { test } from "node:test";
import { dateCases, metaCases, normText, trafilaturaDateCases } from "./eval-sets.ts";
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
  // measured: full set 0.945 (756/800; even pages 389/410, odd 367/390), sample 0.940 (251/267). Halves are
  // halfOf's (eval-sets.ts) since session 19; split by position they were even 379/400, odd 377/400.
  const floor = FULL ? 0.944 : 0.935;
  assert.ok(ok / cases.length >= floor, `date accuracy ${pct(ok, cases.length)} fell below ${floor}`);
});

test("publication-date accuracy on trafilatura-eval (other sites and languages)", () => {
  // a page whose gold is "" has no date: it counts as right only when Orbit gives none
  const cases = trafilaturaDateCases(STEP);
  let ok = 0;
  let unseen = 0;
  let unseenOk = 0;
  for (const c of cases) {
    const hit = (tryExtract(c)?.published ?? "") === c.date;
    if (hit) ok++;
    if (!c.seen) unseen++;
    if (!c.seen && hit) unseenOk++;
  }
  console.log(
    `trafilatura-eval${FULL ? "" : " sample"}: date accuracy ${pct(ok, cases.length)}, on pages not in htmldate-eval ${pct(unseenOk, unseen)}`,
  );
  // measured (scripts/date-misses.ts): full set 0.833 (709/851; even 371/444, odd 338/407), pages not in
  // htmldate-eval 0.608 (144/237: dated 98/114, gold "" 46/123); sample 0.835 (237/284, not in htmldate-eval 48/82).
  // Halves are halfOf's since session 19 (by position they were even 350/426, odd 359/425).
  // Of the 76 even misses left, 44 are gold "" pages Orbit dates, most from their own metadata or a date in the
  // URL (/2019/10/24/), so the gold's "" is the annotator's, not the page's; of the 32 dated, about half differ from
  // every date the page prints or its metadata (a day off, month and day swapped, the modified date, absent).
  const floor = FULL ? 0.83 : 0.825;
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
  // measured: full set title 0.901 (761/845; even pages 399/440, odd 362/405; ignoring letter case 0.930, 786/845),
  // author 0.725 (390/538; even 196/282, odd 194/256); sample title 0.891 (254/285), author 0.707 (128/181). Halves
  // are halfOf's since session 19 (by position: title even 386/423, odd 375/422; author even 204/261, odd 186/277);
  // the counts of even misses below were taken on the old halves.
  // Titles (scripts/fit-title-misses.ts lists the even misses with where Orbit's title came from). No scorer folds
  // case: 27 of the 845 gold titles are in capitals (14 even, 13 odd) and 2 of those pages hold them so; the others,
  // and 3 in Title Case ("As", "In The"), copy what CSS prints (text-transform), mostly from external stylesheets the
  // page does not hold. Printing titles as the page's own CSS says gained 3 even pages and lost 3 even and 3 odd
  // (sessions 13-14: not applied). Of the 37 even misses: 14 only in letter case; 7 nowhere in the page (another
  // wording or spelling: an older version of the page, "Fussabdruck" for "Fußabdruck"); 6 a lesser heading of a list,
  // index or one-page site whose metadata and <h1> agree on another title; 8 a block, subline, part of the <h1> or an
  // <h2> other than the one the metadata names; 1 an <h3> after the site's name and a bare "--" in the <title>; 1
  // without the guillemets the page prints everywhere (5 other even pages' gold keeps them). So with every letter-case
  // miss mended the set would stand at 0.930 (786/845), below the 0.95 the issue asks; a fitted ranking model
  // (scripts/fit-title.ts) did not beat the rules on the odd pages.
  // Authors (scripts/fit-author-misses.ts): of the 57 even misses, 12 differ only in letter case (CSS again), 10 gold
  // names are not in the page or spelled otherwise, 14 name the site or an organisation the page prints no byline
  // for, 2 join a list otherwise ("A, B" for "A; B" and the reverse), the rest take another name than the page's
  // metadata and bylines give.
  const titleFloor = FULL ? 0.9 : 0.89;
  const authorFloor = FULL ? 0.72 : 0.7;
  assert.ok(titleOk / titles >= titleFloor, `title accuracy ${pct(titleOk, titles)} fell below ${titleFloor}`);
  assert.ok(authorOk / authors >= authorFloor, `author accuracy ${pct(authorOk, authors)} fell below ${authorFloor}`);
});
