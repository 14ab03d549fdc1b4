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

// Verbs of calling one's own envoy home: with no post named, a recall answers what was just done to the recaller.
const RECALL = new Set(["recall", "withdraw"]);

/**
 * The sources of the acts just done to the answering side (`own`: its state codes), for a reply with no one named:
 * "Palestinians hurled stones at Israeli soldiers, who responded with rubber bullets" answers the Palestinians, and
 * "Mali expelled the French ambassador. France said it was recalling its ambassador" recalls him from Mali.
 */
export function answered(
  view: readonly Unit[],
  m: Match,
  own: readonly string[],
  acts: readonly PriorAct[],
): ActorMention[] {
  const lemma = (view[m.head] as Unit).lemma;
  const recall = RECALL.has(lemma) && m.pattern.code.startsWith("16");
  if (!(ANSWER.has(lemma) || recall) || !own.length) return [];
  const out: ActorMention[] = [];
  for (const a of acts) {
    const by = a.source.actor.code;
    // Force answers deeds, not words: "The US condemned Russia. Russian forces responded with artillery fire" fires at
    // no one the text names. Only protest, coercion and force done to the side (roots 14-20) are answered in kind;
    // a recalled envoy answers any hostile act or word (roots 10-20).
    if (a.root < (recall ? "10" : "14")) continue;
    if (a.target && own.includes(a.target.actor.code) && !own.includes(by) && !out.some((o) => o.actor.code === by))
      out.push(a.source);
  }
  return out;
}

// Nouns for an act done, by the roots of the acts they name: "condemned the strikes" points back to force just used,
// "rejected the sanctions" to sanctions or a ban just imposed, "criticised the visit" to a visit, "welcomed the deal"
// to an accord just signed or agreed, and "criticised the move" to a step just taken (any act but words: a statement,
// an appeal or an accusation is no move).
const FORCE_ROOTS = ["15", "17", "18", "19", "20"];
const ACT_NOUN_ROOTS: Record<string, readonly string[]> = {};
const nounRoots = (words: string, roots: readonly string[]) => {
  for (const w of words.split(" ")) ACT_NOUN_ROOTS[w] = roots;
};
nounRoots(
  "strike strikes airstrike airstrikes attack attacks offensive raid raids bombing bombings shelling incursion invasion assault operation",
  FORCE_ROOTS,
);
nounRoots("sanctions embargo embargoes restrictions tariffs ban bans expulsion expulsions", ["16", "17"]);
nounRoots("arrest arrests detention detentions jailing sentencing", ["17"]);
nounRoots("visit trip", ["04"]);
nounRoots("exercises drills manoeuvres maneuvers", ["15"]);
nounRoots("deal agreement accord pact treaty", ["03", "05", "06"]);
const STEP_NOUNS = new Set([
  "move",
  "moves",
  "decision",
  "decisions",
  "step",
  "steps",
  "measure",
  "measures",
  "action",
  "actions",
]);
const WORD_ROOTS = new Set(["01", "02", "11", "12"]);
// Reactions that can point back to an act just done: disapproval (11), rejection (120-127) and praise (051). Defying a
// norm (128: "violated the agreement") or a veto is aimed at the norm's parties, not at whoever just acted.
const REACTION = /^(?:11|12[0-7]|051)/;

/**
 * The sources of the acts just done (in this sentence or the one before) that a reaction's object points back to:
 * "Israel struck Gaza overnight. Egypt condemned the strikes" is aimed at Israel, "Georgia froze the deal. Brussels
 * criticised the move" at Georgia, "The EU imposed sanctions on Iran. Tehran rejected the sanctions" at the EU. Only
 * an object that opens right after the verb with a pointing word ("the", "this", "these") and names an act of the
 * kind just coded counts; an object that names its own party ("the Russian strikes") is read as such.
 */
export function criticisedAct(
  view: readonly Unit[],
  m: Match,
  acts: readonly PriorAct[],
  byNounOnly = false,
): ActorMention[] {
  if (!REACTION.test(m.pattern.code) || !acts.length || (view[m.head] as Unit).pos !== "VERB") return [];
  let k = m.headEnd;
  if (!POINTING.has(view[k]?.lower ?? "")) return [];
  k++;
  if (view[k]?.pos === "ADJ" && !view[k]?.mention) k++;
  const noun = view[k];
  if (!noun || noun.mention || noun.pos !== "NOUN") return [];
  const roots = ACT_NOUN_ROOTS[noun.lower];
  // "the move" fits any step, so it points back only to the sentences just before (`byNounOnly` asks for a noun).
  const fits = roots
    ? (root: string) => roots.includes(root)
    : STEP_NOUNS.has(noun.lower) && !byNounOnly
      ? (root: string) => !WORD_ROOTS.has(root)
      : undefined;
  // "condemned the strikes on Gaza by Israel": a party named in the object's own phrase is its author.
  if (!fits || view[k + 1]?.mention || view[k + 2]?.mention) return [];
  // "condemned the attack by Kurdish militants", "criticised the decision to admit Sweden": an object that names its
  // own doer or its own content is that act, not one just done.
  if (ownPhrase(view, k)) return [];
  const out: ActorMention[] = [];
  for (const act of acts) {
    if (fits(act.root) && !out.some((o) => o.actor.code === act.source.actor.code)) out.push(act.source);
    // Further back, only the latest such act is meant.
    if (byNounOnly && out.length) break;
  }
  return out;
}

/**
 * The noun at `k` goes on to name its doer ("the attack by gunmen", "the strikes carried out by India", "the sanctions
 * imposed on its firms by Washington") or what it is ("the move to expel diplomats").
 */
function ownPhrase(view: readonly Unit[], k: number): boolean {
  const next = view[k + 1];
  if (next?.lower === "by") return true;
  if (next?.pos === "VERB" && next.clause === view[k]?.clause) {
    for (let j = k + 2; j < view.length && j <= k + 7; j++) {
      const u = view[j] as Unit;
      if (u.lower === "by") return true;
      if (u.lower === "," || u.pos === "VERB" || u.pos === "AUX" || u.pos === "PUNCT") break;
    }
  }
  return next?.lower === "to" && (view[k + 2]?.pos === "VERB" || view[k + 2]?.pos === "AUX");
}
