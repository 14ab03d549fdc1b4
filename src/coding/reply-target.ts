// A reply aimed at what the sentence before said: "Russia and Syria accused the US of X. The Pentagon rejected these
// accusations." The rejected words point back, by their determiner, to the parties who said them.
import type { ActorMention } from "../domain/index.ts";
import type { Match } from "./match-patterns.ts";
import type { Pattern } from "./pattern-dictionary.ts";
import type { Unit } from "./sentence-units.ts";

/** An act coded in a sentence: its CAMEO root and the mention of its source. */
export interface PriorAct {
  root: string;
  source: ActorMention;
  /** The mention of its target, when a unit of the sentence names it. */
  target?: ActorMention;
}

// What a rejected noun names, by the roots of the acts that say it: accusations are disapproval (11), demands are
// demands (10) or appeals (02), threats are threats (13).
const SAID_BY: Record<string, readonly string[]> = {
  accusation: ["11"],
  allegation: ["11"],
  charge: ["11"],
  claim: ["11"],
  criticism: ["11"],
  demand: ["10"],
  call: ["10", "02"],
  request: ["02", "10"],
  appeal: ["02"],
  threat: ["13"],
  warning: ["13"],
  ultimatum: ["13"],
};
/** The roots of the acts that say a noun, singular or plural ("accusations"), if it names words said. */
function saidBy(word: string): readonly string[] | undefined {
  return SAID_BY[word] ?? SAID_BY[word.replace(/s$/, "")];
}
// Words that point the noun back to what was just said ("these accusations", "the allegations", "such claims").
const POINTING = new Set(["these", "those", "the", "this", "that", "such"]);

/**
 * The sources of the previous sentence's acts that a rejection's object points back to ("rejected these
 * accusations"), or none when the object names its own author, points nowhere, or nothing fitting was just said.
 */
export function repliedTo(view: readonly Unit[], m: Match, prior: readonly PriorAct[]): ActorMention[] {
  if (!m.pattern.code.startsWith("12") || !prior.length) return [];
  const noun = view[m.end - 1] as Unit;
  const roots = saidBy(noun.lemma) ?? saidBy(noun.lower);
  if (!roots || noun.pos !== "NOUN") return [];
  const between = view.slice(m.headEnd, m.end - 1);
  if (!between.some((u) => POINTING.has(u.lower)) || between.some((u) => u.mention)) return [];
  const out: ActorMention[] = [];
  for (const act of prior) if (roots.includes(act.root) && !out.includes(act.source)) out.push(act.source);
  return out;
}

/** A rejection pattern with no target slot whose object may point back to words said before: it can code alone. */
export function repliesBack(p: Pattern): boolean {
  if (!p.code.startsWith("12") || p.elements.some((e) => e.kind === "slot")) return false;
  const last = p.elements[p.elements.length - 1];
  return last?.kind === "word" && last.phrases.some((w) => w.length === 1 && !!saidBy(w[0] as string));
}

// Verbs of answering an act in kind: "responded with rubber bullets", "retaliated with artillery fire".
const ANSWER = new Set(["respond", "retaliate", "reply", "react", "answer", "hit_back", "strike_back", "fire_back"]);

/**
 * The sources of the acts just done to the answering side (`own`: its state codes), for a reply with no one named:
 * "Palestinians hurled stones at Israeli soldiers, who responded with rubber bullets" answers the Palestinians.
 */
export function answered(
  view: readonly Unit[],
  m: Match,
  own: readonly string[],
  acts: readonly PriorAct[],
): ActorMention[] {
  if (!ANSWER.has((view[m.head] as Unit).lemma) || !own.length) return [];
  const out: ActorMention[] = [];
  for (const a of acts) {
    const by = a.source.actor.code;
    // Force answers deeds, not words: "The US condemned Russia. Russian forces responded with artillery fire" fires at
    // no one the text names. Only protest, coercion and force done to the side (roots 14-20) are answered in kind.
    if (a.root < "14") continue;
    if (a.target && own.includes(a.target.actor.code) && !own.includes(by) && !out.some((o) => o.actor.code === by))
      out.push(a.source);
  }
  return out;
}
