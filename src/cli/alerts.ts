// `orbit alerts`: realignment change points from UN votes and events, with the votes or events behind each.
import type { Command } from "commander";
import {
  type Alert,
  allFutureReason,
  detectAlerts,
  leftOutFuture,
  methodText,
  NO_VOTES_NOTE,
  parseMethods,
  parsePoles,
  today,
} from "../aggregate/index.ts";
import { AppError } from "../domain/index.ts";
import { parseCountries, parsePeriodBound } from "./align.ts";
import { usingStore, withDb } from "./db-option.ts";
import { parseFormat, type Row, render } from "./output-format.ts";

function driversText(a: Alert): string {
  const res = (a.drivers.resolutions ?? []).map((r) => `${r.resolution}(${r.vote}/${r.poleVote})`);
  // Date, direction and code say what happened; a bare event id means nothing at a terminal.
  const ev = (a.drivers.events ?? []).map(
    (e) =>
      `${e.when ?? "?"} ${e.source}→${e.target} ${e.cameo}${e.otherReports ? ` (${e.otherReports.length + 1} reports)` : ""}`,
  );
  return [...res, ...ev].join("; ");
}

export function registerAlerts(program: Command): void {
  withDb(
    program
      .command("alerts")
      .description("states moving toward or away from a pole: change points in UN votes and events")
      .option("--since <YYYY[-MM[-DD]]>", "only changes from this period on")
      .option("--country <ISO3,...>", "only these countries")
      .option("--pole <RUS,EU,...>", "poles (default: all)")
      .option("--source <unga|events|both>", "which series to search", "both")
      .option(
        "--method <cusum|bocpd|both>",
        "change detector: CUSUM mean shift, Bayesian online change points (Adams & MacKay), or both (a change both find ranks first)",
        "both",
      )
      .option(
        "--by <day|month|year>",
        "series period. Events: day, month or year (default: day for a span of four months or less, else month). " +
          "Votes: calendar years, or with month UNGA sessions (September–August, labelled by their opening month, " +
          "e.g. 2019-09), since recorded votes cluster in the autumn and most calendar months have none",
      )
      .option("--format <table|json|csv|jsonl>", "output format", "table"),
  ).action(
    async (opts: {
      db?: string;
      since?: string;
      country?: string;
      pole?: string;
      source: string;
      method: string;
      by?: string;
      format: string;
    }) => {
      const format = parseFormat(opts.format);
      if (!["unga", "events", "both"].includes(opts.source))
        throw new AppError("BAD_OPTION", `"${opts.source}" is not unga, events or both`, { where: "--source" });
      if (opts.by && !["day", "month", "year"].includes(opts.by))
        throw new AppError("BAD_OPTION", `"${opts.by}" is not day, month or year`, { where: "--by" });
      const sources = opts.source === "both" ? (["unga", "events"] as const) : ([opts.source] as ["unga" | "events"]);
      const countries = parseCountries(opts.country);
      const asOf = today();
      const { alerts, noVotes, leftOut, allFuture } = await usingStore(opts, async (store) => {
        const alerts = await detectAlerts(store, {
          since: parsePeriodBound(opts.since, "--since"),
          countries,
          asOf,
          poles: parsePoles(opts.pole),
          sources: [...sources],
          by: opts.by as "day" | "month" | "year" | undefined,
          voteBy: opts.by === "month" ? "session" : "year",
          methods: parseMethods(opts.method),
        });
        // Counted only when nothing was found (stats() counts every table): then a missing vote set is the likely why.
        const noVotes =
          !alerts.length && format === "table" && opts.source !== "events" && (await store.stats()).votes === 0;
        const future = opts.source === "unga" ? undefined : await leftOutFuture(store, asOf, countries);
        // With no alerts, a store whose every event is dated after today gets the reason `orbit align` gives first.
        const allFuture = alerts.length ? undefined : await allFutureReason(store, asOf, future, countries);
        return { alerts, noVotes, leftOut: future?.note, allFuture };
      });
      // On stderr, so JSON and CSV on stdout stay whole; a reader at the terminal sees it either way.
      if (leftOut) process.stderr.write(`${leftOut}\n`);
      if (format === "json") return void process.stdout.write(`${JSON.stringify(alerts)}\n`);
      if (format === "jsonl") return void process.stdout.write(alerts.map((a) => `${JSON.stringify(a)}\n`).join(""));
      const rows: Row[] = alerts.map((a) => ({
        country: a.country,
        source: a.source,
        direction: `${a.direction} ${a.pole}`,
        measure: `${a.measure}/${a.with}`,
        size: a.size,
        before: a.before,
        after: a.after,
        change: `${a.lastBefore}→${a.firstAfter}`,
        method: methodText(a),
        drivers: driversText(a),
      }));
      const columns = [
        "country",
        "source",
        "direction",
        "measure",
        "size",
        "before",
        "after",
        "change",
        "method",
        "drivers",
      ];
      const text = render(rows, columns, format, { drivers: 80 });
      // With no votes loaded (a fresh npm start), "no alerts" alone reads as "nobody moved"; and it should name what
      // was searched, or a reader takes the missing votes for the only reason (or, with votes, thinks them skipped).
      const searched = [
        opts.source !== "events" && !noVotes ? "the UN votes" : undefined,
        opts.source !== "unga" ? "the coded events" : undefined,
      ].filter(Boolean);
      const found = searched.length ? `: no shift found in ${searched.join(" or ")}` : "";
      const why = noVotes ? ` (${NO_VOTES_NOTE})` : "";
      const reason = allFuture ? `: ${allFuture}${noVotes ? `; ${NO_VOTES_NOTE}` : ""}` : `${found}${why}`;
      if (!alerts.length && format === "table") return void process.stdout.write(`no alerts${reason}\n`);
      process.stdout.write(`${text}\n`);
      if (format === "table")
        process.stdout.write("(the sentences behind each change: orbit brief COUNTRY, or --format json)\n");
    },
  );
}
