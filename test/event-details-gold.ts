// Scores the date, place and count Orbit gives each event against test/fixtures/event-details/gold.jsonl: invented
// news paragraphs, each with its article date and the fields an analyst expects for the events in it.
import { readFileSync } from "node:fs";
import type { AnalyzedDocument, CodedEvent } from "../src/domain/index.ts";
import { loadAnalyzer } from "../src/pipeline/index.ts";

export const GOLD_PATH = new URL("fixtures/event-details/gold.jsonl", import.meta.url);

interface Expected {
  source: string;
  target: string;
  when: string;
  /** "article" when the text dates the act nowhere and the article date stands in for it. */
  whenFrom?: "article";
  /** null: the text says nowhere where the act happened; a null name: only the country is certain. */
  place: { name: string | null; country: string } | null;
  fatalities: number | null;
}
interface GoldDoc {
  id: string;
  text: string;
  published?: string;
  expect: Expected[];
}

export interface FieldScore {
  right: number;
  total: number;
}
export interface DetailScores {
  /** Expected events Orbit coded (by source and target); the fields are scored on these only. */
  found: FieldScore;
  when: FieldScore;
  whenFrom: FieldScore;
  place: FieldScore;
  fatalities: FieldScore;
  misses: string[];
}

export function readGold(): GoldDoc[] {
  return readFileSync(GOLD_PATH, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldDoc);
}

function samePlace(want: Expected["place"], got: CodedEvent["location"]): boolean {
  if (!want || !got) return !want && !got;
  if (want.country !== got.country) return false;
  return want.name === null || want.name.toLowerCase() === got.name.toLowerCase();
}

const show = (v: unknown): string => JSON.stringify(v ?? null);

/** Runs the whole analyser (extract, nlp, coding) on each paragraph and scores each field. */
export async function scoreEventDetails(docs: GoldDoc[] = readGold()): Promise<DetailScores> {
  const analyze = await loadAnalyzer();
  const s: DetailScores = {
    found: { right: 0, total: 0 },
    when: { right: 0, total: 0 },
    whenFrom: { right: 0, total: 0 },
    place: { right: 0, total: 0 },
    fatalities: { right: 0, total: 0 },
    misses: [],
  };
  const tally = (field: FieldScore, ok: boolean, id: string, name: string, want: unknown, got: unknown): void => {
    field.total++;
    if (ok) field.right++;
    else s.misses.push(`${id} ${name}: want ${show(want)}, got ${show(got)}`);
  };
  for (const doc of docs) {
    const out: AnalyzedDocument = analyze({ id: doc.id, text: doc.text, published: doc.published });
    for (const want of doc.expect) {
      const got = out.events.find((e) => e.source === want.source && e.target === want.target);
      const dyad = `${want.source}>${want.target}`;
      tally(s.found, !!got, doc.id, "event", dyad, out.events.map((e) => `${e.source}>${e.target}`).join(" "));
      if (!got) continue;
      tally(s.when, got.when === want.when, doc.id, "when", want.when, got.when);
      tally(
        s.whenFrom,
        (got.whenFrom ?? "text") === (want.whenFrom ?? "text"),
        doc.id,
        "whenFrom",
        want.whenFrom ?? "text",
        got.whenFrom ?? "text",
      );
      tally(
        s.place,
        samePlace(want.place, got.location),
        doc.id,
        "place",
        want.place,
        got.location && { name: got.location.name, country: got.location.country },
      );
      tally(
        s.fatalities,
        (got.fatalities ?? null) === want.fatalities,
        doc.id,
        "fatalities",
        want.fatalities,
        got.fatalities,
      );
    }
  }
  return s;
}

export const share = (f: FieldScore): number => (f.total ? f.right / f.total : 0);
