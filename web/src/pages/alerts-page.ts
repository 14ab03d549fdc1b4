// Change-point alerts: which state moved, in which direction, by how much, since when, and what drove it.
import { get } from "../api.ts";
import { actorName } from "../countries.ts";
import { h } from "../dom.ts";
import type { Route } from "../router.ts";
import { alertDate } from "../series-math.ts";

/** Alerts come from the aggregate module; these are the fields the dashboard knows how to show. */
export interface Alert {
  country?: string;
  actor?: string;
  dyad?: string;
  pole?: string;
  with?: string;
  measure?: string;
  source?: string;
  direction?: string;
  size?: number;
  before?: number;
  after?: number;
  message?: string;
  summary?: string;
  evidence?: unknown[];
  /** What drove the change: the resolutions voted on, or the events with their sentences. */
  drivers?: unknown[] | { resolutions?: unknown[]; events?: unknown[] };
  [key: string]: unknown;
}

export function alertSummary(a: Alert): string {
  if (typeof a.summary === "string") return a.summary;
  if (typeof a.message === "string") return a.message;
  const who = a.country ?? a.actor ?? a.dyad ?? "?";
  const parts = [
    `${actorName(who)}`,
    a.direction ? `moved ${a.direction}` : "changed",
    a.pole || a.with ? `(${a.measure ?? "alignment"} with ${a.pole ?? a.with})` : a.measure ? `(${a.measure})` : "",
    typeof a.size === "number" ? `by ${a.size.toFixed(2)}` : "",
    alertDate(a as Record<string, unknown>) ? `around ${alertDate(a as Record<string, unknown>)}` : "",
  ];
  return parts.filter(Boolean).join(" ");
}

function driverText(d: unknown): string {
  if (typeof d === "string") return d;
  if (d && typeof d === "object") {
    const o = d as Record<string, unknown>;
    const ev = o.evidence as { text?: string } | string | undefined;
    const sentence = typeof ev === "string" ? ev : ev?.text;
    const head = [
      o.when ?? o.date,
      o.source && o.target ? `${o.source}→${o.target}` : undefined,
      o.cameo ?? o.resolution,
    ]
      .filter(Boolean)
      .join(" ");
    return [head, sentence ?? o.title ?? o.text].filter(Boolean).join(": ");
  }
  return String(d);
}

export function alertItem(a: Alert): HTMLElement {
  const d = a.drivers;
  const drivers = (Array.isArray(d) ? d : [...(d?.events ?? []), ...(d?.resolutions ?? [])]).slice(0, 5);
  const who = a.country ?? a.actor;
  const summary = alertSummary(a);
  // The summary opens with the country's code ("KAZ moved away…"): that code becomes the link, not a second copy.
  const rest = who && summary.startsWith(`${who} `) ? summary.slice(who.length) : ` ${summary}`;
  return h(
    "li",
    { class: "alert" },
    h(
      "div",
      { class: "alert-head" },
      who ? h("a", { href: `#/country/${encodeURIComponent(who)}` }, who) : null,
      who ? rest : summary,
    ),
    drivers.length
      ? h(
          "ul",
          { class: "drivers" },
          drivers.map((d) => h("li", {}, driverText(d))),
        )
      : null,
  );
}

export async function alertsPage(main: HTMLElement, route: Route): Promise<void> {
  const since = route.query.get("since") ?? undefined;
  main.append(h("h1", {}, "Alerts"), h("p", { class: "sub" }, "Change points in UN votes and events, newest first."));
  const data = await get<{ rows: Alert[] }>("alerts", { since });
  main.append(
    data.rows.length
      ? h("ol", { class: "alerts" }, data.rows.map(alertItem))
      : h("p", { class: "empty" }, "No change points detected in the stored data."),
  );
}
