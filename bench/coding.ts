// Coder throughput on one core: sentences per second for the coding stage alone (the coder the ≥ 5,000 target is
// about) and for nlp + coding, the nlp stage as baseline. The sentences are the suites': every one names actors and
// most hold an event, so this is the dense end; bench/nlp.ts measures the same stages on whole news pages.
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

/** Sentences per second of CPU time (the machine is shared, so wall time measures the neighbours too). */
function timeIt(rounds: number, fn: () => number): number {
  let count = 0;
  const start = process.cpuUsage();
  for (let r = 0; r < rounds; r++) count += fn();
  const used = process.cpuUsage(start);
  return count / ((used.user + used.system) / 1e6);
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
      name: "coder (coding stage alone), suite sentences, CPU time",
      value: coding,
      unit: "sentences/s",
      baseline: "nlp alone",
      baselineValue: nlp,
      target: "≥ 5000",
    },
    {
      name: "nlp + coding, suite sentences (all name actors), CPU time",
      value: both,
      unit: "sentences/s",
      baseline: "nlp alone",
      baselineValue: nlp,
    },
  ];
}
