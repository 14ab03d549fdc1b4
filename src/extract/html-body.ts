// DOM → main text: prune furniture, score text blocks by length, commas and link density, keep the best
// container (and its article-like siblings), then serialise it dropping link lists and teaser sections.
import { JUNK_TAGS, NEGATIVE_NAME, POSITIVE_NAME } from "./boilerplate.ts";
import { elementNames } from "./element-names.ts";
import { isSpace } from "./is-space.ts";
import { ldArticleBody, preferLdBody } from "./ld-article-body.ts";
import { sameKindBlocks } from "./same-kind-blocks.ts";
import { serialiseBlocks } from "./serialise-blocks.ts";

const PARA_TAGS = new Set(["p", "pre", "blockquote", "td", "li", "dd"]);

// Text length of the whole page, set per extraction (extraction is synchronous, so no interleaving).
let bodyText = 0;

/** Per element, so kept to what is read: collapsed text length and how much of it sits inside links. */
interface Stats {
  text: number;
  link: number;
}

function isHidden(el: Element): boolean {
  if (el.hasAttribute("hidden") || el.getAttribute("aria-hidden") === "true") return true;
  const style = el.getAttribute("style");
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Removes elements that never hold prose (scripts, forms, navigation, hidden blocks). */
export function prune(el: Element, depth: number): void {
  // backwards over the child nodes, so a removal never shifts one still to visit and no copy of the list is needed
  // (each child's verdict depends on itself alone, so the order does not matter)
  const nodes = el.childNodes;
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i]!;
    if (node.nodeType !== 1) continue;
    const child = node as Element;
    if (JUNK_TAGS.has(child.localName) || isHidden(child)) child.remove();
    else if (depth < 200) prune(child, depth + 1);
  }
}

/** A furniture-named block (share bar, related list, ad slot) unless its name also says it is the article. */
function isFurniture(el: Element): boolean {
  const n = elementNames(el);
  return !!n && NEGATIVE_NAME.test(n) && !POSITIVE_NAME.test(n);
}

function directText(el: Element): number {
  let n = 0;
  for (const node of el.childNodes) if (node.nodeType === 3) n += (node.textContent ?? "").trim().length;
  return n;
}

/** `s.replace(/\s+/g, " ").trim().length` without building either string: measure runs on every text node. */
export function collapsedLength(s: string): number {
  let n = 0;
  let gap = false;
  for (let i = 0; i < s.length; i++) {
    if (isSpace(s.charCodeAt(i))) gap = n > 0;
    else {
      n += gap ? 2 : 1;
      gap = false;
    }
  }
  return n;
}

/** One bottom-up pass: text and link-text lengths of every element, and block scores pushed to ancestors. */
export function measure(el: Element, stats: Map<Element, Stats>, inLink: boolean, depth: number): Stats {
  const s: Stats = { text: 0, link: 0 };
  const isLink = inLink || el.localName === "a";
  for (const node of el.childNodes) {
    if (node.nodeType === 3) {
      const len = collapsedLength(node.textContent ?? "");
      s.text += len;
      if (isLink) s.link += len;
    } else if (node.nodeType === 1 && depth < 200) {
      const k = measure(node as Element, stats, isLink, depth + 1);
      s.text += k.text;
      s.link += k.link;
    }
  }
  stats.set(el, s);
  return s;
}

/** Paragraphs in comments, teasers or sidebars do not vote for their containers. */
/**
 * The ancestors insideFurniture walked, reused from call to call (every scored paragraph asks); slots are cleared
 * after each call, so no element of a page stays reachable from the module.
 */
const path: (Element | undefined)[] = [];

function insideFurniture(el: Element, stats: Map<Element, Stats>, memo: Map<Element, boolean>): boolean {
  let walked = 0;
  let verdict = false;
  for (let a: Element | null = el; a; a = a.parentElement) {
    const known = memo.get(a);
    if (known !== undefined) {
      verdict = known;
      break;
    }
    path[walked++] = a;
    if (isFurniture(a) && (stats.get(a)?.text ?? 0) < bodyText * 0.5) {
      verdict = true;
      break;
    }
  }
  for (let i = 0; i < walked; i++) {
    memo.set(path[i]!, verdict);
    path[i] = undefined;
  }
  return verdict;
}

function contentScore(el: Element, s: Stats): number {
  const tag = el.localName;
  if (!PARA_TAGS.has(tag) && !(tag === "div" && directText(el) >= 50)) return 0;
  if (s.text < 25) return 0;
  const commas = countCommas(el, 0);
  return (1 + commas + Math.min(Math.floor(s.text / 100), 3)) * (1 - s.link / s.text);
}

/**
 * Commas in `el.textContent` (`,` `，` `、`) without building the text: every paragraph is scored, and its text would
 * be a new string each time. Same depth limit as the DOM's text walk.
 */
function countCommas(el: Element, depth: number): number {
  let n = 0;
  for (const node of el.childNodes) {
    if (node.nodeType === 3) {
      const t = node.textContent ?? "";
      for (let i = 0; i < t.length; i++) {
        const c = t.charCodeAt(i);
        if (c === 0x2c || c === 0xff0c || c === 0x3001) n++;
      }
    } else if (node.nodeType === 1 && depth < 400) n += countCommas(node as Element, depth + 1);
  }
  return n;
}

function classWeight(el: Element): number {
  const n = elementNames(el);
  if (!n) return 0;
  let w = 0;
  if (POSITIVE_NAME.test(n)) w += 25;
  if (NEGATIVE_NAME.test(n)) w -= 25;
  return w;
}

/** Picks the container holding the article: highest link-damped score of pushed-up paragraph scores. */
export function topCandidate(
  body: Element,
  stats: Map<Element, Stats>,
): { top: Element; finals: Map<Element, number> } {
  const scores = new Map<Element, number>();
  const furniture = new Map<Element, boolean>();
  for (const [el, s] of stats) {
    const cs = contentScore(el, s);
    if (cs <= 0 || insideFurniture(el, stats, furniture)) continue;
    // a div holding its prose as bare text (lines split by <br>) is its own paragraph container, as if each
    // line were a <p> inside it
    let anc = el.localName === "div" ? el : el.parentElement;
    for (let level = 0; anc && level < 5; level++, anc = anc.parentElement) {
      const div = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(anc, (scores.get(anc) ?? 0) + cs / div);
    }
  }
  let best: Element = body;
  let bestScore = 0;
  const finals = new Map<Element, number>();
  for (const [el, sc] of scores) {
    const s = stats.get(el);
    if (!s || s.text === 0) continue;
    const final = (sc + classWeight(el)) * (1 - s.link / s.text);
    finals.set(el, final);
    if (final > bestScore) {
      bestScore = final;
      best = el;
    }
  }
  return { top: best, finals };
}

/**
 * The article is often split over sibling blocks (text, photo, text): keep the top candidate's siblings
 * that score well or read like prose, in page order.
 */
function withSiblings(top: Element, finals: Map<Element, number>, stats: Map<Element, Stats>): Element[] {
  const parent = top.parentElement;
  if (!parent || top.localName === "body") return [top];
  const topScore = finals.get(top) ?? 0;
  const threshold = Math.max(10, topScore * 0.2);
  const out: Element[] = [];
  for (const sib of Array.from(parent.children)) {
    if (sib === top) {
      out.push(sib);
      continue;
    }
    const s = stats.get(sib);
    if (!s || s.text === 0 || isFurniture(sib)) continue;
    const ld = s.link / s.text;
    const sc = finals.get(sib) ?? 0;
    if (sc >= threshold && ld < 0.3) out.push(sib);
    else if (sib.localName === "p" && ld < 0.25 && s.text >= 80) out.push(sib);
  }
  return out;
}

/** Main text of a parsed page, or "" when nothing article-like is found. */
export function extractBody(doc: Document): string {
  const body = pageRoot(doc);
  if (!body) return "";
  // read before pruning drops the scripts
  const ld = ldArticleBody(doc);
  prune(body, 0);
  const stats = new Map<Element, Stats>();
  bodyText = measure(body, stats, false, 0).text;
  const { top, finals } = topCandidate(body, stats);
  const roots = merge(withSiblings(top, finals, stats), sameKindBlocks(top, stats, isFurniture), stats);
  let text = serialiseBlocks(roots, stats, isFurniture);
  // no scored container (short notes, pages of lists): fall back to the whole page's prose blocks
  if (text.length < 100 && top !== body) text = longer(text, serialiseBlocks([body], stats, isFurniture));
  return ld && preferLdBody(ld, text) ? ld : text;
}

function contains(a: Element, b: Element): boolean {
  for (let x: Element | null = b; x; x = x.parentElement) if (x === a) return true;
  return false;
}

/** Union of two block lists in page order, dropping blocks inside another kept block. */
function merge(a: Element[], b: Element[], stats: Map<Element, Stats>): Element[] {
  if (b.length <= 1) return a;
  const all = [...new Set([...a, ...b])];
  const kept = all.filter((x) => !all.some((y) => y !== x && contains(y, x)));
  // stats were filled bottom-up, so their order is page order for blocks that do not nest
  const order = new Map<Element, number>();
  let i = 0;
  for (const el of stats.keys()) order.set(el, i++);
  return kept.sort((x, y) => (order.get(x) ?? 0) - (order.get(y) ?? 0));
}

function longer(a: string, b: string): string {
  return b.length > a.length ? b : a;
}

/**
 * The element holding the page. linkedom may leave an empty auto-created <body> as `document.body` when a page
 * has no <head> or starts with stray output (PHP warnings), so take the <body> with the most text.
 */
export function pageRoot(doc: Document): Element | null {
  const bodies = doc.querySelectorAll("body");
  // nearly every page has one <body>: no need to measure its text (a walk over the whole page, three times a page)
  if (bodies.length === 1) return bodies[0]!;
  let best: Element | null = null;
  let bestLen = -1;
  for (const b of Array.from(bodies)) {
    const len = textLength(b, 0);
    if (len > bestLen) {
      best = b;
      bestLen = len;
    }
  }
  return best ?? doc.documentElement;
}

/** `el.textContent.length` without building the text (the same depth limit as the DOM's text walk). */
function textLength(el: Element, depth: number): number {
  let n = 0;
  for (const node of el.childNodes) {
    if (node.nodeType === 3) n += (node.textContent ?? "").length;
    else if (node.nodeType === 1 && depth < 400) n += textLength(node as Element, depth + 1);
  }
  return n;
}
