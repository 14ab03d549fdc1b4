// The store's vote matrix (or UnVote rows) → a country × resolution table, so pair measures over all countries run
// in milliseconds.
import { type UnVote, VOTE_LETTERS, type VoteMatrix } from "../store/index.ts";

/** Cell codes, the store's (VOTE_LETTERS): 0 no record (not a member, not in the file), then the four votes. */
export const NONE = 0;
export const YES = VOTE_LETTERS.indexOf("Y");
export const ABSTAIN = VOTE_LETTERS.indexOf("A");
export const NO = VOTE_LETTERS.indexOf("N");
export const ABSENT = VOTE_LETTERS.indexOf("X");

const CODE: Record<UnVote["vote"], number> = { Y: YES, A: ABSTAIN, N: NO, X: ABSENT };
export const VOTE_LETTER = ["", "Y", "A", "N", "X"] as const;

export interface VoteTable extends VoteMatrix {
  countryIndex: Map<string, number>;
}

/** The store's matrix as a table: only the country lookup is added, the cells are shared, not copied. */
export function voteTable(matrix: VoteMatrix): VoteTable {
  const countryIndex = new Map<string, number>();
  for (let i = 0; i < matrix.countries.length; i++) countryIndex.set(matrix.countries[i]!, i);
  return { ...matrix, countryIndex };
}

/** Builds the matrix; a later row for the same resolution and country replaces an earlier one. */
export function buildVoteTable(votes: readonly UnVote[]): VoteTable {
  const resDate = new Map<string, string>();
  const countrySet = new Set<string>();
  for (const v of votes) {
    if (!resDate.has(v.resolution)) resDate.set(v.resolution, v.date);
    countrySet.add(v.country);
  }
  const resolutions = [...resDate.keys()].sort((a, b) => {
    const da = resDate.get(a)!;
    const db = resDate.get(b)!;
    return da < db ? -1 : da > db ? 1 : a < b ? -1 : a > b ? 1 : 0;
  });
  const resIndex = new Map<string, number>();
  for (let i = 0; i < resolutions.length; i++) resIndex.set(resolutions[i]!, i);
  const countries = [...countrySet].sort();
  const countryIndex = new Map<string, number>();
  for (let i = 0; i < countries.length; i++) countryIndex.set(countries[i]!, i);
  const R = resolutions.length;
  const cells = new Uint8Array(countries.length * R);
  for (const v of votes) cells[countryIndex.get(v.country)! * R + resIndex.get(v.resolution)!] = CODE[v.vote];
  return { resolutions, dates: resolutions.map((r) => resDate.get(r)!), countries, countryIndex, cells };
}

/** Periods of a table ("2023" or "2023-10") with the index range [start, end) of their resolutions. */
export function periodRanges(table: VoteTable, by: "year" | "month"): { period: string; start: number; end: number }[] {
  const len = by === "year" ? 4 : 7;
  const out: { period: string; start: number; end: number }[] = [];
  for (let r = 0; r < table.dates.length; r++) {
    const p = table.dates[r]!.slice(0, len);
    const last = out[out.length - 1];
    if (last && last.period === p) last.end = r + 1;
    else out.push({ period: p, start: r, end: r + 1 });
  }
  return out;
}

/**
 * UNGA sessions with the index range of their resolutions, labelled by the month they open ("2019-09" is the 74th
 * session, September 2019 – August 2020). Recorded votes cluster in the autumn, so calendar months are mostly empty
 * or hold a handful of votes; a session is the natural monthly-dated unit with enough votes to compare.
 */
export function sessionRanges(table: VoteTable): { period: string; start: number; end: number }[] {
  const out: { period: string; start: number; end: number }[] = [];
  for (let r = 0; r < table.dates.length; r++) {
    const d = table.dates[r]!;
    const year = Number(d.slice(0, 4));
    const p = `${Number(d.slice(5, 7)) >= 9 ? year : year - 1}-09`;
    const last = out[out.length - 1];
    if (last && last.period === p) last.end = r + 1;
    else out.push({ period: p, start: r, end: r + 1 });
  }
  return out;
}

/** Votes of one country as a view into the matrix (no copy). */
export function countryRow(table: VoteTable, country: string): Uint8Array | undefined {
  const c = table.countryIndex.get(country);
  if (c === undefined) return undefined;
  const R = table.resolutions.length;
  return table.cells.subarray(c * R, (c + 1) * R);
}
