// Parsed vote tables (resolutions, votes, ideal points; Orbit's Y/N/A/X, Voeten's 1/2/3/8/9, UNDL, unvotes) → UnVote rows.
import { AppError } from "../domain/index.ts";
import type { UnVote } from "../store/index.ts";
import { isCalendarDay } from "./calendar-day.ts";
import { resolveCountry } from "./unga-countries.ts";
import { type CsvTable, findColumn } from "./unga-csv.ts";

export interface IdealPoint {
  country: string;
  year: number;
  value: number;
}

export interface BadRow {
  /** "file:line" */
  where: string;
  reason: string;
}

export interface VoteParseResult {
  votes: UnVote[];
  bad: BadRow[];
  /** Rows coded "not a member" (Voeten 9): not votes, skipped. */
  notMember: number;
  /** Country tokens that could not be mapped to ISO3, with how many rows each. */
  unknownCountries: Map<string, number>;
}

const RESOLUTION_COLUMNS = ["rcid", "resolution_id", "resolution", "res_id", "undl_id", "resid", "id", "unres"];
// COW numeric codes come first: they are unambiguous, while 3-letter columns may be ISO3 or COW alpha.
const COUNTRY_COLUMNS: [string, "iso" | "cow" | "name"][] = [
  ["ccode", "cow"],
  ["cowcode", "cow"],
  ["cow", "cow"],
  ["iso3", "iso"],
  ["iso3c", "iso"],
  ["country_iso3", "iso"],
  ["ms_code", "iso"],
  ["country_code", "iso"],
  ["country", "iso"],
  ["countryname", "name"],
  ["country_name", "name"],
  ["ms_name", "name"],
];
const VOTE_COLUMNS = ["vote", "ms_vote", "vote_code", "votes"];
const DATE_COLUMNS = ["date", "vote_date", "votedate"];

const VOTE_VALUES: Record<string, UnVote["vote"] | "member"> = {
  y: "Y",
  yes: "Y",
  "1": "Y",
  n: "N",
  no: "N",
  "3": "N",
  a: "A",
  abstain: "A",
  abstention: "A",
  "2": "A",
  x: "X",
  absent: "X",
  "non-voting": "X",
  "not voting": "X",
  nv: "X",
  "8": "X",
  "": "X",
  "9": "member",
  "not a member": "member",
};

/** Y/N/A/X from any accepted coding; "member" for Voeten's 9 (not a member then); undefined if unreadable. */
export function parseVoteValue(raw: string): UnVote["vote"] | "member" | undefined {
  const key = raw.trim().toLowerCase();
  // Own keys only: a cell reading "constructor" or "__proto__" is an unknown vote, not Object.prototype.
  return Object.hasOwn(VOTE_VALUES, key) ? VOTE_VALUES[key] : undefined;
}

/** ISO date (YYYY-MM-DD) from "2023-10-27", "2023-10-27T…", "2023/10/27", "20231027" or a bare year; else undefined. */
export function normaliseDate(raw: string): string | undefined {
  const s = raw.trim();
  let m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})/.exec(s);
  if (m) return dayOf(m[1]!, m[2]!, m[3]!);
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return dayOf(m[1]!, m[2]!, m[3]!);
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  // Day-first only when it cannot be a month, so an ambiguous 03/04/2020 is refused rather than guessed.
  if (m && Number(m[1]) > 12) return dayOf(m[3]!, m[2]!, m[1]!);
  if (/^\d{4}$/.test(s)) return `${s}-01-01`;
  return undefined;
}

/** The ISO day, or undefined when the calendar has no such day (2023-02-30, month 13). */
function dayOf(y: string, m: string, d: string): string | undefined {
  if (!isCalendarDay(Number(y), Number(m), Number(d))) return undefined;
  return `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
}

type CountryColumn = { index: number; kind: "iso" | "cow" | "name" };

/** The best country column and the next one, used when the first gives a code we cannot map. */
function countryColumns(header: string[]): CountryColumn[] {
  const lower = header.map((h) => h.toLowerCase());
  const out: CountryColumn[] = [];
  for (const [name, kind] of COUNTRY_COLUMNS) {
    const index = lower.indexOf(name);
    if (index >= 0) out.push({ index, kind });
  }
  return out.slice(0, 2);
}

function countryColumn(header: string[]): CountryColumn {
  return countryColumns(header)[0] ?? { index: -1, kind: "iso" };
}

function rowCountry(row: string[], cols: CountryColumn[], cache: Map<string, string | undefined>): string | undefined {
  for (const col of cols) {
    const token = row[col.index] ?? "";
    const key = `${col.kind}:${token}`;
    let iso = cache.get(key);
    if (iso === undefined && !cache.has(key)) cache.set(key, (iso = resolveCountry(token, col.kind)));
    if (iso) return iso;
  }
  return undefined;
}

function required(index: number, what: string, table: CsvTable, file: string): number {
  if (index < 0)
    throw new AppError("BAD_INPUT", `no ${what} column in header (${table.header.join(", ")})`, { where: file });
  return index;
}

/** Resolution id → ISO vote date, from a resolutions / roll-calls table. */
export function parseResolutions(table: CsvTable, file: string, bad: BadRow[] = []): Map<string, string> {
  const id = required(findColumn(table.header, RESOLUTION_COLUMNS), "resolution id", table, file);
  const date = required(findColumn(table.header, DATE_COLUMNS), "date", table, file);
  const out = new Map<string, string>();
  for (let r = 0; r < table.rows.length; r++) {
    const row = table.rows[r]!;
    const d = normaliseDate(row[date] ?? "");
    const key = (row[id] ?? "").trim();
    if (!key || !d) bad.push({ where: `${file}:${table.lines[r]}`, reason: !key ? "no resolution id" : "bad date" });
    else out.set(key, d);
  }
  return out;
}

/**
 * Votes from a votes table. Dates come from the table's own date column when it has one (Voeten's single-file
 * UNVotes.csv, UNDL exports) or else from `dates` (resolution id → date).
 */
export function parseVotes(table: CsvTable, file: string, dates?: Map<string, string>): VoteParseResult {
  const id = required(findColumn(table.header, RESOLUTION_COLUMNS), "resolution id", table, file);
  const country = countryColumn(table.header);
  required(country.index, "country", table, file);
  const countryCols = countryColumns(table.header);
  const vote = required(findColumn(table.header, VOTE_COLUMNS), "vote", table, file);
  const date = findColumn(table.header, DATE_COLUMNS);
  if (date < 0 && !dates)
    throw new AppError("BAD_INPUT", "votes have no date column and no resolutions file gives one", { where: file });
  const result: VoteParseResult = { votes: [], bad: [], notMember: 0, unknownCountries: new Map() };
  const cache = new Map<string, string | undefined>();
  for (let r = 0; r < table.rows.length; r++) {
    const row = table.rows[r]!;
    const where = `${file}:${table.lines[r]}`;
    const resolution = (row[id] ?? "").trim();
    const v = parseVoteValue(row[vote] ?? "");
    if (v === "member") {
      result.notMember++;
      continue;
    }
    const iso = rowCountry(row, countryCols, cache);
    const when = date >= 0 ? normaliseDate(row[date] ?? "") : dates!.get(resolution);
    if (!resolution) result.bad.push({ where, reason: "no resolution id" });
    else if (v === undefined) result.bad.push({ where, reason: `unknown vote "${row[vote]}"` });
    else if (!when) result.bad.push({ where, reason: date >= 0 ? "bad date" : `resolution ${resolution} has no date` });
    else if (!iso) {
      const token = row[country.index] ?? "";
      result.unknownCountries.set(token, (result.unknownCountries.get(token) ?? 0) + 1);
    } else result.votes.push({ resolution, date: when, country: iso, vote: v });
  }
  return result;
}

const IDEAL_COLUMNS = ["idealpointall", "idealpoint", "ideal_point", "idealpointfp", "ideal"];

/** Ideal points per country and year; a UN session s is the year 1945 + s (session 1 met in 1946). */
export function parseIdealPoints(table: CsvTable, file: string, bad: BadRow[] = []): IdealPoint[] {
  const country = countryColumn(table.header);
  required(country.index, "country", table, file);
  const value = required(findColumn(table.header, IDEAL_COLUMNS), "ideal point", table, file);
  const year = findColumn(table.header, ["year"]);
  const session = findColumn(table.header, ["session"]);
  if (year < 0 && session < 0) throw new AppError("BAD_INPUT", "no year or session column", { where: file });
  const out: IdealPoint[] = [];
  for (let r = 0; r < table.rows.length; r++) {
    const row = table.rows[r]!;
    const iso = rowCountry(row, countryColumns(table.header), new Map());
    const y = year >= 0 ? Number(row[year]) : 1945 + Number(row[session]);
    const v = Number(row[value]);
    if (!iso || !Number.isInteger(y) || row[value] === "" || !Number.isFinite(v))
      bad.push({ where: `${file}:${table.lines[r]}`, reason: "unreadable ideal point row" });
    else out.push({ country: iso, year: y, value: v });
  }
  return out;
}
