// Whole parsed page → its publication date as the page presents it: URL date, metadata read in the publisher's
// zone and checked against what the page prints, the date by the headline, labelled dates, inline JSON state.
import { talkedAbout } from "./date-context.ts";
import { elementNames } from "./element-names.ts";
import { dateFromUrl, headlineArticleTime, publishedMarkup } from "./find-date.ts";
import { AFTER_HEADLINE, inProse, type PageText, pageText } from "./page-text.ts";
import { type FoundDate, findDates, isoDate, labelledDate, parseMachineDate } from "./parse-date.ts";
import { partialDateLine } from "./partial-date-line.ts";

/** The first <h1> that is not the site's logo or name in the masthead. */
const NOT_HEADLINE =
  /site-?(title|name)|logo|brand|masthead|visually-?hidden|sr-only|screen-reader|noscreen|offscreen|breadcrumb|modal/i;

function headline(doc: Document, titles: string[]): Element | null {
  let first: Element | null = null;
  let skipped = false;
  const wanted = titles.map(squash).filter((t) => t.length >= 8);
  for (const h of Array.from(doc.querySelectorAll("h1"))) {
    if (NOT_HEADLINE.test(elementNames(h)) || NOT_HEADLINE.test(elementNames(h.parentElement ?? h))) {
      skipped = true;
      continue;
    }
    // the <h1> that says what the metadata title says is the article's, not a teaser's or a menu's
    const text = squash(h.textContent ?? "");
    if (!wanted.length || (text.length >= 8 && wanted.some((t) => t.includes(text) || text.includes(t)))) return h;
    first ??= h;
  }
  if (first || !skipped || !wanted.length) return first;
  // the only <h1> is hidden or the site's name: such CMSs set the visible headline in an <h2> or <h3>
  for (const h of Array.from(doc.querySelectorAll("h2, h3"))) {
    const text = squash(h.textContent ?? "");
    if (text.length >= 8 && wanted.some((t) => t.includes(text) || text.includes(t))) return h;
  }
  return null;
}

const squash = (s: string): string => s.replace(/[\s\p{P}]+/gu, "").toLowerCase();

/**
 * The date printed with the headline: the first date in the few lines after the <h1> (byline, "Publié le",
 * "Stand:"), or else one just above it (kicker line). Sites print the article's own date there; date bars,
 * "latest" lists and comments sit far from the headline.
 */
function headlineDate(
  page: PageText,
  titles: string[],
  marked: string | undefined,
  dayFirst: boolean,
): { date: string; at: number } | undefined {
  if (page.h1End < 0) return undefined;
  // a date line folded into the <h1> (<h1>Title<br><small>02.02.2022</small></h1>) that no title repeats
  const own = page.text.slice(page.h1Start, page.h1End);
  const wanted = titles.map(squash);
  const inH1 = findDates(own, 1, dayFirst).find(
    (d) => !wanted.some((t) => t.includes(squash(own.slice(d.index, d.index + d.length)))),
  );
  if (inH1) return { date: inH1.date, at: page.h1Start + inH1.index };
  const lines = page.text.slice(page.h1End, page.h1End + AFTER_HEADLINE);
  const printed = findDates(lines, 3, dayFirst).filter(
    (d) => !talkedAbout(lines, d) && !inProse(page, page.h1End + d.index),
  );
  const after = (d: FoundDate | undefined) => d && { date: d.date, at: page.h1End + d.index };
  // several dates by the headline ("updated … published …"): the one the markup names as published
  if (printed.length > 1 && marked) {
    const named = printed.find((d) => d.date === marked);
    if (named) return after(named);
  }
  // the headline's own block (kicker, h1, date line) before the prose that follows it
  const inBox = printed.find((d) => page.h1End + d.index < page.boxEnd);
  if (inBox) return after(inBox);
  const from = Math.max(page.boxStart, page.h1Start - 100);
  // the last date above it, unless labelled as an update ("12.03.2025 14:20 | Оновлено 13.03.2025 09:00")
  const above = page.text.slice(from, page.h1Start);
  const kicker =
    page.boxStart < 0
      ? undefined
      : findDates(above, 5, dayFirst)
          .filter((d) => !talkedAbout(above, d))
          .pop();
  return kicker ? { date: kicker.date, at: from + kicker.index } : after(printed[0]);
}

/**
 * A date line with no full date ("17 мая, 10:45", "Вчера, 14:30") printed between the headline and the first full
 * date after it: the story's own date line, which the full date further down (a date a short paragraph names, a
 * related story's) does not beat. Only for a page whose metadata gives no date.
 */
function partialLineFirst(doc: Document, page: PageText, head: { date: string; at: number }): string | undefined {
  if (head.at < page.h1End) return undefined;
  // a full date labelled as the publication ("Published 12.05.2024") is the story's whatever stands above it
  if (labelledDate(page.text.slice(Math.max(0, head.at - 50), head.at + 40)) === head.date) return undefined;
  const found = partialDateLine(doc);
  if (!found) return undefined;
  const line = found.line.replace(/\s+/g, "");
  return line && page.text.slice(page.h1End, head.at).replace(/\s+/g, "").includes(line) ? found.date : undefined;
}

/** How much of the page's text is searched for printed dates: articles print theirs near the top. */
const SHOWN_REACH = 100_000;
const DAY = 86_400_000;
const MAX_AFTER = 400;
const MAX_BEFORE = 1100;
/**
 * A date by the headline that disagrees with the metadata is an update or a correction, so it comes after the
 * metadata date, or a little before it (time zones, re-indexing); one years away is a date the story talks about.
 */
function plausibleAgainst(head: string, pub: string): boolean {
  const d = (Date.parse(head) - Date.parse(pub)) / DAY;
  return d <= MAX_AFTER && d >= -MAX_BEFORE;
}

const SCRIPT_PUBLISHED =
  /"(?:datePublished|publishedDate|published_at|publishDate|publish_date|publishedAt|pubDate|firstPublished(?:At|Date)?|publicationDate)"\s*:\s*"([^"]{8,40})"/;
const SCRIPT_CREATED = /"(?:dateCreated|createdAt|created_at|createdDate)"\s*:\s*"([^"]{8,40})"/;

/**
 * Publication dates that apps keep in inline JSON state (Next.js, Shopify, review widgets) rather than in
 * markup: a named publication field first, a creation field only when there is none.
 */
function scriptDate(doc: Document): string | undefined {
  const texts = Array.from(doc.querySelectorAll("script"), (s) => s.textContent ?? "").filter(
    (t) => t.length < 3_000_000,
  );
  for (const re of [SCRIPT_PUBLISHED, SCRIPT_CREATED])
    for (const t of texts) {
      const d = parseMachineDate(re.exec(t)?.[1]);
      if (d) return d;
    }
  return undefined;
}

/** "2023-02-11" → "2023-11-02": 02/11/2023 reads either way, so a numeric date agrees with its mirror. */
function mirrored(date: string): string | undefined {
  const [y, m, d] = date.split("-");
  return +d! <= 12 && d !== m ? `${y}-${d}-${m}` : undefined;
}

const STAMP = /(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})/g;

interface Stamp {
  epoch: number;
  /** Offset from UTC in minutes; 0 for "Z" and "+00:00". */
  offset: number;
  date: string;
}

function parseStamp(m: RegExpExecArray): Stamp | undefined {
  const date = isoDate(+m[1]!, +m[2]!, +m[3]!);
  if (!date) return undefined;
  const z = m[7]!;
  const offset = z === "Z" ? 0 : (z[0] === "-" ? -1 : 1) * (+z.slice(1, 3) * 60 + +z.slice(-2));
  const local = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +(m[6] ?? 0));
  return { epoch: local - offset * 60_000, offset, date };
}

/** Every ISO timestamp with a zone in the given strings (meta contents, `<time datetime>`, JSON-LD text). */
export function timestamps(values: string[]): Stamp[] {
  const out: Stamp[] = [];
  for (const v of values)
    for (const m of v.matchAll(STAMP)) {
      const s = parseStamp(m as RegExpExecArray);
      if (s) out.push(s);
    }
  return out;
}

export interface MetaDates {
  /** Raw published value from JSON-LD or meta tags (a timestamp keeps its zone). */
  published?: string;
  modified?: string;
  url?: string;
  /** Other timestamps in the page: the same instant written in the publisher's own zone gives its local day. */
  stamps: Stamp[];
  /** The published value came only from a generic "date" meta tag: markup naming datePublished outranks it. */
  generic?: boolean;
  /** The page's titles from metadata (headline, og:title, <title>): they tell the article's <h1> from a teaser's. */
  titles?: string[];
  /** The page prints slashed dates day first (printsDayFirst of its language). */
  dayFirst?: boolean;
}

/**
 * The page-level publication date, decided on the whole (unpruned) page: a full date in the URL is the most
 * reliable sign (sites stamp it when the article is first filed); then metadata, read in the publisher's own
 * time zone, and checked against what the page prints: a CMS that shows readers only its "updated" date
 * has republished the piece, and that shown date is the one the page stands by.
 */
export function metaPublished(doc: Document, ev: MetaDates): string | undefined {
  const fromUrl = dateFromUrl(ev.url);
  let pub = localDay(ev.published, ev.stamps) ?? parseMachineDate(ev.published);
  if (fromUrl && !publishedDayAfter(fromUrl, pub, ev.published)) return fromUrl;
  const mod = localDay(ev.modified, ev.stamps) ?? parseMachineDate(ev.modified);
  // the whole page's dates are read only when metadata disagrees with itself, or when nothing else dates the page
  const disagree = !!pub && !!mod && pub !== mod;
  const h1 = headline(doc, ev.titles ?? []);
  const page = pageText(doc, h1, !disagree);
  if (pub && mod && pub !== mod) {
    const shown = findDates(page.text.slice(0, SHOWN_REACH), 300, ev.dayFirst).map((d) => d.date);
    const pubAt = shown.indexOf(pub);
    const modAt = shown.indexOf(mod);
    if (modAt >= 0 && (pubAt < 0 || modAt < pubAt)) pub = mod;
  }
  // the date printed under the headline is what the page tells its readers; metadata is often a re-index date
  const marked = publishedMarkup(doc, ev.dayFirst ?? false, page.h1);
  if (ev.generic) pub = marked ?? headlineArticleTime(page.h1) ?? pub;
  const found = headlineDate(page, ev.titles ?? [], marked, ev.dayFirst ?? false);
  const head = found?.date;
  if (head && pub && head !== pub && mirrored(head) !== pub && plausibleAgainst(head, pub)) return head;
  const known = pub ?? marked ?? (found && (partialLineFirst(doc, page, found) ?? head));
  if (known !== undefined) return known;
  const whole = disagree ? page : pageText(doc, h1);
  return labelledDate(whole.text.slice(0, SHOWN_REACH), ev.dayFirst) ?? scriptDate(doc);
}

/**
 * A URL is stamped when the story is filed; metadata in the publisher's own zone (not UTC, whose day can differ
 * from the local one) naming the next day is when it went out: an evening filing published after midnight.
 */
function publishedDayAfter(fromUrl: string, pub: string | undefined, raw: string | undefined): boolean {
  if (!pub || !raw || Date.parse(pub) - Date.parse(fromUrl) !== DAY) return false;
  const own = timestamps([raw])[0];
  return own !== undefined && own.offset !== 0;
}

/** A UTC timestamp re-read in the zone the page itself uses for the same instant ("Z" → "-08:00"). */
function localDay(raw: string | undefined, stamps: Stamp[]): string | undefined {
  if (!raw) return undefined;
  const own = timestamps([raw])[0];
  // only a UTC stamp needs re-reading; one with its own offset already names the publisher's day
  if (own === undefined || own.offset !== 0) return undefined;
  const local = stamps.find((s) => s.offset !== 0 && Math.abs(s.epoch - own.epoch) <= 60_000);
  if (!local) return undefined;
  const d = new Date(own.epoch + local.offset * 60_000);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}
