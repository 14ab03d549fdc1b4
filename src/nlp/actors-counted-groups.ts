// A named group of states counted with a number ("the two Central Asian countries", "both Baltic states") that is
// smaller than the group means some of its members only: the ones the text has just named. The group's full member
// list would make pairs among states the sentence never speaks of.
import type { ActorMention } from "../domain/index.ts";

const COUNTS: Record<string, number> = { both: 2, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };

// The count word, then at most two lower-case words before the group's name ("the two neighbouring Baltic states").
const COUNTED = /\b([Bb]oth|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even)\s+(?:[a-z][\p{L}-]*\s+){0,2}$/u;

/** How many members a count word right before the mention names, or undefined when none is there. */
function countBefore(text: string, m: ActorMention): number | undefined {
  const hit = COUNTED.exec(text.slice(Math.max(0, m.start - 60), m.start));
  return hit ? COUNTS[hit[1].toLowerCase()] : undefined;
}

/**
 * The members a counted group stands for: the distinct members named before it in its own sentence, then in the
 * sentences before (nearest first), as soon as there are at least `count`. Exactly `count` names them; more or
 * fewer leave it unresolved.
 */
function namedMembers(mentions: readonly ActorMention[], k: number, count: number): string[] | undefined {
  const group = mentions[k];
  const members = new Set(group.actor.members);
  const found: string[] = [];
  for (let s = group.sentence; s >= Math.max(0, group.sentence - 2); s--) {
    for (const m of mentions) {
      if (m.sentence !== s || m.start >= group.start || m.actor.members) continue;
      if (members.has(m.actor.code) && !found.includes(m.actor.code)) found.push(m.actor.code);
    }
    if (found.length >= count) break;
  }
  return found.length === count ? found : undefined;
}

/**
 * Narrows each counted group smaller than its membership to the members the text has just named, or drops it when
 * the text does not say which members it means (a count alone names no state). "The two Koreas" counts the whole
 * group and stays as it is.
 */
export function narrowCountedGroups(text: string, mentions: ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  mentions.forEach((m, k) => {
    const size = m.actor.members?.length ?? 0;
    const count = size > 1 ? countBefore(text, m) : undefined;
    if (count === undefined || count >= size) {
      out.push(m);
      return;
    }
    const named = namedMembers(mentions, k, count);
    if (named) out.push({ ...m, actor: { ...m.actor, members: named } });
  });
  return out;
}
