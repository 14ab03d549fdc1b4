// Scores publication dates on htmldate-eval and on trafilatura-eval's dated pages, whole and by half (`halfOf` in
// src/extract/eval-sets.ts: a hash of the address, the split every extraction script and test uses), and lists
// the EVEN misses. The odd half is scored, never listed. A page whose gold
// is "" (no date) is right only when Orbit gives no date. For trafilatura-eval it also scores the pages that are
// not in htmldate-eval ("unseen": sites the date rules were never tuned on).
// Usage: node --import tsx scripts/date-misses.ts [--list] [--outcomes] [--languages]
//   --languages adds a table of accuracy per page language (declared, else the script the text is written in).
//   --outcomes prints one line per page ("traf even 12 1", "traf odd - 0"): two runs pasted side by side count what a
//   change gains and loses on each half without showing any odd page.
import type { Article } from "../src/domain/index.ts";
import { type DateCase, dateCases, type Half, trafilaturaDateCases } from "../src/extract/eval-sets.ts";
import { extractArticle } from "../src/extract/index.ts";

const list = process.argv.includes("--list");
const outcomes = process.argv.includes("--outcomes");
const byLanguage = process.argv.includes("--languages");

function extracted(c: DateCase): Article | undefined {
  try {
    return extractArticle({ id: c.url, url: c.url, html: c.html() }, { allowEmptyBody: true });
  } catch {
    return undefined;
  }
}

const pct = (t: Tally) => (t.n ? `${(t.ok / t.n).toFixed(3)} (${t.ok}/${t.n})` : "-");

interface Tally {
  ok: number;
  n: number;
}

/** One group of pages scored whole and by half. */
type Split = Record<"whole" | Half, Tally>;
const split = (): Split => ({ whole: { ok: 0, n: 0 }, even: { ok: 0, n: 0 }, odd: { ok: 0, n: 0 } });
const add = (s: Split, half: Half, hit: boolean) => {
  for (const t of [s.whole, s[half]]) {
    t.n++;
    if (hit) t.ok++;
  }
};
const show = (s: Split) => `${pct(s.whole)} [even ${pct(s.even)}, odd ${pct(s.odd)}]`;

/**
 * The page's language for the per-language table: its declared language (lang, og:locale...) by its primary subtag,
 * else the script its title and text are written in ("Cyrillic", "Han"...), else "?".
 */
function languageOf(a: Article | undefined): string {
  const declared = a?.language?.toLowerCase().split(/[-_]/)[0];
  if (declared && /^[a-z]{2,3}$/.test(declared)) return declared;
  const text = `${a?.title ?? ""} ${a?.text.slice(0, 2000) ?? ""}`;
  for (const script of ["Cyrillic", "Han", "Hiragana", "Hangul", "Arabic", "Greek", "Hebrew"])
    if ((text.match(new RegExp(`\\p{Script=${script}}`, "gu"))?.length ?? 0) > 50) return script;
  return "?";
}

function score(name: string, cases: DateCase[]) {
  const groups = new Map<string, Split>();
  const into = (key: string) => groups.get(key) ?? groups.set(key, split()).get(key)!;
  const languages = new Map<string, Split>();
  let undatedGiven = 0;
  cases.forEach((c, i) => {
    const half = c.half;
    const article = extracted(c);
    const got = article?.published ?? "";
    const hit = got === c.date;
    const keys = ["whole"];
    if (c.date !== undefined && name === "trafilatura-eval") {
      keys.push(c.date ? "dated" : 'gold ""');
      if (!c.seen) keys.push("unseen", ...(c.date ? ["unseen dated"] : []));
    }
    for (const k of keys) add(into(k), half, hit);
    if (byLanguage) {
      const lang = languageOf(article);
      add(languages.get(lang) ?? languages.set(lang, split()).get(lang)!, half, hit);
    }
    if (c.date && !got) undatedGiven++;
    if (outcomes) console.log(`${name} ${half} ${half === "odd" ? "-" : i} ${hit ? 1 : 0}`);
    else if (list && !hit && half === "even")
      console.log(`${name}\t${i}\t${c.seen ? "seen" : "unseen"}\t${c.date || '""'}\t${got || "-"}\t${c.url}`);
  });
  if (outcomes) return;
  console.log(`${name}:`);
  for (const [k, s] of groups) console.log(`  ${k.padEnd(13)} ${show(s)}`);
  if (groups.has("dated")) console.log(`  dated pages given no date: ${undatedGiven}`);
  if (!byLanguage) return;
  console.log(`  by language (declared, else script):`);
  for (const [k, s] of [...languages].sort((a, b) => b[1].whole.n - a[1].whole.n))
    console.log(`    ${k.padEnd(9)} ${show(s)}`);
}

score("htmldate-eval", dateCases());
score("trafilatura-eval", trafilaturaDateCases());
