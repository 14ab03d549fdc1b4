// Every act a sentence's words name, before parties are read: the pattern dictionary's matches plus the acts read
// from reported speech, minus the verbs that only describe.
import { addAllegedParties } from "./alleged-party.ts";
import { addCaptiveTakings } from "./captive-taking.ts";
import { addDisputedCharge } from "./disputed-charge.ts";
import { documentTitle } from "./document-title.ts";
import { type Match, matchPatterns } from "./match-patterns.ts";
import { backerCompound, namingVerb } from "./modifier-mention.ts";
import type { ActorGroup } from "./parties.ts";
import type { PatternDictionary } from "./pattern-dictionary.ts";
import { isForeignSentence } from "./real-page-language.ts";
import { fictionScene } from "./recounted-act.ts";
import { addReportedBlames } from "./reported-blame.ts";
import { addReportedDemands } from "./reported-demands.ts";
import { addReportedRejections } from "./reported-rejection.ts";
import type { Unit } from "./sentence-units.ts";

export function sentenceMatches(
  view: Unit[],
  dict: PatternDictionary,
  sentenceDates: Parameters<typeof matchPatterns>[2],
  groups: readonly ActorGroup[],
  speakerUnits: Parameters<typeof addReportedRejections>[2],
): Match[] {
  const matches: Match[] = [];
  // A sentence in another language asserts nothing the English patterns can read (real-page-language.ts).
  // "In the novel, China blockades Taiwan": a plot told is nobody's act.
  // "- Agreement between the Kazakh and Russian Governments on ...": a list item naming a document reports no act.
  if (isForeignSentence(view) || fictionScene(view) || documentTitle(view)) return matches;
  matches.push(...matchPatterns(view, dict, sentenceDates));
  addCaptiveTakings(matches, view);
  addReportedDemands(matches, view, groups, speakerUnits);
  addReportedBlames(matches, view, groups, speakerUnits);
  addAllegedParties(matches, view, groups);
  addDisputedCharge(matches, view, groups, speakerUnits);
  addReportedRejections(matches, view, speakerUnits);
  // "battled U.S.-backed Kurdish militia": the "backed" of a hyphened backer only describes the noun after it; it
  // is neither an act nor a verb that ends the object of the act before it.
  // "condemned what it called Thai aggression": a verb that names what the object is, is no act (no phone call).
  return matches.filter((x) => !backerCompound(view, x.head) && !namingVerb(view, x.head));
}
