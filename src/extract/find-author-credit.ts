// Page with no byline → the news agency or source its story credits: a wire dateline opening the story ("Hamburg
// (dpa/lno) – ...", "MOSCOW (Reuters) -") or a closing source line ("Quelle: kathpress"); else the person a
// one-person site's copyright line names ("Copyright (c) 2012- Gregory Szorc. All rights reserved.").

import { AGENCIES, alternation, cleanByline } from "./find-author-clean.ts";
import { inFigure, shortText } from "./find-author-paragraph.ts";
import { cleanSpace } from "./find-title.ts";

// a place in capitals or capitalised words, the agency as printed or in capitals ("(REUTERS)"), with a desk code
// ("dpa/lno", "AFP/dsw"), in brackets, a dash
const AGENCY_NAMES = [...new Set([...AGENCIES, ...AGENCIES.map((a) => a.toUpperCase())])];
const AGENCY = String.raw`(?:${alternation(AGENCY_NAMES)})(?:\/[\p{L}]{1,5})?`;
const WIRE_DATELINE = new RegExp(
  String.raw`^\s*\p{Lu}[\p{L}.'’ -]{1,40}?\s*\((${AGENCY}(?:\s*[,/]\s*${AGENCY})*)\)\s*[-–—:]`,
  "u",
);

// "Quelle: MDR THÜRINGEN/ls", "Source: Reuters": a line of its own that closes the story
const SOURCE_LINE = /^(?:quelle|source|źródło|источник|джерело|kaynak)\s*:\s*\S.{0,40}$/iu;

/**
 * The agency or source a story credits, for a page that prints no byline: the wire dateline of its lead (the page's
 * description, or one of its first paragraphs), else a source line that is the last paragraph of its block and not
 * a picture's or a chart's credit.
 */
export function creditLine(doc: Document, lead: string | undefined): string | undefined {
  const paragraphs = Array.from(doc.querySelectorAll("p"));
  const leads = [lead ?? "", ...paragraphs.slice(0, 30).map((p) => shortText(p, 300))];
  for (const text of leads) {
    const wire = WIRE_DATELINE.exec(text);
    if (wire) return wire[1]!.replace(/\s+/g, "");
  }
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const p = paragraphs[i]!;
    const text = cleanSpace(shortText(p, 60));
    if (!SOURCE_LINE.test(text) || inFigure(p) || laterParagraph(p)) continue;
    const name = cleanByline(text);
    if (name) return name;
  }
  return undefined;
}

/** A paragraph follows this one in its block: a source line there credits a quotation or a figure, not the story. */
function laterParagraph(p: Element): boolean {
  const siblings = p.parentElement ? Array.from(p.parentElement.children) : [];
  return siblings.slice(siblings.indexOf(p) + 1).some((s) => s.localName === "p");
}

// a person's name: two or three capitalised words, or an initial glued to the surname ("C.Habermueller")
const PERSON = String.raw`(?:\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?){1,2}|\p{Lu}\.\s?\p{Lu}\p{Ll}+)`;
// "© 2019 Jane Roe", "(c) Johannes Wolf • Weitere Rechte siehe Impressum", "© since 2010 by C.Habermueller All rights
// reserved": the owner, then the line's end, a separator or the rights clause
const COPYRIGHT_OWNER = new RegExp(
  String.raw`^(?:(?:[Cc]opyright|COPYRIGHT)\s*)?(?:©|\([Cc]\)|[Cc]opyright|COPYRIGHT)\s*(?:[Ss]ince\s+|[Ss]eit\s+)?(?:\d{4}\s*(?:[-–]\s*(?:\d{4})?)?\s*)?(?:[Bb]y\s+|[Vv]on\s+)?(${PERSON})\s*(?:$|[.,•|·]|[Aa]ll [Rr]ights|ALL RIGHTS|[Aa]lle [Rr]echte|[Ww]eitere [Rr]echte)`,
  "u",
);

// words that name a body, not a person, also as the end of a compound ("Internetredaktion", "Handballbund")
const ORGANISATION =
  /(?:redaktion|media|medien|schule|bund|komitee|kanton|insider|verband|verein|group|gruppe|news|verlag|stadt|gemeinde|stiftung|institut|universität|university|college|club|team|press|presse|zeitung|magazin|magazine|online|network|netzwerk|agentur|agency|association|council|society|foundation|company|ministerium|ministry|partei|party|bank|holding)(?![\p{L}])/iu;

/**
 * The person a copyright line names, for a page with no byline at all: a one-person site signs its posts so, in the
 * footer the byline search leaves out. A body's name ("© 2024 Example Media GmbH", "© Kanton Bern") or a site's
 * ("© example.org") is the publisher's and is left out.
 */
export function copyrightOwner(doc: Document): string | undefined {
  for (const el of doc.querySelectorAll("p, small, span, div")) {
    if (el.children.length > 3) continue;
    const text = cleanSpace(shortText(el, 160));
    const m = COPYRIGHT_OWNER.exec(text);
    // an organisation's name ("Example Media GmbH", "Kanton Bern", "Deutscher Handballbund") is the publisher
    const name = m && !inFigure(el) && !ORGANISATION.test(m[1]!) ? cleanByline(m[1]!) : undefined;
    if (name) return name;
  }
  return undefined;
}
