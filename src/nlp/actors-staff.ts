// People who work at a state's institution act for it: "officials at the defence ministry in Kyiv", "sources in the
// Ukrainian defence ministry", "a spokeswoman at the Kremlin", "diplomats at the Russian embassy". The mention of the
// institution widens back over them, so the clause has its party where the people's noun stands, as it does for
// "officials in Kyiv" (a city's role phrase) and as the coder reads "officials of X" and "a spokesman for X".
import type { Role } from "../domain/index.ts";
import type { Match } from "./actors.ts";
import type { GazToken } from "./gazetteer-tokens.ts";

/** Nouns of people who speak or act for the body they work at. Troops, workers or citizens "at" a place do not. */
const STAFF = new Set([
  "official",
  "officials",
  "source",
  "sources",
  "diplomat",
  "diplomats",
  "staff",
  "staffer",
  "staffers",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "spokespeople",
  "representative",
  "representatives",
  "insider",
  "insiders",
  "aide",
  "aides",
]);

/** Words that place people inside a body ("at the ministry", "within the government"). */
const AT = new Set(["at", "in", "within", "inside"]);

/** Roles of a state's organs, whose staff speak for the state. */
const ORGANS = new Set<Role>(["government", "military", "police", "judiciary"]);

/** Whether the mention names a body people can work at: an organisation, a seat of power or a state's organ. */
function isBody(m: Match): boolean {
  if (m.kind === "person") return false;
  if (m.kind === "organisation" || m.kind === "seat") return true;
  // "sources in Kyiv" may be anyone's: only an organ ("the defence ministry in Kyiv", "the Ukrainian army") is.
  return !!m.actor.role && ORGANS.has(m.actor.role);
}

/**
 * Widens each body's mention over the staff noun and the "at"/"in" before it ("officials at | the defence ministry
 * in Kyiv"), unless the noun already belongs to an earlier mention ("US officials at the Russian embassy" are the
 * US's). `kept` is in text order; mentions are changed in place.
 */
export function withStaff(toks: GazToken[], sent: Int32Array, kept: Match[]): Match[] {
  let prevEnd = 0;
  for (const m of kept) {
    const end = prevEnd;
    prevEnd = Math.max(prevEnd, m.j);
    if (!isBody(m)) continue;
    let k = m.i - 1;
    if (toks[m.i]?.norm !== "the" && toks[k]?.norm === "the") k--;
    const noun = k - 1;
    if (noun < end || !AT.has(toks[k]?.norm ?? "") || !STAFF.has(toks[noun]?.norm ?? "")) continue;
    if (sent[noun] !== sent[m.i]) continue;
    m.i = noun;
  }
  return kept;
}
