// HTML → a small read-mostly DOM built straight from parseHtmlEvents' events (htmlparser2's tree rules). It offers the
// slice of the DOM API the extractor uses (children, attributes, textContent, remove, querySelector[All]) at a
// fraction of a full DOM's cost: building linkedom's tree was most of the extraction time.
import { decodeHTML, decodeHTMLAttribute } from "entities/decode";
import { attributeOf, compileQuery, compileSelector, hasCapital, type Matcher } from "./fast-dom-select.ts";
import { parseHtmlEvents, type TreeHandler } from "./html-tree-events.ts";

export class FastText {
  // on the prototype (below), not on each node: a page has thousands of nodes, and the field would be in every one
  declare readonly nodeType: 3;
  parentElement: FastElement | null = null;
  constructor(public data: string) {}
  get textContent(): string {
    return this.data;
  }
}
Object.defineProperty(FastText.prototype, "nodeType", { value: 3 });

export type FastNode = FastElement | FastText;

/**
 * The child list of every element without children until its first child arrives (most elements have none or one):
 * an empty array of its own per element, grown by push to room for 17, was much of the tree's size. It is only ever
 * read; `appendChild` gives an element its own list. Made by popping an object so it has the same elements kind as
 * real child lists, which keeps the loops over children monomorphic.
 */
const NO_CHILDREN: FastNode[] = [new FastText("")];
NO_CHILDREN.pop();

/** Adds `node` as the last child of `parent`; a first child gets a list of exactly one. */
function appendChild(parent: FastElement, node: FastNode): void {
  node.parentElement = parent;
  if (parent.childNodes === NO_CHILDREN) parent.childNodes = [node];
  else parent.childNodes.push(node);
}

/** Shared by every element of one parsed tree: bumped on each removal, so the document's index knows it is stale. */
interface TreeState {
  version: number;
}

/**
 * The attribute list of every element without attributes. Made by popping a string so it has the same elements kind
 * as real lists, which keeps the loops over attributes monomorphic.
 */
const NO_ATTRIBUTES: string[] = [""];
NO_ATTRIBUTES.pop();

export class FastElement {
  declare readonly nodeType: 1;
  parentElement: FastElement | null = null;
  /** Read-only for everyone but this module (see NO_CHILDREN). */
  childNodes: FastNode[] = NO_CHILDREN;
  constructor(
    readonly localName: string,
    /**
     * Names (lower case) and values, alternating, first occurrence of a name only. Most elements have one to three:
     * a flat list is built and searched faster than an object whose keys differ from element to element, whose
     * every new key is a hidden-class transition. Read-only outside this module.
     */
    readonly attrs: string[] = NO_ATTRIBUTES,
    readonly tree: TreeState = { version: 0 },
  ) {}

  private namesMemo: string | undefined = undefined;

  /** elementNames (class and id), kept once asked: the scorers ask it of every element, several times per page. */
  get names(): string {
    this.namesMemo ??= joinNames(attributeOf(this.attrs, "class"), attributeOf(this.attrs, "id"));
    return this.namesMemo;
  }

  get tagName(): string {
    return this.localName.toUpperCase();
  }

  get children(): FastElement[] {
    const out: FastElement[] = [];
    for (const n of this.childNodes) if (n.nodeType === 1) out.push(n);
    return out;
  }

  // Attribute names are stored lower-cased and callers nearly always ask in lower case: look up as given, and
  // lower-case only a name that has capitals (most lookups miss, and a miss must not cost a new string).
  getAttribute(name: string): string | null {
    const attrs = this.attrs;
    // most elements have no attributes: no search, and no look at the name's case
    if (attrs.length === 0) return null;
    const value = attributeOf(attrs, name);
    if (value !== undefined) return value;
    return hasCapital(name) ? (attributeOf(attrs, name.toLowerCase()) ?? null) : null;
  }

  hasAttribute(name: string): boolean {
    return this.getAttribute(name) !== null;
  }

  get textContent(): string {
    const nodes = this.childNodes;
    // the common leaf (a heading, a link, a paragraph of one run) needs no concatenation at all
    if (nodes.length === 1 && nodes[0]!.nodeType === 3) return nodes[0]!.data;
    return collectText(this, 0);
  }

  remove(): void {
    const p = this.parentElement;
    if (!p) return;
    const i = p.childNodes.indexOf(this);
    if (i >= 0) p.childNodes.splice(i, 1);
    this.parentElement = null;
    this.tree.version++;
  }

  querySelectorAll(selector: string): FastElement[] {
    const match = compileSelector(selector);
    const out: FastElement[] = [];
    collectMatches(this, match, out, 0);
    return out;
  }

  querySelector(selector: string): FastElement | null {
    return findFirst(this, compileSelector(selector), 0);
  }
}

Object.defineProperty(FastElement.prototype, "nodeType", { value: 1 });

/** Class and id joined by a space when both are present, "" when neither is: no new string when only one is. */
export function joinNames(c: string | null | undefined, id: string | null | undefined): string {
  return c && id ? `${c} ${id}` : c || id || "";
}

/** Deep trees (broken markup nests thousands of unclosed tags): recursion stops here, like the extractor's walks. */
const MAX_DEPTH = 400;
/** How deep the built tree may nest; kept well under MAX_DEPTH and the body scorer's own limits. */
const MAX_TREE_DEPTH = 160;

// V8 joins strings with `+=` lazily (as ropes), which is cheaper than collecting parts and joining them.
function collectText(el: FastElement, depth: number): string {
  let out = "";
  for (const n of el.childNodes) {
    if (n.nodeType === 3) out += n.data;
    else if (depth < MAX_DEPTH) out += collectText(n, depth + 1);
  }
  return out;
}

function collectMatches(el: FastElement, match: Matcher, out: FastElement[], depth: number): void {
  for (const n of el.childNodes) {
    if (n.nodeType !== 1) continue;
    if (match(n)) out.push(n);
    if (depth < MAX_DEPTH) collectMatches(n, match, out, depth + 1);
  }
}

function findFirst(el: FastElement, match: Matcher, depth: number): FastElement | null {
  for (const n of el.childNodes) {
    if (n.nodeType !== 1) continue;
    if (match(n)) return n;
    const found = depth < MAX_DEPTH ? findFirst(n, match, depth + 1) : null;
    if (found) return found;
  }
  return null;
}

/** Every element in document order, and the same per tag name: one walk serves all of a page's queries. */
interface TreeIndex {
  version: number;
  all: FastElement[];
  byTag: Map<string, FastElement[]>;
}

function indexTree(root: FastElement): TreeIndex {
  const all: FastElement[] = [root];
  const byTag = new Map<string, FastElement[]>();
  const walk = (el: FastElement, depth: number): void => {
    for (const n of el.childNodes) {
      if (n.nodeType !== 1) continue;
      all.push(n);
      if (depth < MAX_DEPTH) walk(n, depth + 1);
    }
  };
  walk(root, 0);
  for (const el of all) {
    const list = byTag.get(el.localName);
    if (list) list.push(el);
    else byTag.set(el.localName, [el]);
  }
  return { version: root.tree.version, all, byTag };
}

export class FastDocument {
  private index: TreeIndex | undefined;
  constructor(readonly documentElement: FastElement) {}
  get body(): FastElement | null {
    return this.querySelector("body");
  }
  get head(): FastElement | null {
    return this.querySelector("head");
  }
  /** The elements a query must test, in document order: those of its tag when it names one, else all. */
  private candidates(tag: string | undefined): FastElement[] {
    let index = this.index;
    if (!index || index.version !== this.documentElement.tree.version)
      index = this.index = indexTree(this.documentElement);
    return tag === undefined ? index.all : (index.byTag.get(tag) ?? []);
  }
  querySelectorAll(selector: string): FastElement[] {
    const { match, tag } = compileQuery(selector);
    return this.candidates(tag).filter(match);
  }
  querySelector(selector: string): FastElement | null {
    const { match, tag } = compileQuery(selector);
    return this.candidates(tag).find(match) ?? null;
  }
}

/** Elements whose text htmlparser2 keeps raw (of its special tags, only <title> has its entities decoded). */
const RAW_TEXT = new Set(["script", "style", "textarea", "xmp"]);

/**
 * Builds the tree from the parser's events (implied closes and void elements are the parser's). Entities are decoded
 * here, only in the texts and values that hold an `&`, and attributes go straight into each element's flat list.
 */
class TreeBuilder implements TreeHandler {
  readonly tree: TreeState = { version: 0 };
  readonly root = new FastElement("#root", NO_ATTRIBUTES, this.tree);
  top = this.root;
  /** The element whose attributes are being read; null while a tag past the depth limit is read. */
  opened: FastElement | null = null;
  // Past MAX_TREE_DEPTH, deeper tags are flattened into their ancestor: real articles never nest that deep, and
  // hostile pages with 100,000 nested divs must neither blow the stack nor hide their text from the tree walks.
  private depth = 0;
  private flattened = 0;

  onopentagname(name: string): void {
    if (this.depth >= MAX_TREE_DEPTH) {
      this.flattened++;
      this.opened = null;
      return;
    }
    const el = new FastElement(name, NO_ATTRIBUTES, this.tree);
    appendChild(this.top, el);
    this.top = this.opened = el;
    this.depth++;
  }

  onattribute(name: string, value: string): void {
    const el = this.opened;
    // the first of repeated attributes wins, as in browsers
    if (!el || attributeOf(el.attrs, name) !== undefined) return;
    const decoded = value.includes("&") ? decodeHTMLAttribute(value) : value;
    if (el.attrs === NO_ATTRIBUTES) (el as { attrs: string[] }).attrs = [name, decoded];
    else el.attrs.push(name, decoded);
  }

  ontext(data: string): void {
    if (data.includes("&") && !RAW_TEXT.has(this.top.localName)) data = decodeHTML(data);
    const nodes = this.top.childNodes;
    // an element's first text has no node before it: reading index -1 of an empty list is a named-property lookup
    // in V8 (the key "-1"), many times dearer than an element read
    const last = nodes.length > 0 ? nodes[nodes.length - 1] : undefined;
    if (last && last.nodeType === 3) last.data += data;
    else appendChild(this.top, new FastText(data));
  }

  onclosetag(name: string, implied: boolean): void {
    // a stray </body> or </html> before more content: keep them open, as browsers do
    if ((name === "body" || name === "html") && !implied) return;
    if (this.flattened > 0) {
      this.flattened--;
      return;
    }
    const top = this.top;
    if (top.localName === name && top.parentElement) {
      this.top = top.parentElement;
      this.depth--;
      return;
    }
    // parseHtmlEvents reports closes for what it opened, so this only happens after an ignored </body>
    let up = 0;
    for (let a: FastElement | null = top; a?.parentElement; a = a.parentElement) {
      up++;
      if (a.localName === name) {
        this.top = a.parentElement;
        this.depth -= up;
        break;
      }
    }
  }
}

/**
 * Parses HTML into a FastDocument. Like a browser, content after `</body>` or `</html>` stays in the body, and
 * a page without an `<html>` element gets one. Comments are dropped: they never hold article text.
 */
export function parseFastDom(html: string): FastDocument {
  const builder = new TreeBuilder();
  parseHtmlEvents(html, builder);
  return new FastDocument(documentElementOf(builder.root));
}

function documentElementOf(root: FastElement): FastElement {
  const elements = root.children;
  const html = elements.find((e) => e.localName === "html");
  const strayText = root.childNodes.some((n) => n.nodeType === 3 && n.data.trim());
  if (html && elements.length === 1 && !strayText) {
    html.parentElement = null;
    return html;
  }
  // no <html>, or content beside it (PHP warnings, fragments): one synthetic root holds everything
  const wrapper = new FastElement("html", html ? html.attrs.slice() : NO_ATTRIBUTES, root.tree);
  for (const n of root.childNodes) appendChild(wrapper, n);
  return wrapper;
}
