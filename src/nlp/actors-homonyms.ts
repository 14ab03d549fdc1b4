// Places whose name several states share ("Tripoli": Libya's capital and Lebanon's second city; "Valencia": Spain
// and Venezuela). A role phrase at such a place ("militias in Tripoli", "Valencia police") belongs to the state its
// sentence names: when the sentence names another state that has a city of that name, and not the one the gazetteer
// chose, that state is the place's; a sentence that names none of them reads the place as its text does. A capital
// named as a place that turns out to be the other state's city ("clashes in Tripoli, Lebanon's second city") is only
// a place there, and no mention; "Tripoli protested" still acts.
import type { Match } from "./actors.ts";
import type { Gazetteer } from "./gazetteer.ts";
import type { GazToken } from "./gazetteer-tokens.ts";

/** Words before a place: a capital after one is where something happens, not its government acting. */
const LOCATIVE = new Set(["in", "near", "at", "outside", "around", "into", "across", "from", "to"]);

/** Recodes the place-bound mentions of `kept` whose place name is shared by several states; returns those kept. */
export function resolveHomonyms(gz: Gazetteer, toks: GazToken[], sent: Int32Array, kept: Match[]): Match[] {
  if (!gz.homonyms.size) return kept;
  let dropped: Set<Match> | undefined;
  for (const m of kept) {
    if (!m.place || (!m.actor.role && (m.kind !== "capital" || !LOCATIVE.has(toks[m.i - 1]?.norm ?? "")))) continue;
    const key = placeName(toks, m.place);
    const codes = gz.homonyms.get(key);
    if (!codes?.includes(m.actor.code)) continue;
    // The place named again ("Tripoli police" after "entered Tripoli") names no state of its own.
    const other = (o: Match) =>
      o !== m && gz.states.has(o.actor.code) && !(o.place && placeName(toks, o.place) === key);
    let named = statesOf(kept, (o) => sent[o.i] === sent[m.i] && other(o));
    // A sentence that names none of the place's states reads it as the rest of its text does.
    if (!codes.some((c) => named.has(c))) named = statesOf(kept, other);
    if (named.has(m.actor.code)) continue;
    const others = codes.filter((c) => named.has(c));
    if (others.length !== 1) continue;
    if (m.actor.role) m.actor = { ...m.actor, code: others[0] };
    else (dropped ??= new Set()).add(m);
  }
  return dropped ? kept.filter((m) => !dropped.has(m)) : kept;
}

function placeName(toks: GazToken[], [a, b]: [number, number]): string {
  let key = toks[a].norm;
  for (let k = a + 1; k < b; k++) key += ` ${toks[k].norm}`;
  return key;
}

function statesOf(kept: Match[], where: (o: Match) => boolean): Set<string> {
  const named = new Set<string>();
  for (const o of kept) if (where(o)) named.add(o.actor.code);
  return named;
}
