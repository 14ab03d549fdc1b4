// Parsed page → metadata: title, byline, site, language, canonical URL and dated candidates from JSON-LD and meta tags.

import { findAuthor } from "./find-author.ts";
import { findTitle, type TitleEvidence, type TitleSource } from "./find-title.ts";
import { metaPublished, timestamps } from "./page-date.ts";

import { parseMachineDate, printsDayFirst, wordsDayFirst } from "./parse-date.ts";
import { partialDateLine } from "./partial-date-line.ts";

export interface PageMetadata {
  title?: string;
  byline?: string;
  site?: string;
  language?: string;
  canonicalUrl?: string;
  published?: string;
  modified?: string;
  /** The page prints slashed dates day first ("03/05/2022" is 3 May): every language but US English. */
  dayFirst?: boolean;
  /**
   * A date line with no full date ("17 мая, 10:45", "Вчера, 14:30") dated by the page (partialDateLine): read here,
   * on the whole page (its copyright line and date bar), and trusted only when no full date dates it (findPublished).
   */
  partialDate?: string;
}

type Json = Record<string, unknown>;
const ARTICLE_TYPES =
  /^(Article|NewsArticle|ReportageNews|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|SocialMediaPosting|Blog|WebPage|ItemPage|Review|Recipe|VideoObject|Event|PressRelease)$/;

/** Objects of every JSON-LD block, flattened through arrays and @graph; broken JSON is skipped. */
function jsonLdObjects(doc: Document): Json[] {
  const out: Json[] = [];
  const visit = (v: unknown, depth: number) => {
    if (depth > 4 || !v || typeof v !== "object") return;
    if (Array.isArray(v)) for (const x of v) visit(x, depth + 1);
    else {
      out.push(v as Json);
      const g = (v as Json)["@graph"];
      if (g) visit(g, depth + 1);
    }
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    const raw = (s.textContent ?? "").trim();
    if (!raw || raw.length > 500_000) continue;
    const parsed = lenientJson(raw);
    if (parsed !== undefined) visit(parsed, 0);
  }
  return out;
}

/**
 * JSON as sites ship it: raw newlines and tabs inside strings, trailing commas, two objects in one script. What
 * still does not parse is skipped: not worth failing the page over.
 */
function lenientJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    const fixed = raw.replace(/[\u0000-\u001f]+/g, " ").replace(/,\s*([\]}])/g, "$1");
    for (const text of [fixed, `[${fixed.replace(/}\s*{/g, "},{")}]`]) {
      try {
        return JSON.parse(text);
      } catch {
        // try the next repair
      }
    }
    return undefined;
  }
}

function typesOf(o: Json): string[] {
  const t = o["@type"];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === "string");
}

function str(v: unknown): string | undefined {
  if (typeof v === "string") return v.trim() || undefined;
  if (Array.isArray(v)) return str(v[0]);
  return undefined;
}

function names(v: unknown): string[] {
  if (typeof v === "string") return v.trim() ? [v.trim()] : [];
  if (Array.isArray(v)) return v.flatMap(names);
  if (v && typeof v === "object") return names((v as Json).name);
  return [];
}

/** All meta tags once, keyed by lower-cased property / name / itemprop (first one wins). */
export function metaTags(doc: Document): Map<string, string> {
  const map = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll("meta"))) {
    const content = el.getAttribute("content")?.trim();
    if (!content) continue;
    for (const attr of ["property", "name", "itemprop", "http-equiv"]) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !map.has(key)) map.set(key, content);
    }
  }
  return map;
}

function meta(tags: Map<string, string>, keys: string[]): string | undefined {
  for (const key of keys) {
    const v = tags.get(key.toLowerCase());
    if (v) return v;
  }
  return undefined;
}

const AUTHOR_META = [
  "citation_author",
  "author",
  "article:author",
  "dc.creator",
  "dcterms.creator",
  "parsely-author",
  "shareaholic:article_author_name",
  "sailthru.author",
  "byl",
];

const PUBLISHED_META = [
  "article:published_time",
  "og:published_time",
  "og:article:published_time",
  "datePublished",
  "publishdate",
  "publish-date",
  "publish_date",
  "pubdate",
  "parsely-pub-date",
  "sailthru.date",
  "dc.date.issued",
  "dc.date",
  "dcterms.issued",
  "dcterms.created",
  "dcterms.date",
  "dc.date.created",
  "date",
  "citation_publication_date",
  "citation_date",
  "article.published",
  "article_date_original",
  "original-publish-date",
  "cxenseparse:recs:publishtime",
  "rnews:datepublished",
  "bt:pubdate",
  "prism.publicationdate",
  "created",
  "dateCreated",
  "published_time",
  "release_date",
  "displaydate",
  "og:pubdate",
  "article:published",
  "datecreated",
  "originalpublicationdate",
];
/** "date", "dc.date": CMSs fill these with the page's build or edit date as often as with its publication. */
const GENERIC_DATE_META = new Set(["date", "dc.date", "dcterms.date"]);
const NAMED_PUBLISHED_META = PUBLISHED_META.filter((k) => !GENERIC_DATE_META.has(k));
const MODIFIED_META = [
  "article:modified_time",
  "og:updated_time",
  "dateModified",
  "last-modified",
  "dcterms.modified",
  "dc.date.modified",
  "lastmod",
  "article.updated",
  "sailthru.lastmodified",
  "revised",
];

/** The page's own facts a headline is judged by: metadata titles by field, the site's name and host. */
function titleEvidence(
  doc: Document,
  tags: Map<string, string>,
  article: Json | undefined,
  url?: string,
): TitleEvidence {
  const host = hostOf(url);
  const site =
    meta(tags, ["og:site_name", "application-name", "twitter:site"])?.replace(/^@/, "") ??
    names((article?.publisher as Json | undefined) ?? undefined)[0] ??
    host;
  const titleTag = doc.querySelector("title")?.textContent ?? undefined;
  const sources: [TitleSource, string | undefined][] = [
    ["ld", str(article?.headline)],
    ["og", meta(tags, ["og:title"])],
    ["twitter", meta(tags, ["twitter:title", "dc.title", "headline"])],
    ["tag", titleTag],
    ["ldName", str(article?.name)],
  ];
  const given = sources.filter((s): s is [TitleSource, string] => !!s[1]?.trim());
  return { metaTitles: given.map((s) => s[1]), kinds: given.map((s) => s[0]), site, host, titleTag };
}

function articleObject(ld: Json[]): Json | undefined {
  return ld.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t)) && (o.headline || o.datePublished));
}

/** Title evidence of a parsed page, for fitting and testing the title model (extractMetadata builds it itself). */
export function pageTitleEvidence(doc: Document, url?: string): TitleEvidence {
  return titleEvidence(doc, metaTags(doc), articleObject(jsonLdObjects(doc)), url);
}

export function extractMetadata(doc: Document, url?: string): PageMetadata {
  const tags = metaTags(doc);
  const ld = jsonLdObjects(doc);
  const article = articleObject(ld);
  const ev = titleEvidence(doc, tags, article, url);
  const { site, metaTitles } = ev;
  const title = findTitle(doc, ev);

  const byline = findAuthor(doc, {
    ld: resolveRefs(article?.author, ld),
    meta:
      // a paper's citation_author is its author; "author" on such pages often lists the cited ones; article:author
      // often holds the author's profile address, and a later tag the name
      meta(
        tags,
        AUTHOR_META.filter((k) => !/^(?:https?:|www\.)/i.test(tags.get(k) ?? "")),
      ) ??
      // Yoast's reading card: twitter:label1 "Written by" / "Verfasst von", twitter:data1 the name
      (/^(?:written by|verfasst von|geschrieben von|écrit par|escrito por)$/i.test(tags.get("twitter:label1") ?? "")
        ? tags.get("twitter:data1")
        : undefined),
    site,
    host: ev.host,
    lead: meta(tags, ["og:description", "description", "twitter:description"]),
  });

  const langAttr =
    doc.documentElement?.getAttribute("lang") ??
    // XHTML pages declare it as xml:lang only (<html xmlns=... xml:lang="en-GB">)
    doc.documentElement?.getAttribute("xml:lang") ??
    meta(tags, ["og:locale", "language", "content-language", "dc.language"]);
  const httpLang = tags.get("content-language");
  // a page that names no language, or names English (a template's default as often as not), is read by its words
  const dayFirst = printsDayFirst(langAttr ?? httpLang) || wordsDayFirst(openingWords(doc));
  const language =
    (langAttr ?? httpLang ?? str(article?.inLanguage))?.trim().split(/[-_]/)[0]?.toLowerCase() || undefined;

  const canonicalUrl =
    doc.querySelector('link[rel="canonical" i]')?.getAttribute("href")?.trim() || meta(tags, ["og:url"]) || undefined;

  const rawPublished = firstDated(str(article?.datePublished), meta(tags, PUBLISHED_META));
  const named = firstDated(str(article?.datePublished), meta(tags, NAMED_PUBLISHED_META));
  const rawModified = firstDated(str(article?.dateModified), meta(tags, MODIFIED_META));
  const stamps = timestamps([
    ...tags.values(),
    ...Array.from(doc.querySelectorAll("time[datetime]"), (t) => t.getAttribute("datetime") ?? ""),
    ...ld.flatMap((o) =>
      [o.datePublished, o.dateCreated, o.uploadDate].filter((x): x is string => typeof x === "string"),
    ),
  ]);
  const published = metaPublished(doc, {
    published: rawPublished,
    modified: rawModified,
    url,
    stamps,
    titles: metaTitles,
    generic: rawPublished !== undefined && named === undefined,
    dayFirst,
  });
  const modified = parseMachineDate(rawModified);
  const partialDate = published ? undefined : partialDateLine(doc)?.date;
  return {
    title: title || undefined,
    byline: byline || undefined,
    site,
    language,
    canonicalUrl,
    published,
    modified,
    dayFirst,
    partialDate,
  };
}

/** JSON-LD graphs name the author by reference ({"@id": ".../#/schema/person/1"}): the node with that @id. */
function resolveRefs(v: unknown, ld: Json[]): unknown {
  if (Array.isArray(v)) return v.map((x) => resolveRefs(x, ld));
  if (!v || typeof v !== "object") return v;
  const ref = (v as Json)["@id"];
  if (typeof ref !== "string" || (v as Json).name) return v;
  return ld.find((o) => o !== v && o["@id"] === ref && (o.name || o["@type"])) ?? v;
}

function firstDated(...values: (string | undefined)[]): string | undefined {
  return values.find((v) => parseMachineDate(v));
}

function hostOf(url?: string): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return undefined;
  }
}

/** The words a reader meets first: the title, the headline and the opening paragraphs (script text left out). */
function openingWords(doc: Document): string {
  const paragraphs = Array.from(doc.querySelectorAll("p"), (p) => p.textContent ?? "").slice(0, 5);
  return [doc.title, doc.querySelector("h1")?.textContent ?? "", ...paragraphs].join(" ").slice(0, 3000);
}
