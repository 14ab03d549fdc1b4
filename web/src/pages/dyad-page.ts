// A ↔ B: monthly event counts by quad class in both directions, and the events between them.

import { isActorCode } from "../../../src/domain/actor-code.ts";
import { type EventRow, get, type Page, type SeriesRow, type SeriesSpan } from "../api.ts";
import { actorName } from "../countries.ts";
import { h } from "../dom.ts";
import { eventList } from "../event-list.ts";
import { colorAt, lineChart } from "../line-chart.ts";
import type { Route } from "../router.ts";
import { inSpan, quadColumns } from "../series-math.ts";

export async function dyadPage(main: HTMLElement, route: Route): Promise<void> {
  const a = (route.parts[1] ?? "").toUpperCase();
  const b = (route.parts[2] ?? "").toUpperCase();
  if (!isActorCode(a) || !isActorCode(b)) {
    main.append(h("h1", {}, "Unknown pair"), h("p", {}, "Open a dyad from a country page."));
    return;
  }
  main.append(
    h("h1", {}, `${actorName(a)} ↔ ${actorName(b)}`),
    h(
      "p",
      { class: "sub" },
      h("a", { href: `#/dyad/${b}/${a}` }, "Swap"),
      " · ",
      h("a", { href: `#/events?dyad=${a}:${b}&symmetric=1` }, "Explore these events"),
    ),
  );
  const [forward, backward, events] = await Promise.all([
    get<{ rows: SeriesRow[]; span?: SeriesSpan | null }>("series", { dyad: `${a}:${b}` }),
    get<{ rows: SeriesRow[]; span?: SeriesSpan | null }>("series", { dyad: `${b}:${a}` }),
    get<Page<EventRow>>("events", { dyad: `${a}:${b}`, symmetric: 1, limit: 50 }),
  ]);
  const grid = h("div", { class: "grid" });
  for (const [series, from, to] of [
    [forward, a, b],
    [backward, b, a],
  ] as const) {
    const rows = inSpan(series.rows, series.span);
    const cols = quadColumns(rows, "directed acts");
    const reports = rows.reduce((n, r) => n + r.count, 0);
    const acts = rows.reduce((n, r) => n + r.count - (r.directedRepeats ?? 0), 0);
    grid.append(
      lineChart({
        title: `${from} → ${to}: acts per month by quad class`,
        x: cols.x,
        series: cols.series.map((s, i) => ({ label: s.key, values: s.values, color: colorAt(i), bars: false })),
        // One direction of a mutual act is no more its act than the other: each direction charts its own acts.
        note: [
          `${acts} distinct act${acts === 1 ? "" : "s"} from ${reports} report${reports === 1 ? "" : "s"}: several articles on one act (same code and day) count once; each direction of a mutual act is an act of its own direction.`,
          series.span?.note,
        ]
          .filter(Boolean)
          .join(" "),
      }),
    );
  }
  main.append(grid, h("h2", {}, "Events"), eventList(events.rows, "No events between these two are stored yet."));
}
