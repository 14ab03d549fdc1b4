// Former office holders: "former Georgian prime minister X", "ex-president Y", "a former defence official". They
// keep their state but no longer act for it, so they take the civilians role (NGEC codes former officials CVL, once
// ELI) unless the gazetteer lists them in an office on the article's date ("former prime minister X", now a deputy
// chairman of the security council, still speaks for the state).
import type { ActorMention, Role } from "../domain/index.ts";
import { STATE_ROLES } from "./actors-trades.ts";
import type { GazToken } from "./gazetteer-tokens.ts";

/** Words that put the office after them in the past. */
const PAST = new Set(["former", "ex", "erstwhile", "onetime", "one-time", "retired"]);

/** Whether token k puts an office in the past ("former", the "ex" of "ex-president"). */
export function isPastWord(toks: GazToken[], k: number): boolean {
  return k >= 0 && k < toks.length && PAST.has(toks[k].norm);
}

/**
 * Whether the mention over tokens [i, j) names a former holder of an office: a past word just before it ("former
 * President X", "ex-president X", "former Russian officials", "former Soviet leader X") or inside it before the name or role word ("Georgia's
 * former prime minister X", "Russian former diplomats").
 */
export function namesFormerHolder(toks: GazToken[], sent: Int32Array, i: number, j: number): boolean {
  // "former Soviet leader X", "Former Socialist prime minister Y": up to two capitalised words (a state or party the
  // office was in) may stand between the past word and the mention.
  for (let k = i - 1; k >= Math.max(0, i - 3) && sent[k] === sent[i]; k--) {
    if (isPastWord(toks, k)) return true;
    if (toks[k].shape === 0) break;
  }
  for (let k = i; k < j - 1; k++) if (isPastWord(toks, k)) return true;
  return false;
}

/**
 * The role a mention takes when it names a former holder: civilians for a person out of office on the date (an
 * in-office person keeps the role of the office held now) and for a state organ's people ("former officials",
 * "retired generals"); any other role (opposition, media...) stays, as the text gives it.
 */
export function formerRole(m: Pick<ActorMention, "kind" | "actor">): Role | undefined {
  if (m.kind === "person") return m.actor.role ? m.actor.role : "civilians";
  // A former one of the state's own organs is a private citizen now.
  return m.actor.role && STATE_ROLES.has(m.actor.role) ? "civilians" : m.actor.role;
}
