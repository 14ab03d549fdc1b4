// Per-sentence views of an annotated article: its items by sentence, and the dateline mention that never acts.
import type { ActorMention, AnnotatedArticle, DateMention } from "../domain/index.ts";
import type { Unit } from "./sentence-units.ts";

/** Items grouped by their sentence index, one (possibly empty) list per sentence. */
export function bySentence<T extends { sentence: number }>(items: readonly T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < n; i++) out.push([]);
  for (const it of items) out[it.sentence]?.push(it);
  return out;
}

/** True for a mention in the dateline ("Berlin, August 1, 2025 —"): the dateline city never acts. */
export function isDateline(doc: AnnotatedArticle, m: ActorMention, textStart: number): boolean {
  const place = doc.article.datelinePlace;
  if (place && m.text === place && m.start < 120) return true;
  return (
    m.start === textStart &&
    /^\s*(\([^)]*\))?\s*[,:—–]\s*([A-Z][a-z]+\.? \d|[A-Z][A-Za-z ]+:)/.test(doc.article.text.slice(m.end, m.end + 40))
  );
}

/** True for a span inside a date of its sentence: "MOSCOW, March 3" names a day, not a march. */
export function withinDate(span: { start: number; end: number }, dates: readonly DateMention[] = []): boolean {
  return dates.some((d) => span.start >= d.start && span.end <= d.end);
}

/** The dates of a sentence but those the parser read from one verb ("sat down with" as "Sat"): no day, no date. */
export function datesNotVerbs(units: readonly Unit[], dates: readonly DateMention[] = []): readonly DateMention[] {
  return dates.filter((d) => !units.some((u) => u.start === d.start && u.end === d.end && u.pos === "VERB"));
}
