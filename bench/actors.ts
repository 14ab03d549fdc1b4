// Actor mention finder throughput: the trie pass over real news text, against one regex per name (what it replaces).
import { readFileSync } from "node:fs";
import type { Sentence } from "../src/domain/index.ts";
import { extractArticle } from "../src/extract/index.ts";
import { findActorMentions } from "../src/nlp/actors.ts";
import { gazetteer } from "../src/nlp/gazetteer.ts";
import { paragraphs } from "../src/nlp/paragraphs.ts";
import { findPlaces } from "../src/nlp/places.ts";
import { roughSentences } from "../src/nlp/rough-sentences.ts";
import type { BenchRow } from "./bench-row.ts";
import { realDocuments } from "./support/real-pages.ts";

function corpus(): string {
  const parts = [readFileSync(new URL("../data/corpus/articles/seed-0e0bef2aa06d10f3.txt", import.meta.url), "utf8")];
  for (const f of ["petrarch2_gsr_validation.jsonl", "plover_gsr_cameo.jsonl"]) {
    try {
      const file = new URL(`../../shared/eventcoding/${f}`, import.meta.url);
      for (const l of readFileSync(file, "utf8").split("\n")) if (l) parts.push(JSON.parse(l).text ?? "");
    } catch {
      // the shared suites are optional for the bench
    }
  }
  return parts.join("\n\n");
}

/** Characters per second of `run` over `text`, by wall clock and by this process's CPU time. */
function charsPerSecond(text: string, run: (t: string) => unknown, minMs = 1500): { wall: number; cpu: number } {
  let chars = 0;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  while (performance.now() - t0 < minMs) {
    run(text);
    chars += text.length;
  }
  const c = process.cpuUsage(c0);
  return { wall: chars / ((performance.now() - t0) / 1000), cpu: chars / ((c.user + c.system) / 1e6) };
}

/** Real pages' texts with the rule-split sentences annotateForEvents finds actors and places over. */
function realTexts(count: number): { text: string; sentences: Sentence[]; date?: string }[] {
  const out: { text: string; sentences: Sentence[]; date?: string }[] = [];
  for (const doc of realDocuments(count)) {
    let article: ReturnType<typeof extractArticle> | undefined;
    try {
      article = extractArticle(doc);
    } catch {
      continue; // a page with no article body reaches no nlp in the pipeline either
    }
    if (!article.text) continue;
    const sentences: Sentence[] = [];
    for (const [a, b] of paragraphs(article.text))
      sentences.push(...roughSentences(article.text, a, b, sentences.length));
    out.push({ text: article.text, sentences, date: article.published });
  }
  return out;
}

/** CPU milliseconds per page of `run`, best of interleaved rounds (the machine is shared: the least disturbed). */
function cpuPerPage<T>(pages: T[], runs: ((page: T) => unknown)[], rounds = 5): number[] {
  const best = runs.map(() => Number.POSITIVE_INFINITY);
  for (let r = 0; r < rounds; r++)
    runs.forEach((run, k) => {
      const c0 = process.cpuUsage();
      for (const p of pages) run(p);
      const c = process.cpuUsage(c0);
      best[k] = Math.min(best[k]!, (c.user + c.system) / 1000 / pages.length);
    });
  return best;
}

export default async function run(): Promise<BenchRow[]> {
  const t0 = performance.now();
  const gz = gazetteer();
  const loadMs = performance.now() - t0;
  const text = corpus();
  findActorMentions(text, [], { date: "2025-08-01" }); // warm up
  const trie = charsPerSecond(text, (t) => findActorMentions(t, [], { date: "2025-08-01" }));
  // Baseline: one case-sensitive regex per state, demonym and capital name (a fraction of the gazetteer).
  const names = gz.entries.filter((e) => ["state", "demonym", "capital"].includes(e.k)).flatMap((e) => e.n);
  const regexes = names.map((n) => new RegExp(`\\b${n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "g"));
  const naive = charsPerSecond(text, (t) => {
    let found = 0;
    for (const r of regexes) for (const _ of t.matchAll(r)) found++;
    return found;
  });
  const what = `findActorMentions (${gz.entries.length} entries) vs one regex per name (${regexes.length} names only)`;
  // As annotateForEvents runs them: the actors and places of a whole real page over its rule-split sentences.
  const pages = realTexts(400);
  const [pageCpu, pageNaive] = cpuPerPage(pages, [
    (p) => {
      findActorMentions(p.text, p.sentences, { date: p.date });
      findPlaces(p.text, p.sentences);
    },
    (p) => {
      for (const r of regexes) for (const _ of p.text.matchAll(r));
    },
  ]);
  return [
    {
      name: `${what}, CPU time`,
      value: trie.cpu / 1e6,
      unit: "M chars/s",
      baseline: "regex per name",
      baselineValue: naive.cpu / 1e6,
      target: "≥ 1",
    },
    {
      name: `${what}, wall time`,
      value: trie.wall / 1e6,
      unit: "M chars/s",
      baseline: "regex per name",
      baselineValue: naive.wall / 1e6,
    },
    {
      name: `findActorMentions + findPlaces over ${pages.length} real pages (rule-split sentences), CPU time, best of 5`,
      value: pageCpu!,
      unit: "ms/page",
      baseline: "regex per name",
      baselineValue: pageNaive!,
      lowerIsBetter: true,
    },
    { name: "gazetteer load + compile", value: loadMs, unit: "ms", lowerIsBetter: true },
  ];
}
