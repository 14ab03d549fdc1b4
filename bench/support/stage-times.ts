// Where the time goes: per-stage (and per nlp step) milliseconds per real page on one thread, wall and CPU, plus the
// store write. Used by bench/pipeline.ts; run alone with `node --import tsx bench/support/stage-times.ts [pages]`.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { codeEvents } from "../../src/coding/index.ts";
import type { AnalyzedDocument, Article, CodedEvent, RawDocument } from "../../src/domain/index.ts";
import { extractArticle } from "../../src/extract/index.ts";
import { findActorMentions } from "../../src/nlp/actors.ts";
import { annotate } from "../../src/nlp/annotate.ts";
import { findDates, findPlaces, tokenize } from "../../src/nlp/index.ts";
import { nlpForCoding } from "../../src/pipeline/analyze.ts";
import { openStore } from "../../src/store/index.ts";
import { realDocuments } from "./real-pages.ts";

export interface StageTime {
  stage: string;
  wallMs: number;
  cpuMs: number;
}

class Clock {
  readonly totals = new Map<string, { wall: number; cpu: number }>();
  time<T>(stage: string, fn: () => T): T {
    const w = performance.now();
    const c = process.cpuUsage();
    try {
      return fn();
    } finally {
      const dc = process.cpuUsage(c);
      const t = this.totals.get(stage) ?? { wall: 0, cpu: 0 };
      t.wall += performance.now() - w;
      t.cpu += (dc.user + dc.system) / 1000;
      this.totals.set(stage, t);
    }
  }
}

/**
 * The nlp stage as the pipeline runs it (only paragraphs that can hold an event), then the whole-text stage and its
 * steps one by one (later runs, so the split is a little optimistic: the text is already warm in cache), and coding.
 */
function nlpAndCoding(clock: Clock, article: Article): CodedEvent[] {
  const annotated = clock.time("nlp (as the pipeline runs it, first pass: pays the GC of extract's garbage)", () =>
    nlpForCoding.run(article),
  );
  clock.time("nlp: whole text (annotate)", () => annotate(article));
  const { sentences } = clock.time("nlp: tokenize (wink)", () => tokenize(article.text));
  clock.time("nlp: places", () => findPlaces(article.text, sentences, { datelinePlace: article.datelinePlace }));
  clock.time("nlp: actors", () =>
    findActorMentions(article.text, sentences, {
      date: article.published,
      datelinePlace: article.datelinePlace,
    }),
  );
  clock.time("nlp: dates", () => findDates(article.text, sentences, article.published));
  return clock.time("coding", () => codeEvents(annotated));
}

/**
 * Documents run through every stage untimed first: they load the data, and V8 compiles the stages over the first few
 * hundred pages (one thread, CPU ms per page by stretches of 197: 28.8, 10.1, 8.4, then 7.1–8.4), which would
 * otherwise count in every stage's figure.
 */
const WARM_UP = 200;

/** Runs `count` real pages through every stage on this thread, after WARM_UP other pages. */
export async function stageTimes(count: number): Promise<StageTime[]> {
  const all: RawDocument[] = realDocuments(count + WARM_UP);
  const docs = all.slice(0, count);
  const dir = mkdtempSync(join(tmpdir(), "orbit-stage-times-"));
  const store = await openStore(join(dir, "t.db"));
  const clock = new Clock();
  try {
    for (const doc of all.slice(count)) {
      try {
        codeEvents(nlpForCoding.run(extractArticle(doc)));
        codeEvents(annotate(extractArticle(doc)));
      } catch {
        // a page a stage rejects warms up what it reached
      }
    }
    for (const doc of docs) {
      let article: Article;
      try {
        article = clock.time("extract", () => extractArticle(doc));
      } catch {
        continue; // A page the extractor rejects costs its time in "extract" and stops there, as in the pipeline.
      }
      let events: CodedEvent[];
      try {
        events = nlpAndCoding(clock, article);
      } catch {
        continue; // A page a stage fails on is a recorded failure in the pipeline and goes no further; here too.
      }
      const analyzed: AnalyzedDocument = { id: doc.id, article, events };
      const started = performance.now();
      const c = process.cpuUsage();
      await store.saveAnalyzed(analyzed);
      const dc = process.cpuUsage(c);
      const t = clock.totals.get("store (saveAnalyzed)") ?? { wall: 0, cpu: 0 };
      t.wall += performance.now() - started;
      t.cpu += (dc.user + dc.system) / 1000;
      clock.totals.set("store (saveAnalyzed)", t);
    }
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return [...clock.totals].map(([stage, t]) => ({ stage, wallMs: t.wall / count, cpuMs: t.cpu / count }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const n = Number(process.argv[2] ?? 300);
  for (const r of await stageTimes(n))
    console.log(
      `${r.stage.padEnd(24)} wall ${r.wallMs.toFixed(2).padStart(7)} ms/page   cpu ${r.cpuMs.toFixed(2).padStart(7)} ms/page`,
    );
}
