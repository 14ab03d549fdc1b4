// Fits a title model (scripts/fit-title-candidates.ts) on the even pages of trafilatura-eval and scores it beside the
// rule chain the product ships (findTitle) on both halves. Two models: "pure" ranks the candidates by their features
// alone; "stacked" also sees which candidate the rule chain picked.
// Usage: node --import tsx scripts/fit-title.ts [--misses] [--unreachable]
//   TITLE_L2=0.001 sets the L2 penalty. --misses and --unreachable list even pages only: the odd half is scored,
//   never read.
import { metaCases, normText } from "../src/extract/eval-sets.ts";
import { parseFastDom } from "../src/extract/fast-dom.ts";
import { findTitle } from "../src/extract/find-title.ts";
import { pageTitleEvidence } from "../src/extract/html-metadata.ts";
import { FEATURES, rankTitle, type TitleCandidate, titleCandidates, titleScore } from "./fit-title-candidates.ts";

interface Ranked {
  cands: TitleCandidate[];
  /** Index of the candidate equal to the gold title, -1 when none is. */
  answer: number;
}

interface Page {
  url: string;
  gold: string;
  half: "even" | "odd";
  rule: string;
  pure: Ranked;
  stacked: Ranked;
}

const pages: Page[] = [];
for (const c of metaCases(1)) {
  if (!c.title) continue;
  const doc = parseFastDom(c.html()) as unknown as Document;
  const ev = pageTitleEvidence(doc, c.url);
  const rule = findTitle(doc, ev);
  const gold = normText(c.title);
  const ranked = (cands: TitleCandidate[]): Ranked => ({
    cands,
    answer: cands.findIndex((x) => normText(x.text) === gold),
  });
  pages.push({
    url: c.url,
    gold,
    half: c.half,
    rule: normText(rule),
    pure: ranked(titleCandidates(doc, ev)),
    stacked: ranked(titleCandidates(doc, ev, rule)),
  });
}

/** Conditional logit: softmax over each page's candidates, full-batch gradient descent (Adam), L2 penalty. */
function fit(train: Page[], pick: (p: Page) => Ranked, l2: number, steps = 3000): number[] {
  const n = FEATURES.length;
  const w = new Array<number>(n).fill(0);
  const m = new Array<number>(n).fill(0);
  const v = new Array<number>(n).fill(0);
  const usable = train.map(pick).filter((r) => r.answer >= 0 && r.cands.length > 1);
  for (let t = 1; t <= steps; t++) {
    const g = w.map((x) => l2 * x * usable.length);
    for (const p of usable) {
      const s = p.cands.map((c) => titleScore(c, w));
      const top = Math.max(...s);
      const e = s.map((x) => Math.exp(x - top));
      const z = e.reduce((a, b) => a + b, 0);
      p.cands.forEach((c, j) => {
        const coef = e[j]! / z - (j === p.answer ? 1 : 0);
        for (let k = 0; k < n; k++) g[k]! += coef * c.features[k]!;
      });
    }
    for (let k = 0; k < n; k++) {
      const gk = g[k]! / usable.length;
      m[k] = 0.9 * m[k]! + 0.1 * gk;
      v[k] = 0.999 * v[k]! + 0.001 * gk * gk;
      w[k]! -= (0.05 * (m[k]! / (1 - 0.9 ** t))) / (Math.sqrt(v[k]! / (1 - 0.999 ** t)) + 1e-8);
    }
  }
  return w;
}

const l2 = Number(process.env.TITLE_L2 ?? 0.001);
const even = pages.filter((p) => p.half === "even");
const models = {
  pure: { pick: (p: Page) => p.pure, weights: fit(even, (p) => p.pure, l2) },
  stacked: { pick: (p: Page) => p.stacked, weights: fit(even, (p) => p.stacked, l2) },
};
for (const [name, m] of Object.entries(models)) {
  console.log(`${name} weights:`);
  for (const [i, f] of FEATURES.entries()) console.log(`  ${f}: ${m.weights[i]!.toFixed(3)},`);
}

const pct = (ok: number, n: number) => `${(ok / n).toFixed(3)} (${ok}/${n})`;
const lower = (s: string) => s.toLowerCase();
for (const half of ["even", "odd", "all"] as const) {
  const ps = pages.filter((p) => half === "all" || p.half === half);
  const score = (xs: string[]) => {
    const ok = (f: (s: string) => string) => xs.filter((x, i) => f(x) === f(ps[i]!.gold)).length;
    return `${pct(
      ok((s) => s),
      ps.length,
    )} caseless ${pct(ok(lower), ps.length)}`;
  };
  const line = [`${half}: reachable ${pct(ps.filter((p) => p.pure.answer >= 0).length, ps.length)}`];
  line.push(`rules ${score(ps.map((p) => p.rule))}`);
  for (const [name, m] of Object.entries(models))
    line.push(`${name} ${score(ps.map((p) => normText(rankTitle(m.pick(p).cands, m.weights)?.text)))}`);
  console.log(line.join(" | "));
}

if (process.argv.includes("--unreachable"))
  for (const p of even.filter((x) => x.pure.answer < 0)) {
    console.log(`\n${p.url}\n  gold : ${p.gold}\n  rules: ${p.rule}`);
    for (const c of p.pure.cands) console.log(`   - ${c.text}`);
  }
if (process.argv.includes("--misses"))
  for (const p of even) {
    const got = normText(rankTitle(p.pure.cands, models.pure.weights)?.text);
    if (got !== p.gold)
      console.log(
        `\n${p.url}\n  gold : ${p.gold}\n  pure : ${got}\n  rules: ${p.rule}${p.pure.answer < 0 ? "  (unreachable)" : ""}`,
      );
  }
