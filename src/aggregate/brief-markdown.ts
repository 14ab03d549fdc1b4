// Brief data (vote rows, event indices, alerts, top events) → a one-page Markdown brief.
import { type Alert, type AlertEventDriver, methodText } from "./alert.ts";
import { briefSummary, spanText, tooLittleEvidence } from "./brief-summary.ts";
import type { PoleIndex } from "./event-measures.ts";
import type { EvidenceSpan } from "./evidence-span.ts";
import { POLE_VOTER, type Pole } from "./poles.ts";
import type { AlignRow } from "./vote-rows.ts";

/** An event as the brief quotes it: the alert driver's fields plus where a reader can check it. */
export interface BriefEvent extends Omit<AlertEventDriver, "url" | "articleId"> {
  /** Where the reader can check it: article URL or title, or the imported row's URL. */
  sourceLabel?: string;
  /** Where the act's other reports (same source, target, code and day) can be checked, one per report. */
  otherLabels?: string[];
  /** A mutual act: both directions were coded from one sentence, quoted once as "A ↔ B". */
  mutual?: boolean;
  origin: string;
}

export interface BriefData {
  country: string;
  name: string;
  poles: Pole[];
  voteRows: AlignRow[];
  voteCount: number;
  /** False when the store holds no UN votes at all. */
  storeHasVotes: boolean;
  eventIndex: PoleIndex[];
  /** The same index per calendar year (period "2024"), for the table of years. */
  eventIndexByYear: PoleIndex[];
  /** The pole the state itself belongs to (Hungary: EU), not measured as alignment, and its events with that pole. */
  ownPole?: { pole: string; events: number };
  /** Events with no date at all (neither their own nor their article's): in the balance, in no year. */
  undatedCount?: number;
  eventCount: number;
  /** Distinct acts among those events: one per source, target, CAMEO code and day, a mutual act once. */
  actCount: number;
  /** Events whose other party belongs to a pole (the rest are with other states and organisations). */
  poleEventCount: number;
  /** Distinct months (YYYY-MM) the dated events fall in. */
  eventMonths: number;
  /** The years of events dated only to a year ("in 2019"), one per event: they fall in no month. */
  yearOnly?: string[];
  eventSpan?: [string, string];
  /** The months most of the evidence falls in, and what lies far outside them. */
  evidenceSpan?: EvidenceSpan;
  /** How many events dated after the brief's own date were left out, and the note saying so (futureNote). */
  futureCount?: number;
  futureNote?: string;
  alerts: Alert[];
  topEvents: BriefEvent[];
  generated: string;
}

const f2 = (v: number | null | undefined) => (v === null || v === undefined ? "–" : v.toFixed(2));
const esc = (s: string) => s.replace(/\|/g, "\\|").replace(/\s+/g, " ").trim();

function mean(xs: number[]): number | undefined {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : undefined;
}

/** "Agreement with RUS: 0.81 (2013–2015) → 0.72 (2023–2025), down 0.09." over the first and last three years. */
function trendLine(rows: AlignRow[], measure: string, w: string, label: string): string | undefined {
  const series = rows
    .filter((r) => r.measure === measure && r.with === w && r.value !== null)
    .sort((a, b) => a.year! - b.year!);
  if (series.length < 2) return undefined;
  const k = Math.min(3, Math.floor(series.length / 2));
  const head = series.slice(0, k);
  const tail = series.slice(-k);
  const a = mean(head.map((r) => r.value!))!;
  const b = mean(tail.map((r) => r.value!))!;
  const d = b - a;
  const word = Math.abs(d) < 0.02 ? "about level" : d > 0 ? `up ${d.toFixed(2)}` : `down ${(-d).toFixed(2)}`;
  const span = (xs: AlignRow[]) => (xs.length === 1 ? `${xs[0]!.year}` : `${xs[0]!.year}–${xs[xs.length - 1]!.year}`);
  return `- ${label}: ${a.toFixed(2)} (${span(head)}) → ${b.toFixed(2)} (${span(tail)}), ${word}.`;
}

function votesSection(d: BriefData): string[] {
  const out = ["## UN General Assembly votes", ""];
  if (d.voteRows.length === 0) {
    out.push(
      !d.storeHasVotes
        ? "No UN votes are in the store (load them with `orbit import unga DIR`)."
        : `No recorded votes for ${d.country} in the store.`,
    );
    return out;
  }
  const voters = d.poles.map((p) => POLE_VOTER[p]).filter((v) => v !== d.country);
  const trends = voters
    .map((v) => trendLine(d.voteRows, "agreement", v, `Agreement with ${v}`))
    .concat(trendLine(d.voteRows, "west_share", "RUS-DEU", "Position on RUS–DEU split votes (0 = RUS, 1 = DEU)"))
    .filter((x): x is string => x !== undefined);
  out.push(...trends, "");
  const years = [...new Set(d.voteRows.map((r) => r.year!))].sort((a, b) => a - b).slice(-10);
  // Ideal-point distance (Bailey–Strezhnev–Voeten) only where `orbit import unga` stored points for the year.
  const ideal = voters.filter((v) => d.voteRows.some((r) => r.measure === "ideal_distance" && r.with === v));
  out.push(
    `| year | ${voters.map((v) => `agree ${v}`).join(" | ")} | west_share (n) |${ideal.map((v) => ` ideal dist. ${v} |`).join("")}`,
    `|---|${voters.map(() => "---:").join("|")}|---:|${ideal.map(() => "---:|").join("")}`,
  );
  for (const y of years) {
    const get = (m: string, w: string) => d.voteRows.find((r) => r.year === y && r.measure === m && r.with === w);
    const ws = get("west_share", "RUS-DEU");
    out.push(
      `| ${y} | ${voters.map((v) => f2(get("agreement", v)?.value)).join(" | ")} | ${ws ? `${f2(ws.value)} (${ws.n})` : "–"} |${ideal.map((v) => ` ${f2(get("ideal_distance", v)?.value)} |`).join("")}`,
    );
  }
  out.push(
    "",
    "_agreement: 1 same vote, 0.5 one abstains, 0 opposite; absences dropped. west_share: position on the votes where RUS and DEU split, 0 = RUS, 1 = DEU (n = split votes). DEU stands for the EU pole._",
  );
  return out;
}

/** Why a pole member's own pole has no row: a member is not measured toward its own pole. */
function ownPoleText(d: BriefData, own: { pole: string; events: number }): string {
  const eu = own.pole === "EU";
  const head = `${d.name} belongs to the ${own.pole} pole, so it is not measured toward it`;
  if (!own.events) return `${head} (no event between it and ${eu ? "the EU or its members" : own.pole} is stored).`;
  const events = own.events === 1 ? "its 1 event with" : `its ${own.events} events with`;
  const verb = own.events === 1 ? "counts" : "count";
  const list = `\`orbit events --actor ${d.country}\``;
  return `${head}: ${events} ${eu ? "the EU and its members" : own.pole} ${verb} in no row below (${list} lists them).`;
}

function eventsSection(d: BriefData): string[] {
  const out = ["## Event balance", ""];
  // Said first: when every event is dated in the future, they are why the balance below is empty.
  if (d.futureNote) out.push(`_${d.futureNote}_`, "");
  if (d.ownPole) out.push(`_${ownPoleText(d, d.ownPole)}_`, "");
  if (d.eventIndex.length === 0) {
    out.push(
      `No stored events between ${d.country} and the poles${d.futureCount ? ` dated up to ${d.generated}` : ""}.`,
    );
    return out;
  }
  if (!d.eventSpan)
    out.push(
      `None of these events has a date (neither its own nor its article's): they count in the balance, in no year.`,
      "",
    );
  else {
    const span = d.evidenceSpan;
    const most = span?.outside ? ` Most fall from ${span.from} to ${span.to}; outside that: ${span.outside}.` : "";
    out.push(`Events ${spanText(d.eventSpan)}, both directions.${most}`, "");
  }
  out.push(
    "| pole | acts | reports | coop | conflict | coop share [95%] | Goldstein mean |",
    "|---|---:|---:|---:|---:|---|---:|",
  );
  for (const ix of d.eventIndex) {
    const coop = ix.counts["verbal-cooperation"] + ix.counts["material-cooperation"];
    const share = ix.insufficient ? "insufficient (n < 5)" : `${f2(ix.value)} [${f2(ix.low)}–${f2(ix.high)}]`;
    out.push(
      `| ${ix.pole} | ${ix.n} | ${ix.events} | ${coop} | ${ix.n - coop} | ${share} | ${ix.goldsteinMean.toFixed(2)} |`,
    );
  }
  out.push(
    "",
    `_Each act counts once: reports of the same act (the same source, target, CAMEO code and day) in several sentences or articles, and a mutual act coded in both directions from one sentence (${d.country}→X and X→${d.country}). Reports are the stored events behind the acts, all of them listed by \`orbit events\`. An event dated only to a month or year is an act of its own._`,
  );
  return out;
}

/** " 7 events have no date …": why the years can hold fewer acts than the balance above. */
function undatedText(n = 0): string {
  if (!n) return "";
  const events =
    n === 1
      ? "1 event has no date (neither its own nor its article's)"
      : `${n} events have no date (neither their own nor their articles')`;
  return ` ${events}: counted in the balance above, in no year.`;
}

/** Cooperative share per pole and year: "0.80 (10)", "– (3)" when too few to judge, blank when none. */
function yearsSection(d: BriefData): string[] {
  const years = [...new Set(d.eventIndexByYear.map((ix) => ix.period))].sort();
  if (years.length === 0) return [];
  const cell = (y: string, pole: string) => {
    const ix = d.eventIndexByYear.find((x) => x.period === y && x.pole === pole);
    if (!ix || ix.n === 0) return "";
    return ix.insufficient ? `– (${ix.n})` : `${f2(ix.value)} (${ix.n})`;
  };
  const poles = d.poles.filter((p) => d.eventIndexByYear.some((ix) => ix.pole === p));
  return [
    "## Events by year",
    "",
    `| year | ${poles.join(" | ")} |`,
    `|---|${poles.map(() => "---:").join("|")}|`,
    ...years.map((y) => `| ${y} | ${poles.map((p) => cell(y, p)).join(" | ")} |`),
    "",
    `_Cooperative share of the acts with each pole in the year (number of acts); – = fewer than 5, too few to judge. A year is the event's own date, else its article's.${undatedText(d.undatedCount)}_`,
    "",
  ];
}

function alertsSection(d: BriefData): string[] {
  const out = ["## Change points", ""];
  // the section says what the summary says: with nothing to test, "no change detected" would read as "no shift"
  const none = tooLittleEvidence(d);
  if (none) return [...out, none];
  if (d.alerts.length === 0) {
    out.push(
      "No significant change detected (CUSUM mean-shift test, |t| ≥ 3; BOCPD, new-run probability ≥ 0.5; both with a shift of at least 0.10).",
    );
    return out;
  }
  for (const a of d.alerts.slice(0, 8)) {
    const size = `${a.size > 0 ? "+" : ""}${a.size.toFixed(2)}`;
    out.push(`- **${a.summary}** (${a.source}; size ${size}; ${methodText(a)})`);
    const res = a.drivers.resolutions ?? [];
    if (res.length)
      out.push(
        `  - votes: ${res.map((r) => `${r.resolution} (${r.date}: ${a.country} ${r.vote}, pole ${r.poleVote})`).join("; ")}`,
      );
    const ev = a.drivers.events ?? [];
    if (ev.length)
      out.push(
        `  - events: ${ev.map((e) => `${[e.id, ...(e.otherReports ?? []).map((o) => o.id)].join(", ")} (${e.when ?? "?"} ${e.source}→${e.target} ${e.cameo})`).join("; ")}`,
      );
  }
  return out;
}

function topEventsSection(d: BriefData): string[] {
  const out = ["## Top events", ""];
  if (d.topEvents.length === 0) return [...out, "None stored."];
  for (const e of d.topEvents) {
    const reports = e.otherLabels?.length ? ` · ${e.otherLabels.length + 1} reports` : "";
    out.push(
      `- ${e.when ?? "undated"} · ${e.source} ${e.mutual ? "↔" : "→"} ${e.target}${e.mutual ? " (mutual)" : ""} · CAMEO ${e.cameo} · Goldstein ${e.goldstein} · ${e.origin}${reports}`,
    );
    if (e.evidence) out.push(`  > ${esc(e.evidence)}`);
    if (e.sourceLabel) out.push(`  — ${e.sourceLabel}`);
    for (const label of e.otherLabels ?? []) out.push(`  — ${label}`);
  }
  return out;
}

/** "2019", "2019, 2021", "2015–2020": the years events dated only to a year fall in. */
function yearsText(years: readonly string[]): string {
  const distinct = [...new Set(years)].sort();
  return distinct.length <= 3 ? distinct.join(", ") : `${distinct[0]}–${distinct.at(-1)}`;
}

/**
 * " (69 with a pole, dated in 23 months)": what the measures below rest on. Events dated only to a year fall in no
 * month, so a store of "in 2019" reports says which years rather than "dated in 0 months".
 */
function eventsBasis(d: BriefData): string {
  if (d.eventCount === 0) return "";
  const undated = d.undatedCount ?? 0;
  const years = d.yearOnly ?? [];
  if (undated === d.eventCount) return ` (${d.poleEventCount} with a pole, none of them dated)`;
  const parts = [
    d.eventMonths ? `dated in ${d.eventMonths} month${d.eventMonths === 1 ? "" : "s"}` : undefined,
    years.length && !d.eventMonths ? `dated only to the year: ${yearsText(years)}` : undefined,
    years.length && d.eventMonths ? `${years.length} only to the year` : undefined,
    undated ? `${undated} undated` : undefined,
  ];
  return ` (${[`${d.poleEventCount} with a pole`, ...parts.filter(Boolean)].join(", ")})`;
}

/** "; 11 more are dated after 2026-11-26 and left out": why a store of future dates reads "0 events". */
function futureText(d: BriefData): string {
  const n = d.futureCount ?? 0;
  return n ? `; ${n} more ${n === 1 ? "is" : "are"} dated after ${d.generated} and left out` : "";
}

/** ", 75 distinct acts": separate reports of one act are several events but one act. */
function actsText(d: BriefData): string {
  return d.eventCount ? `, ${d.actCount} distinct act${d.actCount === 1 ? "" : "s"}` : "";
}

export function renderBrief(d: BriefData): string {
  return [
    `# ${d.name} (${d.country}): alignment brief`,
    "",
    `_Generated ${d.generated} from the Orbit store: ${d.voteCount} UN votes of ${d.country}, ${d.eventCount} events involving ${d.country}${actsText(d)}${eventsBasis(d)}${futureText(d)}. Poles: ${d.poles.join(", ")}._`,
    "",
    "## Summary",
    "",
    briefSummary(d),
    "",
    ...votesSection(d),
    "",
    ...eventsSection(d),
    "",
    ...yearsSection(d),
    ...alertsSection(d),
    "",
    ...topEventsSection(d),
    "",
  ].join("\n");
}
