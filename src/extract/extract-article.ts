// Raw document (HTML or page text) → Article with metadata, publication date, clean body and fingerprints.
import { AppError, type Article, ownString, type RawDocument } from "../domain/index.ts";
import { dropBylineLines } from "./byline-lines.ts";
import { checkInput, whereOf } from "./check-input.ts";
import { parseFastDom } from "./fast-dom.ts";
import { dateFromDateline, datelinePlace, findPublished } from "./find-date.ts";
import { extractBody } from "./html-body.ts";
import { extractMetadata, type PageMetadata } from "./html-metadata.ts";
import { parseMachineDate } from "./parse-date.ts";
import { agencyDateline, textDatelineDate } from "./partial-date-line.ts";
import { closeRunawayTitle } from "./runaway-title.ts";
import { fingerprints } from "./simhash.ts";
import { extractTextPage } from "./text-page.ts";

interface Extracted {
  meta: PageMetadata;
  body: string;
  published?: string;
}

function fromHtml(html: string, url: string | undefined): Extracted {
  const ex = fromMarkup(html, url);
  if (ex.body.trim()) return ex;
  // a <title> left open swallows the page: read it again with the title closed
  const repaired = closeRunawayTitle(html);
  return repaired === undefined ? ex : fromMarkup(repaired, url);
}

function fromMarkup(html: string, url: string | undefined): Extracted {
  // our own light DOM: the extractor needs only a slice of the DOM API, and a full DOM costs most of the time
  const document = parseFastDom(html) as unknown as Document;
  // metadata first: body extraction prunes the tree (scripts with JSON-LD, nav, footers)
  const meta = extractMetadata(document, url);
  const body = extractBody(document);
  const published = findPublished(document, {
    metaPublished: meta.published,
    url,
    body,
    dayFirst: meta.dayFirst,
    partialDate: meta.partialDate,
  });
  return { meta, body, published };
}

function fromText(text: string, url: string | undefined): Extracted {
  const page = extractTextPage(text);
  const full = dateFromDateline(page.body) ?? page.published;
  const dateline = textDatelineDate(text);
  // a news agency's dateline with no year opening the story ("МОСКВА, 27 сен —") dates it; an unlabelled full date
  // near the top that names another day is a related story's or a photo's ("... - РИА Новости, 1920, 26.09.2021").
  // A yearless dateline further down opens another story (a "read also" teaser, a programme) and beats no full date.
  const opens = page.lead !== undefined && agencyDateline(page.lead) !== undefined;
  const published = full && dateline && opens && full.slice(5) !== dateline.slice(5) ? dateline : (full ?? dateline);
  return {
    meta: { title: page.title },
    body: page.body,
    published: published ?? findPublished(undefined, { url, body: "" }),
  };
}

export interface ExtractOptions {
  /**
   * Keep a page whose article body cannot be found, as an article with empty `text` and all its metadata (title,
   * byline, dates, language, canonical URL): for callers that want the metadata of paywalled or script-built pages.
   * Off by default, so ingest records "no article body found" as the document's skip reason.
   */
  allowEmptyBody?: boolean;
}

export function extractArticle(raw: RawDocument, options: ExtractOptions = {}): Article {
  const { kind, content, truncated } = checkInput(raw);
  const url = raw.url ?? (/^https?:\/\//.test(raw.id) ? raw.id : undefined);
  const ex = kind === "html" ? fromHtml(content, url) : fromText(content, url);
  const byline = ex.meta.byline?.normalize("NFC");
  // the byline is metadata: its own line is dropped from the text the coder reads (after the date, which a body's
  // opening line may give)
  const text = dropBylineLines(ex.body.trim(), ex.meta.byline);
  if (!text && !options.allowEmptyBody)
    throw new AppError("BAD_INPUT", "no article body found in the page", { where: whereOf(raw) });
  const article: Article = {
    id: raw.id,
    text,
    ...fingerprints(text),
  };
  if (url) article.url = url;
  const m = ex.meta;
  if (m.canonicalUrl) article.canonicalUrl = m.canonicalUrl;
  if (m.site) article.site = m.site;
  // one Unicode form (NFC) for names and headlines: pages mix precomposed and combining letters; a feed's title is
  // spaced as the page's are (its &nbsp; and line breaks one plain space)
  const title = (m.title ?? raw.title?.replace(/\s+/g, " ").trim())?.normalize("NFC");
  if (title) article.title = title;
  if (byline) article.byline = byline;
  // the caller's or feed's date wins over anything the page says
  const published = parseMachineDate(raw.published) ?? ex.published;
  if (published) article.published = published;
  if (m.modified) article.modified = m.modified;
  if (m.language) article.language = m.language;
  const place = datelinePlace(text);
  if (place) article.datelinePlace = place;
  if (truncated) article.truncated = truncated;
  return detachMetadata(article);
}

/**
 * The article with its metadata strings copied out of the page. Values read from attributes and text nodes are
 * slices, which V8 keeps as views that hold the whole page (150k characters on average, 300 kB as UTF-16) for as
 * long as the article lives: through nlp, coding and the wait to be stored. A copy of a few short strings costs far
 * less than keeping that page in memory, or promoting it to the old generation where a full collection must free it.
 * The body text is built by joining blocks, so it is already a string of its own.
 */
function detachMetadata(article: Article): Article {
  for (const key of DETACHED) {
    const value = article[key];
    if (value !== undefined) article[key] = ownString(value);
  }
  return article;
}

const DETACHED = ["url", "canonicalUrl", "site", "title", "byline", "published", "modified", "language"] as const;
