import type { DateMention } from "../domain/index.ts";
import type { Unit } from "./sentence-units.ts";

/** Words that open the end of a period or a deadline: "suspended talks until the end of 2028" happened now. */
const PERIOD_END = /^(?:until|till|til|pending)$/;
/** A state that lasts ("in effect since June 2019", "in power since 2014"): "since" dates its start, not an act on it. */
const LASTING_STATE = /^(?:effect|place|force|power|office|operation|existence|existing|valid|active)$/;
/** Events of their own whose date a sentence may give beside the act ("visited Warsaw before the election on May 18"). */
const OTHER_EVENT =
  /^(?:elections?|votes?|voting|ballots?|referendums?|referenda|polls?|runoffs?|inaugurations?|anniversary|deadline|earthquakes?|floods?)$/;
/** Words after an event noun and before its date: "the election held on", "the vote scheduled for". */
const LINK = /^(?:held|scheduled|set|due|slated|planned|expected|taking|to|be|place|on|in|of|for|at)$/;
/** Words that say the sentence speaks of what is to come: then a date after the article's is the act's. */
const FUTURE =
  /^(?:will|shall|wo|'ll|’ll|would|due|set|scheduled|slated|expected|plans?|planned|planning|intends?|going|upcoming|next|coming)$/;

/**
 * Whether a date in the act's clause belongs to something other than the act:
 * - the end of a period or a deadline ("until the end of 2028", "pending 2030");
 * - the start of a lasting state ("a ban in effect since June 2019 was lifted", "which had been in place since") or
 *   of a count of acts ("has met him 14 times since 2019");
 * - a document's date ("the recommendation dated June 21, 2019");
 * - a date that owns a noun after the act ("condemned last week's missile test");
 * - another event named by a noun ("ahead of the presidential election on May 18", "the vote held on");
 * - a day after the article's own when nothing in the sentence looks ahead: a report cannot tell of an act that has
 *   not happened yet, so such a date is another thing's (a scheduled step, a misread year).
 * `last` is the act's last unit; `published` the article's day.
 */
export function foreignDate(units: readonly Unit[], last: number, d: DateMention, published: string): boolean {
  const first = units.findIndex((u) => u.start >= d.start);
  const opening = /^\s*([A-Za-z]+)/.exec(d.text)?.[1]?.toLowerCase();
  let k = first;
  // The preposition that opens the date, whether chrono took it into the date's text or not.
  let prep = opening;
  if (!opening || !/^(?:on|in|at|by|since|from|until|till|of|for)$/.test(opening)) {
    prep = units[first - 1]?.lower;
    k = first - 1;
  }
  // Only after the act: in "closed the border in 1993, until 1995 when it opened its airspace" 1995 is the opening's.
  const periodEnd =
    (!!prep && PERIOD_END.test(prep)) ||
    (/^(?:the|end|beginning|start)$/.test(opening ?? "") && PERIOD_END.test(units[first - 1]?.lower ?? ""));
  if (periodEnd && first > last) return true;
  if (prep === "since" && LASTING_STATE.test(units[k - 1]?.lower ?? "")) return true;
  // "has met Erdogan 14 times since 2019, most recently in May": "since" dates the first of the acts counted, not the
  // one reported.
  if (prep === "since" && units[k - 1]?.lower === "times") return true;
  if (prep === "dated" || units[first - 1]?.lower === "dated") return true;
  // "condemned last week's missile test": a date owning a noun after the act dates that noun's event.
  const next = units.findIndex((u) => u.start >= d.end);
  if (next > last && /^(?:'s|’s|'|’)$/.test(units[next]?.lower ?? "") && first > last) return true;
  for (let j = k - 1; j > last && j >= k - 4; j--) {
    const word = (units[j] as Unit).lower;
    if (OTHER_EVENT.test(word)) return true;
    if (!LINK.test(word)) break;
  }
  if (otherActsTime(units, last, first)) return true;
  if (published && after(d.value, published)) return !units.some((u) => FUTURE.test(u.lower));
  return false;
}

/** Words that open a time phrase built on another act: "since Russia's invasion two years ago". */
const TIME_OPENERS = /^(?:since|after|following|before|amid)$/;

/**
 * The date at `first` ends a time phrase naming another party's act ("Since Russia's invasion two years ago,
 * Hungary and Russia have met"): it dates that act, not the one whose last unit is `last`, unless the act is the
 * phrase's own ("after Russia's invasion of Ukraine in 2022" dates the invasion).
 */
function otherActsTime(units: readonly Unit[], last: number, first: number): boolean {
  for (let j = first - 1; j >= 0 && j >= first - 8; j--) {
    if (!TIME_OPENERS.test((units[j] as Unit).lower)) continue;
    if (last > j && last < first) return false;
    for (let i = j + 1; i < first; i++) if (units[i]?.mention) return true;
    return false;
  }
  return false;
}

/** Whether a date value ("2028", "2024-10", "2024-10-07") falls after the article's day, at the value's precision. */
function after(value: string, published: string): boolean {
  return value > published.slice(0, value.length);
}
