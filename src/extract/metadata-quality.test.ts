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
  // measured: full set 0.951 (761/800; even pages 392/410, odd 369/390), sample 0.951 (254/267). Halves are
  // halfOf's (eval-sets.ts) since session 19; split by position they were even 379/400, odd 377/400. Session 20
  // start: 0.948 (758/800; even 390, odd 368): a yearless date line ("[06月24日 11時30分]") dated by the year of the
  // page's links gained one even page, a cited date in a short paragraph no longer taken one, and the date changes
  // of 2710fc1 one odd page (odd pages are not read).
  const floor = FULL ? 0.948 : 0.945;
  assert.ok(ok / cases.length >= floor, `date accuracy ${pct(ok, cases.length)} fell below ${floor}`);
});

test("publication-date accuracy on trafilatura-eval (other sites and languages)", () => {
  // a page whose gold is "" has no date: it counts as right only when Orbit gives none. Mixed, dated pages and
  // gold "" pages each have a floor, so a change cannot buy one of them with the other.
  const cases = trafilaturaDateCases(STEP);
  const all = { ok: 0, n: 0 };
  const dated = { ok: 0, n: 0 };
  const undated = { ok: 0, n: 0 };
  const unseen = { ok: 0, n: 0 };
  for (const c of cases) {
    const hit = (tryExtract(c)?.published ?? "") === c.date;
    for (const t of [all, c.date ? dated : undated, ...(c.seen ? [] : [unseen])]) {
      t.n++;
      if (hit) t.ok++;
    }
  }
  const show = (t: { ok: number; n: number }) => pct(t.ok, t.n);
  console.log(
    `trafilatura-eval${FULL ? "" : " sample"}: date accuracy ${show(all)}, dated pages ${show(dated)}, gold "" ${show(undated)}, on pages not in htmldate-eval ${show(unseen)}`,
  );
  // measured (scripts/date-misses.ts; halves are halfOf's): full set 0.858 (730/851; even 389/444, odd 341/407),
  // dated pages 0.919 (669/728; even 353/380, odd 316/348), gold "" 0.496 (61/123; even 36/64, odd 25/59), pages
  // not in htmldate-eval 0.679 (161/237); sample 0.849 (241/284), dated 0.925 (223/241), gold "" 0.419 (18/43).
  // Session 20 start: 0.855 (728/851), dated 0.916 (667/728), sample 0.845 (240/284). Session 19 start: 0.833 (709/851), dated 0.911 (663/728), gold "" 0.374 (46/123), not in htmldate-eval 0.608.
  // Of the 28 even gold "" pages still dated (session 19), 19 carry the date only in their metadata (JSON-LD
  // datePublished, article:published_time, inline JSON) and print none; 9 show one the gold lacks: a date in the
  // URL (/2019/10/24/, 5), a dateline or byline date (2), a match date, a software release date. Of the dated
  // misses, 2 gold dates are written year-day-month ("2022-29-11") where the page and Orbit give 2022-11-29.
  const floors = FULL ? { all: 0.854, dated: 0.917, undated: 0.49 } : { all: 0.845, dated: 0.92, undated: 0.41 };
  for (const [name, t, floor] of [
    ["date accuracy", all, floors.all],
    ["dated pages", dated, floors.dated],
    ['gold ""', undated, floors.undated],
  ] as const)
    assert.ok(t.ok / t.n >= floor, `${name} ${show(t)} fell below ${floor}`);
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
  // measured: full set title 0.903 (763/845; even pages 401/440, odd 362/405; ignoring letter case 0.933, 788/845),
  // author 0.742 (399/538; even 205/282, odd 194/256); sample title 0.895 (255/285), author 0.735 (133/181). Session
  // 22 start: author 0.727 (391/538; even 197): an agency after the writer's name ("David Hutzler, dpa", "Peter
  // Maahn/SP-X") and a job title glued before it ("FOCUS-Online-Experte Robin Tschöpe") dropped gained 3 even author
  // pages; a page with no byline credited to the agency of its wire dateline ("Hamburg (dpa/lno) –") or of its
  // closing source line ("Quelle: MDR THÜRINGEN/ls") 2 (find-author-credit.ts: it stands in on 2 even pages, both
  // right); and, last of all, the person its copyright line names ("Copyright (c) 2012- Gregory Szorc. All rights
  // reserved.") 3 (it stands in on 3 even pages, all right; before its list of body words, "Kanton Bern",
  // "Deutscher Handballbund", "Seaside Media" and 5 more publishers stood in on even pages the gold gives no author);
  // no odd page changed. A "By" heading that names no one ("By The Numbers") is no byline. Session 21 start: title 0.901 (761/845; even 399), author 0.725 (390/538; even 196): a site name glued to the headline
  // and a <title> whose headline slot is empty ("National Rail Enquiries -") gained 2 even title pages, a byline in an
  // <h5> 1 even author page; no odd page changed. Halves are halfOf's since session 19.
  // Titles (scripts/fit-title-misses.ts lists the even misses with where Orbit's title came from). No scorer folds
  // case: 27 of the 845 gold titles are in capitals (14 even, 13 odd) and 2 of those pages hold them so; the others,
  // and 3 in Title Case ("As", "In The"), copy what CSS prints (text-transform), mostly from external stylesheets the
  // page does not hold. Printing titles as the page's own CSS says gained 3 even pages and lost 3 even and 3 odd
  // (sessions 13-14: not applied). The 39 even misses (session 21), none of which a general rule mends without
  // losing another page: 11 only in letter case; 11 whose gold is nowhere in the page (another wording or spelling,
  // "Fussabdruck" for "Fußabdruck", „“ for the page's "", no space after a colon, a leading ": "); 1 without the
  // guillemets the page prints everywhere (5 other even pages' gold keeps them); 16 another element than the one
  // the metadata and the <h1> agree on: a lesser heading or teaser of the page (<h2>, <h4>, a subtitle, a place
  // label; 7), a longer or shorter form of the <h1> (an <h2 class="h1"> extending it, a sub-headline block, half of a
  // match's two teams; 4), the site's name where every title names the site (2), the title with the site's name the
  // gold keeps where others drop it (1), and 2 kickers: one gold keeps the subtitle span the <h1> prints before the
  // headline, one drops the "Covid-19:" kicker that the metadata and the <h1> (a breadcrumb item) carry. So with
  // every letter-case miss mended the set would stand at 0.933 (788/845), below the 0.95 the issue asks; a fitted
  // ranking model (scripts/fit-title.ts) did not beat the rules on the odd pages. Session 22 read the 39 again: the
  // same pages and classes. In all 11 letter-case misses Orbit's title is a string the page holds as it is (an <h1>,
  // og:title, JSON-LD headline: fit-title-misses.ts lists each source), so Orbit changes no letter case; the 16
  // "another element" misses each take a different element (a kicker span, a breadcrumb <h1>, an <h2 class="h1">, a
  // review's item name, a teaser), and no rule over og:title, twitter:title, <h1>, JSON-LD headline and <title>
  // minus the site name was found that mends two of them without a rule for each page.
  // Authors (scripts/fit-author-misses.ts): of the 57 even misses (session 14), 12 differ only in letter case (CSS
  // again), 10 gold names are not in the page or spelled otherwise, 14 name the site or an organisation the page
  // prints no byline for, 2 join a list otherwise ("A, B" for "A; B" and the reverse), the rest take another name
  // than the page's metadata and bylines give. Of the 85 even misses on halfOf's halves (session 21), Orbit gives no
  // name on 47: about 17 golds name an organisation, an agency or the site, 4 a blog's lower-case handle ("Verfasst
  // von: mitundvoneinander"), 4 a copyright line's owner, 1 a Chinese page's responsible editor (责任编辑, no author
  // by Orbit's rule), and the rest sit where no byline rule reads (a speech's title, a contact block, a recipe card).
  const titleFloor = FULL ? 0.901 : 0.89;
  const authorFloor = FULL ? 0.739 : 0.725;
  assert.ok(titleOk / titles >= titleFloor, `title accuracy ${pct(titleOk, titles)} fell below ${titleFloor}`);
  assert.ok(authorOk / authors >= authorFloor, `author accuracy ${pct(authorOk, authors)} fell below ${authorFloor}`);
});
