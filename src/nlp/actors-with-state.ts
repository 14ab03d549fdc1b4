// Names that also name something that is no actor ("Los Lobos": an Ecuadorian gang and a Los Angeles band). Such a
// name stands for its actor only in a text that names the actor's state too: by a mention of any other actor of that
// state (state, demonym, capital, person, police of a city) or by one of its cities named as a place ("in Guayaquil").
import type { Match } from "./actors.ts";
import type { Gazetteer } from "./gazetteer.ts";

/** `kept` without the mentions by such a name whose state the text does not name; `places` are the states of cities named. */
export function keepWithState(gz: Gazetteer, kept: Match[], places: ReadonlySet<string>): Match[] {
  const needsState = (m: Match) => m.entry !== undefined && gz.entries[m.entry].w === true;
  if (!kept.some(needsState)) return kept;
  const named = statesNamed(kept, places, needsState);
  return kept.filter((m) => !needsState(m) || named.has(m.actor.code));
}

/** The codes the text names: those of the mentions in `kept` that `unsure` does not set aside, and of `places`. */
export function statesNamed(
  kept: readonly Match[],
  places: ReadonlySet<string>,
  unsure: (m: Match) => boolean,
): Set<string> {
  const named = new Set(places);
  for (const o of kept) if (!unsure(o)) named.add(o.actor.code);
  return named;
}
