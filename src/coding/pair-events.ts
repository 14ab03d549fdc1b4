// Turns one coded act's pairs of units into events: the actors each pair names, the code their roles give
// (armed forces, drawn fire), and one event per dyad and CAMEO root in a sentence. Read by code-events.ts.
import type { ActorMention, CodedEvent } from "../domain/index.ts";
import { memberPairs } from "../domain/index.ts";
import { armedForceCode, drawnFireCode, namesOutpost, namesPeople } from "./actor-roles.ts";
import { type CameoCode, cameoCode } from "./cameo-table.ts";
import { civilDoer } from "./civil-craft.ts";
import { codedEvent, type EventParts } from "./coded-event.ts";
import { crowdProtestCode } from "./crowd-protest.ts";
import type { Match } from "./match-patterns.ts";
import { type PairQuery, pairActors } from "./pair-actors.ts";
import type { PriorAct } from "./reply-target.ts";
import type { Unit } from "./sentence-units.ts";

/** One act of a sentence: its pairs (unit indices or pair-actors' stand-ins), its match, its CAMEO row and head word. */
export interface PairedAct extends Omit<PairQuery, "s" | "t"> {
  pairs: ReadonlyArray<[number, number]>;
  m: Match;
  row: CameoCode;
  lemma: string;
}

/** What the sentence's coding so far holds: dyads and roots already coded, acts a reply may point back to, events. */
export interface SentenceOutput {
  seen: Set<string>;
  acts: PriorAct[];
  events: CodedEvent[];
}

/** Adds the act's events to `out`; `parts` are what every event of the act shares. */
export function pairEvents(
  act: PairedAct,
  parts: Omit<EventParts, "kind" | "source" | "target">,
  out: SentenceOutput,
): void {
  const { units, pairs, root, unnamed, goesTo, places, articlePlaces, m, row, lemma } = act;
  const { seen, acts, events } = out;
  for (const [s, t] of pairs) {
    const actors = pairActors({ units, s, t, root, unnamed, goesTo, places, articlePlaces });
    if (!actors) continue;
    // "Beijing sought to reassure the Chinese public": an act that needs another party has none here.
    if (m.pattern.otherTarget && actors.source.code === actors.target.code) continue;
    // "Syrian refugees entered Turkey": only armed forces entering a state show force at it.
    if (m.pattern.armedSource && actors.source.role !== "military") continue;
    // "Chinese fishing boats sailed into Indonesian waters": only craft that can be armed show force by entering.
    if (m.pattern.noCivilSource && s >= 0 && civilDoer(units, s, m.head)) continue;
    // "Syrian refugees were ordered to leave Turkey" expels no diplomats, as "Norwegian diplomats were" does.
    if (m.pattern.officialTarget && actors.target.role !== "government") continue;
    // "spoke to Russian state media", "met Chinese journalists": an interview, no consultation between states.
    if (row.code.startsWith("04") && (actors.source.role === "media" || actors.target.role === "media")) continue;
    // "the Baltic states condemned Russia": a group of states acts as each of its members would in a list.
    for (const [source, target] of memberPairs(actors.source, actors.target)) {
      const byPeople = s >= 0 && namesPeople(units, s, m.head);
      const armed = armedForceCode(row.code, lemma, source, target, byPeople, namesOutpost(units[t]));
      const own = crowdProtestCode(drawnFireCode(armed, parts.trigger, source, target), lemma, units, s);
      const kind = own === row.code ? row : cameoCode(own);
      const kindRoot = kind.code.slice(0, 2);
      // One event per dyad and CAMEO root in a sentence: a second trigger of the same kind restates the act
      // ("continued their hunger strike in protest"); a different kind is a different act (a downing, a death).
      const key = `${source.code}>${target.code}>${kindRoot}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (s >= 0)
        acts.push({
          root: kindRoot,
          source: (units[s] as Unit).mention as ActorMention,
          target: units[t]?.mention,
        });
      events.push(codedEvent({ ...parts, kind, source, target }));
    }
  }
}
