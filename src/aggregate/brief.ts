// A Store + a country → the one-page Markdown evidence brief (votes, event balance, change points, top events).
import { createRequire } from "node:module";
import { actReports, type Store, type StoredEvent, twinnedFlags } from "../store/index.ts";
import { eventsAsCounts, isState, loadVoteTable } from "./align-rows.ts";
import { futureNote, isAfter, today } from "./as-of.ts";
import { type BriefEvent, renderBrief } from "./brief-markdown.ts";
import { parseCountryCode } from "./country-code.ts";
import { detectAlerts } from "./detect-alerts.ts";
import { poleIndices } from "./event-measures.ts";
import { evidenceSpan } from "./evidence-span.ts";
import { POLE_ACTORS, POLES, type Pole, poleOf } from "./poles.ts";
import { voteRows } from "./vote-rows.ts";
import { countryRow } from "./vote-table.ts";

const require = createRequire(import.meta.url);
const countries = require("i18n-iso-countries") as { getName(code: string, lang: string): string | undefined };

export interface BriefOptions {
  poles?: Pole[];
  /** How many top events to quote (default 8). */
  topEvents?: number;
  /** Timestamp printed in the brief (default now); fixed in tests. */
  generated?: string;
}

/**
 * Most telling events first: those with a pole, then by |Goldstein| × confidence, then newest; at most two of the
 * same dyad and code, so a brief shows the range of what happened rather than one repeated report.
 */
function rankEvents(events: StoredEvent[], poles: Pole[], limit: number): StoredEvent[] {
  const poleActors = new Set(poles.flatMap((p) => POLE_ACTORS[p]));
  const weight = (e: StoredEvent) =>
    (poleActors.has(e.source) || poleActors.has(e.target) ? 100 : 0) + Math.abs(e.goldstein) * e.confidence;
  const sorted = [...events].sort((a, b) => weight(b) - weight(a) || ((b.when ?? "") < (a.when ?? "") ? -1 : 1));
  const seen = new Map<string, number>();
  const out: StoredEvent[] = [];
  for (const e of sorted) {
    const key = `${e.source}>${e.target}:${e.cameo}`;
    const n = seen.get(key) ?? 0;
    if (n >= 2) continue;
    seen.set(key, n + 1);
    out.push(e);
    if (out.length >= limit) break;
  }
  return out;
}

async function sourceLabel(store: Store, e: StoredEvent): Promise<string | undefined> {
  // A coded event's article gives title, site and date besides the URL it carries; an imported row has the URL only.
  if (!e.articleId) return e.url;
  const a = await store.getArticle(e.articleId);
  if (!a) return e.url ?? `article ${e.articleId}`;
  const title = a.title ? `“${a.title}”` : `article ${a.id}`;
  return [title, a.site, a.published?.slice(0, 10), a.url ?? a.canonicalUrl].filter(Boolean).join(", ");
}

/**
 * The brief for one state (ISO3). Reads votes and the state's events from the store; the same alert detector as
 * `orbit alerts` supplies the change points.
 */
export async function buildBrief(store: Store, country: string, opts: BriefOptions = {}): Promise<string> {
  const code = parseCountryCode(country);
  const poles = opts.poles ?? [...POLES];
  const table = await loadVoteTable(store);
  const row = countryRow(table, code);
  const voteCount = row ? row.reduce((n, c) => n + (c > 0 ? 1 : 0), 0) : 0;
  const idealPoints = await store.loadIdealPoints();
  const rows = voteRows(table, { countries: [code], poles, by: "year", idealPoints });

  const generated = opts.generated ?? today();
  // An act cannot be dated after the brief: such a date is a plan or deadline misread, left out as align and alerts do.
  const events: StoredEvent[] = [];
  const future: string[] = [];
  for await (const e of store.streamEvents({ actor: code }))
    if (isAfter(e.when, generated)) future.push(e.when!);
    else events.push(e);
  future.sort();
  const counts = eventsAsCounts(events, () => "all");
  const acts = counts.reduce((n, c) => n + c.count - (c.repeats ?? 0), 0);
  // Each act is quoted once, with every report of it: the first report's sentence, then where each other one is.
  // A mutual act (both directions coded from one sentence) is quoted once too, through its counted direction.
  const { twins, repeats, othersOf } = actReports(events);
  const twinned = twinnedFlags(events, twins);
  const mutual = new Set(events.filter((_, i) => twinned[i]));
  const eventIndex = poleIndices(counts, { poles, countries: [code], isState }).sort(
    (a, b) => poles.indexOf(a.pole) - poles.indexOf(b.pole),
  );
  const dated = events.filter((e) => !!e.when);
  // The same index per calendar year, so a reader sees since when a balance holds, not only its total.
  const byYear = poleIndices(
    eventsAsCounts(dated, (e) => e.when!.slice(0, 4)),
    { poles, countries: [code], isState },
  );
  const dates = dated.map((e) => e.when!).sort();
  const poleActors = new Map(poles.map((p) => [p, new Set(POLE_ACTORS[p])]));
  const withPole = events.filter((e) => {
    const other = e.source === code ? e.target : e.source;
    return [...poleActors.values()].some((set) => set.has(other) && !set.has(code));
  }).length;
  const alerts = await detectAlerts(store, { countries: [code], poles, asOf: generated });
  // A member of a pole (Hungary in the EU) is not measured toward it: say so, or its missing row reads as no events.
  const own = poleOf(code);
  const ownActors = own && poleActors.get(own);
  const ownPole =
    own && ownActors
      ? {
          pole: own,
          events: events.filter((e) => e.source !== e.target && ownActors.has(e.source === code ? e.target : e.source))
            .length,
        }
      : undefined;

  const topEvents: BriefEvent[] = [];
  for (const e of rankEvents(
    events.filter((_, i) => !repeats[i] && !twins[i]),
    poles,
    opts.topEvents ?? 8,
  )) {
    const otherLabels: string[] = [];
    for (const o of othersOf(e)) {
      const label = await sourceLabel(store, o);
      if (label) otherLabels.push(label);
    }
    topEvents.push({
      id: e.id,
      when: e.when,
      source: e.source,
      target: e.target,
      cameo: e.cameo,
      goldstein: e.goldstein,
      evidence: e.evidence.text,
      sourceLabel: await sourceLabel(store, e),
      ...(otherLabels.length ? { otherLabels } : {}),
      ...(mutual.has(e) ? { mutual: true } : {}),
      origin: e.origin,
    });
  }

  return renderBrief({
    country: code,
    name: countries.getName(code, "en") ?? code,
    poles,
    voteRows: rows,
    voteCount,
    storeHasVotes: table.resolutions.length > 0,
    eventIndex,
    eventCount: events.length,
    actCount: acts,
    poleEventCount: withPole,
    // A date known only to the year ("in 2019") names no month.
    eventMonths: new Set(dates.filter((w) => w.length >= 7).map((w) => w.slice(0, 7))).size,
    yearOnly: dates.filter((w) => w.length === 4),
    eventSpan: dates.length ? [dates[0]!, dates[dates.length - 1]!] : undefined,
    // Where most of the evidence lies, as the dashboard's charts show it: a recalled 1993 makes "from 1993" misleading.
    evidenceSpan: evidenceSpan(
      dates.map((w) => ({ month: `${w.slice(0, 7)}${w.length === 4 ? "-01" : ""}`, count: 1 })),
      generated,
    ),
    eventIndexByYear: byYear,
    ownPole,
    undatedCount: events.length - dated.length,
    futureCount: future.length,
    futureNote: futureNote({ count: future.length, after: generated, latest: future.at(-1) }, [code]),
    alerts,
    topEvents,
    generated,
  });
}
