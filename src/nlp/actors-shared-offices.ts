// Bodies every state has under the same English name: "the Ministry of Defence", "the National Security Council",
// "the State Security Service". The gazetteer lists such a name for the state whose body it most often means in
// English news (the United Kingdom's Ministry of Defence, the White House's National Security Council), but the name
// is no state's by itself. "The Ministry of Defence of Ukraine" is Ukraine's; and alone, in a text that never names
// the listed state, the body is the one the text is about, found like "the defence ministry" (actors-bare.ts).
import type { Match } from "./actors.ts";
import { longest } from "./actors-context.ts";
import { statesNamed } from "./actors-with-state.ts";
import type { Gazetteer } from "./gazetteer.ts";
import type { GazToken } from "./gazetteer-tokens.ts";

/** Kinds of a listed body that may be a state's office. */
const BODIES = new Set(["seat", "organisation"]);

/**
 * Whether the listed body `m` is a state's body whose name is an office any state has: its words are exactly one of
 * the role phrases ("ministry of defence", "national security council") that refine a state ("Armenia's ...").
 */
function isSharedOffice(gz: Gazetteer, toks: GazToken[], sent: Int32Array, m: Match): boolean {
  if (!BODIES.has(m.kind) || m.entry === undefined || !gz.states.has(m.actor.code)) return false;
  const phrase = longest(gz.roles, toks, sent, m.i);
  return phrase?.[0] === m.j && phrase[1].some((h) => h.t === "role");
}

/**
 * Whether the shared office `prev` is followed by "of" (or "of the") and the state `m`, or by "in" and the capital `m`:
 * "the Ministry of Defence of Ukraine", "the National Security Council of Armenia", "the Ministry of Defence in
 * Moscow" (a ministry sits in its own state's capital, as "the foreign ministry in Beijing" is China's). The office
 * is then that state's.
 */
export function officeOfState(gz: Gazetteer, toks: GazToken[], sent: Int32Array, prev: Match, m: Match): boolean {
  const link = m.kind === "state" ? "of" : m.kind === "capital" ? "in" : undefined;
  if (!link || sent[prev.i] !== sent[m.i] || toks[prev.j]?.norm !== link) return false;
  const gap = m.i - prev.j;
  if (gap !== 1 && !(gap === 2 && toks[prev.j + 1].norm === "the")) return false;
  return isSharedOffice(gz, toks, sent, prev);
}

/**
 * `kept` with each shared office listed as generic to one state ("Ministry of Defence": GBR) turned into a bare
 * government phrase when the text names that state nowhere, not even by one of its cities (`places`): the phrase then
 * takes the state the text is about, or none (actors-bare.ts), instead of the listed one. Marked as a body, it takes
 * no state from the object of its own verb ("The Ministry of Defence accused Iran").
 */
export function sharedOfficesBare(
  gz: Gazetteer,
  toks: GazToken[],
  sent: Int32Array,
  kept: Match[],
  places: ReadonlySet<string>,
): Match[] {
  const generic = (m: Match) =>
    m.entry !== undefined && gz.entries[m.entry].g === true && gz.entries[m.entry].w === true;
  if (!kept.some(generic)) return kept;
  const named = statesNamed(kept, places, generic);
  for (const m of kept) {
    if (!generic(m) || named.has(m.actor.code) || !isSharedOffice(gz, toks, sent, m)) continue;
    m.entry = undefined;
    m.kind = "role";
    m.pending = "";
    // Like a party or a paper, such a body acts on foreign states: the one state its verb names is not its own.
    m.body = true;
    m.actor = { code: "", role: m.actor.role ?? "government" };
  }
  return kept;
}
