// The Alert record shared by vote and event change detection, and how one is worded.
import type { ChangeMethod, FoundChange } from "./change-methods.ts";
import { round4 } from "./vote-measures.ts";

export interface AlertVoteDriver {
  resolution: string;
  date: string;
  /** The state's vote and the pole voter's vote (Y/A/N/X). */
  vote: string;
  poleVote: string;
}

export interface AlertEventDriver {
  id: string;
  when?: string;
  source: string;
  target: string;
  cameo: string;
  goldstein: number;
  evidence: string;
  url?: string;
  articleId?: string;
  /** The act's other reports (the same source, target, code and day in other sentences or articles), if any. */
  otherReports?: { id: string; url?: string; articleId?: string }[];
}

/** A change point turned into a claim: who moved, toward or away from which pole, by how much, when, and why. */
export interface Alert {
  country: string;
  source: "unga" | "events";
  /** agreement, west_share or coop_share. */
  measure: string;
  /** The pole voter or pole the measure is taken against ("RUS", "DEU", "RUS-DEU", "EU"). */
  with: string;
  direction: "toward" | "away";
  /** The pole the state moved toward or away from. */
  pole: string;
  /** Change in the measure's mean (after − before), rounded to 4 decimals. */
  size: number;
  before: number;
  after: number;
  /** Periods: last before the change and first after it, and the whole span compared. */
  lastBefore: string;
  firstAfter: string;
  from: string;
  to: string;
  /** Ranking strength: the CUSUM t statistic, or for a change only BOCPD found, its posterior probability. */
  score: number;
  /** Which detectors found the change; both is stronger evidence than either. */
  methods: ChangeMethod[];
  /** CUSUM t statistic (when CUSUM found it) and BOCPD probability of a new run (when BOCPD found it). */
  t?: number;
  probability?: number;
  drivers: { resolutions?: AlertVoteDriver[]; events?: AlertEventDriver[] };
  summary: string;
}

const MEASURE_WORDS: Record<string, string> = {
  agreement: "UN vote agreement with",
  west_share: "UN vote position on RUS–DEU split votes (0 = RUS, 1 = DEU) —",
  coop_share: "cooperative share of events with",
};

export function alertSummary(a: Omit<Alert, "summary">): string {
  const what = `${MEASURE_WORDS[a.measure] ?? a.measure} ${a.measure === "west_share" ? "" : a.with}`.trim();
  const move = a.direction === "toward" ? `toward ${a.pole}` : `away from ${a.pole}`;
  return `${a.country} moved ${move}: ${what} went from ${a.before.toFixed(2)} (${a.from}–${a.lastBefore}) to ${a.after.toFixed(2)} (${a.firstAfter}–${a.to})`;
}

/** The method fields of an alert from a found change (rounded as every printed figure is). */
export function methodFields(c: FoundChange): Pick<Alert, "score" | "methods" | "t" | "probability"> {
  return {
    score: round4(c.t ?? c.probability ?? c.score),
    methods: c.methods,
    ...(c.t !== undefined ? { t: round4(c.t) } : {}),
    ...(c.probability !== undefined ? { probability: round4(c.probability) } : {}),
  };
}

/** The figures every alert takes from its change point: size, before and after means, the periods, the method. */
export function changeFields(
  c: FoundChange,
): Pick<
  Alert,
  "size" | "before" | "after" | "lastBefore" | "firstAfter" | "from" | "to" | "score" | "methods" | "t" | "probability"
> {
  return {
    size: round4(c.delta),
    before: round4(c.before),
    after: round4(c.after),
    lastBefore: c.lastBefore,
    firstAfter: c.firstAfter,
    from: c.beforePeriods[0]!,
    to: c.afterPeriods[c.afterPeriods.length - 1]!,
    ...methodFields(c),
  };
}

/** "CUSUM t = 5.2 + BOCPD p = 0.97": which method found a change and how strongly. */
export function methodText(a: Pick<Alert, "methods" | "t" | "probability">): string {
  const parts: string[] = [];
  if (a.methods.includes("cusum") && a.t !== undefined) parts.push(`CUSUM t = ${a.t.toFixed(1)}`);
  if (a.methods.includes("bocpd") && a.probability !== undefined) parts.push(`BOCPD p = ${a.probability.toFixed(2)}`);
  return parts.join(" + ");
}

/** Changes confirmed by both methods first, then newest change, then the strongest. */
export function sortAlerts(alerts: Alert[]): Alert[] {
  return alerts.sort(
    (x, y) =>
      y.methods.length - x.methods.length ||
      (x.firstAfter !== y.firstAfter ? (x.firstAfter < y.firstAfter ? 1 : -1) : y.score - x.score),
  );
}

/** Keeps alerts whose change came on or after `since` (any precision) and, if given, for the countries asked. */
export function filterAlerts(alerts: Alert[], opts: { since?: string; countries?: string[] }): Alert[] {
  return alerts.filter(
    (a) =>
      (!opts.since || a.firstAfter >= opts.since.slice(0, a.firstAfter.length)) &&
      (!opts.countries || opts.countries.includes(a.country)),
  );
}
