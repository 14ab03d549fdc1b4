// Element → whether it prints other dates than the article's, told by its words rather than its class: a date bar
// ("Today is Monday, May 20, 2024", "Сегодня: 20 мая 2024") or a list of links to other stories, each with its date.
import { findDates } from "./parse-date.ts";

/**
 * "Today" opening a line, in the languages Orbit reads, with the verb some add ("Today is", "Heute ist", "Hoy es",
 * "今天是"). A word that goes on ("Todays", "Сегодняшний", "今日の") is another word.
 */
const TODAY_LEAD =
  /^\s*(?:today(?:\s+is)?|сегодня|сьогодні|сёння|бүгін|bugün|bugun|bu gün|dziś|dzisiaj|heute(?:\s+ist)?|aujourd'hui|hoy(?:\s+es)?|oggi(?:\s+è)?|დღეს|այսօր|今天是?|今日は|오늘은?)(?![\p{L}'’])/iu;
/** A date bar is one short line; a paragraph that opens with "Today" is prose. */
const BAR_LENGTH = 100;

/** The element's first text that is not blank, a few levels down at most (the bar's word may sit in a <span>). */
function firstText(el: Element, depth = 0): string | undefined {
  for (const node of el.childNodes) {
    if (node.nodeType === 3) {
      const t = node.textContent ?? "";
      if (t.trim()) return t;
    } else if (node.nodeType === 1 && depth < 4) {
      const t = firstText(node as Element, depth + 1);
      if (t !== undefined) return t;
    }
  }
  return undefined;
}

/**
 * A short line that says today's date ("Today is Monday, May 20, 2024", "<span>Сегодня</span> 20 мая 2024"): the
 * day the page was served, not the day the story came out. A line with the time of day is a story's date line
 * ("Сегодня, 20 мая 2024, 14:30" under a headline), and a relative one ("Сегодня, 14:30") gives no full date.
 */
export function todayBar(el: Element): boolean {
  const first = firstText(el);
  if (first === undefined || !TODAY_LEAD.test(first)) return false;
  const text = el.textContent ?? "";
  return text.length <= BAR_LENGTH && !/\d{1,2}:\d{2}/.test(text) && findDates(text, 1).length > 0;
}

/**
 * A list whose items are links to other pages, two or more of them with a full date ("latest news", "read also",
 * previous and next story), whatever the block is called: those are the other stories' dates.
 */
export function datedLinkList(el: Element): boolean {
  if (el.localName !== "ul" && el.localName !== "ol") return false;
  let dated = 0;
  let all = 0;
  let linked = 0;
  for (const li of Array.from(el.children)) {
    if (li.localName !== "li") continue;
    const text = li.textContent ?? "";
    all += text.trim().length;
    for (const a of Array.from(li.querySelectorAll("a"))) linked += a.textContent?.trim().length ?? 0;
    if (dated < 2 && /\d/.test(text) && li.querySelector("a") && findDates(text, 1).length) dated++;
  }
  return dated >= 2 && linked * 2 >= all;
}
