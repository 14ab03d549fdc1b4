// A private trade or group word before a name ("Journalist Aliyev", "activist Pashinyan", "opposition leader
// Gakharia") says what the person is. A leader in office is no journalist: such a surname is another person's, who
// shares it. A listed person out of office is what the word says (an opposition leader, a blogger).
import type { Role } from "../domain/index.ts";
import { actorOf, longest } from "./actors-context.ts";
import type { Gazetteer } from "./gazetteer.ts";
import type { GazToken } from "./gazetteer-tokens.ts";

/** Roles of people outside the state's organs, whose words name a trade or a side, not an office. */
export const PRIVATE_ROLES: ReadonlySet<Role> = new Set<Role>([
  "media",
  "civilians",
  "business",
  "opposition",
  "protesters",
]);

/**
 * Words for people at large: like a plural ("told reporters Putin would", "critics Erdogan jailed"), they name a
 * crowd, never one person's trade, so they are no title before a name.
 */
const PEOPLE_AT_LARGE = new Set(["people", "public", "press", "media", "population", "community", "diaspora"]);

/** Whether a role word names many people ("reporters", "businessmen", "the public") rather than one person's trade. */
function namesMany(word: string): boolean {
  return (/s$/.test(word) && !/ss$/.test(word)) || /men$/.test(word) || PEOPLE_AT_LARGE.has(word);
}

/** Roles of the state's own organs. */
export const STATE_ROLES: ReadonlySet<Role> = new Set<Role>(["government", "military", "police", "judiciary"]);

/**
 * The private role of a role phrase in the same sentence that starts before token `i` and ends between `i` and `end`
 * ("Journalist | Aliyev", "opposition leader | Gakharia" where "leader" is read as his title): the longest such phrase
 * decides, so "opposition leader" is the opposition's even though "leader" alone is a government word.
 */
export function tradeBefore(gz: Gazetteer, toks: GazToken[], sent: Int32Array, i: number, end = i): Role | undefined {
  for (let s = Math.max(0, i - 3); s < i; s++) {
    if (sent[s] !== sent[i]) continue;
    const m = longest(gz.roles, toks, sent, s);
    const hit = m?.[1][0];
    if (!m || m[0] < i || m[0] > end || hit?.t !== "role" || namesMany(toks[m[0] - 1]?.norm ?? "")) continue;
    return PRIVATE_ROLES.has(hit.role) ? hit.role : undefined;
  }
  return undefined;
}

/** Whether a trade word before the surname at token i makes it another person's than the listed office holder's. */
export function isTradesmansSurname(
  gz: Gazetteer,
  toks: GazToken[],
  sent: Int32Array,
  i: number,
  entry: number,
  date?: string,
): boolean {
  const role = actorOf(gz.entries[entry], date).role;
  return !!role && STATE_ROLES.has(role) && tradeBefore(gz, toks, sent, i) !== undefined;
}
