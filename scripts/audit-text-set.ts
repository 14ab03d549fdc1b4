// Measures the coder on a set of real news texts kept outside the repository (third-party text is never committed):
// precision over hand verdicts and recall over hand-annotated events, per half.
// Usage: node --import tsx scripts/audit-text-set.ts TEXTS.jsonl OUT.jsonl [--judged JUDGED.jsonl]
//          [--gold GOLD.jsonl] [--show-held]
//   TEXTS: {"id","url"?,"published"?,"text"} one per line.
//   OUT: every coded event ({id, half, sentence, source, target, cameo, attribution, trigger, confidence}).
//   JUDGED: {"id","sentence","source","target","cameo","verdict","cause"?}; verdict as in docs/event-audit.md.
//   GOLD: {"id","sentence","source","target","root","note"?}; sentence = the first characters of the sentence
//   (40 is enough), root a CAMEO root or alternatives ("02|10").
// Each text falls in the "tune" half (read and fixed from) or the "held" half (figures only) by a hash of its url,
// so a text keeps its half whatever else is added. The events, misses and extras of the held half are listed only
// with --show-held, for judging new events once at the end of a round.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { wilson } from "../src/aggregate/index.ts";
import { analyzeDocument, loadAnalyzer } from "../src/pipeline/index.ts";
import { type AuditEvent, auditFieldsOf } from "./audit-events.ts";

export type Half = "tune" | "held";

interface Text {
  id: string;
  url?: string;
  published?: string;
  text: string;
}

/** An event as the real-page audit writes it, named by its text's id instead of a page. */
export type SetEvent = Omit<AuditEvent, "page" | "location"> & { id: string; half: Half };

interface Judged {
  id: string;
  sentence: string;
  source: string;
  target: string;
  cameo: string;
  verdict: string;
}

export interface GoldEvent {
  id: string;
  sentence?: string;
  source: string;
  target: string;
  root: string;
  note?: string;
}

// The seed is fixed before any text is read; changing it would reshuffle the halves.
const SEED = "orbit-text-1";

export function halfOfText(t: { id: string; url?: string }): Half {
  const digest = createHash("sha256")
    .update(`${SEED}:${t.url ?? t.id}`)
    .digest();
  return digest[0] % 2 === 0 ? "tune" : "held";
}

function readLines<T>(file: string): T[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .map((line, i) => [line.trim(), i + 1] as const)
    .filter(([line]) => line)
    .map(([line, n]) => {
      try {
        return JSON.parse(line) as T;
      } catch (e) {
        throw new Error(`${file}:${n}: not valid JSON (${(e as Error).message})`);
      }
    });
}

const squash = (s: string) => s.replace(/\s+/g, " ").trim();
const judgedKey = (e: { id: string; sentence: string; source: string; target: string; cameo: string }) =>
  [e.id, squash(e.sentence), e.source, e.target, e.cameo].join("\u0001");

/**
 * Matches gold events to coded ones within each text: same source and target, a root among the gold's alternatives
 * and, when the gold names its sentence, an evidence sentence that holds that start. Each coded event matches once.
 */
export function matchGold(
  gold: GoldEvent[],
  events: SetEvent[],
  byPair = false,
): { matched: GoldEvent[]; missed: GoldEvent[]; extras: SetEvent[] } {
  const free = events.filter((e) => e.source !== e.target);
  const used = new Set<SetEvent>();
  const matched: GoldEvent[] = [];
  const missed: GoldEvent[] = [];
  for (const g of gold) {
    const roots = g.root.split("|").map((r) => r.trim());
    const start = g.sentence ? squash(g.sentence).slice(0, 40) : "";
    const hit = free.find(
      (e) =>
        !used.has(e) &&
        e.id === g.id &&
        e.source === g.source &&
        e.target === g.target &&
        (byPair || roots.includes(e.cameo.slice(0, 2))) &&
        (!start || squash(e.sentence).includes(start)),
    );
    if (hit) {
      used.add(hit);
      matched.push(g);
    } else missed.push(g);
  }
  return { matched, missed, extras: free.filter((e) => !used.has(e)) };
}

const ratio = (n: number, d: number) => (d ? (n / d).toFixed(3) : "n/a");

function halfLines(half: Half, events: SetEvent[], judged: Map<string, string>, gold: GoldEvent[], show: boolean) {
  const lines: string[] = [];
  const known = events.filter((e) => judged.has(judgedKey(e)));
  const right = known.filter((e) => judged.get(judgedKey(e)) === "right").length;
  const unjudged = events.filter((e) => !judged.has(judgedKey(e)));
  let line = `${half}: ${events.length} events`;
  if (known.length) {
    const { low, high } = wilson(right, known.length);
    line += `; precision ${ratio(right, known.length)} (${right}/${known.length}), 95% ${low.toFixed(3)}-${high.toFixed(3)}`;
  }
  if (unjudged.length) line += `; ${unjudged.length} unjudged`;
  if (gold.length) {
    const { matched, missed, extras } = matchGold(gold, events);
    const pairs = matchGold(gold, events, true).matched.length;
    line += `; recall ${ratio(matched.length, gold.length)} (${matched.length}/${gold.length}), by pair ${ratio(pairs, gold.length)}`;
    lines.push(line);
    if (show) {
      for (const g of missed) lines.push(`  miss: ${JSON.stringify(g)}`);
      for (const e of extras) lines.push(`  extra: ${JSON.stringify(e)}`);
    }
  } else lines.push(line);
  if (show) for (const e of unjudged) lines.push(`  unjudged: ${JSON.stringify(e)}`);
  return lines;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const i = args.indexOf(name);
    return i < 0 ? undefined : args.splice(i, 2)[1];
  };
  const judgedFile = option("--judged");
  const goldFile = option("--gold");
  const showHeld = args.includes("--show-held");
  const [textsFile, out, ...rest] = args.filter((a) => a !== "--show-held");
  if (!textsFile || !out || rest.length)
    throw new Error("usage: audit-text-set.ts TEXTS.jsonl OUT.jsonl [--judged JUDGED] [--gold GOLD] [--show-held]");
  const texts = readLines<Text>(textsFile);
  await loadAnalyzer();
  const events: SetEvent[] = [];
  const failed: string[] = [];
  const halves = new Map<string, Half>();
  for (const t of texts) {
    const half = halfOfText(t);
    halves.set(t.id, half);
    try {
      const doc = analyzeDocument({ id: t.id, text: t.text, url: t.url, published: t.published, origin: t.id });
      for (const e of doc.events) {
        // A text-set event carries no place (SetEvent): the verdict files were written without one.
        const { location: _location, ...fields } = auditFieldsOf(e);
        events.push({ id: t.id, half, ...fields });
      }
    } catch (e) {
      failed.push(`${t.id}: ${(e as Error).message}`);
    }
  }
  writeFileSync(out, events.map((e) => `${JSON.stringify(e)}\n`).join(""));
  const judged = new Map(
    (judgedFile ? readLines<Judged>(judgedFile) : []).map((j) => [judgedKey(j), j.verdict] as const),
  );
  const gold = goldFile ? readLines<GoldEvent>(goldFile) : [];
  const count = (h: Half) => texts.filter((t) => halves.get(t.id) === h).length;
  console.log(`${texts.length} texts (tune ${count("tune")}, held ${count("held")}), ${events.length} events`);
  for (const f of failed) console.log(`  not analysed: ${f}`);
  for (const half of ["tune", "held"] as const)
    for (const line of halfLines(
      half,
      events.filter((e) => e.half === half),
      judged,
      gold.filter((g) => halves.get(g.id) === half),
      half === "tune" || showHeld,
    ))
      console.log(line);
  const known = events.filter((e) => judged.has(judgedKey(e)));
  if (known.length) {
    const right = known.filter((e) => judged.get(judgedKey(e)) === "right").length;
    const { matched } = matchGold(gold, events);
    console.log(
      `all: precision ${ratio(right, known.length)} (${right}/${known.length})` +
        (gold.length ? `; recall ${ratio(matched.length, gold.length)} (${matched.length}/${gold.length})` : ""),
    );
  }
  const strays = gold.filter((g) => !halves.has(g.id));
  if (strays.length) console.log(`warning: ${strays.length} gold events name no text in ${textsFile}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
