// An element's class and id as one string, for the name patterns of the extractors (furniture, date lines,
// mastheads): one definition, so every extractor reads the same string.
import { FastElement, joinNames } from "./fast-dom.ts";

/**
 * The class and id attributes, joined by a space when both are present: "" when neither is, and no new string when
 * only one is (most elements), since the scorers ask this of every element of the page.
 */
export function elementNames(el: Element | null | undefined): string {
  if (!el) return "";
  // the extractor's own DOM keeps the answer per element; any other DOM (tests, callers' own) is read each time
  if (el instanceof FastElement) return el.names;
  return joinNames(el.getAttribute("class"), el.getAttribute("id"));
}
