// Scores publication dates on htmldate-eval and on trafilatura-eval's dated pages, whole and by half (even and odd
// positions in each set's list), and lists the EVEN misses. The odd half is scored, never listed. A page whose gold
// is "" (no date) is right only when Orbit gives no date. For trafilatura-eval it also scores the pages that are
// not in htmldate-eval ("unseen": sites the date rules were never tuned on).
// Usage: node --import tsx scripts/date-misses.ts [--list] [--outcomes]
//   --outcomes prints one line per page ("traf even 12 1", "traf odd - 0"): two runs pasted side by side count what a
//   change gains and loses on each half without showing any odd page.
import { type DateCase, dateCases, trafilaturaDateCases } from "../src/extract/eval-sets.ts";
import { extractArticle } from "../src/extract/index.ts";

const list = process.argv.includes("--list");
const outcomes = process.argv.includes("--outcomes");

function published(c: DateCase): string | undefined {
  try {
    return extractArticle({ id: c.url, url: c.url, html: c.html() }, { allowEmptyBody: true }).published;
  } catch {
    return undefined;
  }
}

const pct = (t: Tally) => `${(t.ok / t.n).toFixed(3)} (${t.ok}/${t.n})`;

interface Tally {
  ok: number;
  n: number;
}

const tally = (): Tally => ({ ok: 0, n: 0 });

function score(name: string, cases: DateCase[]) {
  const t = { even: tally(), odd: tally(), dated: tally(), undated: tally(), unseenDated: tally(), unseen: tally() };
  let undatedGiven = 0;
  cases.forEach((c, i) => {
    const half = i % 2 === 0 ? "even" : "odd";
    const got = published(c) ?? "";
    const hit = got === c.date;
    const into = [t[half], c.date ? t.dated : t.undated];
    if (!c.seen) into.push(t.unseen);
    if (!c.seen && c.date) into.push(t.unseenDated);
    for (const x of into) {
      x.n++;
      if (hit) x.ok++;
    }
    if (c.date && !got) undatedGiven++;
    if (outcomes) console.log(`${name} ${half} ${half === "odd" ? "-" : i} ${hit ? 1 : 0}`);
    else if (list && !hit && half === "even")
      console.log(`${name}\t${i}\t${c.seen ? "seen" : "unseen"}\t${c.date || '""'}\t${got || "-"}\t${c.url}`);
  });
  if (outcomes) return;
  const whole = { ok: t.even.ok + t.odd.ok, n: t.even.n + t.odd.n };
  let line = `${name}: whole ${pct(whole)}, even ${pct(t.even)}, odd ${pct(t.odd)}`;
  if (t.undated.n)
    line +=
      `; dated pages ${pct(t.dated)} (${undatedGiven} given no date), gold "" right ${pct(t.undated)}` +
      `; unseen pages ${pct(t.unseen)}, unseen dated ${pct(t.unseenDated)}`;
  console.log(line);
}

score("htmldate-eval", dateCases());
score("trafilatura-eval", trafilaturaDateCases());
