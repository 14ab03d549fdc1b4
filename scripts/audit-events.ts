// Codes real news pages the way `orbit analyze` does and draws a fixed sample of the events to judge by hand.
// Usage: node --import tsx scripts/audit-events.ts [--with-c] [--recall GOLD.jsonl] [--recall-draw PAGES.jsonl]
//          OUT.jsonl [SAMPLE.jsonl [JUDGED.jsonl...]]
//   OUT: every coded event, one line each ({page, sentence, source, target, cameo, attribution, trigger, ...}).
//   SAMPLE: the events the seeded hash picks, each with its half: A (judged and fixed) or B (held out).
//   --with-c: SAMPLE also holds the events the hash did not draw, as half C (A and B are drawn as without it), so
//   every event coded from the pages can be judged; precision is then also printed over all judged events.
//   JUDGED: hand verdicts (test/fixtures/event-audit/judged-*.jsonl); prints each half's precision over the sampled
//   events coded now, and lists the sampled events no verdict covers yet (new or changed events, to judge).
//   --recall GOLD: scores recall on the hand gold of audit-recall.ts (test/fixtures/event-audit/recall-gold.jsonl).
//   --recall-draw PAGES: writes the recall sample's pages (half, states, lead sentences, Orbit's events) to annotate;
//   it holds page text, so it goes to /tmp, never into the repository.
// The sample is drawn by hashing each event, not by position, so an event keeps its place in the sample when other
// events come or go: a fix removes the events it removes and leaves the others' draw alone. The half is drawn from
// the page, so the held-out half's pages are never read while fixing.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { wilson } from "../src/aggregate/index.ts";
import type { AnalyzedDocument, CodedEvent } from "../src/domain/index.ts";
import { decodeBytes } from "../src/ingest/index.ts";
import { analyzeDocument, loadAnalyzer } from "../src/pipeline/index.ts";
import {
  type CodedLeadEvent,
  drawRecallSample,
  type RecallPage,
  readGold,
  recallHalfOf,
  recallLines,
  recallPageOf,
} from "./audit-recall.ts";

// AUDIT_SHARED names the shared folder when the script runs from another checkout (a worktree of a baseline commit).
const SHARED = process.env.AUDIT_SHARED ?? fileURLToPath(new URL("../../shared/", import.meta.url));
// Every page of the three sets: only about one page in twenty codes an event (most are not political news).
const SETS = ["article-extraction/html", "trafilatura-eval/html", "htmldate-eval/html"];
// The seed was picked among the first eight for halves of even size, before any event was read.
const SEED = "orbit-audit-3";
/** About one event in this many is drawn (the first run coded 237 events; ~120 are judged). */
const ONE_IN = 2;

export interface AuditEvent {
  page: string;
  sentence: string;
  source: string;
  target: string;
  cameo: string;
  attribution?: string;
  trigger?: string;
  location?: string;
  confidence: number;
}

/** What the audits keep of a coded event: its evidence sentence, parties, code and how it was read. */
export function auditFieldsOf(e: CodedEvent): Omit<AuditEvent, "page"> {
  return {
    sentence: e.evidence.text,
    source: e.source,
    target: e.target,
    cameo: e.cameo,
    attribution: e.attribution,
    trigger: e.trigger,
    location: e.location?.name,
    confidence: e.confidence,
  };
}

/** The audited pages ("set/file"), in a fixed order; a page two sets share (16 do) is read once, from the first. */
function auditPages(): string[] {
  const seen = new Set<string>();
  return SETS.flatMap((set) =>
    readdirSync(join(SHARED, set))
      .sort()
      .filter((file) => {
        const name = file.toLowerCase().replace(/\.gz$/, "");
        if (seen.has(name)) return false;
        seen.add(name);
        return true;
      })
      .map((file) => join(set, file)),
  );
}

function hashOf(text: string): number {
  return createHash("sha256").update(`${SEED}|${text}`).digest().readUInt32BE(0);
}

/** The key an event keeps across runs: its page, sentence, pair and code. */
export function eventKey(e: AuditEvent): string {
  return `${e.page}|${e.sentence}|${e.source}>${e.target}|${e.cameo}`;
}

function isSampled(e: AuditEvent): boolean {
  return hashOf(eventKey(e)) % ONE_IN === 0;
}

export type Half = "A" | "B" | "C";

function halfOf(page: string): "A" | "B" {
  return hashOf(`half|${page}`) % 2 === 0 ? "A" : "B";
}

export async function codePages(
  pages = auditPages(),
  onPage?: (page: string, doc: AnalyzedDocument) => void,
): Promise<{ events: AuditEvent[]; pages: number }> {
  await loadAnalyzer();
  const events: AuditEvent[] = [];
  let analysed = 0;
  for (const page of pages) {
    const raw = readFileSync(join(SHARED, page));
    const html = decodeBytes(page.endsWith(".gz") ? gunzipSync(raw) : raw).text;
    try {
      const doc = analyzeDocument({ id: page, html, origin: page });
      analysed++;
      onPage?.(page, doc);
      for (const e of doc.events) events.push({ page, ...auditFieldsOf(e) });
    } catch {
      // A page refused by a stage (empty, not an article) codes nothing, as in `orbit analyze`.
    }
  }
  return { events, pages: analysed };
}

export type Verdict = "right" | "wrong-actor" | "wrong-direction" | "wrong-code" | "not-event";

export interface JudgedEvent extends AuditEvent {
  half: Half;
  verdict: Verdict;
  cause: string;
}

function precisionLines(sample: Array<AuditEvent & { half: Half }>, judged: JudgedEvent[]): string[] {
  const verdicts = new Map(judged.map((j) => [eventKey(j), j.verdict]));
  const lines: string[] = [];
  const halves: Array<Half | "all"> = ["A", "B", "C"];
  if (sample.some((e) => e.half === "C")) halves.push("all");
  for (const half of halves) {
    const mine = half === "all" ? sample : sample.filter((e) => e.half === half);
    const known = mine.filter((e) => verdicts.has(eventKey(e)));
    if (!known.length) continue;
    const right = known.filter((e) => verdicts.get(eventKey(e)) === "right").length;
    const { low, high } = wilson(right, known.length);
    const p = (right / known.length).toFixed(3);
    lines.push(`half ${half}: precision ${p} (${right}/${known.length}), 95% ${low.toFixed(3)}-${high.toFixed(3)}`);
    if (half !== "all")
      for (const e of mine.filter((x) => !verdicts.has(eventKey(x)))) lines.push(`  unjudged: ${JSON.stringify(e)}`);
  }
  return lines;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const withC = args.includes("--with-c");
  const option = (name: string) => {
    const i = args.indexOf(name);
    return i < 0 ? undefined : args.splice(i, 2)[1];
  };
  const goldFile = option("--recall");
  const drawFile = option("--recall-draw");
  const [out, sampleOut, ...judgedFiles] = args.filter((a) => a !== "--with-c");
  if (!out)
    throw new Error("usage: audit-events.ts [--with-c] [--recall GOLD] [--recall-draw PAGES] OUT [SAMPLE [JUDGED...]]");
  const gold = goldFile ? readGold(goldFile) : [];
  const goldPages = new Set(gold.map((p) => p.page));
  const recallPages: RecallPage[] = [];
  const { events, pages } = await codePages(undefined, (page, doc) => {
    if (drawFile || goldPages.has(page)) recallPages.push(recallPageOf(page, doc));
  });
  writeFileSync(out, events.map((e) => `${JSON.stringify(e)}\n`).join(""));
  const sample = events.flatMap(
    (e): Array<AuditEvent & { half: Half }> =>
      isSampled(e) ? [{ half: halfOf(e.page), ...e }] : withC ? [{ half: "C" as const, ...e }] : [],
  );
  if (sampleOut) writeFileSync(sampleOut, sample.map((e) => `${JSON.stringify(e)}\n`).join(""));
  const withEvents = new Set(events.map((e) => e.page)).size;
  const perPage = (events.length / pages).toFixed(2);
  const count = (half: Half) => sample.filter((e) => e.half === half).length;
  const c = withC ? `, C ${count("C")}` : "";
  console.log(
    `${pages} pages analysed, ${withEvents} with events, ${events.length} events (${perPage}/page); sample ${sample.length} (A ${count("A")}, B ${count("B")}${c})`,
  );
  const judged = judgedFiles.flatMap((f) =>
    readFileSync(f, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l) as JudgedEvent),
  );
  if (judged.length) for (const line of precisionLines(sample, judged)) console.log(line);
  if (drawFile) {
    const { qualifying, drawn } = drawRecallSample(recallPages);
    writeFileSync(drawFile, drawn.map((p) => `${JSON.stringify({ half: recallHalfOf(p.page), ...p })}\n`).join(""));
    console.log(`recall sample: ${drawn.length} pages drawn of ${qualifying} that qualify`);
  }
  if (gold.length) {
    const coded = new Map<string, CodedLeadEvent[]>(recallPages.map((p) => [p.page, p.events]));
    for (const line of recallLines(gold, coded)) console.log(line);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
