// The tagger reads a plural noun that opens a trade compound as a verb: "the US arms/VERB sales to Taiwan",
// "Russian arms/VERB deliveries to Mali". Two verbs cannot follow each other with no subject between, and these
// second nouns name the trade itself, so the first word is the compound's noun ("arms" in "arms sales").
import type { Unit } from "./sentence-units.ts";

// Nouns that a plural trade good opens: "arms sales", "weapons deliveries", "arms embargo", "arms control".
const TRADE_HEADS = new Set([
  "sale",
  "sales",
  "deal",
  "deals",
  "delivery",
  "deliveries",
  "supply",
  "supplies",
  "transfer",
  "transfers",
  "export",
  "exports",
  "import",
  "imports",
  "shipment",
  "shipments",
  "package",
  "packages",
  "purchase",
  "purchases",
  "embargo",
  "control",
  "trade",
  "trafficking",
  "smuggling",
]);

// Plural goods that are also verbs in the third person, so the tagger may read them as one: "arms", "shells". A verb
// outside them before a trade noun is the verb it is: "Ukraine bans imports", "Turkey sends supplies to Syria".
const GOODS = new Set(["arms", "shells", "tanks", "mines", "guns", "jets", "drones", "drugs", "chips", "fuels"]);

/** Retags as a noun a verb-tagged plural good right before a trade noun: "arms/VERB sales" → "arms/NOUN sales". */
export function retagTradeCompounds(units: Unit[]): void {
  for (let i = 0; i < units.length - 1; i++) {
    const u = units[i] as Unit;
    const next = units[i + 1] as Unit;
    if (u.mention || u.pos !== "VERB" || !GOODS.has(u.lower)) continue;
    if (next.mention || next.pos !== "NOUN" || !TRADE_HEADS.has(next.lower)) continue;
    u.pos = "NOUN";
    u.lemma = u.lower;
  }
}
