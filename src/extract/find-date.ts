// Publication date in order of trust: JSON-LD / meta tags, <time> and date-marked elements near the article,
// URL patterns, then the dateline or first date of the body. Date bars, "latest" widgets and comments never count.
import { NEGATIVE_NAME } from "./boilerplate.ts";
import { todayBar } from "./date-bar.ts";
import { inSentence, talkedAbout } from "./date-context.ts";
import { elementNames } from "./element-names.ts";
import { COMMENT_NAMES, inProse, othersWidget, pageText } from "./page-text.ts";
import { type FoundDate, findDates, isoDate, labelledDate, parseMachineDate } from "./parse-date.ts";

export const DATE_NAME = /date|time|publish|posted|pubdate|datum|fecha|data|dateline|meta|byline|entry|info|hora|zeit/i;
const DATE_PROP = /datePublished|dateCreated|uploadDate/i;
export const SKIP_NAME = new RegExp(
  `${COMMENT_NAMES}|sidebar|(?:^|\\s)aside(?:\\s|$)|related|footer|latest|recent|popular|teaser|nav|menu|calendar|weather|ticker|modified|updated`,
  "i",
);

/** Date in a URL path: /2024/05/17/, /2024-05-17-, /20240517/. */
export function dateFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const m =
    // "/2024/5/17/" and "-2024-05-17-", but not "/2023/10/3-fragen" (a number that starts the slug)
    /[/_-](\d{4})\/(\d{1,2})\/(\d{1,2})(?:[/_.]|$)/.exec(url) ??
    /[/_-](\d{4})[_-](\d{1,2})[_-](\d{1,2})(?:[/_.-]|$)/.exec(url) ??
    /\/(\d{4})\/(\d{2})\/(\d{2})-/.exec(url) ??
    /[/_-](\d{4})(\d{2})(\d{2})(?:[/_.-]|$)/.exec(url) ??
    // Chinese news sites file by year-month, then day: /2024-05/17/ (Xinhua, Guangming), /2024/0517/ (People's Daily)
    /\/(\d{4})-(\d{2})\/(\d{2})\//.exec(url) ??
    /\/(\d{4})\/(\d{2})(\d{2})\//.exec(url) ??
    // and the TRS content system of Chinese government and news sites names each page t<date>_<id>: /t20170310_926.htm
    /\/t(\d{4})(\d{2})(\d{2})_\d+\.s?html?/.exec(url);
  if (m) return isoDate(+m[1]!, +m[2]!, +m[3]!);
  // European slugs write the day first: /meldungen/29-10-2021, /23-01-2022-dorothea-wierer
  const dmy = /[/_~-](\d{2})-(\d{2})-(\d{4})(?:[/_.-]|$)/.exec(url);
  return dmy ? (isoDate(+dmy[3]!, +dmy[2]!, +dmy[1]!) ?? isoDate(+dmy[3]!, +dmy[1]!, +dmy[2]!)) : undefined;
}

const ARTICLE_CLASS = /(?:^|\s)(?:article|news-single|post|entry)(?:\s|$)/i;
const ARTICLE_SCOPE = /schema\.org\/(?:\w*Article|BlogPosting|Report)\b/i;

/** Inside an <article> or a schema.org Article item: its own "footer" is the article's date and byline line. */
function inArticle(el: Element): boolean {
  for (let a: Element | null = el; a; a = a.parentElement)
    if (
      a.localName === "article" ||
      ARTICLE_SCOPE.test(a.getAttribute("itemtype") ?? "") ||
      ARTICLE_CLASS.test(a.getAttribute("class") ?? "")
    )
      return true;
  return false;
}

export function inSkippedBlock(el: Element, stop: Element | null): boolean {
  for (let a: Element | null = el; a && a !== stop; a = a.parentElement) {
    // <body> and <html> classes describe the whole page ("has-sidebar", "nav-open"), never a widget
    if (a.localName === "body" || a.localName === "html") break;
    const n = elementNames(a);
    const footer = a.localName === "footer" || /(?:^|\s)footer(?:\s|$)/i.test(n);
    if (footer && inArticle(a)) continue;
    if (n.length > 0 && SKIP_NAME.test(n) && !/publish/i.test(n)) return true;
    if (footer || a.localName === "aside" || a.localName === "nav" || todayBar(a)) return true;
  }
  return false;
}

/** A date element's text, as the page prints it: slashed dates in its language's order (printsDayFirst). */
const printedDate = (text: string | null, dayFirst: boolean): string | undefined =>
  text ? (findDates(text, 1, dayFirst)[0]?.date ?? parseMachineDate(text)) : undefined;

/** `<time datetime>`, itemprop=datePublished and abbr.published inside the page (not in widgets). */
function dateFromMarkup(doc: Document, dayFirst: boolean): string | undefined {
  const { marked, fallback } = markupDates(doc, dayFirst);
  return marked ?? fallback;
}

/** Only a date the markup names as the publication date (itemprop=datePublished, pubdate, class "published"). */
export function publishedMarkup(doc: Document, dayFirst: boolean, headline?: Element | null): string | undefined {
  return markupDates(doc, dayFirst, headline).marked;
}

function holds(outer: Element, el: Element): boolean {
  for (let a: Element | null = el; a; a = a.parentElement) if (a === outer) return true;
  return false;
}

/** The first `<time datetime>` inside the <article> that holds the headline (not in its comments or widgets). */
export function headlineArticleTime(headline: Element | null): string | undefined {
  const article = headline ? articleOf(headline) : null;
  if (!article) return undefined;
  for (const t of Array.from(article.querySelectorAll("time[datetime]"))) {
    const date = parseMachineDate(t.getAttribute("datetime"));
    if (date && !inSkippedBlock(t, article)) return date;
  }
  return undefined;
}

/** The nearest <article> around an element, or null. */
function articleOf(el: Element): Element | null {
  for (let a: Element | null = el.parentElement; a; a = a.parentElement) if (a.localName === "article") return a;
  return null;
}

/** An item that is another's review, comment or answer (schema.org microdata), or a comment of any kind. */
const OTHERS_ITEM_PROP = /^(?:reviews?|comments?|answer|suggestedAnswer|acceptedAnswer)$/i;
const OTHERS_ITEM_TYPE = /schema\.org\/(?:Comment|Answer|UserComments)$/i;

/**
 * The microdata item a date belongs to is a reader's review or comment (a shop page's product reviews each carry
 * itemprop="datePublished"): that date is when the reader wrote, not when the page came out.
 */
function inOthersItem(el: Element): boolean {
  for (let a = el.parentElement; a; a = a.parentElement) {
    if (!a.hasAttribute("itemscope") && !a.hasAttribute("itemtype")) continue;
    return (
      OTHERS_ITEM_PROP.test(a.getAttribute("itemprop") ?? "") || OTHERS_ITEM_TYPE.test(a.getAttribute("itemtype") ?? "")
    );
  }
  return false;
}

/**
 * `headline`, when known, rules out teasers: a date inside an <article> that does not hold the headline is
 * another story's ("don't miss" lists mark each teaser's date as published).
 */
function markupDates(
  doc: Document,
  dayFirst: boolean,
  headline?: Element | null,
): { marked?: string; fallback?: string } {
  let fallback: string | undefined;
  for (const el of Array.from(doc.querySelectorAll("[itemprop], time, abbr"))) {
    const own = headline ? articleOf(el) : null;
    if (own && !holds(own, headline!)) continue;
    const prop = el.getAttribute("itemprop") ?? "";
    const isTime = el.localName === "time";
    if (!isTime && !DATE_PROP.test(prop) && !(el.localName === "abbr" && /publish/i.test(elementNames(el)))) continue;
    if (/dateModified/i.test(prop) || inOthersItem(el)) continue;
    const value = el.getAttribute("datetime") ?? el.getAttribute("content") ?? el.getAttribute("title");
    // an attribute is a machine value; the element's text is printed for readers, in the page's own order
    const date = value !== null ? parseMachineDate(value) : printedDate(el.textContent, dayFirst);
    if (!date || inSkippedBlock(el, null)) continue;
    if (
      DATE_PROP.test(prop) ||
      el.hasAttribute("pubdate") ||
      /publish|posted|entry-date|created/i.test(elementNames(el))
    )
      return { marked: date };
    fallback ??= date;
  }
  return fallback ? { fallback } : {};
}

/** Text of small date-marked elements (class "date", "post-meta", "byline"...), in page order. */
function dateFromMarkedText(doc: Document, dayFirst: boolean): string | undefined {
  for (const el of Array.from(doc.querySelectorAll("[class], [id]"))) {
    const n = elementNames(el);
    if (!DATE_NAME.test(n) || NEGATIVE_NAME.test(n) || SKIP_NAME.test(n)) continue;
    const text = el.textContent ?? "";
    if (text.length > 300 || text.length < 6) continue;
    if (inSkippedBlock(el, null)) continue;
    const found = findDates(text, 1, dayFirst)[0];
    if (found) return found.date;
  }
  return undefined;
}

export interface DateEvidence {
  metaPublished?: string;
  url?: string;
  /** The extracted body: its dateline or first date is the last resort. */
  body: string;
  /** Text right above the body (title, byline lines), where sites print the date. */
  head?: string;
  /** The page prints slashed dates day first (printsDayFirst of its language). */
  dayFirst?: boolean;
  /** A date line with no full date, dated by the page (partialDateLine): below every labelled full date. */
  partialDate?: string;
}

/** The publication date (YYYY-MM-DD) or undefined. */
export function findPublished(doc: Document | undefined, ev: DateEvidence): string | undefined {
  if (ev.metaPublished) return ev.metaPublished;
  const dayFirst = ev.dayFirst ?? false;
  if (doc) {
    const marked = dateFromMarkup(doc, dayFirst);
    if (marked) return marked;
  }
  const fromUrl = dateFromUrl(ev.url);
  if (fromUrl) return fromUrl;
  if (doc) {
    const text = dateFromMarkedText(doc, dayFirst);
    if (text) return text;
  }
  const opening = ev.body.slice(0, 20_000);
  return (
    dateFromDateline(ev.body, dayFirst) ??
    labelledDate(opening, dayFirst) ??
    // a date line without a year beats a full date the body prints unlabelled (partialDateLine takes a full date
    // that agrees with it)
    ev.partialDate ??
    mostFrequent(findDates(opening, 50, dayFirst).filter((d) => !bodyTalksAbout(opening, d))) ??
    pageDate(doc, ev.url, dayFirst)
  );
}

/**
 * A date of the body that the story talks about (inside a sentence of its paragraph, after "since" or "until", the
 * day a cited source was read), not one that dates the story: a page that prints no date of its own gets none
 * rather than the date of an event it mentions.
 */
function bodyTalksAbout(body: string, d: FoundDate): boolean {
  return talkedAbout(body, d) || inSentence(body, body.lastIndexOf("\n", d.index) + 1, d.index);
}

function mostFrequent(found: { date: string }[], month?: string): string | undefined {
  const counts = new Map<string, number>();
  for (const f of found) if (!month || f.date.startsWith(month)) counts.set(f.date, (counts.get(f.date) ?? 0) + 1);
  let best: string | undefined;
  let n = 0;
  for (const [d, c] of counts) if (c > n) [best, n] = [d, c];
  return best;
}

/**
 * Last resort: the date the page repeats most (a post's date shows in its header, URL and archive links),
 * restricted to the URL's year-month when the URL has one (/2016/12/). Comments, reviews, "latest" lists and
 * photo captions are left out (their dates are other people's, other posts' and the photos'), and so are dates
 * the page's prose talks about.
 */
function pageDate(doc: Document | undefined, url: string | undefined, dayFirst: boolean): string | undefined {
  if (!doc) return undefined;
  const page = pageText(doc, null, false, othersWidget);
  const text = page.text.slice(0, 200_000);
  if (!text) return undefined;
  const labelled = labelledDate(text, dayFirst);
  if (labelled) return labelled;
  const found = findDates(text, 200, dayFirst).filter((d) => !talkedAbout(text, d) && !inProse(page, d.index));
  const ym = url ? /[/_-](\d{4})[/_-](\d{2})(?:[/_.-]|$)/.exec(url) : null;
  return (ym ? mostFrequent(found, `${ym[1]}-${ym[2]}`) : undefined) ?? mostFrequent(found);
}

/** A date in the body's opening words ("Berlin, August 1, 2025 —", "MOSCOW, 17.05.2024 (TASS)"). */
export function dateFromDateline(body: string, dayFirst = false): string | undefined {
  const d = findDates(body.slice(0, 200), 1, dayFirst)[0];
  return d && d.index < 120 && !bodyTalksAbout(body, d) ? d.date : undefined;
}

/** The place of a dateline: the capitalised words before the date ("Berlin", "NEW YORK"). */
export function datelinePlace(body: string): string | undefined {
  const d = findDates(body.slice(0, 200), 1)[0];
  if (!d || d.index > 60) return undefined;
  const before = body.slice(0, d.index).replace(/[\s,(–—-]+$/, "");
  const m = /^(\p{Lu}[\p{L}.'-]*(?:[ -]\p{Lu}[\p{L}.'-]*){0,3})(?:,\s*\p{Lu}[\p{L}.]*)?$/u.exec(before);
  return m ? m[1] : undefined;
}
