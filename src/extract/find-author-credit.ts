// Page with no byline → the news agency or source its story credits: a wire dateline opening the story ("Hamburg
// (dpa/lno) – ...", "MOSCOW (Reuters) -") or a closing source line ("Quelle: kathpress").

import { AGENCIES, alternation, cleanByline } from "./find-author-clean.ts";
import { inFigure, shortText } from "./find-author-paragraph.ts";
import { cleanSpace } from "./find-title.ts";

// a place in capitals or capitalised words, the agency (with a desk code: "dpa/lno", "AFP/dsw") in brackets, a dash
const AGENCY = String.raw`(?:${alternation(AGENCIES)})(?:\/[\p{L}]{1,5})?`;
const WIRE_DATELINE = new RegExp(
  String.raw`^\s*\p{Lu}[\p{L}.'’ -]{1,40}?\s*\((${AGENCY}(?:\s*[,/]\s*${AGENCY})*)\)\s*[-–—:]`,
  "iu",
);

// "Quelle: MDR THÜRINGEN/ls", "Source: Reuters": a line of its own that closes the story
const SOURCE_LINE = /^(?:quelle|source|źródło|источник|джерело|kaynak)\s*:\s*\S.{0,40}$/iu;

/**
 * The agency or source a story credits, for a page that prints no byline: the wire dateline of its lead (the page's
 * description, or one of its first paragraphs), else a source line that is the last paragraph of its block and not
 * a picture's or a chart's credit.
 */
export function creditLine(doc: Document, lead: string | undefined): string | undefined {
  const paragraphs = doc.querySelectorAll("p");
  const leads = [lead ?? "", ...Array.from(paragraphs, (p) => shortText(p, 300)).slice(0, 30)];
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
