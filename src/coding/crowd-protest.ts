// Who lodges a protest decides what it is: a government's is an official complaint (114), a crowd's is a
// demonstration (14). Read by pair-events.ts.
import type { ActorMention } from "../domain/index.ts";
import { isPopular } from "./actor-roles.ts";
import type { Unit } from "./sentence-units.ts";
import { mentionWords } from "./sentence-words.ts";

// Verbs that hand over a protest (the heads of the 114 "lodge a protest" rows).
const LODGE = new Set(["lodge", "file", "deliver", "register", "convey", "send", "issue", "hand", "present"]);
// Words that make a mention a crowd of people rather than a party or its leaders: "opposition supporters".
const CROWD = /^(?:supporters|crowds?|thousands|hundreds|demonstrators|protesters|residents|students|activists)$/;

/**
 * Whether the mention is a crowd: protesters, a people ("Serbs"), or a group's supporters ("opposition supporters":
 * the noun may follow the mention), not a party or its leaders.
 */
function namesCrowd(m: ActorMention, next: Unit | undefined): boolean {
  if (m.actor.role === "protesters" || m.actor.role === "civilians") return true;
  if (!m.actor.role) return m.kind === "demonym";
  const words = next && !next.mention && next.pos === "NOUN" ? [...mentionWords(m), next.lower] : mentionWords(m);
  return m.actor.role === "opposition" && words.some((w) => CROWD.test(w));
}

/**
 * "Opposition supporters delivered a protest petition to parliament", "protesters lodged a complaint with the
 * government": a protest handed over by a crowd is a demonstration (140); "China lodged a protest with Japan" and
 * "the opposition party lodged a complaint" stay official complaints (114).
 */
export function crowdProtestCode(code: string, head: string, units: readonly Unit[], s: number): string {
  const source = units[s];
  if (code === "140" && head === "protest") return officialProtestCode(code, units, s);
  if (code !== "114" || !LODGE.has(head) || !source?.mention || !isPopular(source)) return code;
  return namesCrowd(source.mention, units[s + 1]) ? "140" : code;
}

// Mentions that name a state's government or one who speaks for it, never a crowd: "Manila", "the Philippines",
// "the foreign ministry", "President Marcos".
const OFFICIAL_KINDS = new Set(["state", "capital", "seat", "person"]);

/**
 * "The Philippines protested the harassment of its vessel", "the 20th protest by the Philippines against Chinese
 * actions": a protest made by a government (a state named bare, its capital, its ministry or a leader) is an official
 * complaint (114). Only a people, a crowd or a group of it demonstrates (140): "Georgians protested", "farmers
 * protested", "the opposition protested".
 */
function officialProtestCode(code: string, units: readonly Unit[], s: number): string {
  const source = units[s];
  const m = source?.mention;
  if (!m || isPopular(source) || !OFFICIAL_KINDS.has(m.kind)) return code;
  // A name set before the noun says where people protest, not who complains: "the Hong Kong protests", "Iran
  // protests", "the Belgrade protest" are demonstrations ("Vietnam's protest" has the possessive between them).
  const next = units[s + 1];
  if (next?.lemma === "protest" && next.pos === "NOUN") return code;
  return !m.actor.role || m.actor.role === "government" ? "114" : code;
}
