// An event filter's actor codes → an error when one names no actor at all ("XYZ"), so a typo is not read as "no events".
import { readFileSync } from "node:fs";
import { AppError } from "../domain/index.ts";
import type { EventFilter, Store } from "../store/index.ts";
import { isCountryCode } from "./country-code.ts";

const GAZETTEER = new URL("../../data/gazetteer/gazetteer.json", import.meta.url);

let gazetteerCodes: Set<string> | undefined;

/**
 * Every code the gazetteer can give a mention (states, organisations, groups like CENTRAL_ASIA): a known actor may
 * have no event yet, and then an empty answer is right. Read only when a code is neither a state nor in the store.
 */
function codesOfGazetteer(): Set<string> {
  if (!gazetteerCodes) {
    const data = JSON.parse(readFileSync(GAZETTEER, "utf8")) as { entries: { c: string }[] };
    gazetteerCodes = new Set(data.entries.map((e) => e.c).filter(Boolean));
  }
  return gazetteerCodes;
}

/**
 * A state (a former UN member too: YUG, DDR have votes and a country page), a code the gazetteer gives, or any code in
 * the store's events (imported GDELT codes among them).
 */
export async function isKnownActor(store: Store, code: string): Promise<boolean> {
  if (isCountryCode(code)) return true;
  const stored = await store.queryEvents({ actor: code, includeDuplicates: true }, { limit: 1 });
  return stored.rows.length > 0 || codesOfGazetteer().has(code);
}

/** Throws BAD_OPTION naming the first actor code of the filter that no state, organisation or stored event has. */
export async function checkKnownActors(store: Store, filter: EventFilter): Promise<void> {
  const codes: [string, string][] = [];
  if (filter.actor) codes.push([filter.actor, "actor"]);
  if (filter.dyad) codes.push([filter.dyad.source, "dyad"], [filter.dyad.target, "dyad"]);
  for (const [code, where] of codes)
    if (!(await isKnownActor(store, code)))
      throw new AppError(
        "BAD_OPTION",
        `unknown actor "${code}": not a state's ISO3 code, an organisation Orbit knows (EU, NATO…) or an actor in the store`,
        { where },
      );
}
