// The context rules over the raw matches of the actor finder (actors.ts), in text order: titles and state words
// absorbed into a person, role words attached, coordinated state words sharing one role ("Russian and Belarusian
// soldiers"), bare role phrases added, homonyms settled, and the dateline dropped.
import type { ActorMention, Role } from "../domain/index.ts";
import type { FindActorOptions, Match } from "./actors.ts";
import { backedGroup, isTalks } from "./actors-backed.ts";
import { withBareMentions } from "./actors-bare.ts";
import { withBodiesNamedBack } from "./actors-bodies-named-back.ts";
import { datelineEnd, roleAfter, roleBeforeOf, titlesBefore } from "./actors-context.ts";
import { withCountedStates } from "./actors-counted-states.ts";
import { withEpithets } from "./actors-epithets.ts";
import { formerRole, namesFormerHolder } from "./actors-former.ts";
import { resolveHomonyms } from "./actors-homonyms.ts";
import { detachAffiliation, extendKin, isMaker, joinsKin, placeResidents, STATE_WORDS } from "./actors-kin.ts";
import { backsArmedGroup, controlledFrom, withoutModifiers } from "./actors-modifiers.ts";
import { statedPartyRole } from "./actors-named-bodies.ts";
import { postAtUn } from "./actors-posts.ts";
import { officeOfState, sharedOfficesBare } from "./actors-shared-offices.ts";
import { withStaff } from "./actors-staff.ts";
import { tradeBefore } from "./actors-trades.ts";
import { resolveUsStates } from "./actors-us-states.ts";
import { keepWithState } from "./actors-with-state.ts";
import type { Gazetteer } from "./gazetteer.ts";
import type { GazToken } from "./gazetteer-tokens.ts";

/** Kinds of a place's role phrase ("Tbilisi Mayor", "Shanghai police"). */
const PLACE_ROLES = new Set(["role", "capital"]);

/** Kinds a role word can refine. */
const ROLE_TAKERS = new Set(["state", "demonym", "capital", "region"]);

/** Applies the context rules to the raw matches and turns them into mentions. */
export function toMentions(
  gz: Gazetteer,
  text: string,
  toks: GazToken[],
  sent: Int32Array,
  matches: Match[],
  opts: FindActorOptions,
  places: ReadonlySet<string> = new Set(),
): ActorMention[] {
  const kept: Match[] = [];
  /** Tokens of posts that name no actor, which no bare phrase may take either ("UN Ambassador Nikki Haley"). */
  const unowned: [number, number][] = [];
  /** Patrons of backed groups by the group's first token ("Iran-backed | Houthis"). */
  const patrons = new Map<number, string>();
  for (const m of withoutModifiers(gz, text, toks, sent, matches, patrons)) {
    const stated = statedPartyRole(gz, toks, sent, m);
    if (stated) m.actor = { ...m.actor, role: stated };
    const prev = kept.at(-1);
    if (prev && m.i < prev.j) {
      // "South Sudanese President Salva Kiir": a person listed with the title ("President Salva Kiir") starts inside
      // the role words the state word took; state word, title and name are one mention of the person.
      if (m.kind !== "person" || m.j <= prev.j || m.i < prev.bare || !STATE_WORDS.has(prev.kind)) continue;
      m.i = prev.i;
      kept.pop();
      kept.push(m);
      continue;
    }
    if (m.kind === "person") {
      // "Russian President Vladimir Putin", "Russia's President Putin": titles and the state word join the person.
      let start = titlesBefore(gz, toks, sent, m.i);
      // "… met French diplomats. Macron said": a state word in the sentence before is not the person's.
      // "the five Central Asian nations -- Kassym-Jomart Tokayev of Kazakhstan, …": a dash or a comma after a state
      // word or a body ends its phrase; the person who follows is listed, not titled by it.
      const joined = prev !== undefined && /^\.?\s*$/.test(text.slice(toks[prev.j - 1].end, toks[prev.j]?.start));
      if (joined && (prev.kind === "demonym" || prev.kind === "state") && sent[prev.j - 1] === sent[start]) {
        const gapEnd = toks[prev.bare]?.norm === "'s" ? prev.bare + 1 : prev.bare;
        if (gapEnd === start || prev.j === m.i || prev.j === start) {
          // "Jordan's King Hussein": a surname alone names this state's holder, not a namesake abroad (Saddam Hussein).
          if (m.bySurname && prev.actor.code !== m.actor.code)
            m.actor = { code: prev.actor.code, ...(start < m.i ? { role: "government" as Role } : {}) };
          start = prev.i;
          kept.pop();
        }
      } else if (prev?.place && PLACE_ROLES.has(prev.kind) && prev.i < start && start < prev.j) {
        // "Tbilisi Mayor Kakha Kaladze": the city's role phrase took the person's title; one mention of the person.
        start = prev.i;
        kept.pop();
      } else if (joined && prev?.kind === "organisation" && actsForOrganisation(toks, sent, prev, start)) {
        // "U.N. mediator Diego Cordovez", "NATO Secretary General Jens Stoltenberg": the person acts for the body.
        start = prev.i;
        kept.pop();
        m.actor = { code: prev.actor.code, ...(m.actor.person ? { person: m.actor.person } : {}) };
      }
      m.i = start;
      kept.push(m);
      continue;
    }
    if (isMaker(text, toks, m)) continue;
    // "Russia's UN ambassador" is Russia's; "the former United Nations ambassador" speaks for no one named.
    const post = postAtUn(toks, sent, m);
    if (post) {
      if (!takesAsGovernment(toks, prev, m, post[0])) unowned.push([m.i, post[1]]);
      continue;
    }
    // "Armenia's Security Council" belongs to Armenia; a bare "Security Council" is the UN's.
    if (m.entry !== undefined && gz.entries[m.entry].g && takesAsGovernment(toks, prev, m, m.j)) continue;
    // "The Ministry of Defence of Ukraine", "the National Security Council of Armenia": the office is that state's.
    if (prev && officeOfState(gz, toks, sent, prev, m)) {
      kept.pop();
      m.i = prev.i;
      m.actor = { ...m.actor, role: prev.actor.role ?? "government" };
      kept.push(m);
      continue;
    }
    if (ROLE_TAKERS.has(m.kind) && !m.actor.role) {
      if (m.kind === "capital") m.place = [m.i, m.bare];
      const after = controlledFrom(text, toks, sent, m.j) ?? (toks[m.j]?.norm === "'s" ? m.j + 1 : m.j);
      const stateWord = m.kind === "demonym" || m.kind === "state";
      const role = roleAfter(gz, toks, sent, after, stateWord, stateWord ? m.actor.code : undefined);
      if (role) {
        m.actor = { ...m.actor, role: role[1] };
        m.j = role[0];
        // "Russian-backed militias" (a state word listed with its participle): the group is the backer's client, not
        // its forces, and is found like a bare armed group (actors-bare.ts), with the backer as its patron.
        if (backsArmedGroup(toks, m, role[1])) {
          patrons.set(m.i, m.actor.code);
          m.pending = m.actor.code;
        }
      } else {
        // "rioters in the Egyptian square": an adjective after "in" is no place.
        const before = m.kind === "demonym" ? undefined : roleBeforeOf(gz, toks, sent, m.i, prev?.j ?? 0);
        if (before) {
          m.actor = { ...m.actor, role: before[1] };
          m.i = before[0];
        }
      }
      if (m.actor.role) shareRole(text, toks, kept, m);
    }
    if (joinsKin(gz, text, toks, sent, prev, m)) {
      extendKin(gz, toks, sent, prev!, m);
      continue;
    }
    detachAffiliation(text, toks, m);
    kept.push(m);
  }
  placeResidents(gz, toks, sent, kept, patrons);
  resolveUsStates(toks, kept);
  const bare = withBareMentions(
    gz,
    text,
    toks,
    sent,
    sharedOfficesBare(gz, toks, sent, withBodiesNamedBack(toks, sent, kept), places),
    unowned,
    opts.date,
    patrons,
  );
  const all = withCountedStates(gz, toks, sent, withEpithets(gz, text, toks, sent, bare, opts.date));
  for (const m of all) {
    const patron = patrons.get(m.i);
    // "Kremlin-backed rebels in Minsk" read as a city's rebels: in a sentence of talks the city is their venue, and
    // the group stays unplaced; elsewhere a backed group is no army of the state it is in (actors-backed.ts).
    const venue = patron !== undefined && m.place !== undefined && isTalks(toks, sent, m.place[0]);
    if (patron && (venue || patron !== m.actor.code))
      m.actor = backedGroup(m.actor, patron, venue ? { breakaway: false } : { code: m.actor.code, breakaway: false });
    // "opposition leader Gakharia", "Blogger X": a listed person out of office is what the trade word says.
    const trade = m.kind === "person" && !m.actor.role ? tradeBefore(gz, toks, sent, m.i, m.j - 1) : undefined;
    if (trade) m.actor = { ...m.actor, role: trade };
    if (!namesFormerHolder(toks, sent, m.i, m.j)) continue;
    const role = formerRole(m);
    if (role !== m.actor.role) m.actor = { ...m.actor, ...(role ? { role } : {}) };
  }
  const resolved = keepWithState(gz, resolveHomonyms(gz, toks, sent, all), places);
  return finish(text, toks, sent, withStaff(toks, sent, resolved), opts);
}

/** Office words between an organisation and a person's name ("U.N. mediator", "EU foreign policy chief"). */
const ORG_OFFICE = new Set(
  "chief head boss mediator negotiator representative special top foreign policy rapporteur commissioner inspector coordinator official spokesman spokeswoman spokesperson envoy secretary general deputy director".split(
    " ",
  ),
);

/** Words that open an envoy's portfolio after the office words ("Special Representative for Dialogue"). */
const PORTFOLIO = new Set(["for", "on"]);
/** Longest portfolio, in words after "for" or "on". */
const MAX_PORTFOLIO = 4;

/**
 * Whether an organisation mention ends where the titles before a person begin, or only office words lie between,
 * maybe with the post's capitalised portfolio ("EU Special Representative for Dialogue Miroslav Lajcak").
 */
function actsForOrganisation(toks: GazToken[], sent: Int32Array, org: Match, titleStart: number): boolean {
  if (sent[org.i] !== sent[titleStart]) return false;
  // "U.N. Secretary-General" is itself a listed name: the person's title run starts inside it.
  if (org.j > titleStart) return org.i < titleStart;
  let k = org.j;
  while (k < titleStart && k - org.j < 3 && ORG_OFFICE.has(toks[k].norm)) k++;
  if (k > org.j && k < titleStart && PORTFOLIO.has(toks[k].norm)) {
    const from = ++k;
    while (k < titleStart && k - from < MAX_PORTFOLIO && (toks[k].shape !== 0 || toks[k].norm === "the")) k++;
  }
  return k === titleStart;
}

/**
 * Whether a state word right before `m` ("Armenia's", "Russian") takes it, up to token `end`, as its government's;
 * if so, `prev` is extended over it.
 */
function takesAsGovernment(toks: GazToken[], prev: Match | undefined, m: Match, end: number): boolean {
  if (!prev || (prev.kind !== "state" && prev.kind !== "demonym")) return false;
  if (prev.j !== m.i && !(prev.j + 1 === m.i && toks[prev.j].norm === "'s")) return false;
  prev.j = end;
  prev.actor = { ...prev.actor, role: "government" };
  return true;
}

/** "Russian and Belarusian soldiers": state words coordinated with a role-bearing one share its role. */
function shareRole(text: string, toks: GazToken[], kept: Match[], m: Match): void {
  let right = m;
  for (let k = kept.length - 1; k >= 0; k--) {
    const left = kept[k];
    if (!ROLE_TAKERS.has(left.kind) || left.actor.role) break;
    const last = toks[left.j - 1];
    // "U.S. and Russian negotiators": the full stop of an abbreviation is no gap.
    const dot = last.end - last.start === 1 && text[last.end] === "." ? 1 : 0;
    const gap = text.slice(last.end + dot, toks[right.i].start);
    if (!/^\s*(?:,|and|or|,\s*and)\s*$/.test(gap)) break;
    // A comma alone joins a list of adjectives ("Russian, Belarusian and Kazakh troops"); after a noun it ends a
    // phrase ("near Bulgaria, Macedonian officials said"; "in central Baghdad, Iraqi police said").
    if (gap.trim() === "," && left.kind !== "demonym" && last.shape !== 2) break;
    left.actor = { ...left.actor, role: m.actor.role };
    right = left;
  }
}

function finish(
  text: string,
  toks: GazToken[],
  sent: Int32Array,
  kept: Match[],
  opts: FindActorOptions,
): ActorMention[] {
  const dateline = opts.dateline === false ? 0 : datelineEnd(text);
  const place = opts.datelinePlace?.toLowerCase();
  const out: ActorMention[] = [];
  for (const m of kept) {
    const start = toks[m.i].start;
    const end = toks[m.j - 1].end;
    if (start < dateline) continue;
    const surface = text.slice(start, end);
    if (place && surface.toLowerCase() === place && isDatelineSpot(text, start, end)) continue;
    out.push({ start, end, text: surface, kind: m.kind, actor: m.actor, sentence: Math.max(sent[m.i], 0) });
  }
  return out;
}

/** A place at the start of a line followed by a comma or dash is a dateline, not an actor. */
function isDatelineSpot(text: string, start: number, end: number): boolean {
  const lineStart = start === 0 || text[start - 1] === "\n" || /\n\s*$/.test(text.slice(Math.max(0, start - 4), start));
  return lineStart && /^\s*(?:,|\(|—|–|-)/.test(text.slice(end, end + 3));
}
