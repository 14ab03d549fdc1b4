// Who does the act of a "to"-infinitive when the clause subject does not: the object of a verb that makes it act
// ("The clashes prompted Bangkok to demand ...": Bangkok demands), or the owner of the plan or proposal the
// infinitive spells out ("Hungary blocked the EU's plan to end imports of Russian gas": the EU would end them).
import { type ActorGroup, hasPossessive } from "./parties.ts";
import type { Unit } from "./sentence-units.ts";

// Verbs whose object does the act of the infinitive that follows, as a reported outcome (unlike "urged Israel to
// withdraw", a demand, or "pushed Germany to sign", a request the dictionary codes as such).
const CAUSERS = new Set(["prompt", "lead", "force", "compel", "oblige", "drive", "spur", "cause"]);
const NEGATIONS = new Set(["not", "n't", "never", "nothing"]);
// Nouns of an act still intended, whose infinitive is their owner's: "the EU's plan to", "a bid by Ankara to". A
// "decision" or "move" is often the act itself, told as background ("protest Vienna's decision to expel three
// Polish diplomats"), and is left to the clause as before.
const PLANS = new Set(["plan", "plans", "proposal", "proposals", "bid", "attempt", "intention"]);

/** The party that does the act at `head`, an infinitive, when the words before it name one; else undefined. */
export function infinitiveDoer(
  units: readonly Unit[],
  groups: readonly ActorGroup[],
  head: number,
): number[] | undefined {
  if (units[head - 1]?.lower !== "to") return undefined;
  return madeToAct(units, groups, head) ?? planOwner(units, groups, head);
}

/** "prompted Bangkok to demand": the party the causing verb makes act, unless the verb is denied. */
function madeToAct(units: readonly Unit[], groups: readonly ActorGroup[], head: number): number[] | undefined {
  const g = groups.find((x) => x.last === head - 2);
  if (!g) return undefined;
  let k = g.first - 1;
  if (units[k]?.pos === "DET") k--;
  const verb = units[k];
  if (verb?.pos !== "VERB" || !CAUSERS.has(verb.lemma) || verb.clause !== units[g.first]?.clause) return undefined;
  // "did not prompt Japan to recall": the act the verb denies was not done.
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) if (NEGATIONS.has((units[j] as Unit).lower)) return undefined;
  return g.members;
}

/** "the EU's plan to end", "a plan by the EU to end": the plan's owner, named before or after the plan noun. */
function planOwner(units: readonly Unit[], groups: readonly ActorGroup[], head: number): number[] | undefined {
  if (PLANS.has(units[head - 2]?.lower ?? "")) {
    let k = head - 3;
    while (units[k]?.pos === "ADJ") k--;
    // "the EU's plan", "the United States' proposal": the owner stands before the possessive mark, read as every
    // possessive is (parties.ts; units spell a curly apostrophe straight), or holds it in its own name.
    if (hasPossessive(units, k - 1)) k--;
    const owner = groups.find((g) => g.last === k);
    const owns = hasPossessive(units, k) || /['’]s?$/.test(units[k]?.mention?.text ?? "");
    return owner && owns ? owner.members : undefined;
  }
  const by = groups.find((g) => g.last === head - 2);
  if (!by) return undefined;
  let k = by.first - 1;
  if (units[k]?.pos === "DET") k--;
  return units[k]?.lower === "by" && PLANS.has(units[k - 1]?.lower ?? "") ? by.members : undefined;
}
