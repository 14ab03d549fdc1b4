// "Modi praised the deal in a phone call with Putin", "voiced support for Kyiv during talks with Zelensky": a contact
// the clause's subject held with a named partner, set beside the clause's act, is an act of its own (the two met or
// spoke), not the topic or purpose of the act already coded in that clause.
import { contactWith, heldAt } from "./background.ts";
import type { Unit } from "./sentence-units.ts";

// Prepositions that set an act inside a contact: "in a phone call with", "during talks with", "at a meeting with",
// "on a call with", "over the phone with".
const SETTING = new Set(["in", "during", "at", "on", "over"]);
// Words of the contact's own noun phrase before its noun: "a lengthy phone call", "their first meeting".
const PHRASE = new Set(["DET", "ADJ", "NUM", "NOUN", "PRON"]);

// Words whose "in" takes the contact as their complement, not as a setting: "take part in talks with", "a role in",
// "interested in talks with Kyiv", "engaged in talks" (the verb's own act says whether they were held).
const IN_TAKERS = new Set(["part", "role", "participation", "involvement", "interest", "stake", "progress"]);

/** The trigger at `head` is a contact with a named partner, in a phrase that sets the clause's act inside it. */
export function heldContact(units: readonly Unit[], head: number): boolean {
  if (!contactWith(units, head)) return false;
  let k = head - 1;
  while (k >= 0 && PHRASE.has((units[k] as Unit).pos) && !units[k]?.mention) k--;
  const prep = units[k];
  if (!prep || !(SETTING.has(prep.lower) || heldAt(prep.lower, k))) return false;
  const lemma = (units[head] as Unit).lemma;
  if (lemma === "talk" && !heldAt(prep.lower, k)) return false;
  // "on a call with", "over the phone with" set a call; "insisted on a meeting with", "agreed on a summit with",
  // "a row over a visit with" name the contact as what is wanted or disputed, not one held.
  if ((prep.lower === "on" || prep.lower === "over") && !CALLS.has(lemma)) return false;
  const before = units[k - 1];
  if ((prep.lower !== "in" && prep.lower !== "on") || !before) return true;
  // "said in a phone call with", "praised the deal in talks with": a saying verb, an object or a name before it;
  // "insisted on a call with" names a call wanted.
  return before.pos === "VERB" ? SAYING.has(before.lemma) : before.pos !== "ADJ" && !IN_TAKERS.has(before.lemma);
}

// Contacts made by phone or screen, which "on" and "over" set: "on a call with", "over the phone with".
const CALLS = new Set(["call", "phone", "telephone", "videoconference"]);

// Verbs of saying whose "in" sets where they spoke: "said in a call with Putin".
const SAYING = new Set(["say", "tell", "add", "note", "stress", "emphasize", "emphasise", "underline", "reiterate"]);
