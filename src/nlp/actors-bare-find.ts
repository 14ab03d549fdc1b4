// Finding unnamed actors' phrases, before any state is given to them (actors-bare.ts gives it): role phrases
// ("the government", "rebels"), a title before a name the gazetteer does not know ("President Abdelaziz Bouteflicka"),
// "the country's army", "the Kremlin-backed authorities", and the armed head after a backer ("Moscow-backed troops").

import type { Role } from "../domain/index.ts";
import type { Match } from "./actors.ts";
import { longest, roleAfter } from "./actors-context.ts";
import { isCrowd } from "./actors-crowd.ts";
import { BACKING } from "./actors-modifiers.ts";
import { namedBody } from "./actors-named-bodies.ts";
import { DATE_WORDS, NAME_PARTICLES } from "./actors-names.ts";
import { possessed } from "./actors-possessed.ts";
import { PRIVATE_ROLES, STATE_ROLES } from "./actors-trades.ts";
import { type Gazetteer, TokenTrie } from "./gazetteer.ts";
import type { GazToken } from "./gazetteer-tokens.ts";
import { type VocabWord, wordSet } from "./gazetteer-trie.ts";

/** Titles that, before a name the gazetteer does not list, most often name a monarch's spouse. */
const CONSORT_TITLES = new Set(["queen", "empress"]);

/** Longest unknown name a title may introduce. */
const MAX_NAME = 5;

/** Extends a title at [k, end) over the capitalised name after it; returns the new end (end when there is none). */
function nameAfter(toks: GazToken[], sent: Int32Array, covered: Uint8Array, k: number, end: number): number {
  let q = end;
  while (
    q < toks.length &&
    q - end < MAX_NAME &&
    sent[q] === sent[k] &&
    !covered[q] &&
    (toks[q].shape !== 0 || NAME_PARTICLES.has(toks[q].norm))
  )
    q++;
  while (q > end && toks[q - 1].shape === 0) q--; // a name ends on a capitalised word
  return q;
}

/**
 * "President Abdelaziz Bouteflicka", "General Jean Mbeki": a capitalised title and the unknown name after it.
 * Returns [end, role], or undefined. The title's role is its own ("General") or that of the same words as a role
 * phrase ("President", "Defence Minister").
 */
function titledName(
  gz: Gazetteer,
  toks: GazToken[],
  sent: Int32Array,
  covered: Uint8Array,
  k: number,
): [number, Role] | undefined {
  if (toks[k].shape === 0 || gz.titles.stepOn(TokenTrie.ROOT, toks[k]) < 0) return undefined;
  const title = longest(gz.titles, toks, sent, k);
  if (!title) return undefined;
  // A queen or an empress the gazetteer does not list is a king's or an emperor's wife far more often than a
  // reigning monarch (people.tsv lists those): no office of a government, and no state to guess from her sentence.
  if (title[0] === k + 1 && CONSORT_TITLES.has(toks[k].norm)) return undefined;
  const own = title[1].find((h) => h.t === "title" && h.role);
  let role = own?.t === "title" ? own.role : undefined;
  if (!role) {
    const phrase = longest(gz.roles, toks, sent, k);
    const hit = phrase?.[1][0];
    if (phrase?.[0] === title[0] && hit?.t === "role") role = hit.role;
  }
  // Only a state organ's title gives a role; "Mr" and "Dr" give none.
  if (!role || !STATE_ROLES.has(role)) return undefined;
  const end = nameAfter(toks, sent, covered, k, title[0]);
  return end > title[0] ? [end, role] : undefined;
}

/** Words that stand for the state the text is about after "the" ("the country's army"). */
const STATE_NOUNS = new Set(["country", "nation", "kingdom", "republic", "emirate"]);

/** "the country's army", "the nation's president": [end, role] of a role phrase owned by the state in view. */
function countrysRole(gz: Gazetteer, toks: GazToken[], sent: Int32Array, k: number): [number, Role] | undefined {
  if (toks[k].norm !== "the" || k + 3 >= toks.length || toks[k + 2].norm !== "'s") return undefined;
  if (!STATE_NOUNS.has(toks[k + 1].norm) || sent[k + 3] !== sent[k]) return undefined;
  const m = longest(gz.roles, toks, sent, k + 3);
  const hit = m?.[1][0];
  return m && hit?.t === "role" ? [m[0], hit.role] : undefined;
}

/** Longest backer's name before "-backed" ("the Kremlin-backed", "the Saudi-led coalition's"), in words. */
const MAX_BACKER = 4;

/**
 * "The US-backed government", "the Kremlin-backed authorities": "the", a backer's name hyphenated to a backing
 * participle, and a government role phrase. The backer only describes (actors-modifiers drops it); the phrase is the
 * government of the state in view, like "the government". Returns [start, end] of the role phrase, or undefined.
 * Armed heads ("the Iran-backed militias") are left to the modifier rule, which keeps their patron.
 */
function backedGovernment(gz: Gazetteer, text: string, toks: GazToken[], sent: Int32Array, k: number) {
  if (toks[k].norm !== "the") return undefined;
  for (let q = k + 2; q <= k + 1 + MAX_BACKER && q + 1 < toks.length && sent[q + 1] === sent[k]; q++) {
    if (toks[q - 1].shape === 0) return undefined; // the backer is a name: capitalised words only
    if (!BACKING.has(toks[q].norm) || text.slice(toks[q - 1].end, toks[q].start) !== "-") continue;
    const phrase = roleAfter(gz, toks, sent, q + 1);
    return phrase?.[1] === "government" ? ([q + 1, phrase[0]] as const) : undefined;
  }
  return undefined;
}

/** Bare role phrases not inside another mention, with their role and no code yet. */
const bareStartCache = new WeakMap<Gazetteer, (word: VocabWord) => boolean>();

export function findBare(
  gz: Gazetteer,
  text: string,
  toks: GazToken[],
  sent: Int32Array,
  covered: Uint8Array,
): Match[] {
  let startsBare = bareStartCache.get(gz);
  if (!startsBare) bareStartCache.set(gz, (startsBare = wordSet(gz.bare, gz.bareStarts)));
  const found: Match[] = [];
  for (let k = 0; k < toks.length; k++) {
    const owned = covered[k] ? undefined : possessed(gz, toks, sent, covered, k);
    if (owned) {
      found.push(owned);
      k = owned.j - 1;
      continue;
    }
    const body = covered[k] ? undefined : namedBody(toks, sent, covered, k);
    if (body) {
      found.push({ i: k, j: body[0], bare: body[0], kind: "role", actor: { code: "", role: body[1] }, body: true });
      k = body[0] - 1;
      continue;
    }
    const backed = covered[k] ? undefined : backedGovernment(gz, text, toks, sent, k);
    if (backed && !covered.subarray(backed[0], backed[1]).includes(1)) {
      const [i, j] = backed;
      found.push({ i, j, bare: j, kind: "role", actor: { code: "", role: "government" } });
      k = j - 1;
      continue;
    }
    if (covered[k] || !startsBare(toks[k])) continue;
    const named = titledName(gz, toks, sent, covered, k);
    if (named) {
      found.push({
        i: k,
        j: named[0],
        bare: named[0],
        kind: "role",
        actor: { code: "", role: named[1] },
        titled: true,
      });
      k = named[0] - 1;
      continue;
    }
    const own = countrysRole(gz, toks, sent, k);
    if (own) {
      found.push({ i: k, j: own[0], bare: own[0], kind: "role", actor: { code: "", role: own[1] } });
      k = own[0] - 1;
      continue;
    }
    // Most words start no bare phrase: one trie step tells.
    if (gz.bare.stepOn(TokenTrie.ROOT, toks[k]) < 0) continue;
    const m = longest(gz.bare, toks, sent, k);
    const hit = m?.[1][0];
    if (!m || hit?.t !== "role") continue;
    const end = m[0];
    if (covered.subarray(k, end).includes(1)) continue;
    // "government-held", "rebel-controlled": a compound modifier names no actor.
    if (text[toks[end - 1].end] === "-") continue;
    if (!isCrowd(toks, sent, k, end)) continue;
    // "the opposition newspaper La Prensa", "the opposition Umma party": the role phrase modifies the named body.
    const modified = namedBody(toks, sent, covered, end);
    if (modified) {
      const role = modified[1];
      found.push({ i: k, j: modified[0], bare: modified[0], kind: "role", actor: { code: "", role }, body: true });
      k = modified[0] - 1;
      continue;
    }
    // "U.N. officials", "Russia's army", "Red Cross workers": the name before the phrase owns it (or refused it).
    const prev = k - 1;
    if (prev >= 0 && sent[prev] === sent[k] && (covered[prev] || toks[prev].norm === "'s")) {
      k = end - 1;
      continue;
    }
    // "Opposition leader Ahmet Demir", "Journalist Aliyev": an unlisted private person named after the phrase; like a
    // titled one, they take a state only from state words, not from the people named beside them.
    const name =
      PRIVATE_ROLES.has(hit.role) && !DATE_WORDS.has(toks[end]?.norm ?? "")
        ? nameAfter(toks, sent, covered, k, end)
        : end;
    found.push({
      i: k,
      j: name,
      bare: name,
      kind: "role",
      actor: { code: "", role: hit.role },
      ...(name > end ? { titled: true as const } : {}),
    });
    k = name - 1;
  }
  return found;
}

/**
 * "Moscow-backed troops", "Kremlin-backed forces": the armed head after a capital's or seat's backing participle is a
 * role word that names no one alone ("troops", "forces"), so no bare phrase finds it; the backer marked it (its
 * patron, actors-modifiers.ts), and it is the backed group.
 */
export function backedHeads(
  gz: Gazetteer,
  toks: GazToken[],
  sent: Int32Array,
  covered: Uint8Array,
  found: readonly Match[],
  patrons: ReadonlyMap<number, string>,
): Match[] {
  const out: Match[] = [];
  for (const k of patrons.keys()) {
    if (covered[k] || found.some((f) => f.i <= k && k < f.j)) continue;
    const role = roleAfter(gz, toks, sent, k);
    if (!role || covered.subarray(k, role[0]).includes(1)) continue;
    out.push({ i: k, j: role[0], bare: role[0], kind: "role", actor: { code: "", role: role[1] } });
  }
  return out;
}
