// What the verb around a trigger does to it, read by actCode: the verb that governs a "to"-infinitive ("threatened to
// cut") or a gerund ("balked at signing"), a noun act its own verb calls off ("the meeting was postponed"), and a
// permission that, negated, is a refusal.
import { DAY_WORDS } from "./day-words.ts";
import type { Unit } from "./sentence-units.ts";

/** A trigger that grants permission ("allow", "permit", "give permission"): negated, it is a refusal. */
export function withholdsPermission(units: readonly Unit[], head: number, end: number): boolean {
  if (["allow", "permit", "let", "authorize", "authorise"].includes((units[head] as Unit).lemma)) return true;
  for (let k = head; k < end; k++) if ((units[k] as Unit).lemma === "permission") return true;
  return false;
}

// Acts whose refusal is a rejection when stated for the future: "will not recognise the results", "would not accept
// the proposal". A standing state ("has not recognised Kosovo") is no act.
const REFUSABLE = new Set(["recognise", "recognize", "accept", "endorse"]);
const REFUSING_MODALS = new Set(["will", "would", "wo", "'ll"]);

/** "would not recognise the results": a future act said not to be done is refused now (CAMEO 12). */
export function refusedForFuture(units: readonly Unit[], head: number): boolean {
  if (!REFUSABLE.has((units[head] as Unit).lemma)) return false;
  const not = units[head - 1]?.lower;
  return (not === "not" || not === "n't" || not === "never") && REFUSING_MODALS.has(units[head - 2]?.lower ?? "");
}

// Verbs that say a noun's act never took place: "the meeting was postponed", "talks were called off". (Talks that
// stalled or broke down did take place, so those verbs are not here.)
const CALLED_OFF = new Set(["postpone", "cancel", "delay", "scrap", "shelve", "defer", "adjourn"]);

// Participles that give a called-off act its planned date: "set for Sunday", "planned for May", "scheduled to open".
const SCHEDULED = new Set(["set", "plan", "schedule", "slate", "expect", "due", "arrange"]);
const SCHEDULE_WORDS = new Set(["for", "to", "on", "in", "at", "this", "next"]);

/** "The meeting between A and B was postponed": a noun act its own verb calls off has not happened. */
export function calledOff(units: readonly Unit[], head: number): boolean {
  const clause = (units[head] as Unit).clause;
  let reach = head + 10;
  for (let k = head + 1; k < units.length && k <= reach; k++) {
    const u = units[k] as Unit;
    if (u.clause !== clause && u.lower !== ",") return false;
    // "The meeting, originally planned for August, was postponed": an aside between commas before the noun's own
    // verb is passed over.
    if (u.lower === ",") {
      const aside = units.slice(k + 1, k + 11).findIndex((c) => c.lower === ",");
      if (aside < 0 || !["AUX", "VERB"].includes(units[k + aside + 2]?.pos ?? "")) return false;
      reach += aside + 1;
      k += aside + 1;
      continue;
    }
    if (u.pos !== "VERB") continue;
    // "talks set for Sunday were cancelled", "the visit planned for May was postponed": the schedule is passed over.
    if (SCHEDULED.has(u.lemma) && SCHEDULE_WORDS.has(units[k + 1]?.lower ?? "")) continue;
    const off = units[k + 1]?.lower === "off" && (u.lemma === "call" || u.lemma === "put");
    return off || CALLED_OFF.has(u.lemma);
  }
  return false;
}

// Verbs of shying away from an act: "balked at", "baulked at" (the tagger may keep the form as the lemma).
const SHY = new Set(["balk", "baulk", "balked", "baulked", "balking", "baulking"]);

// Words that join a bare verb to an earlier infinitive whose "to" it shares: "to A and B", "to A, B or C".
const INFINITIVE_JOINERS = new Set(["and", "or", ","]);

/** A verb in its bare form ("withdraw", British "recognise" of the lemma "recognize"), not "withdrew", "cuts". */
function bareForm(u: Unit): boolean {
  return u.lower === u.lemma || u.lower.replace(/ise$/, "ize") === u.lemma;
}

/**
 * "threatened to suspend talks and withdraw its troops": the unit of the earlier infinitive ("suspend") whose "to" the
 * bare verb at `head` ("withdraw") shares, else -1. What governs the first governs every verb coordinated with it, so
 * the second act is as much a threat, promise or plan as the first. A finite verb on the way back ("suspended talks and
 * withdraw") or a clause boundary ends the search: the verb then has a subject of its own.
 */
export function sharedInfinitive(units: readonly Unit[], head: number): number {
  const h = units[head] as Unit;
  if (h.pos !== "VERB" || !bareForm(h)) return -1;
  let k = head - 1;
  while (k >= 0 && (units[k] as Unit).pos === "ADV") k--;
  if (!INFINITIVE_JOINERS.has(units[k]?.lower ?? "")) return -1;
  for (let j = k - 1; j >= 0 && j >= head - 20; j--) {
    const u = units[j] as Unit;
    if (u.clause !== h.clause || u.lower === ";") return -1;
    if (u.pos !== "VERB") continue;
    if (!bareForm(u)) return -1;
    let t = j - 1;
    while (t >= 0 && (units[t] as Unit).pos === "ADV") t--;
    if (units[t]?.lower === "to") return j;
  }
  return -1;
}

/** The governing verb's unit of a "to"-infinitive ("threatened to cut") or of "balked at signing", else -1. */
export function governingVerb(units: readonly Unit[], head: number): number {
  const shared = sharedInfinitive(units, head);
  if (shared >= 0) return governingVerb(units, shared);
  let k = head - 1;
  while (k >= 0 && (units[k] as Unit).pos === "ADV") k--;
  // "balked at signing the deal": a verb of shying away governs the gerund after its "at".
  if (units[k]?.lower === "at" && (units[head] as Unit).lower.endsWith("ing") && SHY.has(units[k - 1]?.lemma ?? ""))
    return (units[k - 1] as Unit).clause === (units[head] as Unit).clause ? k - 1 : -1;
  if (units[k]?.lower === "would" || units[k]?.lower === "will") return promiseOf(units, k);
  // "helped broker a deal", "helped shoot down drones": "help" takes a bare infinitive too.
  if (helpsBare(units, k, head)) return k;
  // "warned that it could launch an offensive": in a warning, what the warner could do is what it threatens.
  if (HEDGED.has(units[k]?.lower ?? "")) {
    const warning = promiseOf(units, k);
    return warning >= 0 && WARN.has((units[warning] as Unit).lemma) ? warning : -1;
  }
  if (units[k]?.lower !== "to") return -1;
  k--;
  // "threatened on Monday to break", "vowed today to": a time adverbial sits between the verb and its "to".
  while (k >= 0 && (["ADV", "PART"].includes((units[k] as Unit).pos) || DAY_WORDS.has((units[k] as Unit).lower))) {
    if (DAY_WORDS.has((units[k] as Unit).lower) && units[k - 1]?.lower === "on") k--;
    k--;
  }
  return k >= 0 && (units[k] as Unit).clause === (units[head] as Unit).clause ? k : -1;
}

/** "helped broker": the verb "help" (or "assist") right before the verb at `head`, in its clause. */
function helpsBare(units: readonly Unit[], k: number, head: number): boolean {
  const u = units[k];
  return (
    k === head - 1 &&
    u?.pos === "VERB" &&
    HELP.has(u.lemma) &&
    (units[head] as Unit).pos === "VERB" &&
    u.clause === (units[head] as Unit).clause
  );
}
const HELP = new Set(["help"]);

/** "helped intercept", "helped to shoot down": the verb "help" at `k` with an infinitive right after it. */
export function helpsAct(units: readonly Unit[], k: number): boolean {
  const next = units[k + 1]?.lower === "to" ? k + 2 : k + 1;
  return (
    helpsBare(units, k, k + 1) || (next === k + 2 && units[next]?.pos === "VERB" && HELP.has(units[k]?.lemma ?? ""))
  );
}

// Promises whose "that" clause says what is promised: "vowed that Britain would leave the EU", "his pledge that ...".
const PROMISE = new Set(["vow", "pledge", "promise", "swear"]);
// Warnings whose clause says what the warner itself will do: "warned that it would impose sanctions on X".
const WARN = new Set(["warn", "threaten"]);
const HEDGED = new Set(["could", "might", "may"]);

/**
 * "vowed that Britain would leave", "warned it would strike": the promise or warning before "that" (or right before
 * the subject), a one-word subject and "would/will" governs the verb after them as "vowed to leave" would (the unit
 * of the promise, else -1). A warning governs only when its subject is a pronoun, the warner itself: "warned that
 * Russia would invade" foretells another's act, it threatens nothing.
 */
function promiseOf(units: readonly Unit[], would: number): number {
  const subject = units[would - 1];
  if (!subject || !(subject.mention || subject.pos === "PRON")) return -1;
  const verb = units[would - 2]?.lower === "that" ? would - 3 : would - 2;
  const lemma = units[verb]?.lemma ?? "";
  if (PROMISE.has(lemma) && verb === would - 3) return verb;
  return WARN.has(lemma) && subject.pos === "PRON" && units[verb]?.pos === "VERB" ? verb : -1;
}
