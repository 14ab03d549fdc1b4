// "The president", "the foreign minister", "the government" in a text that names several states: news names the
// office's holder once ("President Tokayev met Putin …") and then refers back to it with the bare office. The phrase
// takes the state of the nearest earlier mention of the same office, or of the one state the lead is about, but only
// while the text stays on that state: a sentence whose subject is another state ends the reference, and two states'
// holders of the office in the antecedent's sentence leave it unresolved.

import type { Match } from "./actors.ts";
import { crowned, MONARCH_TITLES, termAt } from "./actors-context.ts";
import type { Gazetteer } from "./gazetteer.ts";
import type { GazToken } from "./gazetteer-tokens.ts";

/**
 * An office a bare phrase can refer back to; "government" stands for every body of a state's government, and "head
 * of state" for a state's highest office that is no presidency: a monarch's (king, queen, emir, sultan, emperor,
 * grand duke) or a supreme leader's. "The head of state" refers back to a president or to one of these.
 */
export type Office =
  | "president"
  | "head of state"
  | "monarch"
  | "king"
  | "emir"
  | "sultan"
  | "emperor"
  | "prime minister"
  | "foreign minister"
  | "defence minister"
  | "government";

const PERSON_OFFICES: [RegExp, Office][] = [
  [/\b(?:prime minister|premier|chancellor|chairman of the cabinet|head of government)\b/, "prime minister"],
  [
    /\b(?:defen[cs]e minister|minister of defen[cs]e|armed forces minister|defen[cs]e secretary|secretary of state for defen[cs]e)\b/,
    "defence minister",
  ],
  [
    /\b(?:foreign(?: affairs)? minister|minister of foreign affairs|foreign secretary|secretary of state)\b/,
    "foreign minister",
  ],
  [/\bpresident\b/, "president"],
  // The offices of heads of state other than presidents, as people.tsv and news titles name them ("King Charles",
  // "Qatar's emir", office "supreme leader"); a governor-general only stands in for a monarch, and a prince heads a
  // state only in a principality, while "crown prince" is an heir: neither is read as a head of state.
  [/\b(?:head of state|supreme leader|pope)\b/, "head of state"],
  // "The king" refers back to a king, never to a president or an emperor named beside him ("King Charles met
  // President Macron", "King Charles hosted Emperor Naruhito"); "the monarch" to any of them.
  [/\b(?:king|queen)\b/, "king"],
  [/\b(?:emir|amir)\b/, "emir"],
  [/\bsultan\b/, "sultan"],
  [/\b(?:emperor|empress)\b/, "emperor"],
  [new RegExp(`\\b(?:${MONARCH_TITLES}|monarch)\\b`), "monarch"],
];
const BODY =
  /\b(?:government|regime|junta|cabinet|ministry|administration|leadership|presidency|authorities|security (?:council|committee|service))\b/;
/** Words that make an office someone else's: the vice-president is not the president, the former one no longer. */
const NOT_HOLDER =
  /\b(?:vice|deputy|former|ex|late|first lady|candidate|elect|presidential|exchequer|mother|consort|dowager)\b/;

/** Whether a holder of `its` fills `office`: any office of a government is the government's, a king, emir, sultan
 * or emperor is a monarch, and a president or a monarch is a head of state too. */
function fills(its: Office | undefined, office: Office): boolean {
  if (office === "government") return its !== undefined;
  if (its === office) return true;
  const crowned = its !== undefined && MONARCHS.has(its);
  return (office === "monarch" && crowned) || (office === "head of state" && (its === "president" || crowned));
}

/** The offices of a monarch, by title or as "the monarch". */
const MONARCHS: ReadonlySet<Office> = new Set(["monarch", "king", "emir", "sultan", "emperor"]);

/** Whether the state `code` has no `office` at all: a king or an emir only reigns where the gazetteer lists a monarch,
 * so "President Macron arrived in Rabat. The king welcomed him" is not France's king, whatever the lead is about. */
const noSuch = (gz: Gazetteer, office: Office, code: string) => MONARCHS.has(office) && !crowned(gz, code);

/** The office named by `words`, a bare phrase or a title in lower case ("the foreign minister"), or undefined. */
export function officeIn(words: string): Office | undefined {
  if (NOT_HOLDER.test(words)) return undefined;
  for (const [re, office] of PERSON_OFFICES) if (re.test(words)) return office;
  return BODY.test(words) ? "government" : undefined;
}

/** A phrase that ends on its office word ("the president", "the country's government"), not on a name after it. */
const ENDS_ON_OFFICE = new RegExp(
  "(?:president|premier|minister|secretary|government|regime|junta|cabinet|ministry(?: of(?: \\S+){1,2})?|" +
    `administration|leadership|presidency|head of state|security (?:council|committee|service)|${MONARCH_TITLES}|monarch)$`,
);

const wordsOf = (toks: GazToken[], i: number, j: number) => {
  let s = "";
  for (let k = i; k < j; k++) s += (k > i ? " " : "") + toks[k].norm;
  return s;
};

/** The office the bare phrase `f` names; only the office itself refers back ("President Abdelaziz Bouteflicka"
 * introduces someone new). */
function bareOffice(toks: GazToken[], f: Match): Office | undefined {
  const words = wordsOf(toks, f.i, f.j);
  return ENDS_ON_OFFICE.test(words) ? officeIn(words) : undefined;
}

/** The office each mention's own words name (null: none), read once per mention. */
const ownOffice = new WeakMap<Match, Office | null>();

/**
 * How well `m` names the office `office` of its state, for a later bare phrase to refer to it: 2 when the text says
 * so ("President Tokayev", "Kazakhstan's government"), 1 when only the person's term on `date` does ("Putin"), else 0.
 * "The government" refers back to any office of a government, "the president" only to the president.
 */
function holds(gz: Gazetteer, toks: GazToken[], m: Match, office: Office, date: string | undefined): number {
  if (!m.actor.code || !gz.states.has(m.actor.code) || m.actor.role !== "government") return 0;
  const fits = (its: Office | undefined) => fills(its, office);
  let own = ownOffice.get(m);
  if (own === undefined) ownOffice.set(m, (own = officeIn(wordsOf(toks, m.i, m.j)) ?? null));
  if (fits(own ?? undefined)) return 2;
  if (m.kind !== "person" || m.entry === undefined) return 0;
  const { term, inOffice } = termAt(gz.entries[m.entry], date);
  return inOffice && term?.o && fits(officeIn(term.o)) ? 1 : 0;
}

/** Words that may come before a sentence's subject ("On Monday Kazakhstan…", "Late last year the Kazakh…"). */
const OPENING = new Set(["the", "on", "in", "at", "late", "early", "last", "this", "a", ",", "'s"]);
/** Words that open a short introductory phrase set off by a comma ("In a statement,", "After the talks,"). */
const INTRODUCING = new Set(
  "in on at after before during following amid despite earlier later meanwhile separately however".split(" "),
);
/** Longest introductory phrase, in words up to its comma. */
const MAX_INTRO = 6;

/**
 * Whether the mention at token `i` opens its sentence, as its subject: only names and opening words before it, or a
 * short introductory phrase up to a comma ("In a statement, the Kazakh foreign ministry…").
 */
function opensSentence(toks: GazToken[], sent: Int32Array, i: number): boolean {
  let k = i - 1;
  for (; k >= 0 && sent[k] === sent[i]; k--) {
    if (toks[k].norm === "," && introduces(toks, sent, k)) return true;
    if (toks[k].shape === 0 && !OPENING.has(toks[k].norm)) return false;
  }
  return true;
}

/** Whether the words of the sentence before the comma at `comma` are a short introductory phrase. */
function introduces(toks: GazToken[], sent: Int32Array, comma: number): boolean {
  let first = comma;
  while (first > 0 && sent[first - 1] === sent[comma]) first--;
  return first < comma && comma - first <= MAX_INTRO && INTRODUCING.has(toks[first].norm);
}

/** Words that join two names into one subject ("Russia and Ukraine", "France, Britain and the EU"). */
const JOINING = new Set(["and", "or", ",", "the", "both"]);

/** Whether the subject `named[at]` shares its sentence's subject with another actor joined to it ("Iran and the US"). */
function sharedSubject(toks: GazToken[], sent: Int32Array, named: Match[], at: number): boolean {
  const m = named[at];
  const next = named[at + 1];
  if (!next || sent[next.i] !== sent[m.i] || next.actor.code === m.actor.code) return false;
  for (let k = m.j; k < next.i; k++) if (!JOINING.has(toks[k].norm)) return false;
  return true;
}

/**
 * Sentences back an office may refer: further on, an article has moved through other subjects, and reading every
 * mention back for each phrase would cost a long page dear.
 */
export const REACH = 10;

/** Words that head a person's office ("the university's president", "the union's secretary"). */
const OFFICE_HEADS = new Set(["president", "premier", "minister", "secretary"]);

/**
 * The token of the nearest word before `f`, within reach, that names `office` held by no state: outside every state's
 * mention ("Alan Garber, the university's president", "its president Brad Smith") or inside an organisation's
 * ("European Commission President Ursula von der Leyen"); -1 when there is none. A vice-president or a former one
 * holds no office (officeIn).
 */
function otherHolder(gz: Gazetteer, toks: GazToken[], sent: Int32Array, named: Match[], f: Match, office: Office) {
  const here = sent[f.i];
  let q = named.length - 1;
  for (let k = f.i - 1; k >= 0 && sent[k] >= here - REACH; k--) {
    if (!OFFICE_HEADS.has(toks[k].norm)) continue;
    while (q >= 0 && named[q].i > k) q--;
    if (q >= 0 && named[q].j > k && gz.states.has(named[q].actor.code)) continue;
    if (fills(officeIn(wordsOf(toks, Math.max(k - 2, 0), k + 1)), office)) return k;
  }
  return -1;
}

/** What a bare office phrase is read against: the text's tokens and sentences, the mentions found so far (sorted by
 * position) and the article's date, on which people's terms of office are read. */
export interface OfficeContext {
  gz: Gazetteer;
  toks: GazToken[];
  sent: Int32Array;
  named: Match[];
  date: string | undefined;
}

/** Words after "of" that make an office a state's after all ("the president of the republic"). */
const OWN_STATE = new Set(["country", "republic", "nation", "state", "federation"]);

/**
 * The state the bare office phrase `f` refers back to among the mentions `named` (sorted by position); undefined when
 * the text gives none or more than one; null when the office is someone else's than a state's: a company's, a
 * university's or a commission's, owned by what follows ("the president of Harvard") or named last before it
 * ("Microsoft's president Brad Smith … The president said"), so that it takes no state's code at all.
 */
export function officeAntecedent(cx: OfficeContext, f: Match): string | null | undefined {
  const { gz, toks, sent, named, date } = cx;
  const office = bareOffice(toks, f);
  if (!office) return undefined;
  // "the president of the American Farm Bureau", "the government of Sindh": the office is what follows it, and a
  // person's office so owned is no state's ("the president of the country" is, as its sentence says).
  if (toks[f.j]?.norm === "of" && sent[f.j] === sent[f.i]) {
    const owner = toks[f.j + 1]?.norm === "the" ? toks[f.j + 2] : toks[f.j + 1];
    return office === "government" || OWN_STATE.has(owner?.norm ?? "") ? undefined : null;
  }
  const other = office === "government" ? -1 : otherHolder(gz, toks, sent, named, f, office);
  const here = sent[f.i];
  let n = named.length - 1;
  while (n >= 0 && named[n].i >= f.i) n--;
  // Mentions before the phrase in its own sentence: any of another state than the antecedent's makes it ambiguous.
  const before = new Set<string>();
  for (let k = n; k >= 0 && sent[named[k].i] === here; k--)
    if (gz.states.has(named[k].actor.code)) before.add(named[k].actor.code);
  // The nearest holder the text titles ("President Tokayev met Putin": Tokayev), else the nearest by term alone.
  let at = -1;
  let rank = 0;
  for (let q = n; q >= 0 && rank < 2 && sent[named[q].i] >= here - REACH; q--) {
    const r = sent[named[q].i] < 0 ? 0 : holds(gz, toks, named[q], office, date);
    if (r > rank) [at, rank] = [q, r];
  }
  // Someone else's office named after the state's holder, or with no state's holder before it, is what the phrase
  // refers back to.
  if (other >= 0 && (at < 0 || other > named[at].i)) return null;
  let found: string | undefined;
  let from: number;
  if (at >= 0) {
    found = named[at].actor.code;
    // Two states' holders of the office in the antecedent's sentence ("Tokayev met Putin"): no telling which.
    const s = sent[named[at].i];
    from = at;
    while (from > 0 && sent[named[from - 1].i] === s) from--;
    for (let q = from; q < named.length && sent[named[q].i] === s && named[q].i < f.i; q++)
      if (named[q].actor.code !== found && holds(gz, toks, named[q], office, date) >= rank) return undefined;
  } else {
    // No earlier holder: the one state the lead is about, the subject of the text's first sentence. A later sentence
    // is no lead ("Senate Republicans passed the bill. Ukraine's foreign minister visited. The president…": the
    // president is not Ukraine's), nor is a lead about two ("Iran and the US held talks. The foreign minister…").
    from = named.findIndex((m) => sent[m.i] >= 0);
    const lead = sent.find((s) => s >= 0);
    if (from < 0 || sent[named[from].i] !== lead || lead === here || lead < here - REACH) return undefined;
    if (!gz.states.has(named[from].actor.code)) return undefined;
    if (!opensSentence(toks, sent, named[from].i) || sharedSubject(toks, sent, named, from)) return undefined;
    found = named[from].actor.code;
    if (noSuch(gz, office, found)) return undefined;
  }
  for (const code of before) if (code !== found) return undefined;
  // A sentence between them whose subject (its first state mention, as news writes it) is another state changes the
  // subject: the reference does not cross it, unless a later sentence opens on a holder of the office of the same
  // state again ("The president wants a deal. Beijing balked. Trump is the final decision-maker. The president said…").
  let last = sent[named[from].i];
  let changed = false;
  for (let q = from; q <= n; q++) {
    const s = sent[named[q].i];
    if (s <= last || s >= here || !gz.states.has(named[q].actor.code)) continue;
    if (named[q].actor.code !== found) changed = true;
    else if (changed && holds(gz, toks, named[q], office, date) > 0) changed = false;
    last = s;
  }
  return changed ? undefined : found;
}

/**
 * Whether the text names, within reach before the bare office phrase `f`, holders of its office ("the president")
 * and none of `code`'s: then the phrase is not `code`'s office even where its sentence names only `code` ("President
 * Trump signed the order. Canada's prime minister criticised it. The president said Canada would pay": not Canada's).
 * "The government" is left to its sentence: every state has one; a king only a state that has a monarch.
 */
export function officeHeldElsewhere(cx: OfficeContext, f: Match, code: string): boolean {
  const { gz, toks, sent, named, date } = cx;
  const office = bareOffice(toks, f);
  if (!office || office === "government") return false;
  if (noSuch(gz, office, code)) return true;
  let held = false;
  for (let q = 0; q < named.length && named[q].i < f.i; q++) {
    if (sent[named[q].i] < sent[f.i] - REACH || !holds(gz, toks, named[q], office, date)) continue;
    if (named[q].actor.code === code) return false;
    held = true;
  }
  return held;
}
