// A single noun phrase ("two Chinese warplanes", "Russia's ambassador to Poland", "Kassym-Jomart Tokayev") → the
// actor it names: country or organisation code, role, and the words left once the actor's name is taken out.
import type { Role } from "../domain/index.ts";
import { findActorMentions } from "./actors.ts";
import { longest } from "./actors-context.ts";
import { givenNames, isGivenNameOfName, NOT_NAMES } from "./actors-names.ts";
import { type Gazetteer, gazetteer } from "./gazetteer.ts";
import { gazTokens } from "./gazetteer-tokens.ts";

export interface ResolvedActor {
  /** ISO3 of the state the phrase belongs to (for an organisation, absent). */
  country?: string;
  /** Actor code: ISO3, organisation acronym or WEST. */
  code?: string;
  role?: Role;
  person?: string;
  /** The phrase without the actor's name ("four Saudi men" → "four men"). */
  remaining: string;
}

/** The role an agent phrase names ("riot police" → police), by the longest agent phrase in the text. */
function agentRole(gz: Gazetteer, text: string): Role | undefined {
  const words = gazTokens(text).map((t) => t.norm);
  let best: [number, Role] | undefined;
  for (let i = 0; i < words.length; i++) {
    for (let j = Math.min(words.length, i + 5); j > i; j--) {
      const role = gz.agents[words.slice(i, j).join(" ")];
      if (role && (!best || j - i > best[0])) best = [j - i, role];
      if (role) break;
    }
  }
  if (best) return best[1];
  const sent = new Int32Array(words.length);
  const toks = gazTokens(text);
  for (let i = 0; i < toks.length; i++) {
    const m = longest(gz.roles, toks, sent, i);
    const hit = m?.[1][0];
    if (hit?.t === "role") return hit.role;
  }
  return undefined;
}

/** A large city named in the phrase ("Mariupol", "people in Sydney"): its country. */
function cityCountry(gz: Gazetteer, text: string): [number, number, string] | undefined {
  const toks = gazTokens(text);
  const sent = new Int32Array(toks.length);
  for (let i = 0; i < toks.length; i++) {
    const m = longest(gz.names, toks, sent, i);
    const city = m?.[1].find((h) => h.t === "city");
    // "Feliciano Valencia" is a person, not the city: the city must not follow another capitalised word.
    const inName = i > 0 && toks[i - 1].shape !== 0;
    // "Leon Bobb", "Douglas Paul James": a one-word city followed by surnames is a given name.
    if (m?.[0] === i + 1 && isGivenNameOfName(gz, text, toks, sent, i)) continue;
    if (m && city?.t === "city" && toks[i].shape !== 0 && !inName)
      return [toks[i].start, toks[m[0] - 1].end, city.code];
  }
  return undefined;
}

/**
 * "Mahinda Rajapaksa" when only other Rajapaksas are listed: a capitalised two- or three-word name whose surname
 * belongs only to people of one state is most likely from that state (family names are strongly national).
 */
function surnameCountry(gz: Gazetteer, text: string): string | undefined {
  const toks = gazTokens(text.trim());
  if (toks.length < 2 || toks.length > 4 || toks.some((t) => t.shape === 0 || NOT_NAMES.has(t.norm))) return undefined;
  const last = toks.length - 1;
  const m = longest(gz.names, toks, new Int32Array(toks.length), last);
  if (givenNames(gz).has(toks[last].norm)) return undefined; // "Douglas Paul James": James is a given name too
  const codes = new Set(
    (m?.[1] ?? []).filter((h) => h.t === "surname").map((h) => gz.entries[(h as { entry: number }).entry].c),
  );
  return codes.size === 1 ? [...codes][0] : undefined;
}

/**
 * Resolves one noun phrase to its actor; `date` picks the term of office of a named person; `context` (a state or
 * demonym seen around the phrase, "German") supplies the state when the phrase names none ("Defense Minister").
 */
export function resolveActorText(text: string, date?: string, context?: string): ResolvedActor {
  const own = resolveOwn(text, date);
  if (own.code || !context) return own;
  const ctx = resolveOwn(context, date);
  return ctx.country ? { ...own, country: ctx.country, code: ctx.country } : own;
}

function resolveOwn(text: string, date?: string): ResolvedActor {
  const gz = gazetteer();
  const mentions = findActorMentions(text, [], { date, dateline: false });
  const head = mentions.find((m) => m.kind === "person") ?? mentions[0];
  if (!head) {
    const city = cityCountry(gz, text);
    const role = agentRole(gz, text);
    if (city) return { country: city[2], code: city[2], role, remaining: cut(text, city[0], city[1]) };
    const bySurname = surnameCountry(gz, text);
    if (bySurname) return { country: bySurname, code: bySurname, role, remaining: "" };
    return { role, remaining: text.trim() };
  }
  const { code, role, person } = head.actor;
  const out: ResolvedActor = { code, remaining: cut(text, head.start, head.end) };
  if (gz.states.has(code)) out.country = code;
  const r = role ?? (head.kind === "person" ? undefined : agentRole(gz, out.remaining));
  if (r) out.role = r;
  if (person) out.person = person;
  return out;
}

function cut(text: string, start: number, end: number): string {
  return `${text.slice(0, start)} ${text.slice(end)}`
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(?:a|an|the)\b\s*/i, "");
}
