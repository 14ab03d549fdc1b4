// "Zambia, which Angola accused of arming the rebels": a relative clause with a subject of its own stands for its
// verb's object, the actor the clause hangs on.
import type { ActorGroup } from "./parties.ts";
import type { Unit } from "./sentence-units.ts";

// Relative words that can stand for an object ("whom the US accused"; "who" too, as news English uses it).
const OBJECT_RELATIVE = new Set(["which", "whom", "who", "that"]);
// What may stand between the clause's subject and its verb ("which Washington has long accused").
const BETWEEN = new Set(["AUX", "ADV", "PART"]);
// What may follow a verb that has no object of its own: "accused of", "blames for", a comma, the end.
const NO_OBJECT = new Set(["ADP", "PUNCT", "ADV", "PART", "SCONJ", "CCONJ"]);

/**
 * The actor a relative clause hangs on when `subject` (units) is the clause's own subject and the verb, whose head
 * phrase ends before `headEnd`, takes no object after it: "Iraq, whom the United States accused of hiding weapons"
 * gives Iraq as the accusation's target.
 */
export function relativeObject(
  units: readonly Unit[],
  groups: readonly ActorGroup[],
  subject: readonly number[],
  head: number,
  headEnd: number,
): number[] | undefined {
  if (!subject.length) return undefined;
  const first = Math.min(...subject);
  const last = Math.max(...subject);
  if (last >= head) return undefined;
  for (let k = last + 1; k < head; k++) if (!BETWEEN.has((units[k] as Unit).pos)) return undefined;
  const next = units[headEnd];
  if (next && !NO_OBJECT.has(next.pos)) return undefined;
  let rel = first - 1;
  while (rel > 0 && ["DET", "ADJ"].includes((units[rel] as Unit).pos)) rel--;
  if (!OBJECT_RELATIVE.has(units[rel]?.lower ?? "")) return undefined;
  const at = units[rel - 1]?.lower === "," ? rel - 2 : rel - 1;
  return groups.find((g) => g.last === at)?.members;
}
