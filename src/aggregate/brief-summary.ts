// Brief data → the 3–4 sentence summary at the top of a brief, every figure computed from the rows with its n.

import type { Alert } from "./alert.ts";
import type { PoleIndex } from "./event-measures.ts";
import type { EvidenceSpan } from "./evidence-span.ts";
import type { AlignRow } from "./vote-rows.ts";

export interface SummaryInput {
  country: string;
  name: string;
  voteRows: AlignRow[];
  eventIndex: PoleIndex[];
  eventSpan?: [string, string];
  /** Where most events fall: a recalled early date ("since October 1975") is named apart from the span. */
  evidenceSpan?: EvidenceSpan;
  alerts: Alert[];
  /** Events dated after the brief's date, left out of every measure. */
  futureCount?: number;
  generated?: string;
}

/** A measure pooled over a span of years: Σ value·n / Σ n, so each vote counts once whatever its year. */
export interface Pooled {
  from: number;
  to: number;
  value: number;
  n: number;
}

const POLE_NAMES: Record<string, string> = {
  RUS: "Russia",
  DEU: "Germany",
  EU: "the EU and its members",
  USA: "the United States",
  CHN: "China",
  TUR: "Turkey",
};
const pct = (v: number) => `${Math.round(v * 100)}%`;
const span = (p: Pooled) => (p.from === p.to ? `${p.from}` : `${p.from}–${p.to}`);

export function pool(rows: AlignRow[], measure: string, w: string, from: number, to: number): Pooled | undefined {
  let sum = 0;
  let n = 0;
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const r of rows) {
    if (r.measure !== measure || r.with !== w || r.value === null || r.year === undefined) continue;
    if (r.year < from || r.year > to) continue;
    sum += r.value * r.n;
    n += r.n;
    lo = Math.min(lo, r.year);
    hi = Math.max(hi, r.year);
  }
  return n > 0 ? { from: lo, to: hi, value: sum / n, n } : undefined;
}

/**
 * The two spans the summary compares: around the strongest west_share (else agreement) change in the votes when one
 * was found, else the first and last three years of the record.
 */
export function summarySpans(d: SummaryInput): { early: [number, number]; late: [number, number]; since?: number } {
  const years = [...new Set(d.voteRows.filter((r) => r.year !== undefined).map((r) => r.year!))].sort((a, b) => a - b);
  const votes = d.alerts
    .filter((a) => a.source === "unga" && /^\d{4}$/.test(a.firstAfter))
    .sort(
      (a, b) =>
        Number(b.measure === "west_share") - Number(a.measure === "west_share") ||
        b.methods.length - a.methods.length ||
        Math.abs(b.size) - Math.abs(a.size),
    );
  const cp = votes[0];
  if (cp) {
    const last = years[years.length - 1]!;
    return {
      early: [Number(cp.from), Number(cp.lastBefore)],
      late: [Number(cp.firstAfter), last],
      since: Number(cp.firstAfter),
    };
  }
  const k = Math.min(3, Math.floor(years.length / 2));
  return { early: [years[0]!, years[k - 1]!], late: [years[years.length - k]!, years[years.length - 1]!] };
}

function voteSentences(d: SummaryInput): string[] {
  const years = d.voteRows.filter((r) => r.year !== undefined);
  if (years.length === 0) return [];
  const { early, late, since } = summarySpans(d);
  const out: string[] = [];
  const wLate = pool(years, "west_share", "RUS-DEU", ...late);
  const wEarly = pool(years, "west_share", "RUS-DEU", ...early);
  const lead = (p: Pooled) => (since !== undefined && p.to > p.from ? `Since ${p.from}` : `In ${span(p)}`);
  if (wLate && wEarly) {
    const move = wLate.value > wEarly.value ? "up" : wLate.value < wEarly.value ? "down" : "unchanged";
    out.push(
      `${lead(wLate)} ${d.name} ${since !== undefined ? "has voted" : "voted"} with Germany rather than Russia on ${pct(wLate.value)} of the UN General Assembly votes that split the two (n = ${wLate.n}; an abstention counts half), ${move} from ${pct(wEarly.value)} in ${span(wEarly)} (n = ${wEarly.n}).`,
    );
  }
  const aLate = pool(years, "agreement", "RUS", ...late);
  const aEarly = pool(years, "agreement", "RUS", ...early);
  if (aLate && aEarly)
    out.push(
      `Its agreement with Russia over all recorded votes was ${pct(aLate.value)} in ${span(aLate)} (n = ${aLate.n}) against ${pct(aEarly.value)} in ${span(aEarly)} (n = ${aEarly.n}).`,
    );
  return out;
}

/** "on 2025-08-01" when every event falls on one date (one article's), else "from 2024-03 to 2025-08-01". */
export function spanText(span: readonly [string, string]): string {
  return span[0] === span[1] ? `on ${span[0]}` : `from ${span[0]} to ${span[1]}`;
}

/** "a", "a and b", "a, b and c". */
function listText(parts: readonly string[]): string {
  return parts.length < 2 ? (parts[0] ?? "") : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

/**
 * Every pole the state has acts with, in the poles' order: Russia is named even when others have more. Acts, not
 * reports: five articles on one day's decision are one act.
 */
function eventSentence(d: SummaryInput): string | undefined {
  const known = d.eventIndex.filter((ix) => ix.n > 0);
  if (known.length === 0) return undefined;
  const parts = known.map((ix) => {
    const coop = ix.counts["verbal-cooperation"] + ix.counts["material-cooperation"];
    const name = POLE_NAMES[ix.pole] ?? ix.pole;
    return ix.insufficient
      ? `${coop} of ${ix.n} with ${name} (too few to judge)`
      : `${coop} of ${ix.n} with ${name} (${pct(coop / ix.n)})`;
  });
  return `Of the acts recorded${eventWhen(d)}, ${listText(parts)} were cooperative.`;
}

/**
 * " from 2024-03 to 2025-08-01", or with a recalled early date apart: " (most from 2020-06 to 2025-12-06; 1 event
 * dated 1975, background an article recalls)", so one old date does not read as decades of evidence.
 */
function eventWhen(d: SummaryInput): string {
  if (!d.eventSpan) return "";
  const before = d.evidenceSpan?.before;
  if (!before?.count || !before.from) return ` ${spanText(d.eventSpan)}`;
  const years = [before.from, before.to ?? before.from].map((m) => m.slice(0, 4));
  const when = years[0] === years[1] ? years[0] : `${years[0]} to ${years[1]}`;
  const events = before.count === 1 ? "1 event" : `${before.count} events`;
  return ` (most ${spanText([d.evidenceSpan!.from, d.eventSpan[1]])}; ${events} dated ${when}, recalled background)`;
}

/**
 * Why no shift can be looked for, when no votes and under 5 acts with every pole stand behind "no change found"
 * (which would read as "no shift"); undefined when there is evidence to test or a change was found.
 */
export function tooLittleEvidence(d: SummaryInput): string | undefined {
  if (d.alerts.length > 0 || d.voteRows.length > 0 || !d.eventIndex.every((ix) => ix.insufficient)) return undefined;
  return d.eventIndex.some((ix) => ix.n > 0)
    ? `There is too little evidence to look for a shift: no UN votes of ${d.name} are in the store, and fewer than 5 events with each pole.`
    : d.futureCount
      ? `There is no evidence to measure: no UN votes of ${d.name} are in the store, and no events between ${d.name} and the poles dated up to ${d.generated} (${d.futureCount} events involving ${d.country} dated after it are left out, as the event balance says).`
      : `There is no evidence to measure: no UN votes of ${d.name} and no events between ${d.name} and the poles are in the store.`;
}

function changeSentence(d: SummaryInput): string {
  const none = tooLittleEvidence(d);
  if (none) return none;
  if (d.alerts.length === 0) return "Neither change detector (CUSUM, BOCPD) finds a significant shift.";
  const confirmed = d.alerts.filter((a) => a.methods.length > 1).length;
  const top = d.alerts[0]!;
  const verb = top.direction === "toward" ? "toward" : "away from";
  const pole = POLE_NAMES[top.pole] ?? top.pole;
  const by = top.methods.length > 1 ? "both CUSUM and BOCPD" : top.methods[0] === "cusum" ? "CUSUM" : "BOCPD";
  return `Orbit finds ${d.alerts.length} change point${d.alerts.length === 1 ? "" : "s"} (${confirmed} confirmed by both methods); the first listed is a move ${verb} ${pole} from ${top.firstAfter} in ${top.source === "unga" ? "UN votes" : "events"} (${top.measure}, ${top.before.toFixed(2)} → ${top.after.toFixed(2)}, found by ${by}).`;
}

/** The summary paragraph: vote trend, agreement with Russia, event balance, change points. */
export function briefSummary(d: SummaryInput): string {
  const sentences = [...voteSentences(d)];
  const ev = eventSentence(d);
  if (ev) sentences.push(ev);
  sentences.push(changeSentence(d));
  return sentences.join(" ");
}
