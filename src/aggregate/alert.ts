// The Alert record shared by vote and event change detection, and how one is worded.

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
  score: number;
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

/** Newest change first, then the strongest. */
export function sortAlerts(alerts: Alert[]): Alert[] {
  return alerts.sort((x, y) =>
    x.firstAfter !== y.firstAfter ? (x.firstAfter < y.firstAfter ? 1 : -1) : y.score - x.score,
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
