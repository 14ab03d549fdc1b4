// "Russian Ambassador to Israel Anatoly Viktorov said his country would ...": a speaker named by a post, the host
// they are posted to and their own name. The host and the name are the speaker's title, so a reference after the
// saying verb ("his country", "it") is still the speaker's, however many words the title takes; the host, which
// markAttributions already keeps out of the speakers, must not be found as the last state before it either.
import { postedTo } from "./attributions.ts";
import type { Unit } from "./sentence-units.ts";

/** Words of an envoy's post and name between a speaker and their saying verb: "ambassador | to Israel Anatoly Viktorov". */
const POST_LINKS = new Set(["to", "in", "the"]);

/**
 * Whether only the speaker's post and name ("to", "in", "the", names no actor covers, the host the post names) stand
 * between the speaker at `speaker` and the saying verb right before `at`.
 */
export function titledSpeaker(units: readonly Unit[], speaker: number, at: number): boolean {
  let k = speaker + 1;
  while (
    k < at &&
    (POST_LINKS.has((units[k] as Unit).lower) ||
      ((units[k] as Unit).pos === "PROPN" && !units[k]?.mention) ||
      (units[k]?.mention && postedTo(units, k)))
  )
    k++;
  return k > speaker + 1 && k === at - 1 && units[k]?.attribution === true && units[k]?.pos === "VERB";
}
