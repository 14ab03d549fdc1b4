// extract stage throughput and body F1 on the Zyte article-extraction benchmark (181 pages), against
// Readability over linkedom measured in the same run, on the same pages.
import { readdirSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { extractArticle } from "../src/extract/index.ts";
import type { BenchRow } from "./bench-row.ts";

const SHARED = new URL("../../shared/", import.meta.url);
type Scorer = {
  score: (
    truth: Record<string, string>,
    pred: Record<string, string>,
    o: { bootstrap: number },
  ) => { summary: { f1: number } };
};

function pages(): { id: string; html: string }[] {
  const dir = new URL("article-extraction/html/", SHARED);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".html.gz"))
    .sort()
    .map((f) => ({ id: f.replace(".html.gz", ""), html: gunzipSync(readFileSync(new URL(f, dir))).toString("utf8") }));
}

function ours(html: string, id: string): string {
  try {
    return extractArticle({ id, html }).text;
  } catch {
    return "";
  }
}

function readability(html: string): string {
  const { document } = parseHTML(html);
  return new Readability(document as unknown as Document).parse()?.textContent ?? "";
}

/** Best of `rounds` passes over all pages (interleaved with the baseline so both see the same machine load). */
function pagesPerSecond(list: { id: string; html: string }[], fn: (html: string, id: string) => string): number {
  const t0 = performance.now();
  for (const p of list) fn(p.html, p.id);
  return (list.length / (performance.now() - t0)) * 1000;
}

export default async function run(): Promise<BenchRow[]> {
  const list = pages();
  const truthJson = JSON.parse(readFileSync(new URL("article-extraction/ground-truth.json", SHARED), "utf8"));
  const truth: Record<string, string> = {};
  for (const [id, v] of Object.entries<{ articleBody: string }>(truthJson)) truth[id] = v.articleBody;
  const scorer = (await import(new URL("tools/score-extraction.mjs", SHARED).href)) as Scorer;
  const predOurs: Record<string, string> = {};
  const predBase: Record<string, string> = {};
  for (const p of list) {
    predOurs[p.id] = ours(p.html, p.id);
    predBase[p.id] = readability(p.html);
  }
  let best = 0;
  let bestBase = 0;
  for (let round = 0; round < 3; round++) {
    best = Math.max(best, pagesPerSecond(list, ours));
    bestBase = Math.max(bestBase, pagesPerSecond(list, readability));
  }
  const f1 = scorer.score(truth, predOurs, { bootstrap: 0 }).summary.f1;
  const f1Base = scorer.score(truth, predBase, { bootstrap: 0 }).summary.f1;
  return [
    {
      name: "extract pages/s (Zyte 181 pages)",
      value: best,
      unit: "pages/s",
      baseline: "Readability+linkedom",
      baselineValue: bestBase,
      target: "≥ 2×",
    },
    {
      name: "extract body F1 (Zyte 181 pages)",
      value: f1,
      unit: "F1",
      baseline: "Readability+linkedom",
      baselineValue: f1Base,
      target: "≥ 0.975",
    },
  ];
}
