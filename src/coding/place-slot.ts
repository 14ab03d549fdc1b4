// The $P element of a pattern: a named place that is no actor, the object of a force verb ("struck Kharkiv").
import type { Unit } from "./sentence-units.ts";

// Words that may open a place's phrase: "the port city of Odesa", "the Ukrainian capital Kyiv".
const PLACE_LEAD = new Set(["the", "city", "town", "village", "port", "region", "province", "oblast", "capital", "of"]);

/** The unit after a named place opening near i ("Kharkiv", "the city of Kherson"), or -1 when none does. */
export function placeAt(units: readonly Unit[], i: number): number {
  let k = i;
  while (
    k - i < 5 &&
    units[k]?.placeEnd === undefined &&
    (PLACE_LEAD.has(units[k]?.lower ?? "") || units[k]?.pos === "ADJ" || units[k]?.mention?.kind === "demonym")
  )
    k++;
  const u = units[k];
  if (u?.placeEnd === undefined || u.clause < 0) return -1;
  while (k < units.length && (units[k] as Unit).start < u.placeEnd) k++;
  return k;
}
