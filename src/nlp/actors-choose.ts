// Choosing among the gazetteer hits of one span: case fit, kind preference, and people ranked by their term of office
// on the article date; surnames alone need a full mention earlier or a title before them.
import { longest, termAt } from "./actors-context.ts";
import type { Gazetteer, Hit } from "./gazetteer.ts";
import type { GazToken } from "./gazetteer-tokens.ts";
import type { GazEntry } from "./gazetteer-types.ts";

/** Hits of the names trie (role words and titles live in tries of their own). */
export type NameHit = Exclude<Hit, { t: "role" } | { t: "title" }>;

/** Preference among entries on the same span: the state reading of "Georgia" beats a Phoenix organisation. */
const KIND_RANK: Record<string, number> = {
  block: 0,
  person: 1,
  state: 2,
  demonym: 3,
  region: 4,
  seat: 5,
  organisation: 6,
  company: 7,
  capital: 8,
  role: 9,
};

/** Whether the tokens from i have the case a name demands (see capsOf in gazetteer.ts). */
export function fits(caps: Uint8Array, toks: GazToken[], i: number): boolean {
  for (let k = 0; k < caps.length; k++) {
    const need = caps[k];
    const shape = toks[i + k].shape;
    if (need === 2 ? shape !== 2 : need === 1 && shape === 0) return false;
  }
  return true;
}

function rankPerson(e: GazEntry, date: string | undefined): number {
  return (termAt(e, date).inOffice ? 0 : 2) + (e.terms?.some((t) => t.o) ? 0 : 1);
}

/**
 * The PETRARCH (Phoenix) dictionaries were last dated in early 2015: a term they leave open ("GBRGOV since June 2010")
 * is known to run only until then. Curated terms name their office and are kept current, so an open one is current.
 */
const PHOENIX_HORIZON = "2016-01-01";

/**
 * Whether the text's date falls in a term of the person's that is known to run then: a closed term, a curated one, or
 * an open Phoenix term before its horizon. "Mr Fox" in 2020 is no Liam Fox, whose Phoenix term is open since 2010.
 */
function knownInOffice(e: GazEntry, date: string | undefined): boolean {
  const { term, inOffice } = termAt(e, date);
  return inOffice && !!term && (!!term.t || !!term.o || (!!date && date < PHOENIX_HORIZON));
}

/**
 * The best-ranked person, the first listed on a tie; the list is the shared cache's, so it is not sorted in place (an
 * earlier document's date would reorder the ties).
 */
export function bestPerson(gz: Gazetteer, people: number[], date: string | undefined): number {
  let entry = people[0]!;
  let best = rankPerson(gz.entries[entry], date);
  for (const k of people) {
    const r = rankPerson(gz.entries[k], date);
    if (r < best) [entry, best] = [k, r];
  }
  return entry;
}

/** A person's name folded for comparison: accents and case aside. */
function personKey(e: GazEntry): string {
  return (e.person ?? e.n[0] ?? "").normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/**
 * Titles that only one office bears, a pope's or a monarch's: "Pope John" or "King Paul" names no prime minister or
 * governor-general surnamed John or Paul, as a surname after "Minister" or "President" may (offices there vary).
 */
const SOLE_OFFICE_TITLES = new Set(["pope", "king", "queen", "emir", "amir", "sultan", "emperor", "empress"]);

/** Whether the person holds, on the date, the office that `title` (a title word, lower case) names. */
function holdsTitle(e: GazEntry, title: string | undefined, date: string | undefined): boolean {
  if (!title || !SOLE_OFFICE_TITLES.has(title)) return true;
  const office = termAt(e, date).term?.o ?? "";
  return office.split(/\s+/).includes(title);
}

/**
 * Chooses among the hits of one span; surnames need a full mention earlier or a title before them. `title` is the
 * title word right before the span, when there is one.
 */
export function choose(
  gz: Gazetteer,
  hits: Hit[],
  ctx: {
    date?: string;
    seen: Set<number>;
    titled: boolean;
    title?: string;
    nextCapital: boolean;
    stateBefore?: string;
  },
): NameHit | undefined {
  const entries = hits.filter((h): h is Extract<Hit, { t: "entry" }> => h.t === "entry");
  if (entries.length) {
    // "Saudi King Abdullah", "Jordan's King Abdullah": a state word before a name two states' people share says whose.
    const other = (e: GazEntry) => (ctx.stateBefore && e.c !== ctx.stateBefore ? 1 : 0);
    return entries.sort((a, b) => {
      const ea = gz.entries[a.entry];
      const eb = gz.entries[b.entry];
      const r = KIND_RANK[ea.k] - KIND_RANK[eb.k];
      if (r || ea.k !== "person") return r;
      return other(ea) - other(eb) || rankPerson(ea, ctx.date) - rankPerson(eb, ctx.date);
    })[0];
  }
  const surnames = hits.filter((h): h is Extract<Hit, { t: "surname" }> => h.t === "surname");
  if (surnames.length) {
    // "President Emmanuel Macron": a surname followed by another capitalised word is part of a longer name.
    if (ctx.nextCapital) return undefined;
    // Named in full before: that person, unless two people of the surname were ("Wang Yi met Wang Wenbin"); two
    // entries of one person ("Erdogan", "Erdoğan") are one.
    const seen = surnames.filter((h) => ctx.seen.has(h.entry));
    if (seen.length) return new Set(seen.map((h) => personKey(gz.entries[h.entry]))).size === 1 ? seen[0] : undefined;
    // After a bare title the person must hold office on the article date (or now, without one).
    const allowed = surnames.filter(
      (h) =>
        h.alone ||
        (ctx.titled &&
          knownInOffice(gz.entries[h.entry], ctx.date) &&
          holdsTitle(gz.entries[h.entry], ctx.title, ctx.date)),
    );
    if (!allowed.length) return undefined;
    // "President Lee" in 2010: of two namesakes in some term then, the one whose term is an office's (a role).
    const roleless = (e: GazEntry) => (termAt(e, ctx.date).term?.r ? 0 : 1);
    return allowed.sort((a, b) => {
      const [ea, eb] = [gz.entries[a.entry], gz.entries[b.entry]];
      return rankPerson(ea, ctx.date) - rankPerson(eb, ctx.date) || roleless(ea) - roleless(eb);
    })[0];
  }
  return hits.find((h): h is Extract<Hit, { t: "city" }> => h.t === "city");
}

/** Whether the person named at [i, j) ends on the first word of a longer listed person's name. */
export function cutsPerson(
  gz: Gazetteer,
  toks: GazToken[],
  sent: Int32Array,
  hit: NameHit,
  i: number,
  j: number,
): boolean {
  if (hit.t !== "entry" || gz.entries[hit.entry].k !== "person" || j - i < 2) return false;
  const next = longest(gz.names, toks, sent, j - 1);
  return (
    next !== undefined && next[0] > j && next[1].some((h) => h.t === "entry" && gz.entries[h.entry].k === "person")
  );
}
