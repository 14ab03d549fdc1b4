// Page text with boilerplate (date bar, ad placeholders, menu words, "Related Posts") → headline, body and dateline.
import { WIDGET_HEADING, WIDGET_LINE } from "./boilerplate.ts";
import { findDates } from "./parse-date.ts";

/** Template tokens scrapers leave where images and ads were (WordPress "spot_img", "[caption]", "{{ad}}"). */
const PLACEHOLDER =
  /\b(spot_img|spot_im|td_ad|adsbygoogle)\b|\[\/?(caption|embed|gallery|ad|video)[^\]]*\]|\{\{[^}]*\}\}/gi;
const WEEKDAY =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|понеділок|вівторок|середа|четвер|пʼятниця|п'ятниця|субота|неділя|poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela)\b/i;

export interface TextPage {
  title?: string;
  body: string;
  /** Date found in the dateline or the lines between headline and body (never the date bar above the headline). */
  published?: string;
  /** The first line of prose, which a news agency's dateline opens ("МОСКВА, 27 сен — РИА Новости. ..."). */
  lead?: string;
}

function words(line: string): number {
  return line.split(/\s+/).filter(Boolean).length;
}

/** A line of article prose: a sentence of some length. */
function isProse(line: string): boolean {
  const t = line.replace(/^[•·▪◦*–-]\s*/, "");
  return (words(t) >= 8 && /[.!?…"”»’)]\s*$/.test(t)) || words(t) >= 20;
}

/** A line that is only a date, optionally with a weekday and time: a page's date bar or a widget stamp. */
function isDateBar(line: string): boolean {
  const d = findDates(line, 1)[0];
  if (!d) return false;
  const rest = (line.slice(0, d.index) + line.slice(d.index + d.length)).replace(/[\s,|:.-]+/g, " ").trim();
  return rest === "" || WEEKDAY.test(rest) || /^\d{1,2}:\d{2}( ?[ap]m)?$/i.test(rest);
}

/** Furniture lines: placeholders, date bars, menu words (LATEST, HOME), widget headings. */
function isBoilerplate(line: string): boolean {
  const t = line.trim();
  if (!t) return true;
  if (WIDGET_LINE.test(t) || WIDGET_HEADING.test(t) || isDateBar(t)) return true;
  // a short all-capitals line is a menu or section label, not a headline
  return words(t) <= 3 && t === t.toUpperCase() && /\p{Lu}/u.test(t);
}

export function extractTextPage(text: string): TextPage {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const cleaned = lines.map((l) => l.replace(PLACEHOLDER, "").replace(/[ \t]+$/, ""));
  const placeholderLines = new Set<number>();
  lines.forEach((l, i) => {
    if (cleaned[i]!.trim() === "" && l.trim() !== "") placeholderLines.add(i);
  });
  const first = cleaned.findIndex((l) => isProse(l));
  if (first < 0) return { body: text.trim() };
  let last = first;
  for (let i = first; i < cleaned.length; i++) {
    const t = cleaned[i]!.trim();
    if (WIDGET_HEADING.test(t) && !cleaned.slice(i + 1).some((l) => isProse(l))) break;
    if (isProse(cleaned[i]!)) last = i;
  }
  // the lines above the first prose line: furniture, then the headline (and maybe a byline / date line)
  const head = cleaned.slice(0, first).map((l) => l.trim());
  const hasFurniture = head.some((l) => l && isBoilerplate(l)) || placeholderLines.size > 0;
  const candidates = head.filter((l) => l && !isBoilerplate(l));
  let title: string | undefined;
  let published: string | undefined;
  let bodyStart = 0;
  if (hasFurniture) {
    // the headline is the longest remaining line above the body; what follows it may carry the date
    const headlineIdx = head.reduce(
      (best, l, i) =>
        l && !isBoilerplate(l) && words(l) >= 3 && (best < 0 || l.length > head[best]!.length) ? i : best,
      -1,
    );
    if (headlineIdx >= 0) {
      title = head[headlineIdx];
      const after = head.slice(headlineIdx + 1).join("\n");
      published = findDates(after, 1)[0]?.date;
    }
    bodyStart = first;
  } else if (candidates.length === 1 && words(candidates[0]!) >= 3 && !/[.!?]$/.test(candidates[0]!)) {
    title = candidates[0];
  }
  const bodyLines = cleaned.slice(bodyStart, hasFurniture || last < cleaned.length - 1 ? last + 1 : cleaned.length);
  const trailing = cleaned.slice(last + 1).filter((l) => l.trim());
  const keepTail = !hasFurniture && trailing.every((l) => !isBoilerplate(l));
  const kept = (keepTail ? cleaned.slice(bodyStart) : bodyLines).filter((l, i) => {
    const t = l.trim();
    return !(t && (WIDGET_LINE.test(t) || (isBoilerplate(t) && !isProse(t) && i > 0 && hasFurniture)));
  });
  const body = kept
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return { title, body, published, lead: cleaned[first] };
}
