// How far an event can be trusted, from how its trigger and parties were found.
import type { Match } from "./match-patterns.ts";
import type { Parties } from "./party-sides.ts";

/** Higher for explicit verbs with both parties in their clause; lower for nouns, pronouns and context-aimed acts. */
export function confidence(m: Match, p: Parties, mood: string, nominal: boolean): number {
  let c = 0.9;
  if (nominal) c -= 0.1;
  if (m.slotS.length || m.slotT.length) c += 0.05;
  if (p.source?.via === "pronoun" || p.source?.via === "inherited" || p.source?.via === "relative") c -= 0.15;
  if (p.target?.via === "context") c -= 0.2;
  if (mood === "future") c -= 0.05;
  return Math.round(Math.max(0.05, Math.min(0.99, c)) * 100) / 100;
}
