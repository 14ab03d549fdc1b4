// CSS selector text → a matcher over FastElement: type, #id, .class, [attr], [attr=v], ~= ^= $= *= |= with the
// " i" flag, descendant and child combinators, and comma lists. Unsupported syntax is an AppError naming the selector.
import { AppError } from "../domain/index.ts";
import type { FastElement } from "./fast-dom.ts";
import { isSpace } from "./is-space.ts";

export type Matcher = (el: FastElement) => boolean;

interface AttrTest {
  name: string;
  op: "" | "=" | "~=" | "^=" | "$=" | "*=" | "|=";
  value: string;
  fold: boolean;
}

interface Compound {
  tag?: string;
  ids: string[];
  classes: string[];
  attrs: AttrTest[];
  /** How this compound relates to the one on its left. */
  combinator: " " | ">" | "";
}

/** A compiled selector, and the tag every element it matches must have (when it has one tag-named alternative). */
export interface Query {
  match: Matcher;
  tag?: string;
}

const cache = new Map<string, Query>();

export function compileQuery(selector: string): Query {
  let q = cache.get(selector);
  if (!q) {
    const chains = splitTopLevel(selector).map((s) => parseChain(s.trim(), selector));
    const match: Matcher =
      chains.length === 1
        ? chainMatcher(chains[0]!)
        : chains.every((c) => c.length === 1)
          ? anyCompound(chains.map((c) => c[0]!))
          : anyOf(chains.map(chainMatcher));
    q = chains.length === 1 ? { match, tag: chains[0]!.at(-1)!.tag } : { match };
    if (cache.size > 500) cache.clear();
    cache.set(selector, q);
  }
  return q;
}

export function compileSelector(selector: string): Matcher {
  return compileQuery(selector).match;
}

function splitTopLevel(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = "";
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "[" || c === "(") depth++;
    else if (c === "]" || c === ")") depth--;
    else if (c === "," && depth === 0) {
      out.push(s.slice(start, i));
      start = i + 1;
    }
  }
  out.push(s.slice(start));
  return out;
}

const IDENT = /^-?[_a-zA-Z\u00a0-\uffff][\w\u00a0-\uffff-]*/;
const ATTR = /^\[\s*([^\s~|^$*=\]]+)\s*(?:([~|^$*]?=)\s*(?:"([^"]*)"|'([^']*)'|([^\s\]]+))\s*(i|s)?)?\s*\]/i;

function parseChain(s: string, whole: string): Compound[] {
  const chain: Compound[] = [];
  let rest = s;
  let combinator: Compound["combinator"] = "";
  const bad = (): never => {
    throw new AppError("INTERNAL", `unsupported CSS selector in the extractor's DOM: "${whole}"`);
  };
  while (rest.length) {
    const c: Compound = { ids: [], classes: [], attrs: [], combinator };
    const tag = /^(\*|[a-zA-Z][\w-]*)/.exec(rest);
    if (tag) {
      if (tag[1] !== "*") c.tag = tag[1]!.toLowerCase();
      rest = rest.slice(tag[0].length);
    }
    for (;;) {
      const ch = rest[0];
      if (ch === "#" || ch === ".") {
        const m = IDENT.exec(rest.slice(1)) ?? bad();
        (ch === "#" ? c.ids : c.classes).push(m[0]);
        rest = rest.slice(1 + m[0].length);
      } else if (ch === "[") {
        const m = ATTR.exec(rest) ?? bad();
        const op = (m[2] ?? "") as AttrTest["op"];
        const fold = m[6] === "i";
        const value = m[3] ?? m[4] ?? m[5] ?? "";
        c.attrs.push({ name: m[1]!.toLowerCase(), op, value: fold ? value.toLowerCase() : value, fold });
        rest = rest.slice(m[0].length);
      } else break;
    }
    if (!c.tag && !c.ids.length && !c.classes.length && !c.attrs.length) bad();
    chain.push(c);
    const sep = /^\s*(>)?\s*/.exec(rest)!;
    if (!sep[0].length && rest.length) bad();
    rest = rest.slice(sep[0].length);
    combinator = sep[1] ? ">" : " ";
  }
  if (!chain.length) bad();
  return chain;
}

/** The value of attribute `name` (lower case) in an element's flat name/value list, or undefined. */
export function attributeOf(attrs: string[], name: string): string | undefined {
  for (let i = 0; i < attrs.length; i += 2) if (attrs[i] === name) return attrs[i + 1];
  return undefined;
}

function attrOk(el: FastElement, a: AttrTest): boolean {
  const raw = attributeOf(el.attrs, a.name);
  if (raw === undefined) return false;
  if (!a.op) return true;
  // the value was lower-cased when the selector was compiled if it carries the i flag
  const want = a.value;
  // most values are already lower case: no lower-cased copy for those
  const v = a.fold && hasCapital(raw) ? raw.toLowerCase() : raw;
  switch (a.op) {
    case "=":
      return v === want;
    case "~=":
      return want !== "" && hasWord(v, want);
    case "^=":
      return want !== "" && v.startsWith(want);
    case "$=":
      return want !== "" && v.endsWith(want);
    case "*=":
      return want !== "" && v.includes(want);
    default:
      return v === want || v.startsWith(`${want}-`);
  }
}

/** Whether `s` has a character `toLowerCase` could change (ASCII capitals, or anything past ASCII). */
export function hasCapital(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return true;
  }
  return false;
}

/** Whether white-space-separated `list` holds `word` (a class list, a ~= value), without splitting it. */
function hasWord(list: string, word: string): boolean {
  for (let at = list.indexOf(word); at >= 0; at = list.indexOf(word, at + 1)) {
    const end = at + word.length;
    if ((at === 0 || isSpace(list.charCodeAt(at - 1))) && (end === list.length || isSpace(list.charCodeAt(end))))
      return true;
  }
  return false;
}

function compoundOk(el: FastElement, c: Compound): boolean {
  if (c.tag && el.localName !== c.tag) return false;
  for (const id of c.ids) if (attributeOf(el.attrs, "id") !== id) return false;
  if (c.classes.length) {
    const cls = attributeOf(el.attrs, "class");
    if (!cls) return false;
    for (const k of c.classes) if (!hasWord(cls, k)) return false;
  }
  for (const a of c.attrs) if (!attrOk(el, a)) return false;
  return true;
}

// A plain loop: `alternatives.some((f) => f(el))` would allocate a closure on every element tested.
function anyOf(alternatives: Matcher[]): Matcher {
  return (el) => {
    for (const f of alternatives) if (f(el)) return true;
    return false;
  };
}

/**
 * A list of single compounds ("h2, h3, [itemprop=headline]", "[itemprop], time, abbr"), tested without a matcher per
 * alternative: such lists have no tag to narrow the candidates, so they test every element of the page, and calling
 * one closure per alternative on each cost ~0.1 ms a query on a news page. The bare tag names are one set test.
 */
function anyCompound(compounds: Compound[]): Matcher {
  const tags = new Set<string>();
  const others: Compound[] = [];
  for (const c of compounds)
    if (c.tag && !c.ids.length && !c.classes.length && !c.attrs.length) tags.add(c.tag);
    else others.push(c);
  return (el) => {
    if (tags.has(el.localName)) return true;
    for (let i = 0; i < others.length; i++) if (compoundOk(el, others[i]!)) return true;
    return false;
  };
}

/** Right-to-left match with backtracking over ancestors for descendant combinators. */
function chainMatcher(chain: Compound[]): Matcher {
  const last = chain.length - 1;
  const from = (el: FastElement, i: number): boolean => {
    if (!compoundOk(el, chain[i]!)) return false;
    if (i === 0) return true;
    if (chain[i]!.combinator === ">") return !!el.parentElement && from(el.parentElement, i - 1);
    for (let a = el.parentElement; a; a = a.parentElement) if (from(a, i - 1)) return true;
    return false;
  };
  return (el) => from(el, last);
}
