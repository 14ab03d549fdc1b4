// Coder throughput on one core: sentences per second for coding alone and for nlp + coding, the nlp stage as baseline.
import { readFileSync } from "node:fs";
import { codeEvents } from "../src/coding/index.ts";
import type { AnnotatedArticle, Article } from "../src/domain/index.ts";
import { annotate } from "../src/nlp/index.ts";
import type { BenchRow } from "./bench-row.ts";

function articles(): Article[] {
  // The PLOVER and PETRARCH suites are real news sentences; 20 a document, like a short article.
  const texts: string[] = [];
  for (const name of ["plover_gsr_cameo.jsonl", "petrarch2_gsr_validation.jsonl"]) {
    const file = new URL(`../../shared/eventcoding/${name}`, import.meta.url);
    for (const line of readFileSync(file, "utf8").split("\n").filter(Boolean))
      texts.push(String(JSON.parse(line).text ?? ""));
  }
  const docs: Article[] = [];
  for (let i = 0; i < texts.length; i += 20) {
    const text = texts.slice(i, i + 20).join(" ");
    docs.push({ id: `b${i}`, text, published: "2025-08-01", contentHash: String(i), fingerprint: "0" });
  }
  return docs;
}

function timeIt(rounds: number, fn: () => number): number {
  let count = 0;
  const start = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) count += fn();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return count / seconds;
}

export default async function run(): Promise<BenchRow[]> {
  const docs = articles();
  const annotated: AnnotatedArticle[] = docs.map(annotate);
  const sentences = annotated.reduce((n, a) => n + a.sentences.length, 0);
  for (const a of annotated) codeEvents(a); // warm up
  const nlp = timeIt(3, () => {
    for (const d of docs) annotate(d);
    return sentences;
  });
  const both = timeIt(3, () => {
    for (const d of docs) codeEvents(annotate(d));
    return sentences;
  });
  const coding = timeIt(10, () => {
    for (const a of annotated) codeEvents(a);
    return sentences;
  });
  return [
    {
      name: "nlp + coding",
      value: both,
      unit: "sentences/s",
      baseline: "nlp alone",
      baselineValue: nlp,
      target: "≥ 5000",
    },
    { name: "coding alone", value: coding, unit: "sentences/s", baseline: "nlp alone", baselineValue: nlp },
  ];
}
