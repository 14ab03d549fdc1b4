// Posts a state holds at the United Nations: "Russia's UN ambassador", "the former United Nations ambassador". The UN
// has no ambassadors of its own (its envoys, coordinators and rapporteurs speak for it); an ambassador to it speaks
// for the state that sends them, and a goodwill ambassador for no one. So such a post is its state's government when
// the state is named right before it, and no actor at all when it is not.
import type { Match } from "./actors.ts";
import type { GazToken } from "./gazetteer-tokens.ts";

/** Words of a post at the UN after its name, the last one ending it. */
const POST = new Set(["ambassador", "ambassadors"]);
/** Words that may come between the UN's name and the post ("U.N. goodwill ambassador", "UN deputy ambassador"). */
const BEFORE_POST = new Set(["goodwill", "deputy", "permanent"]);

/**
 * The tokens a post at the UN covers, when the organisation mention `m` names the UN and an ambassador's post follows:
 * [end of the post words, end of the unlisted name after them] ("U.N. Ambassador | Nikki Haley |"), else undefined.
 */
export function postAtUn(toks: GazToken[], sent: Int32Array, m: Match): [number, number] | undefined {
  if (m.actor.code !== "UN") return undefined;
  let k = m.j;
  if (toks[k]?.norm === "'s") return undefined; // "the UN's ambassador for children" is a UN title
  while (k < toks.length && sent[k] === sent[m.i] && BEFORE_POST.has(toks[k].norm)) k++;
  if (k >= toks.length || sent[k] !== sent[m.i] || !POST.has(toks[k].norm)) return undefined;
  const end = k + 1;
  let name = end;
  while (name < toks.length && sent[name] === sent[m.i] && toks[name].shape === 1 && name - end < 4) name++;
  return [end, name];
}
