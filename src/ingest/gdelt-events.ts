// GDELT event export rows (tab-separated, 2.0 with 61 columns or 1.0 with 57/58) → Orbit imported events.
import { createRequire } from "node:module";
import { QUADS, type Quad } from "../domain/index.ts";
import type { ImportedEvent } from "../store/index.ts";
import { isCalendarDay } from "./calendar-day.ts";

const require = createRequire(import.meta.url);
const iso = require("i18n-iso-countries") as { isValid(code: string): boolean };

// Column positions shared by GDELT 1.0 and 2.0 (gdelt2_events_columns.tsv); SOURCEURL is always the last column.
const COL = {
  id: 0,
  sqlDate: 1,
  actor1Name: 6,
  actor1Country: 7,
  actor1Group: 8,
  actor2Name: 16,
  actor2Country: 17,
  actor2Group: 18,
  eventCode: 26,
  quadClass: 29,
  goldstein: 30,
  numSources: 32,
} as const;

/** CAMEO codes that differ from ISO 3166-1 alpha-3 for the same state. */
const CAMEO_TO_ISO: Record<string, string> = { ROM: "ROU", ZAR: "COD", TMP: "TLS", KSV: "XKX" };
/** CAMEO known-group (IGO) codes for the organisations Orbit names as actors. */
const GROUPS: Record<string, string> = { EEC: "EU", NAT: "NATO", UNO: "UN" };

/** Orbit actor code for a GDELT actor: a state's ISO3, an organisation acronym, WEST, or undefined (not a party). */
export function gdeltActor(countryCode: string, groupCode: string): string | undefined {
  // Own keys only: a row saying "constructor" or "__proto__" must not reach Object.prototype.
  const c = Object.hasOwn(CAMEO_TO_ISO, countryCode) ? CAMEO_TO_ISO[countryCode]! : countryCode;
  if (c.length === 3 && iso.isValid(c)) return c;
  if (c === "XKX") return c;
  const group = Object.hasOwn(GROUPS, groupCode) ? GROUPS[groupCode] : undefined;
  if (group) return group;
  if (c === "WST") return "WEST";
  return undefined;
}

export type GdeltLine = { event: ImportedEvent } | { skip: "no-dyad" } | { bad: string };

/** One export line → an event, a skip (no two recognised parties), or the reason it is malformed. */
export function parseGdeltLine(line: string): GdeltLine {
  const f = line.split("\t");
  if (f.length < 57) return { bad: `expected 57, 58 or 61 tab-separated columns, found ${f.length}` };
  const id = f[COL.id]!.trim();
  if (!/^\d+$/.test(id)) return { bad: `GLOBALEVENTID "${id}" is not a number` };
  const d = /^(\d{4})(\d{2})(\d{2})$/.exec(f[COL.sqlDate]!.trim());
  if (!d || !isCalendarDay(Number(d[1]), Number(d[2]), Number(d[3])))
    return { bad: `SQLDATE "${f[COL.sqlDate]}" is not YYYYMMDD` };
  const cameo = f[COL.eventCode]!.trim();
  const root = Number(cameo.slice(0, 2));
  if (!/^\d{2,4}$/.test(cameo) || root < 1 || root > 20) return { bad: `EventCode "${cameo}" is not a CAMEO code` };
  const quadClass = Number(f[COL.quadClass]);
  if (!Number.isInteger(quadClass) || quadClass < 1 || quadClass > 4)
    return { bad: `QuadClass "${f[COL.quadClass]}" is not 1–4` };
  const goldstein = Number(f[COL.goldstein]);
  if (f[COL.goldstein]!.trim() === "" || !Number.isFinite(goldstein) || Math.abs(goldstein) > 10)
    return { bad: `GoldsteinScale "${f[COL.goldstein]}" is not a number from -10 to 10` };
  const source = gdeltActor(f[COL.actor1Country]!.trim(), f[COL.actor1Group]!.trim());
  const target = gdeltActor(f[COL.actor2Country]!.trim(), f[COL.actor2Group]!.trim());
  if (!source || !target || source === target) return { skip: "no-dyad" };
  const url = f[f.length - 1]!.trim();
  // A missing, zero or negative count still means the row was reported once.
  const numSources = Math.max(1, Number(f[COL.numSources]) || 1);
  const quad: Quad = QUADS[quadClass - 1]!;
  const names = `${f[COL.actor1Name]!.trim() || source} → ${f[COL.actor2Name]!.trim() || target}`;
  return {
    event: {
      key: `gdelt:${id}`,
      source,
      target,
      cameo,
      quad,
      goldstein,
      when: `${d[1]}-${d[2]}-${d[3]}`,
      // GDELT ships no sentence: the evidence names the coded parties so a reader sees what the row claims.
      evidence: { text: `[GDELT ${cameo}] ${names}`, start: 0, end: 0 },
      // Not coded by Orbit: confidence grows with the number of independent sources that reported it.
      // In hundredths: 0.3 + 0.1 × 3 is 0.6000000000000001 in floating point, and users read the digits.
      confidence: Math.round(Math.min(0.9, 0.3 + 0.1 * numSources) * 100) / 100,
      url: /^https?:\/\//.test(url) ? url : undefined,
      attribution: /^https?:\/\//.test(url) ? undefined : url || undefined,
    },
  };
}

export interface GdeltParseResult {
  events: ImportedEvent[];
  lines: number;
  /** Rows without two recognised parties (regions, unnamed actors, self-directed). */
  skipped: number;
  bad: { line: number; reason: string }[];
}

/** A whole export file's text → events, with bad lines counted by line number (the rest still import). */
export function parseGdelt(text: string): GdeltParseResult {
  const out: GdeltParseResult = { events: [], lines: 0, skipped: 0, bad: [] };
  let start = 0;
  let lineNo = 0;
  while (start < text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    lineNo++;
    let line = text.slice(start, end);
    start = end + 1;
    if (line.endsWith("\r")) line = line.slice(0, -1);
    if (line.trim() === "") continue;
    if (lineNo === 1 && line.startsWith("GLOBALEVENTID")) continue; // a header some exports carry
    out.lines++;
    const r = parseGdeltLine(line);
    if ("event" in r) out.events.push(r.event);
    else if ("skip" in r) out.skipped++;
    else out.bad.push({ line: lineNo, reason: r.bad });
  }
  return out;
}
