// Possessed role phrases: "its troops", "their diplomats". A possessive opening a clause stands for the nearest
// mention before it that can own the phrase (a state, a body, a plural group), or the previous sentence's subject.

import type { Match } from "./actors.ts";
import { longest } from "./actors-context.ts";
import { type Gazetteer, TokenTrie } from "./gazetteer.ts";
import type { GazToken } from "./gazetteer-tokens.ts";

/**
 * Words after which a possessed role phrase is a party: the subject of a clause ("Russia said its troops had
 * shelled…", "after its foreign ministry protested") or what force is aimed at ("fired on its troops", "attacks
 * against its forces"). As a verb's object ("withdrew its troops from Kherson", "accused X of moving its troops") the
 * phrase is the owner's own means, no second party, and is left out.
 */
const CLAUSE_OPENERS = new Set(
  (
    ", ; : said says say saying added adds stated announced reported claims claimed insisted insists warned warns " +
    "that and but while whereas as after before when because since although though where until once on upon against"
  ).split(" "),
);

/** "said its troops", "after their diplomats", "Its troops…": a possessive opening a clause or sentence and the role
 * phrase after it. */
export function possessed(
  gz: Gazetteer,
  toks: GazToken[],
  sent: Int32Array,
  covered: Uint8Array,
  k: number,
): Match | undefined {
  const owner = toks[k].norm; // "its troops", "their foreign ministers"
  if (owner !== "its" && owner !== "their") return reportedDefence(gz, toks, sent, covered, k);
  if (k > 0 && sent[k - 1] === sent[k] && !CLAUSE_OPENERS.has(toks[k - 1].norm)) return undefined;
  const phrase = roleAt(gz, toks, sent, covered, k, k + 1);
  if (!phrase) return undefined;
  return { i: k, j: phrase.j, bare: phrase.j, kind: "role", actor: { code: "", role: phrase.role }, owner };
}

/** The longest role phrase starting at `from`, in the sentence of `k` and uncovered from `k` on, with its end. */
function roleAt(gz: Gazetteer, toks: GazToken[], sent: Int32Array, covered: Uint8Array, k: number, from: number) {
  if (from >= toks.length || covered[from] || sent[from] !== sent[k]) return undefined;
  if (gz.roles.stepOn(TokenTrie.ROOT, toks[from]) < 0) return undefined;
  const m = longest(gz.roles, toks, sent, from);
  const hit = m?.[1][0];
  if (!m || hit?.t !== "role" || covered.subarray(k, m[0]).includes(1)) return undefined;
  return { j: m[0], role: hit.role };
}

/** Verbs that report what the speaker's own side did. */
const REPORTING = new Set("said says say stated reported reports added adds announced claimed claims".split(" "));
/** Words after a role phrase that name where or whose it is. */
const PLACED_BY = new Set(["in", "of", "from", "at", "near"]);
/** Role phrases that name a state's air defence, which a report leaves unowned when they are the speaker's own. */
const AIR_DEFENCE = /^(?:air )?defen[cs]e(?:s| systems| units| forces)?$/;

/**
 * "Russia's defence ministry said air defences destroyed 44 Ukrainian drones": an unowned air defence reported by a
 * state or one of its bodies is that state's own, as if the report had said "its air defences". Other forces are left
 * alone: "Russia said troops crossed the border" may report the enemy's.
 */
function reportedDefence(
  gz: Gazetteer,
  toks: GazToken[],
  sent: Int32Array,
  covered: Uint8Array,
  k: number,
): Match | undefined {
  if (k === 0 || sent[k - 1] !== sent[k] || !REPORTING.has(toks[k - 1].norm)) return undefined;
  const phrase = roleAt(gz, toks, sent, covered, k, k);
  if (phrase?.role !== "military") return undefined;
  const words = toks
    .slice(k, phrase.j)
    .map((t) => t.norm)
    .join(" ");
  // "said air defences in Armenia were upgraded": a place or owner named after the phrase tells whose they are.
  if (!AIR_DEFENCE.test(words) || PLACED_BY.has(toks[phrase.j]?.norm ?? "")) return undefined;
  return { i: k, j: phrase.j, bare: phrase.j, kind: "role", actor: { code: "", role: phrase.role }, owner: "its" };
}

/** Kinds that "its" can stand for: a state, a seat of power, an organisation or a company, never a person. */
const IT_KINDS = new Set(["state", "capital", "seat", "organisation", "company", "region"]);
/**
 * Last words of a role phrase that name one body, which "its" can stand for ("the Ukrainian army said its troops",
 * "Ukraine's air force said its air defences shot down…", "the coast guard said its vessels").
 */
const BODIES = new Set(
  (
    "army navy military government ministry administration cabinet parliament police court regime junta leadership " +
    "force guard service command"
  ).split(" "),
);

/**
 * Whether the mention at `n` can own a possessed phrase: "its" stands for a state, seat, organisation or company, or a
 * body ("the Ukrainian army"), never a person; "their" for a plural group ("Russian officials"), and for no one after
 * coordinated owners ("Iran and Iraq said their forces"). null: stop looking.
 */
function owns(toks: GazToken[], named: Match[], n: number, owner: "its" | "their"): Match | null | undefined {
  const m = named[n];
  const last = toks[m.j - 1].norm;
  if (owner === "their") {
    if (m.kind === "person" || m.j === m.bare || !last.endsWith("s") || BODIES.has(last)) return undefined;
    const before = named[n - 1];
    return before && before.j === m.i - 1 && /^(?:and|or|,)$/.test(toks[m.i - 1].norm) ? null : m;
  }
  if (IT_KINDS.has(m.kind) && m.j === m.bare) return m;
  return m.kind !== "person" && BODIES.has(last) ? m : undefined;
}

/**
 * The mention a possessive stands for: the nearest one before it in its sentence that can own the phrase ("Turkey
 * recalled the Swedish ambassador after its foreign ministry protested": Turkey's). A sentence that names no one
 * before the possessive ("Its troops shelled Kharkiv.") continues the one before: the first owner there, its subject.
 */
export function ownerOf(toks: GazToken[], sent: Int32Array, named: Match[], f: Match): Match | undefined {
  let n = named.length - 1;
  while (n >= 0 && named[n].j > f.i) n--;
  if (n >= 0 && sent[named[n].i] === sent[f.i]) {
    for (let k = n; k >= 0 && sent[named[k].i] === sent[f.i]; k--) {
      const own = owns(toks, named, k, f.owner!);
      if (own !== undefined) return own ?? undefined;
    }
    return undefined;
  }
  let first = n;
  while (first > 0 && sent[named[first - 1].i] === sent[f.i] - 1) first--;
  for (let k = first; k >= 0 && k <= n && sent[named[k].i] === sent[f.i] - 1; k++) {
    const own = owns(toks, named, k, f.owner!);
    if (own !== undefined) return own ?? undefined;
  }
  return undefined;
}
