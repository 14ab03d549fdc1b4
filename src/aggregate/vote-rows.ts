// A vote matrix (+ optional ideal points) → align rows per country, period, measure and pole.
import type { IdealPoint } from "../store/index.ts";
import { POLE_VOTER, type Pole } from "./poles.ts";
import { pairStats, round4, westShare } from "./vote-measures.ts";
import { countryRow, periodRanges, type VoteTable } from "./vote-table.ts";

export type { IdealPoint };

/** One measured value. Vote rows carry `year` (or `month` with --by month); event rows add counts and a band. */
export interface AlignRow {
  country: string;
  year?: number;
  month?: string;
  day?: string;
  measure: string;
  with: string;
  value: number | null;
  /** Votes, or for coop_share the distinct acts (one per source, target, CAMEO code and day). */
  n: number;
  /** coop_share: the stored reports of those acts (every article's event, both directions of a mutual act). */
  events?: number;
  /** west_share: split votes dropped because the country was absent. */
  absent?: number;
  low?: number;
  high?: number;
  insufficient?: boolean;
  counts?: Record<string, number>;
  goldsteinMean?: number;
}

export interface VoteRowOptions {
  countries?: string[];
  poles: Pole[];
  by: "year" | "month";
  /** Inclusive bounds on the period ("2013", "2013-01", "2013-01-01"). */
  from?: string;
  to?: string;
  idealPoints?: IdealPoint[];
}

/** Keeps a period when it overlaps [from, to] (compared on the period's own precision). */
export function inRange(period: string, from?: string, to?: string): boolean {
  if (from && period < from.slice(0, period.length)) return false;
  if (to && period > to.slice(0, period.length)) return false;
  return true;
}

export function periodFields(period: string, by: "year" | "month"): { year?: number; month?: string } {
  return by === "year" ? { year: Number(period) } : { month: period };
}

/**
 * agreement, kappa (and ideal_distance) with each pole's voter, and west_share on the RUS–DEU split votes, for every
 * country asked (default: all in the table) and period. Rows with no counted vote are left out.
 */
export function voteRows(table: VoteTable, opts: VoteRowOptions): AlignRow[] {
  const periods = periodRanges(table, opts.by).filter((p) => inRange(p.period, opts.from, opts.to));
  const countries = opts.countries ?? table.countries;
  const rus = countryRow(table, "RUS");
  const deu = countryRow(table, "DEU");
  const ideal = new Map<string, number>();
  for (const ip of opts.idealPoints ?? []) ideal.set(`${ip.country}:${ip.year}`, ip.value);
  const rows: AlignRow[] = [];
  for (const country of countries) {
    const mine = countryRow(table, country);
    if (!mine) continue;
    for (const p of periods) {
      const at = periodFields(p.period, opts.by);
      for (const pole of opts.poles) {
        const voter = POLE_VOTER[pole];
        const theirs = countryRow(table, voter);
        if (!theirs || voter === country) continue;
        const s = pairStats(mine, theirs, p.start, p.end);
        if (s.n === 0) continue;
        rows.push({ country, ...at, measure: "agreement", with: voter, value: round4(s.agreement), n: s.n });
        if (!Number.isNaN(s.kappa))
          rows.push({ country, ...at, measure: "kappa", with: voter, value: round4(s.kappa), n: s.n });
        const year = Number(p.period.slice(0, 4));
        const a = ideal.get(`${country}:${year}`);
        const b = ideal.get(`${voter}:${year}`);
        if (a !== undefined && b !== undefined)
          rows.push({ country, ...at, measure: "ideal_distance", with: voter, value: round4(Math.abs(a - b)), n: s.n });
      }
      if (rus && deu && country !== "RUS" && country !== "DEU") {
        const w = westShare(mine, rus, deu, p.start, p.end);
        if (w.n > 0)
          rows.push({
            country,
            ...at,
            measure: "west_share",
            with: "RUS-DEU",
            value: round4(w.value),
            n: w.n,
            absent: w.absent,
          });
      }
    }
  }
  return rows;
}
