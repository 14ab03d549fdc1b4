// One state: UN-vote trend toward each pole, event balance by month with change points, partners and top events.

import { isActorCode } from "../../../src/domain/actor-code.ts";
import {
  type AlignRow,
  type EventRow,
  get,
  getOptional,
  type LeftOut,
  type Page,
  type SeriesRow,
  type SeriesSpan,
} from "../api.ts";
import { actorName, isStateCode } from "../countries.ts";
import { h } from "../dom.ts";
import { eventList } from "../event-list.ts";
import { colorAt, lineChart } from "../line-chart.ts";
import type { Route } from "../router.ts";
import {
  actsText,
  alertDate,
  alignColumns,
  balanceColumns,
  dateToSeconds,
  inSpan,
  partnerActs,
  yearsInSpan,
} from "../series-math.ts";
import { type Alert, alertItem, alertSummary } from "./alerts-page.ts";

function seriesLabel(key: string): string {
  const [measure, pole] = key.split("|");
  if (measure === "west_share") return "West share (RUS→DEU)";
  return `${measure} ${pole}`;
}

export async function countryPage(main: HTMLElement, route: Route): Promise<void> {
  const code = (route.parts[1] ?? "").toUpperCase();
  if (!isActorCode(code)) {
    main.append(h("h1", {}, "Unknown country"), h("p", {}, "Pick a country on the map."));
    return;
  }
  // The API measures states only (a country parameter that is no state is a 400): an organisation's page shows its
  // events and partners.
  const state = isStateCode(code);
  main.append(
    h("h1", {}, `${actorName(code)} `, h("span", { class: "code" }, code)),
    h(
      "p",
      { class: "sub" },
      h("a", { href: `#/events?actor=${code}` }, "All events"),
      " · ",
      h("a", { href: `#/articles?actor=${code}` }, "Articles"),
      ...(state ? [" · ", h("a", { href: `/api/brief/${code}?format=md` }, "Evidence brief")] : []),
    ),
  );
  const grid = h("div", { class: "grid" });
  main.append(grid);
  const [votes, events, series, alerts, top] = await Promise.all([
    state ? getOptional<{ rows: AlignRow[]; note?: string }>("align", { source: "unga", country: code }) : undefined,
    state
      ? getOptional<{ rows: AlignRow[]; leftOut?: LeftOut; ownPoles?: string[] }>("align", {
          source: "events",
          country: code,
        })
      : undefined,
    get<{ rows: SeriesRow[]; span?: SeriesSpan | null }>("series", { actor: code }),
    state ? getOptional<{ rows: Alert[]; leftOut?: LeftOut }>("alerts", { country: code }) : undefined,
    // Latest up to today: an event dated after it is a plan or a deadline, named in the notes, not news.
    get<Page<EventRow>>("events", { actor: code, limit: 25, until: new Date().toISOString().slice(0, 10) }),
  ]);
  const marks = (alerts?.rows ?? [])
    .map((a) => ({ a, date: alertDate(a as Record<string, unknown>) }))
    .filter((m): m is { a: Alert; date: string } => !!m.date)
    .map((m) => ({ at: dateToSeconds(m.date), label: alertSummary(m.a) }));

  const voteCols = alignColumns(
    (votes?.rows ?? []).filter((r) => r.measure === "west_share" || r.measure === "agreement"),
  );
  grid.append(
    lineChart({
      title: "UN General Assembly votes: West share and agreement with each pole",
      x: voteCols.x,
      series: voteCols.series.map((s, i) => ({ label: seriesLabel(s.key), values: s.values, color: colorAt(i) })),
      yRange: [0, 1],
      marks,
      // The API notes when the store holds no votes at all: say so, rather than "no data" as if the state had none.
      noData: votes?.note ? "No UN votes are loaded yet (`orbit import unga DIR` loads them)." : undefined,
    }),
  );
  // The event charts span where the evidence is; what lies outside (a recalled 1991, a date to come) is named.
  // Acts, as the index counts them: the state's rows hold both directions, so a mutual act and its repeats count once.
  const balance = balanceColumns(inSpan(series.rows, series.span), "acts");
  grid.append(
    lineChart({
      title: "Distinct acts involving this state per month: cooperation vs conflict",
      x: balance.x,
      series: [
        { label: "cooperation", values: balance.series[0]!.values, color: "#1f5fa8", bars: true },
        { label: "conflict", values: balance.series[1]!.values, color: "#c0392b", bars: true },
      ],
      marks,
      note: ["Reports of one act on one day, and the two directions of a mutual act, count once.", series.span?.note]
        .filter(Boolean)
        .join(" "),
    }),
  );
  const indexRows = yearsInSpan(events?.rows ?? [], series.span);
  const indexCols = alignColumns(indexRows);
  const acts = actsText(indexRows);
  if (indexCols.x.length || events?.ownPoles?.length)
    grid.append(
      lineChart({
        title: "Event alignment index toward each pole",
        empty: "Too few events with any pole yet: an index needs at least 5 in a year.",
        x: indexCols.x,
        series: indexCols.series.map((s, i) => ({ label: seriesLabel(s.key), values: s.values, color: colorAt(i) })),
        marks,
        note: [
          "Each point: the cooperative share of a year's distinct acts with the pole (reports of one act on one day count once); years with fewer than 5 are left out (the evidence brief counts them).",
          acts ? `Behind it: ${acts}.` : undefined,
          // A pole member (Hungary in the EU) has no line toward its own pole: the API says why.
          ...(events?.ownPoles ?? []).map((n) => `${n}.`),
          events?.leftOut?.note,
        ]
          .filter(Boolean)
          .join(" "),
      }),
    );

  main.append(
    h("h2", {}, "Change points"),
    alerts?.rows.length
      ? h("ol", { class: "alerts" }, alerts.rows.slice(0, 10).map(alertItem))
      : h("p", { class: "empty" }, "No change points detected for this state."),
    ...(alerts?.leftOut ? [h("p", { class: "left-out" }, alerts.leftOut.note)] : []),
    h("h2", {}, "Main partners"),
    partners(code, series.rows),
    h("h2", {}, "Latest events"),
    eventList(
      top.rows,
      events?.leftOut
        ? "No events involving this state dated up to today are stored: those dated later are named above."
        : "No events involving this state are stored yet.",
    ),
  );
}

function partners(code: string, rows: SeriesRow[]): HTMLElement {
  const top = partnerActs(code, rows)
    .filter(([, n]) => n > 0)
    .slice(0, 10);
  if (!top.length) return h("p", { class: "empty" }, "No events yet.");
  return h(
    "ul",
    { class: "partners" },
    top.map(([other, n]) =>
      h(
        "li",
        {},
        h("a", { href: `#/dyad/${code}/${encodeURIComponent(other)}` }, `${code} ↔ ${actorName(other)}`),
        ` ${n} act${n === 1 ? "" : "s"}`,
      ),
    ),
  );
}
