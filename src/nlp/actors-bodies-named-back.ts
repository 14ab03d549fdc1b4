// An international body named again by its kind: "The EU warned Moscow ... Russia accused the bloc of meddling",
// "NATO held drills ... the alliance", "the International Criminal Court ... Washington sanctioned the court". News
// names a body once and then by what it is; the noun stands for the nearest such body named shortly before. Without
// one it stays what the bare-phrase rules make of it ("the court" of a state's sentence is its judiciary).
import type { Match } from "./actors.ts";
import type { GazToken } from "./gazetteer-tokens.ts";

/** Head nouns that name a body by its kind, and the bodies each can stand for. */
const KINDS: Record<string, readonly string[]> = {
  bloc: [
    "EU",
    "CSTO",
    "EAEU",
    "SCO",
    "OTS",
    "CIS",
    "GUAM",
    "BRICS",
    "G7",
    "G20",
    "G8",
    "AU",
    "ASEAN",
    "GCC",
    "ECOWAS",
    "AES",
    "SADC",
    "EAC",
    "MERCOSUR",
    "CARICOM",
    "SAARC",
    "V4",
    "ECO",
    "OIC",
    "ARL",
    "WARSAWPACT",
  ],
  alliance: ["NATO", "CSTO", "AUKUS", "WARSAWPACT", "AES"],
  union: ["EU", "AU", "EAEU"],
  court: ["ICC", "ICJ", "ECHR"],
  tribunal: ["ICC", "ICJ"],
  watchdog: ["IAEA", "OPCW"],
  // "the agency's board", "Tehran condemned the board's resolution": the IAEA's board of governors.
  agency: ["IAEA", "IEA"],
  board: ["IAEA"],
  // "the council" after the UN Security Council (a UN mention) or the Council of Europe.
  council: ["UN", "COE"],
  fund: ["IMF"],
};
KINDS.organisation = KINDS.organization = [...new Set(Object.values(KINDS).flat())];

/** Words that may stand between "the" and the noun and still name the same body ("the military bloc"). */
const QUALIFIERS = new Set([
  "military",
  "security",
  "defence",
  "defense",
  "trade",
  "economic",
  "regional",
  "western",
  "transatlantic",
  "nuclear",
  "international",
  "global",
  "hague-based",
]);

/** Nouns that "of" may make another body's ("the court of appeal", "the union of journalists"). */
const OWNED_BY_OF = new Set(["court", "union", "fund", "organisation", "organization"]);

/** Whether "of" after the noun at k names what body it is, not a charge ("accused the court of meddling"). */
function ownedByOf(toks: GazToken[], k: number): boolean {
  return OWNED_BY_OF.has(toks[k].norm) && toks[k + 1]?.norm === "of" && !toks[k + 2]?.norm.endsWith("ing");
}

/**
 * Nouns that name again only a body named with that noun ("the UN Security Council", "the IAEA board", "the IAEA's
 * Board of Governors"): "the council" after a plain "UN warned" is as often a city's council, "the board" a company's.
 */
const NAMED_WITH_NOUN = new Set(["council", "board"]);

/** Whether the noun at k is a labour body's name ("the trade union"), not a bloc's. */
const tradeUnion = (toks: GazToken[], k: number) => toks[k].norm === "union" && toks[k - 1]?.norm === "trade";

/** Whether the mention m's name, or the three tokens after it, carry `noun` ("UN Security Council", "IAEA's board"). */
function namedWith(toks: GazToken[], m: Match, noun: string): boolean {
  for (let t = m.i; t < Math.min(m.j + 3, toks.length); t++) if (toks[t].norm === noun) return true;
  return false;
}

/** How many sentences back the body may have been named. */
const REACH = 3;

/**
 * `kept` (in text order) with a mention added for each "the [qualifier] NOUN" that names again the nearest body of
 * that kind among the mentions of its sentence or the `REACH` sentences before it. "the bloc's" names it too; "the
 * court of appeal" or "the union of journalists" is another body.
 */
export function withBodiesNamedBack(toks: GazToken[], sent: Int32Array, kept: Match[]): Match[] {
  const added: Match[] = [];
  let next = 0;
  for (let k = 1; k < toks.length; k++) {
    const bodies = KINDS[toks[k].norm];
    if (!bodies || toks[k].shape !== 0 || ownedByOf(toks, k) || tradeUnion(toks, k)) continue;
    let the = k - 1;
    if (QUALIFIERS.has(toks[the].norm) && toks[the].shape === 0) the--;
    if (toks[the]?.norm !== "the" || sent[the] !== sent[k]) continue;
    while (next < kept.length && kept[next].i < the) next++;
    // Already inside a name ("the Hague-based court" may be part of one).
    if (kept.some((m) => m.i <= k && k < m.j)) continue;
    let antecedent: Match | undefined;
    for (let n = next - 1; n >= 0; n--) {
      const m = kept[n];
      if (sent[m.i] < sent[k] - REACH) break;
      if (
        m.kind === "organisation" &&
        bodies.includes(m.actor.code) &&
        (!NAMED_WITH_NOUN.has(toks[k].norm) || namedWith(toks, m, toks[k].norm))
      ) {
        antecedent = m;
        break;
      }
    }
    if (antecedent)
      added.push({ i: the, j: k + 1, bare: k + 1, kind: "organisation", actor: { code: antecedent.actor.code } });
  }
  if (!added.length) return kept;
  return [...kept, ...added].sort((a, b) => a.i - b.i);
}
