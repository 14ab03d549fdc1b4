// A vote matrix → change-point alerts on each state's yearly agreement with each pole and its west_share.
import { type Alert, type AlertVoteDriver, alertSummary, changeFields } from "./alert.ts";
import { type FoundChange, findChanges, type MethodOptions } from "./change-methods.ts";
import type { ChangePoint, SeriesPoint } from "./change-points.ts";
import { POLE_VOTER, type Pole } from "./poles.ts";
import { agreementScore, pairStats, westPosition, westShare } from "./vote-measures.ts";
import { countryRow, periodRanges, sessionRanges, VOTE_LETTER, type VoteTable } from "./vote-table.ts";

const MAX_DRIVERS = 5;

function drivers(
  table: VoteTable,
  mine: Uint8Array,
  pole: Uint8Array,
  ranges: Map<string, { start: number; end: number }>,
  cp: ChangePoint,
  score: (r: number) => number,
): AlertVoteDriver[] {
  // The votes that carried the shift: in the first periods after the change, those scored at the far end in the
  // direction of the move (opposite votes for a move away, matching ones for a move toward).
  const want = cp.delta < 0 ? 0 : 1;
  const out: AlertVoteDriver[] = [];
  for (const period of cp.afterPeriods) {
    const range = ranges.get(period)!;
    for (let r = range.start; r < range.end && out.length < MAX_DRIVERS; r++) {
      if (score(r) !== want) continue;
      out.push({
        resolution: table.resolutions[r]!,
        date: table.dates[r]!,
        vote: VOTE_LETTER[mine[r]!]!,
        poleVote: VOTE_LETTER[pole[r]!]!,
      });
    }
    if (out.length >= MAX_DRIVERS) break;
  }
  return out;
}

function toAlert(
  base: { country: string; measure: string; with: string; direction: "toward" | "away"; pole: string },
  cp: FoundChange,
  resolutions: AlertVoteDriver[],
): Alert {
  const a: Omit<Alert, "summary"> = {
    ...base,
    source: "unga",
    ...changeFields(cp),
    drivers: { resolutions },
  };
  return { ...a, summary: alertSummary(a) };
}

/**
 * Change points in agreement with each pole's voter and in west_share, per calendar year or (by "session") per UNGA
 * session labelled by its opening month, for the countries asked (default all). Shares are modelled as Normal with
 * an unknown mean for BOCPD.
 */
export function voteAlerts(
  table: VoteTable,
  opts: { countries?: string[]; poles: Pole[]; by?: "year" | "session" } & MethodOptions,
): Alert[] {
  const years = opts.by === "session" ? sessionRanges(table) : periodRanges(table, "year");
  const ranges = new Map(years.map((y) => [y.period, y]));
  const rus = countryRow(table, "RUS");
  const deu = countryRow(table, "DEU");
  const alerts: Alert[] = [];
  for (const country of opts.countries ?? table.countries) {
    const mine = countryRow(table, country);
    if (!mine) continue;
    for (const pole of opts.poles) {
      const voter = POLE_VOTER[pole];
      const theirs = countryRow(table, voter);
      if (!theirs || voter === country) continue;
      const series: SeriesPoint[] = [];
      for (const y of years) {
        const s = pairStats(mine, theirs, y.start, y.end);
        if (s.n > 0) series.push({ period: y.period, value: s.agreement, n: s.n, sumSq: s.sumSq });
      }
      for (const cp of findChanges(series, "normal", opts)) {
        const score = (r: number) =>
          mine[r]! >= 1 && mine[r]! <= 3 && theirs[r]! >= 1 && theirs[r]! <= 3
            ? agreementScore(mine[r]!, theirs[r]!)
            : -1;
        const direction = cp.delta > 0 ? "toward" : "away";
        const base = { country, measure: "agreement", with: voter, direction, pole } as const;
        alerts.push(toAlert(base, cp, drivers(table, mine, theirs, ranges, cp, score)));
      }
    }
    if (!rus || !deu || country === "RUS" || country === "DEU") continue;
    const series: SeriesPoint[] = [];
    for (const y of years) {
      const w = westShare(mine, rus, deu, y.start, y.end);
      if (w.n > 0) series.push({ period: y.period, value: w.value, n: w.n, sumSq: w.sumSq });
    }
    for (const cp of findChanges(series, "normal", opts)) {
      // A rise in west_share is a move toward the EU pole (DEU), a fall a move toward RUS.
      const pole = cp.delta > 0 ? "EU" : "RUS";
      const poleRow = cp.delta > 0 ? deu : rus;
      const base = { country, measure: "west_share", with: "RUS-DEU", direction: "toward", pole } as const;
      const score = (r: number) => westPosition(mine[r]!, rus[r]!, deu[r]!);
      alerts.push(toAlert(base, cp, drivers(table, mine, poleRow, ranges, cp, score)));
    }
  }
  return alerts;
}
