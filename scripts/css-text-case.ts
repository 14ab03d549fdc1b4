// Page's own CSS + heading element → the letter case a browser prints it in (text-transform). A measuring tool for
// scripts/fit-title-misses.ts: only CSS the page carries (<style>, style="") is known, rules in external stylesheets
// are out of reach. Session 14: the trafilatura-eval gold follows the printed case on some pages and the typed case
// on others, so the product keeps the typed case.
import postcss, { type AtRule, type Declaration } from "postcss";
import type { FastElement } from "../src/extract/fast-dom.ts";
import { compileSelector, type Matcher } from "../src/extract/fast-dom-select.ts";

export type TextCase = "uppercase" | "lowercase" | "capitalize" | "none";

interface CaseRule {
  match: Matcher;
  /** Specificity as one number: ids × 10⁶ + classes, attributes × 10³ + types; !important adds 10⁹. */
  weight: number;
  order: number;
  selector: string;
  value: TextCase | "inherit";
}

/** The width of the screen the page is taken to be read on: a desktop browser's. */
const SCREEN_WIDTH = 1280;
const IMPORTANT = 1e9;
const CASES = new Set(["uppercase", "lowercase", "capitalize", "none", "inherit"]);

/** The rules of the page's <style> elements that set text-transform, in document order. */
export function caseRules(doc: Document): CaseRule[] {
  const rules: CaseRule[] = [];
  for (const style of Array.from(doc.querySelectorAll("style"))) {
    const media = style.getAttribute("media");
    if (media && !mediaApplies(media)) continue;
    const css = style.textContent ?? "";
    if (!/text-transform/i.test(css)) continue;
    let root: postcss.Root;
    try {
      root = postcss.parse(css);
    } catch {
      // a broken stylesheet: a browser drops what it cannot read, and so do we, the whole sheet at once
      continue;
    }
    root.walkDecls(/^text-transform$/i, (d) => addRule(rules, d));
  }
  return rules;
}

function addRule(rules: CaseRule[], d: Declaration): void {
  const value = d.value.trim().toLowerCase();
  const rule = d.parent;
  if (!CASES.has(value) || rule?.type !== "rule") return;
  for (let p = rule.parent; p && p.type !== "root"; p = p.parent)
    if (p.type === "atrule" && !atRuleApplies(p as AtRule)) return;
  for (const selector of (rule as postcss.Rule).selectors) {
    let match: Matcher;
    try {
      match = compileSelector(selector);
    } catch {
      // pseudo-classes (:hover, :not), sibling combinators and escapes: a state or structure we do not model
      continue;
    }
    const weight = specificity(selector) + (d.important ? IMPORTANT : 0);
    rules.push({ match, weight, order: rules.length, selector, value: value as CaseRule["value"] });
  }
}

function atRuleApplies(a: AtRule): boolean {
  const name = a.name.toLowerCase();
  if (name === "media") return mediaApplies(a.params);
  return name === "supports" || name === "layer" || name === "container";
}

/** A media query list read for a desktop screen: type and width only; other features are taken to hold. */
export function mediaApplies(query: string): boolean {
  return query.split(",").some((q) => {
    const s = q.trim().toLowerCase();
    if (/^not\b/.test(s) || /^(?:only\s+)?print\b/.test(s) || /^(?:only\s+)?speech\b/.test(s)) return false;
    for (const m of s.matchAll(/\(\s*(min|max)-width\s*:\s*([\d.]+)\s*(px|em|rem)?\s*\)/g)) {
      const px = Number(m[2]) * (m[3] === "em" || m[3] === "rem" ? 16 : 1);
      if (m[1] === "min" ? px > SCREEN_WIDTH : px < SCREEN_WIDTH) return false;
    }
    return true;
  });
}

/** ids, then classes and attributes, then type names: one number that sorts as CSS specificity does. */
function specificity(selector: string): number {
  const attrs = selector.match(/\[[^\]]*\]/g)?.length ?? 0;
  const bare = selector.replace(/\[[^\]]*\]/g, "[]");
  const ids = bare.match(/#[\w-]/g)?.length ?? 0;
  const classes = bare.match(/\.[\w-]/g)?.length ?? 0;
  const types = bare.match(/(?:^|[\s>])[a-zA-Z][\w-]*/g)?.length ?? 0;
  return ids * 1e6 + (classes + attrs) * 1e3 + types;
}

/** The case an element's text is printed in: its own winning declaration, else what it inherits. */
export function renderedCase(el: Element, rules: CaseRule[]): TextCase {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const own = winner(e as unknown as FastElement, rules, inlineCase(e));
    if (own && own !== "inherit") return own;
  }
  return "none";
}

function inlineCase(el: Element): TextCase | undefined {
  const m = /(?:^|;)\s*text-transform\s*:\s*([a-z]+)/i.exec(el.getAttribute("style") ?? "");
  const v = m?.[1]?.toLowerCase();
  return v && CASES.has(v) && v !== "inherit" ? (v as TextCase) : undefined;
}

/** The declaration that wins on an element: highest weight, then the later one; a style="" beats all but !important. */
function winner(el: FastElement, rules: CaseRule[], inline: TextCase | undefined): CaseRule["value"] | undefined {
  let best: CaseRule | undefined;
  for (const r of rules)
    if ((!best || r.weight > best.weight || (r.weight === best.weight && r.order > best.order)) && r.match(el))
      best = r;
  return inline && !(best && best.weight >= IMPORTANT) ? inline : best?.value;
}

/** Text as printed in a case: capitalize raises each word's first letter and leaves the rest as typed. */
export function applyCase(text: string, c: TextCase): string {
  if (c === "uppercase") return text.toUpperCase();
  if (c === "lowercase") return text.toLowerCase();
  if (c === "capitalize") return text.replace(/(^|[\s("“„‘«¿¡/-])(\p{Ll})/gu, (_, pre, l) => pre + l.toUpperCase());
  return text;
}
