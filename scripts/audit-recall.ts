// Recall on real news pages: of the events a careful analyst codes by hand from a page's lead, how many Orbit codes.
// Precision alone rewards coding nothing, so audit-events.ts also scores a hand-annotated gold of a fixed sample.
//
// The rule, fixed before any page was read: a page is political or international news when the full nlp stage finds
// at least MIN_STATES distinct states (ISO 3166 alpha-3 codes, from any kind of mention) in its body, each named at
// least MIN_MENTIONS times, and the page is in English (Orbit codes English; the first draw, by page name alone before
// any text was read, was a third German and Spanish pages, so the language test was added then). SAMPLE_SIZE such
// pages are drawn by a seeded hash of the page name (not by position), and each is put in half R1 (misses read and
// fixed) or R2 (held out: scored, never read for fixes) by another hash.
// The annotator codes the events in the first LEAD_SENTENCES sentences of the body (wire coders such as Phoenix code
// a story's lead the same way), between two different actors (a state, an organisation or WEST): Orbit measures
// alignment between states, so a state's acts on its own people are left out of the gold and of the matching.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { wilson } from "../src/aggregate/index.ts";
import type { AnalyzedDocument, AnnotatedArticle } from "../src/domain/index.ts";
import { nlpStage } from "../src/nlp/index.ts";

const SEED = "orbit-recall-1";
const MIN_STATES = 2;
const MIN_MENTIONS = 2;
const SAMPLE_SIZE = 100;
const LEAD_SENTENCES = 20;

export type RecallHalf = "R1" | "R2";

/** One event of the hand gold: who did what to whom (CAMEO root or code), and the short sentence that says so. */
export interface GoldEvent {
  sentence: string;
  source: string;
  target: string;
  cameo: string;
  note?: string;
}

/** One sampled page as annotated: its half and every event of its lead (none is a finding too). */
export interface GoldPage {
  page: string;
  half: RecallHalf;
  events: GoldEvent[];
}

/** What the recall scorer needs of an Orbit event: its pair, code and where its sentence starts. */
export interface CodedLeadEvent {
  source: string;
  target: string;
  cameo: string;
  sentence: string;
}

/** A page as the recall sample sees it: whether it qualifies, and the lead sentences with Orbit's events in them. */
export interface RecallPage {
  page: string;
  states: string[];
  language?: string;
  lead: string[];
  events: CodedLeadEvent[];
}

const require = createRequire(import.meta.url);
const iso = require("i18n-iso-countries") as typeof import("i18n-iso-countries");

function hashOf(text: string): number {
  return createHash("sha256").update(`${SEED}|${text}`).digest().readUInt32BE(0);
}

export function recallHalfOf(page: string): RecallHalf {
  return hashOf(`half|${page}`) % 2 === 0 ? "R1" : "R2";
}

/** States named at least MIN_MENTIONS times in the body, by the full nlp stage (not the trigger-only pass). */
function statesOf(annotated: AnnotatedArticle): string[] {
  const counts = new Map<string, number>();
  for (const m of annotated.actors)
    if (iso.alpha3ToAlpha2(m.actor.code)) counts.set(m.actor.code, (counts.get(m.actor.code) ?? 0) + 1);
  return [...counts].filter(([, n]) => n >= MIN_MENTIONS).map(([code]) => code);
}

/** The page's states, its lead sentences and the events Orbit codes from them (between two different actors). */
export function recallPageOf(page: string, doc: AnalyzedDocument): RecallPage {
  const annotated = nlpStage.run(doc.article);
  const lead = annotated.sentences.slice(0, LEAD_SENTENCES);
  const leadEnd = lead.at(-1)?.end ?? 0;
  const events = doc.events
    .filter((e) => e.evidence.start < leadEnd && e.source !== e.target)
    .map((e) => ({ source: e.source, target: e.target, cameo: e.cameo, sentence: e.evidence.text }));
  return { page, states: statesOf(annotated), language: doc.article.language, lead: lead.map((s) => s.text), events };
}

/** The qualifying pages, and the first SAMPLE_SIZE of them in the seeded hash's order. */
export function drawRecallSample(pages: RecallPage[]): { qualifying: number; drawn: RecallPage[] } {
  const qualifying = pages.filter((p) => p.states.length >= MIN_STATES && p.language === "en");
  const drawn = qualifying
    .sort((a, b) => hashOf(a.page) - hashOf(b.page) || a.page.localeCompare(b.page))
    .slice(0, SAMPLE_SIZE);
  return { qualifying: qualifying.length, drawn };
}

const rootOf = (cameo: string) => cameo.slice(0, 2);

/** Gold events Orbit matches on one page: each coded event matches at most one gold event. */
function matched(gold: GoldEvent[], coded: CodedLeadEvent[], same: (g: GoldEvent, c: CodedLeadEvent) => boolean) {
  const free = [...coded];
  let hits = 0;
  const missed: GoldEvent[] = [];
  for (const g of gold) {
    const i = free.findIndex((c) => same(g, c));
    if (i < 0) missed.push(g);
    else {
      hits++;
      free.splice(i, 1);
    }
  }
  return { hits, missed, extra: free };
}

/** A gold code may list alternatives the codebook leaves open ("02|10": an appeal or a demand). */
const sameQuad = (g: GoldEvent, c: CodedLeadEvent) =>
  g.source === c.source && g.target === c.target && g.cameo.split("|").some((x) => rootOf(x) === rootOf(c.cameo));
const sameDyad = (g: GoldEvent, c: CodedLeadEvent) => g.source === c.source && g.target === c.target;

export function readGold(file: string): GoldPage[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as GoldPage);
}

/** Recall lines per half (pair + root, and pair only), with Wilson intervals; R1's misses listed, R2's never. */
export function recallLines(gold: GoldPage[], coded: Map<string, CodedLeadEvent[]>): string[] {
  const lines: string[] = [];
  for (const half of ["R1", "R2"] as const) {
    const pages = gold.filter((p) => p.half === half);
    const total = pages.reduce((n, p) => n + p.events.length, 0);
    if (!pages.length) continue;
    let root = 0;
    let dyad = 0;
    let orbit = 0;
    const misses: string[] = [];
    for (const p of pages) {
      const events = coded.get(p.page) ?? [];
      orbit += events.length;
      const byRoot = matched(p.events, events, sameQuad);
      root += byRoot.hits;
      dyad += matched(p.events, events, sameDyad).hits;
      if (half === "R1") {
        for (const g of byRoot.missed) misses.push(`  missed: ${g.source}>${g.target} ${g.cameo} | ${g.sentence}`);
        for (const c of byRoot.extra) misses.push(`  extra: ${c.source}>${c.target} ${c.cameo} | ${c.sentence}`);
      }
    }
    const band = (k: number) => {
      const { low, high } = wilson(k, total);
      return `${(k / (total || 1)).toFixed(3)} (${k}/${total}), 95% ${low.toFixed(3)}-${high.toFixed(3)}`;
    };
    lines.push(
      `recall ${half} (${pages.length} pages, ${orbit} Orbit events in the leads): pair + root ${band(root)}; pair only ${band(dyad)}`,
      ...misses,
    );
  }
  return lines;
}
