// What an act's code tells the search for a place it goes to or hits (place-target.ts): a visit, aid, force, a
// retreat each read the places of their clause differently. Read by code-events.ts for an act with no target named.
import type { ActorRef } from "../domain/index.ts";
import { FORCE_ROOTS } from "./cameo-table.ts";
import type { Match } from "./match-patterns.ts";
import type { Parties } from "./party-sides.ts";
import { placeTarget, SENT_TO } from "./place-target.ts";
import type { SentenceScene } from "./record-event.ts";

/** One act's search for a place: its match and complement, its code and parties, where its objects end. */
export interface PlacedAct {
  m: Match;
  complement: Match | undefined;
  code: string;
  parties: Parties;
  limit: number;
  /** The act goes somewhere (a visit, a deployment, a mission). */
  destined: boolean;
  date: string | undefined;
}

/** The state of the place the act goes to or hits, by its code (placeTarget); undefined when the text names none. */
export function actPlaceTarget(at: SentenceScene, act: PlacedAct): ActorRef | undefined {
  const { m, complement, code } = act;
  return placeTarget({
    text: at.doc.article.text,
    units: at.view,
    places: at.places,
    from: (complement ?? m).headEnd,
    forceFrom: m.headEnd,
    limit: act.limit,
    destined: act.destined,
    sent: SENT_TO.has(code),
    visit: code === "042" || code === "043",
    // "threatened to launch an offensive in northern Syria": a threatened use of force aims where it would.
    force:
      FORCE_ROOTS.has(code.slice(0, 2)) ||
      code.startsWith("17") ||
      FORCE_ROOTS.has(complement?.pattern.code.slice(0, 2) ?? ""),
    coercion: code.startsWith("17"),
    aid: code.startsWith("07") || code.startsWith("033"),
    sympathy: code === "018",
    retreat: code === "087" || m.pattern.code === "087",
    own: (act.parties.source?.units ?? []).map((k) => at.units[k]?.mention?.actor.code ?? ""),
    date: act.date,
  });
}
