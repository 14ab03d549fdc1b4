// A state's body named again by its kind: "Kazakhstan's supreme court ruled … Russia criticised the court", "the
// Kyrgyz parliament passed the law … Moscow praised the parliament", "Armenia's foreign ministry said … Baku accused
// the ministry of lying". News names the body once with its state and then as "the court", "the parliament"; the
// phrase is that body even where another state acts on it in its sentence, where the sentence's own state would
// otherwise be taken for its owner (a state criticising its own court).

import type { Match } from "./actors.ts";
import { type OfficeContext, REACH } from "./actors-office.ts";

/** Head nouns of a state's bodies that a bare "the …" names again; each its own kind. */
const KIND: Record<string, string> = {
  court: "court",
  parliament: "parliament",
  ministry: "ministry",
  cabinet: "cabinet",
  government: "government",
};

/** Mention kinds that name a state's body with the state ("Kazakhstan's court", "the Kyrgyz parliament"). */
const NAMING = new Set(["state", "demonym"]);

/** Words before a state named as where the act happens: "In Russia, the court ruled" is Russia's court. */
const LOCATING = new Set(["in", "inside", "within"]);

/** The kind of body the mention's last word names, or undefined. */
function kindOf(cx: OfficeContext, m: Match): string | undefined {
  return KIND[cx.toks[m.j - 1]?.norm ?? ""];
}

/**
 * Whether the words before the bare phrase's head are all in the antecedent's name: "the foreign ministry" names again
 * "Armenia's foreign ministry", not "Azerbaijan's defence ministry" ("Azerbaijan's defence ministry said … Armenia
 * denied it, and the foreign ministry summoned the envoy" is Armenia's); a bare "the court" names any court.
 */
function sameModifiers(cx: OfficeContext, f: Match, m: Match): boolean {
  const { toks } = cx;
  const named = new Set(toks.slice(m.i, m.j).map((t) => t.norm));
  for (let x = f.i; x < f.j - 1; x++) if (toks[x].norm !== "the" && !named.has(toks[x].norm)) return false;
  return true;
}

/**
 * The state whose body of the same kind the bare phrase `f` names again: the nearest earlier mention within reach
 * that names such a body with its state. Undefined when there is none, when the phrase is owned by what follows it
 * ("the court of appeal"), when its sentence places the act in a state ("in Russia, the court"), or when two
 * states' bodies of that kind are named in the antecedent's sentence.
 */
export function stateBodyAntecedent(cx: OfficeContext, f: Match): string | undefined {
  const { gz, toks, sent, named } = cx;
  const kind = kindOf(cx, f);
  // "the ministry of defence" is owned by what follows; "accused the ministry of lying" names a charge.
  if (!kind || (toks[f.j]?.norm === "of" && !toks[f.j + 1]?.norm.endsWith("ing"))) return undefined;
  // Only "the …" refers back; in a list ("Armenia's parliament, Foreign Ministry and other agencies") the body is
  // owned with the others.
  if (toks[f.i]?.norm !== "the" && toks[f.i - 1]?.norm !== "the") return undefined;
  const here = sent[f.i];
  let n = named.length - 1;
  while (n >= 0 && named[n].i >= f.i) n--;
  for (let q = n; q >= 0 && sent[named[q].i] === here; q--)
    if (LOCATING.has(toks[named[q].i - 1]?.norm ?? "") && gz.states.has(named[q].actor.code)) return undefined;
  for (let q = n; q >= 0 && sent[named[q].i] >= here - REACH; q--) {
    const m = named[q];
    if (!NAMING.has(m.kind) || !gz.states.has(m.actor.code) || kindOf(cx, m) !== kind) continue;
    if (!sameModifiers(cx, f, m)) continue;
    // "Russia's and Kazakhstan's courts", "the Russian parliament and the Kazakh parliament": no telling which.
    for (let k = q - 1; k >= 0 && sent[named[k].i] === sent[m.i]; k--)
      if (named[k].actor.code !== m.actor.code && NAMING.has(named[k].kind) && kindOf(cx, named[k]) === kind)
        return undefined;
    return m.actor.code;
  }
  return undefined;
}
