// A byline element → whether it sits where it names someone else's work: the comments, a sidebar, the masthead, a
// teaser of another article.

import { elementNames } from "./element-names.ts";

/**
 * Placed where it names someone else's work or the site: in the comments, a sidebar or related list, the page's
 * footer, the masthead's link home, or a teaser wrapped in its link to another article.
 */
export function elsewhere(el: Element): boolean {
  return inComments(el) || homeLink(el) || inLink(el);
}

// a link to the author's archive page: "/author/jane-roe/", "/autoren/georg-quaas/", "/writers/emily-burack/"
export const AUTHOR_HREF =
  /\/(?:author|authors|autor|autoren|writers?|staff|journalists?|reporters?)\/[^/?#]+\/?(?:[?#].*)?$/i;

/**
 * Inside a link to another page: a teaser of another article, wrapped whole in its link, and its author
 * ("<a href=/other-story><h4/><span class=author/></a>"). A link to the author's page, an e-mail link, one with no
 * address or one holding nothing but the byline is the byline's own.
 */
function inLink(el: Element): boolean {
  for (let a = el.parentElement, i = 0; a && i < 5; a = a.parentElement, i++) {
    if (a.localName !== "a") continue;
    const href = a.getAttribute("href")?.trim() ?? "";
    if (!href || /^(?:#|mailto:|javascript:)/i.test(href) || AUTHOR_HREF.test(href)) return false;
    // a link holding the byline alone is the author's own page under another path ("/people/jane-roe")
    return (a.textContent ?? "").trim().length > (el.textContent ?? "").trim().length + 20;
  }
  return false;
}

/**
 * A name in the page's title heading that links to the front page is the site's (a masthead marked up as an
 * hCard), not the author's. A byline linking home elsewhere stays: a one-author blog may link its author there.
 */
function homeLink(el: Element): boolean {
  const a = el.localName === "a" ? el : el.children.length === 1 ? el.children[0]! : undefined;
  const href = a?.localName === "a" ? a.getAttribute("href")?.trim() : undefined;
  if (href === undefined || !/^(?:(?:https?:)?\/\/[^/?#]+)?\/?(?:index\.\w+)?$/i.test(href)) return false;
  for (let p: Element | null = a!, i = 0; p && i < 3; p = p.parentElement, i++)
    if (p.localName === "h1" || MASTHEAD_BLOCK.test(elementNames(p))) return true;
  return false;
}
const MASTHEAD_BLOCK = /site-?(?:title|name|branding)|logo|masthead|brand/i;

// whole class tokens of containers that hold someone else's names: comments, widgets, related lists, sidebars
// ("vhb-comments", "comment-list"; not "comments-open" or layout flags like "one-sidebar", "sidebar-left")
const ASIDE_TOKEN =
  /^(?:(?:\w+[-_])*(?:comments?|commentlist|respond|replies|related)(?:[-_](?!open|closed|count|link)\w+)*|sidebar(?:[-_](?!left|right)\w+)?|widget\w*)$/i;

/**
 * Inside the comments, a sidebar, a related list, or the page's footer or aside. Walking up from the byline, the
 * article itself (<article>, h-entry) ends the search: its own footer or aside often carries the byline, and layout classes on the
 * wrappers above it ("one-sidebar", id="sidebar" on the content column) say nothing about it.
 */
function inComments(el: Element): boolean {
  let footer = false;
  for (let a: Element | null = el; a && a.localName !== "body"; a = a.parentElement) {
    const tokens = elementNames(a).split(/\s+/);
    const aside = tokens.find((t) => ASIDE_TOKEN.test(t));
    // a "sidebar" that holds the page's <h1> is the content column under a layout name ("#sidebar.content-area")
    if (aside && !(/^sidebar/i.test(aside) && a.querySelector("h1"))) return true;
    if (a.localName === "article" || tokens.some((t) => /^h-?entry$/i.test(t))) return false;
    if (a.localName === "footer" || a.localName === "aside") footer = true;
  }
  return footer;
}
