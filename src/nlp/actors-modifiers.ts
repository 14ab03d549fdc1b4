// A state or organisation named only to describe another actor is no actor itself: "Russian-backed militias", "Iran-
// backed Houthi rebels", "US-brokered talks", "the Russia-led CSTO", "NATO ally Turkey". The head of the phrase
// acts (the Houthis, the talks' parties, Turkey); the modifier's state only backs, leads or counts it as a member.
// A backed government or leader ("the US-backed government of Afghanistan", "the Kremlin-backed leader of Abkhazia")
// acts for its own state: the patron is dropped. A backed armed group acts for itself too, but keeps its patron on
// its mention: acts about the group's status (refusing to recognise it, calling it a puppet) are aimed at the patron.
import type { Role } from "../domain/index.ts";
import type { Match } from "./actors.ts";
import { roleAfter } from "./actors-context.ts";
import type { Gazetteer } from "./gazetteer.ts";
import type { GazToken } from "./gazetteer-tokens.ts";

/** Participles that make the name hyphenated to them a backer of the actor after it ("Russian-backed", "al Qaeda-linked"). */
export const BACKING = new Set(
  "backed sponsored supported funded financed armed trained affiliated linked installed aligned allied friendly leaning inspired".split(
    " ",
  ),
);
/** Participles of a go-between: what follows is talks or a deal, never the state's own act ("US-brokered talks"). */
const BROKERING = new Set(["brokered", "mediated"]);
/** After "-led", a multi-state body ("the Russia-led alliance"); a coalition or force led by a state is its own. */
const LED_BODIES = new Set("alliance bloc union organisation organization grouping".split(" "));
/** Nouns between an organisation and a member state ("NATO ally Turkey", "EU member states Latvia and Estonia"), or the
 * state holding its rotating chair or hosting it ("BRICS chair Brazil invited", "G20 host India"): the state acts. */
const MEMBERSHIP = new Set("ally allies member members partner partners chair chairman host".split(" "));
/** Participles of affiliation that may follow a group's name without a hyphen ("al Qaeda linked"). */
const AFFILIATION = new Set("linked affiliated aligned inspired allied".split(" "));
/** Heads an affiliation participle describes: a group of fighters, not a state's act. */
const GROUP_HEADS = new Set(
  "group groups militants fighters cell cells network networks faction factions insurgents rebels militia militias jihadists".split(
    " ",
  ),
);
const STATE_NOUNS = new Set("state states country countries nation nations".split(" "));
/** Roles of a backed head that is an armed group ("Kremlin-backed rebels"): it keeps its patron on its mention. */
const ARMED: ReadonlySet<Role> = new Set(["military", "rebels"]);

const MODIFIED_KINDS = new Set(["state", "demonym", "organisation", "capital", "seat"]);

/** `matches` without the mentions that only describe another actor; `text` gives the gap before the participle. */
export function withoutModifiers(
  gz: Gazetteer,
  text: string,
  toks: GazToken[],
  sent: Int32Array,
  matches: Match[],
  patrons?: Map<number, string>,
): Match[] {
  return matches.filter((m, n) => !describes(gz, text, toks, sent, m, matches[n + 1], patrons));
}

function describes(
  gz: Gazetteer,
  text: string,
  toks: GazToken[],
  sent: Int32Array,
  m: Match,
  next: Match | undefined,
  patrons?: Map<number, string>,
): boolean {
  if (!MODIFIED_KINDS.has(m.kind)) return false;
  if (backerAside(toks, sent, m)) return true;
  // "Turkish-backed | Syrian National Army": a state word listed with its participle ends on it.
  const listed = endsInBacking(toks, m) && next?.i === m.bare;
  const k = listed ? m.bare - 1 : m.bare;
  const word = toks[k];
  if (!word || sent[k] !== sent[m.i]) return false;
  const gap = listed ? "-" : text.slice(toks[k - 1].end, word.start);
  // Hyphenated only: "Britain backed Ukraine", "Norway mediated" are verbs.
  if (gap === "-") {
    // "the Kremlin-backed leader", "the US-backed government" act for their own state. Authorities a state installed
    // ("Russian-installed officials in Kherson") govern for it.
    if (BROKERING.has(word.norm)) return true;
    if (BACKING.has(word.norm)) {
      // The head's role: its own ("the US-backed government") or a state word's ("the US-backed Afghan government").
      const state = next?.i === k + 1 ? next : undefined;
      const role = roleAfter(gz, toks, sent, k + 1)?.[1] ?? state?.actor.role ?? roleAfterMatch(gz, toks, sent, state);
      if (word.norm === "installed" && role === "government") return false;
      // "Russian-backed Libyan strongman Khalifa Haftar": a head with a nationality of its own and no role word is that
      // state's person or body; the backer only describes it (not a people "Russian Libyans" of the backer's).
      if (role === undefined && state && (state.kind === "demonym" || state.kind === "state")) return true;
      // An armed or named head ("Kremlin-backed rebels", "Iran-backed Houthis") acts on its own account, for the state
      // it fights in (analysts' judgement, as PLOVER codes such groups REB of that state); the patron is noted on the
      // head (actors-mentions.ts) so that acts about the group's status are aimed at it ("Kyiv refused to recognise
      // the Kremlin-backed rebels' referendum": UKR>RUS 12), while force, sanctions and condemnation stay with the group.
      if (role !== undefined && ARMED.has(role)) {
        patrons?.set(k + 1, m.actor.code);
        return true;
      }
      // A head with no role ("Iran-backed paramilitary groups", "Pyongyang-backed hackers", a breakaway region that
      // carries its patron already) keeps the patron in view, and the coder aims words about the group at it.
      return role !== undefined;
    }
    if (word.norm === "led") {
      const head = toks[k + 1];
      return (
        head !== undefined &&
        (LED_BODIES.has(head.norm) || (next !== undefined && next.i === k + 1 && next.kind === "organisation"))
      );
    }
  }
  // "the al Qaeda linked group", "Islamic State affiliated fighters": an armed group's name before a participle of
  // affiliation (written open, without the hyphen) only describes the group after it, which is another.
  if (
    gap === " " &&
    m.kind === "organisation" &&
    AFFILIATION.has(word.norm) &&
    GROUP_HEADS.has(toks[k + 1]?.norm ?? "")
  )
    return true;
  // "NATO ally Turkey", "EU member states Latvia and Estonia", "NATO-member Turkey": the organisation names the
  // state's membership.
  if (m.kind !== "organisation" || (gap !== " " && gap !== "-") || !MEMBERSHIP.has(word.norm) || !next) return false;
  const at = STATE_NOUNS.has(toks[k + 1]?.norm ?? "") ? k + 2 : k + 1;
  if (next.i !== at || next.kind !== "state" || sent[at] !== sent[m.i]) return false;
  // The state's mention takes in the words before it ("NATO ally Turkey" is Turkey), so that no noun of the phrase is
  // left to read as the head of the subject.
  next.i = m.i;
  return true;
}

/**
 * "Wagner, backed by Moscow, attacked villages": a backer in a comma-closed aside after the head describes it, as
 * "Moscow-backed" would; the aside is no act of the backer's (standing support, not an event of the text).
 */
function backerAside(toks: GazToken[], sent: Int32Array, m: Match): boolean {
  const by = m.i - 1;
  if (by < 2 || toks[by].norm !== "by" || !BACKING.has(toks[by - 1].norm) || toks[by - 2].norm !== ",") return false;
  if (sent[by - 2] !== sent[m.i]) return false;
  const after = toks[m.j];
  return after === undefined || sent[m.j] !== sent[m.i] || after.norm === ",";
}

/** The role word right after a match ("Afghan government"), if any. */
function roleAfterMatch(gz: Gazetteer, toks: GazToken[], sent: Int32Array, m: Match | undefined): Role | undefined {
  return m ? roleAfter(gz, toks, sent, m.j)?.[1] : undefined;
}

/** Whether a state word that ends in a backing participle ("Russian-backed", listed as one name) takes an armed role. */
export function backsArmedGroup(toks: GazToken[], m: Match, role: Role): boolean {
  return ARMED.has(role) && endsInBacking(toks, m);
}

/** Whether a mention is a state word listed with its backing participle, as one name ("Russian-backed"). */
function endsInBacking(toks: GazToken[], m: Match): boolean {
  return m.bare > m.i + 1 && BACKING.has(toks[m.bare - 1]?.norm ?? "");
}

/** Participles that make the state hyphenated to them the one who runs the body after it ("Russian-controlled"). */
const CONTROLLING = new Set(["controlled", "commanded", "run", "operated"]);

/**
 * "Russian-controlled border guards detained two Georgians", "Russia-controlled so-called border guards", "Russian
 * controlled forces": a body a state controls acts for it, as "Russian border guards" do; unlike a backed group, it
 * has no state of its own. Returns where the body's role words start, after the participle (and a "so-called").
 */
export function controlledFrom(text: string, toks: GazToken[], sent: Int32Array, j: number): number | undefined {
  const word = toks[j];
  if (!word || sent[j] !== sent[j - 1] || !CONTROLLING.has(word.norm)) return undefined;
  const gap = text.slice(toks[j - 1].end, word.start);
  // Written open only for "controlled": "Russia run …" is rather a verb.
  if (gap !== "-" && !(gap === " " && word.norm === "controlled")) return undefined;
  let k = j + 1;
  if (toks[k]?.norm === "so" && toks[k + 1]?.norm === "called") k += 2;
  return sent[k] === sent[j] ? k : undefined;
}
