// `orbit align`: alignment rows from UN votes and/or events (or directed-dyad series with --dyads) as table, JSON or CSV.
import type { Command } from "commander";
import {
  type AlignBy,
  alignRows,
  allFutureReason,
  dyadRows,
  type FutureEvents,
  leftOutFuture,
  NO_VOTES_NOTE,
  ownPoleNotes,
  parseCountryCode,
  parsePoles,
  today,
} from "../aggregate/index.ts";
import { AppError, isPartialDate } from "../domain/index.ts";
import { readIdealPointsFile } from "../ingest/index.ts";
import { periodsInOrder, type Store } from "../store/index.ts";
import { usingStore, withDb } from "./db-option.ts";
import { parseFormat, type Row, render } from "./output-format.ts";

export function parseCountries(value: string | undefined, where = "--country"): string[] | undefined {
  if (!value) return undefined;
  const list = value
    .split(",")
    .map((c) => c.trim())
    .filter(Boolean);
  return list.map((c) => parseCountryCode(c, where));
}

export function parsePeriodBound(value: string | undefined, where: string): string | undefined {
  if (value === undefined) return undefined;
  if (!isPartialDate(value))
    throw new AppError("BAD_OPTION", `"${value}" is not a year, YYYY-MM or YYYY-MM-DD`, { where });
  return value;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], where: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new AppError("BAD_OPTION", `"${value}" is not one of ${allowed.join(", ")}`, { where });
}

export interface AlignCliOptions {
  db?: string;
  source: string;
  country?: string;
  pole?: string;
  by: string;
  from?: string;
  to?: string;
  idealPoints?: string;
  dyads?: boolean;
}

const VOTE_COLUMNS = ["country", "year", "month", "measure", "with", "value", "n", "absent"];
const EVENT_COLUMNS = [
  "country",
  "year",
  "month",
  "day",
  "measure",
  "with",
  "value",
  "low",
  "high",
  "n",
  "events",
  "insufficient",
];
/**
 * A directed series counts acts of each direction (one per CAMEO code and day, however many articles report it; each
 * direction of a mutual act is an act of its own row) and shows the reports behind them.
 */
const DYAD_COLUMNS = [
  "source",
  "target",
  "period",
  "acts",
  "reports",
  "vcoop",
  "mcoop",
  "vconf",
  "mconf",
  "gsum",
  "gmean",
  "net",
];

/**
 * Why an align query found nothing, with what to do about it: most often no UN votes are loaded yet, or every event
 * asked about is dated after today (the event measures leave those out).
 */
async function noRowsHint(
  store: Store,
  q: AlignQuery,
  asOf: string,
  future: FutureEvents | undefined,
): Promise<string> {
  const stats = await store.stats();
  if (!q.dyads && q.source !== "events" && stats.votes === 0)
    return q.source === "unga"
      ? `no alignment rows (${NO_VOTES_NOTE}), or measure from the coded events with --source events`
      : `no alignment rows (${NO_VOTES_NOTE}) and no events match`;
  const allFuture = await allFutureReason(store, asOf, future, q.countries);
  if (allFuture) return `no alignment rows: ${allFuture}`;
  return "no alignment rows match these options";
}

/** The options `orbit align` and `orbit export align` share. */
export function withAlignOptions(command: Command): Command {
  return command
    .option("--source <unga|events|both>", "what to measure from", "unga")
    .option("--country <ISO3,...>", "only these countries (default: all)")
    .option("--pole <RUS,EU,...>", "poles to measure against (default: RUS,EU,USA,CHN,TUR; EU = DEU in votes)")
    .option("--by <year|month|day>", "period (day: events only)", "year")
    .option("--from <YYYY[-MM[-DD]]>", "first period")
    .option("--to <YYYY[-MM[-DD]]>", "last period")
    .option("--ideal-points <file>", "ideal-point CSV (country, year or session, IdealPoint) for ideal_distance rows")
    .option(
      "--dyads",
      "events only: print directed-dyad series of acts (one per source, target, CAMEO code and day, however many articles report it; each direction of a mutual act is an act of that direction) by quad, with the reports behind them, Goldstein and net cooperation",
    );
}

export interface AlignQuery {
  source: "unga" | "events" | "both";
  dyads: boolean;
  countries?: string[];
  poles: ReturnType<typeof parsePoles>;
  by: AlignBy;
  from?: string;
  to?: string;
  idealPoints?: Awaited<ReturnType<typeof readIdealPointsFile>>;
}

/** Checks the align options before any store is opened, so a typo never creates a database. */
export async function parseAlignOptions(opts: AlignCliOptions, cmd: Command): Promise<AlignQuery> {
  const source = oneOf(opts.source, ["unga", "events", "both"] as const, "--source");
  // Dyad series count events between any two parties: a vote source, poles or ideal points would be ignored.
  if (opts.dyads) {
    const given = (o: string) => cmd.getOptionValueSource(o) === "cli";
    const ignored = [
      given("source") && source !== "events" ? `--source ${source}` : "",
      given("pole") ? "--pole" : "",
      given("idealPoints") ? "--ideal-points" : "",
    ].filter(Boolean);
    if (ignored.length)
      throw new AppError("BAD_OPTION", `event series between any two parties take no ${ignored.join(" or ")}`, {
        where: "--dyads",
      });
  }
  const by = oneOf(opts.by, ["year", "month", "day"] as const, "--by") as AlignBy;
  const countries = parseCountries(opts.country);
  const from = parsePeriodBound(opts.from, "--from");
  const to = parsePeriodBound(opts.to, "--to");
  if (!periodsInOrder(from, to)) throw new AppError("BAD_OPTION", `${from} is after --to ${to}`, { where: "--from" });
  const poles = parsePoles(opts.pole);
  const idealPoints = opts.idealPoints ? await readIdealPointsFile(opts.idealPoints) : undefined;
  return { source, dyads: opts.dyads ?? false, countries, poles, by, from, to, idealPoints };
}

/**
 * Align rows and their columns, as `orbit align` prints them and `orbit export align` saves them; `leftOut` says how
 * many events dated after today the event measures left out, for stderr.
 */
export async function alignTable(
  q: AlignQuery,
  store: Store,
): Promise<{ rows: Row[]; columns: string[]; empty?: string; leftOut?: string }> {
  const { source, countries, poles, by, from, to, idealPoints } = q;
  const asOf = today();
  const future = source === "unga" && !q.dyads ? undefined : await leftOutFuture(store, asOf, countries);
  const leftOut = future?.note;
  const empty = async (rows: Row[]) => (rows.length ? undefined : await noRowsHint(store, q, asOf, future));
  if (q.dyads) {
    const series = await dyadRows(store, { countries, by, from, to, asOf });
    const rows: Row[] = series.map((d) => ({
      source: d.source,
      target: d.target,
      period: d.period,
      acts: d.acts,
      reports: d.reports,
      vcoop: d.counts["verbal-cooperation"],
      mcoop: d.counts["material-cooperation"],
      vconf: d.counts["verbal-conflict"],
      mconf: d.counts["material-conflict"],
      gsum: d.goldsteinSum,
      gmean: d.goldsteinMean,
      net: d.netCooperation,
    }));
    return { rows, columns: DYAD_COLUMNS, empty: await empty(rows), leftOut };
  }
  const rows = (await alignRows(store, {
    source,
    countries,
    poles,
    by,
    from,
    to,
    idealPoints,
    asOf,
  })) as unknown as Row[];
  const columns = (source === "unga" ? VOTE_COLUMNS : [...new Set([...VOTE_COLUMNS, ...EVENT_COLUMNS])]).filter((c) =>
    rows.some((r) => r[c] !== undefined),
  );
  return {
    rows,
    columns: columns.length ? columns : VOTE_COLUMNS,
    empty: await empty(rows),
    leftOut,
  };
}

export function registerAlign(program: Command): void {
  withDb(
    withAlignOptions(
      program
        .command("align")
        .description(
          "alignment of states between poles: UN-vote agreement and west_share, event cooperation indices (n = distinct acts, one per source, target, CAMEO code and day; events = the reports of them)",
        ),
    ).option("--format <table|json|csv|jsonl>", "output format", "table"),
  ).action(async (opts: AlignCliOptions & { format: string }, cmd: Command) => {
    const format = parseFormat(opts.format);
    const query = await parseAlignOptions(opts, cmd);
    const out = await usingStore(opts, async (store) => {
      const { rows, columns, empty, leftOut } = await alignTable(query, store);
      // A pole member (Hungary in the EU) has no row toward its own pole: say why, as the brief and the API do.
      const own = query.source === "unga" || query.dyads ? [] : ownPoleNotes(query.countries, query.poles);
      for (const note of [empty, ...own, leftOut]) if (note) process.stderr.write(`${note}\n`);
      // json keeps the rows whole (counts and all), as the API gives them.
      if (format === "json" && !opts.dyads) return JSON.stringify(rows);
      // An empty table is no answer: the note on stderr is the whole of it (csv keeps its header for scripts).
      if (!rows.length && format === "table") return undefined;
      return render(rows, columns, format);
    });
    if (out !== undefined) process.stdout.write(`${out}\n`);
  });
}
