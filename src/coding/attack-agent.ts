import type { Match } from "./match-patterns.ts";
import { isModifierMention } from "./modifier-mention.ts";
import type { ActorGroup } from "./parties.ts";
import { governorOf } from "./parties.ts";
import { groupsIn, type SentenceContext } from "./party-sides.ts";
import type { Unit } from "./sentence-units.ts";

// Nouns that name an armed attack, whose doer the actor before them names ("a Russian missile strike",
// "Indian firing", "Israel's bombardment").
const ATTACK_NOUNS = new Set([
  "strike",
  "airstrike",
  "attack",
  "shelling",
  "fire",
  "firing",
  "gunfire",
  "raid",
  "airraid",
  "bombardment",
  "bombing",
  "assault",
  "ambush",
  "barrage",
  "offensive",
]);

// "shelling" is tagged a verb whose lemma is "shell": the word itself names the attack.
const namesAttack = (u: Unit) => ATTACK_NOUNS.has(u.lemma) || ATTACK_NOUNS.has(u.lower);

// Weapons that may name the attack's kind between the attacker and its noun; any other noun there makes the phrase
// something else ("a Turkish factory fire", "a Greek ferry fire").
const WEAPONS = new Set(["missile", "drone", "air", "rocket", "artillery", "mortar", "sniper", "tank", "cluster"]);

/**
 * "Five Ukrainian civilians were killed in a Russian missile strike", "wounded in Indian firing": a harmed party's
 * passive with no "by" agent, whose "in" phrase names an attack and, before its noun, the attacker; the group that is
 * that attacker, or undefined.
 */
export function attackerIn(units: readonly Unit[], groups: readonly ActorGroup[]): ActorGroup | undefined {
  return groups.find((g) => {
    if (governorOf(units, g.first)?.lower !== "in") return false;
    // "a Russian missile strike", "Israeli air strikes": nouns of the weapon may sit between the name and the attack.
    let k = g.last + 1;
    while (WEAPONS.has(units[k]?.lemma ?? "") && k <= g.last + 2) k++;
    const noun = units[k];
    return !!noun && namesAttack(noun) && (noun.pos === "NOUN" || noun.pos === "VERB");
  });
}

// A mention that names weapons fired rather than the forces firing them: "Iranian missiles", "Russian drones".
const WEAPON_MENTION = /\b(?:missiles?|rockets?|drones?|projectiles?|shells?)$/i;

/** "Iranian missiles were intercepted": the unit names weapons in flight, which no interception acts on as a party. */
export function namesWeapon(units: readonly Unit[], i: number): boolean {
  return WEAPON_MENTION.test(units[i]?.mention?.text ?? "");
}

/** The attacker named in the attack a passive force act happened in, in its own clause after it. */
export function attackerAfter(ctx: SentenceContext, m: Match, limit: number): ActorGroup | undefined {
  const clause = (ctx.units[m.head] as Unit).clause;
  const later = groupsIn(ctx, clause).filter((g) => g.first >= m.headEnd && g.first < limit);
  const found = attackerIn(ctx.units, later);
  return found && !onlyBackers(ctx.units, found) ? found : undefined;
}

/**
 * "detained by Russian-backed militias", "shelled by pro-Iranian fighters": a "by" agent whose every actor only
 * describes the doers (their backer or the side they favour) names no state that acted; the doers are unnamed.
 */
export const onlyBackers = (units: readonly Unit[], g: ActorGroup) =>
  g.members.every((i) => {
    const kind = isModifierMention(units, i);
    return kind === "backed" || kind === "pro";
  });

// Verbs that down weapons in flight ("were shot down", "were destroyed"), not those that fire them ("were launched").
const DOWNING = new Set(["shoot", "destroy", "down", "intercept", "neutralise", "neutralize", "eliminate"]);

/**
 * "Russia's defence ministry said 44 Ukrainian drones were destroyed over the region", "Ukraine said 29 Russian drones
 * were shot down": another side's weapons downed in a passive with no agent, in a report by a party, were downed by
 * the reporter (its air defence, which a side's own report leaves unnamed). The reporter's units, or undefined.
 */
export function reportedDowner(ctx: SentenceContext, head: number, downed: readonly number[]): number[] | undefined {
  const { units } = ctx;
  if (!DOWNING.has(units[head]?.lemma ?? "") || !downed.length || !downed.every((t) => namesWeapon(units, t)))
    return undefined;
  const sides = new Set(downed.map((t) => units[t]?.mention?.actor.code));
  const reporters = ctx.speakerUnits.filter((k) => {
    const code = units[k]?.mention?.actor.code;
    return !!code && !sides.has(code);
  });
  if (!reporters.length || overThirdState(units, head, reporters)) return undefined;
  return reporters;
}

/**
 * "Moldova said Russian drones were shot down over Ukraine": downed over another state's ground, they were that
 * state's to down, not the reporter's.
 */
function overThirdState(units: readonly Unit[], head: number, reporters: readonly number[]): boolean {
  const own = new Set(reporters.map((k) => units[k]?.mention?.actor.code));
  const clause = units[head]?.clause;
  for (let k = head + 1; k < units.length && units[k]?.clause === clause; k++) {
    const m = units[k]?.mention;
    if (m?.kind === "state" && !own.has(m.actor.code) && ["over", "in"].includes(units[k - 1]?.lower ?? ""))
      return true;
  }
  return false;
}
