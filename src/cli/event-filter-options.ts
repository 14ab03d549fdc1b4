// Parses user-given event filters (CLI options, API query strings) into a validated EventFilter.
import type { Command } from "commander";
import { countryNameMessage } from "../aggregate/index.ts";
import { AppError, isActorCode, isPartialDate, QUADS, type Quad } from "../domain/index.ts";
import { type EventFilter, periodsInOrder } from "../store/index.ts";

/** The event filter options `orbit events` and `orbit export events` share. */
export function withEventFilters(command: Command): Command {
  return command
    .option("--actor <code>", "either party (RUS, EU…)")
    .option("--dyad <A:B>", "source:target pair")
    .option("--symmetric", "with --dyad, both directions")
    .option("--cameo <code>", "CAMEO code or root prefix (18, 190)")
    .option("--quad <class>", "verbal-cooperation | material-cooperation | verbal-conflict | material-conflict")
    .option("--since <date>", "event date from (YYYY[-MM[-DD]])")
    .option("--until <date>", "event date until, inclusive")
    .option("--text <words>", "words in the evidence sentence")
    .option("--article <id>", "events of one article")
    .option("--origin <orbit|gdelt>", "events coded by Orbit or imported");
}

export interface RawEventFilter {
  actor?: string;
  dyad?: string;
  symmetric?: boolean;
  cameo?: string;
  quad?: string;
  since?: string;
  until?: string;
  text?: string;
  article?: string;
  origin?: string;
}

function actor(value: string, option: string): string {
  const code = value.trim();
  if (!isActorCode(code))
    throw new AppError("BAD_OPTION", `"${value}" is not an actor code (ISO3 like RUS or an acronym like EU)`, {
      where: option,
    });
  const named = countryNameMessage(value);
  if (named) throw new AppError("BAD_OPTION", named, { where: option });
  return code.toUpperCase();
}

function date(value: string, option: string): string {
  if (!isPartialDate(value))
    throw new AppError("BAD_OPTION", `"${value}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`, { where: option });
  return value;
}

export function parseEventFilter(raw: RawEventFilter): EventFilter {
  const filter: EventFilter = {};
  if (raw.actor) filter.actor = actor(raw.actor, "actor");
  if (raw.dyad) {
    const parts = raw.dyad.split(":");
    if (parts.length !== 2)
      throw new AppError("BAD_OPTION", `"${raw.dyad}" is not a dyad (use A:B, e.g. RUS:AZE)`, { where: "dyad" });
    filter.dyad = {
      source: actor(parts[0]!, "dyad"),
      target: actor(parts[1]!, "dyad"),
      symmetric: raw.symmetric ?? false,
    };
  }
  if (raw.cameo) {
    if (!/^\d{2,4}$/.test(raw.cameo))
      throw new AppError("BAD_OPTION", `"${raw.cameo}" is not a CAMEO code or root`, { where: "cameo" });
    filter.cameo = raw.cameo;
  }
  if (raw.quad) {
    if (!(QUADS as readonly string[]).includes(raw.quad))
      throw new AppError("BAD_OPTION", `unknown quad class "${raw.quad}" (use ${QUADS.join(", ")})`, { where: "quad" });
    filter.quad = raw.quad as Quad;
  }
  if (raw.since) filter.since = date(raw.since, "since");
  if (raw.until) filter.until = date(raw.until, "until");
  if (!periodsInOrder(raw.since, raw.until))
    throw new AppError("BAD_OPTION", `${raw.since} is after --until ${raw.until}`, { where: "--since" });
  if (raw.text) {
    if (raw.text.length > 200)
      throw new AppError("BAD_OPTION", "text filter longer than 200 characters", { where: "text" });
    filter.text = raw.text;
  }
  if (raw.article) filter.articleId = raw.article;
  if (raw.origin) {
    if (raw.origin !== "orbit" && raw.origin !== "gdelt")
      throw new AppError("BAD_OPTION", `unknown origin "${raw.origin}" (use orbit or gdelt)`, { where: "origin" });
    filter.origin = raw.origin;
  }
  return filter;
}
