// "Hungary voiced its opposition to the sanctions", "Russia's opposition to NATO expansion": "opposition" after a
// possessive is often a stance the owner holds, not the owner's political opposition. Read as a party it gave the
// owner acting on itself ("voiced its opposition" as Hungary criticising Hungary's opposition).
import type { ActorMention } from "../domain/index.ts";

// After a possessive pronoun the stance reading needs only no noun after it: "dropped its opposition.",
// "its opposition to", "their opposition, saying" (but "its opposition leaders" are people).
const AFTER_PRONOUN = /^\s*(?:$|[,.;:)!?"”’'—–-]|(?:to|against|over|on|after|and|in|at|until|since|because|for)\b)/i;
// What the stance is against, right after it: "its opposition to the plan". Without it, only a verb that takes a
// stance as its object makes one ("dropped its opposition.", "voiced their opposition, saying"); after a verb of force
// the opposition is people ("jailed its opposition and banned the media", "crushed his opposition after the vote").
const STANCE_OBJECT = /^\s*(?:to|against|over)\b/i;
const STANCE_VERB_BEFORE =
  /\b(?:drop\w*|voic\w+|express\w*|reiterat\w+|restat\w+|repeat\w*|maintain\w*|withdr[ae]w\w*|lift\w*|soften\w*|abandon\w*|signal\w*|register\w*|end|ends|ended|made clear|make clear|makes clear)\s+(?:its|their|his|her|our)\s+$/i;
// After a name's "'s" the political opposition is common ("Georgia's opposition said"); only "to" or "against"
// makes it a stance ("Russia's opposition to enlargement").
const AFTER_NAME = /^\s*(?:to|against)\b/i;
const PRONOUN_BEFORE = /\b(?:its|their|his|her|our)\s+$/i;

/**
 * The mentions with stance "opposition" read as what it is: a bare "opposition" after a possessive pronoun is no
 * actor at all (its words stay for patterns such as "dropped its opposition"), and "Russia's opposition to X" is
 * Russia itself, with no role.
 */
export function withoutStanceOpposition(text: string, mentions: readonly ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  for (const m of mentions) {
    if (m.actor.role !== "opposition" || !/opposition$/i.test(m.text)) {
      out.push(m);
      continue;
    }
    const after = text.slice(m.end, m.end + 12);
    if (m.kind === "role" && /^opposition$/i.test(m.text)) {
      const before = text.slice(Math.max(0, m.start - 30), m.start);
      const stance = STANCE_OBJECT.test(after) || (AFTER_PRONOUN.test(after) && STANCE_VERB_BEFORE.test(before));
      if (PRONOUN_BEFORE.test(before) && stance) continue;
    } else if (/['’]s opposition$/i.test(m.text) && AFTER_NAME.test(after)) {
      const { role: _role, ...actor } = m.actor;
      out.push({ ...m, actor });
      continue;
    }
    out.push(m);
  }
  return out;
}
