// "Israeli forces intercepted a ship carrying aid to Gaza": a noun act that a vessel or convoy carries is its cargo.
// The clause's subject stopped or seized the carrier; it did not give the aid. Only a sender of the carrier ("Turkey
// sent a ship carrying aid to Gaza") or the act's own agent ("carrying Turkish aid") gives it.
import type { Unit } from "./sentence-units.ts";

// Participles that say what a carrier holds: "a ship carrying aid", "a convoy transporting weapons".
const CARRYING = new Set(["carrying", "transporting", "ferrying", "hauling", "bearing", "bringing", "delivering"]);
// Verbs whose subject sends the carrier, and so its cargo: "sent a ship carrying aid".
const SENDING = new Set(["send", "dispatch", "despatch", "deliver", "ship", "launch", "load", "organise", "organize"]);
// Words of the cargo's own phrase: "carrying humanitarian aid", "carrying 40 tonnes of aid".
const PHRASE = new Set(["DET", "ADJ", "NUM", "NOUN"]);

/** The noun act at `head` is what a thing carries ("a ship carrying aid") and the clause's verb did not send it. */
export function carriedCargo(units: readonly Unit[], head: number): boolean {
  let k = head - 1;
  while (k >= 0 && (PHRASE.has((units[k] as Unit).pos) || units[k]?.lower === "of") && !units[k]?.mention) k--;
  const carrying = units[k];
  if (!carrying || !CARRYING.has(carrying.lower)) return false;
  // The carrier: a noun that is no actor ("a ship", "the convoy"), right before the participle.
  const carrier = units[k - 1];
  if (!carrier || carrier.mention || carrier.pos !== "NOUN") return false;
  const clause = carrying.clause;
  for (let j = k - 2; j >= 0 && (units[j] as Unit).clause === clause; j--) {
    const u = units[j] as Unit;
    if (u.pos === "VERB") return !SENDING.has(u.lemma);
  }
  return true;
}
