// HTML → the events a tree is built from (open tag, attribute, text, close tag), by htmlparser2 10's Parser rules in
// HTML mode: implied closes (<p> before <div>, <li> before <li>), void elements, a stray </p> or </br>, and the
// self-closing tags that count only inside <svg> and <math>. The Parser kept its open elements in a list it grew at
// the front (`unshift`, a copy per tag on deep pages) and cut every tag name out of the page as a new string; here
// the list grows at the end, and common tag and attribute names are recognised in place, without a string.
// `html-tree-events.test.ts` checks the events equal the Parser's on real pages and on random markup.
import type { TokenizerCallbacks } from "htmlparser2";
import { HtmlTokenizer } from "./html-tokenizer.ts";
import { knownName } from "./known-names.ts";

/** What the tree builder hears. Names are lower case; attribute values and texts are raw (entities not decoded). */
export interface TreeHandler {
  onopentagname(name: string): void;
  onattribute(name: string, value: string): void;
  ontext(data: string): void;
  onclosetag(name: string, implied: boolean): void;
}

// htmlparser2's tables (Parser.js), unchanged.
const formTags = new Set(["input", "option", "optgroup", "select", "button", "datalist", "textarea"]);
const pTag = new Set(["p"]);
const tableSectionTags = new Set(["thead", "tbody"]);
const ddtTags = new Set(["dd", "dt"]);
const rtpTags = new Set(["rt", "rp"]);
const OPEN_IMPLIES_CLOSE = new Map<string, Set<string>>([
  ["tr", new Set(["tr", "th", "td"])],
  ["th", new Set(["th"])],
  ["td", new Set(["thead", "th", "td"])],
  ["body", new Set(["head", "link", "script"])],
  ["li", new Set(["li"])],
  ["option", new Set(["option"])],
  ["optgroup", new Set(["optgroup", "option"])],
  ["dd", ddtTags],
  ["dt", ddtTags],
  ["rt", rtpTags],
  ["rp", rtpTags],
  ["tbody", tableSectionTags],
  ["tfoot", tableSectionTags],
  ...["select", "input", "output", "button", "datalist", "textarea"].map((t): [string, Set<string>] => [t, formTags]),
  ...[
    ...["p", "h1", "h2", "h3", "h4", "h5", "h6", "address", "article", "aside", "blockquote", "details", "div", "dl"],
    ...["fieldset", "figcaption", "figure", "footer", "form", "header", "hr", "main", "nav", "ol", "pre", "section"],
    ...["table", "ul"],
  ].map((t): [string, Set<string>] => [t, pTag]),
]);
const VOID_ELEMENTS = new Set([
  ...["area", "base", "basefont", "br", "col", "command", "embed", "frame", "hr", "img", "input", "isindex"],
  ...["keygen", "link", "meta", "param", "source", "track", "wbr"],
]);
const FOREIGN_CONTEXT = new Set(["math", "svg"]);
const HTML_INTEGRATION = new Set(["mi", "mo", "mn", "ms", "mtext", "annotation-xml", "foreignobject", "desc", "title"]);

/** What the tables above say of one tag name, found with one lookup: a tag costs up to five set lookups otherwise. */
interface TagRule {
  /** The open elements this tag closes by implication. */
  closes: Set<string> | undefined;
  isVoid: boolean;
  /** Whether it starts (svg, math) or leaves (HTML integration points) a foreign context. */
  foreign: boolean;
  integration: boolean;
}
const TAG_RULES = new Map<string, TagRule>(
  [...OPEN_IMPLIES_CLOSE.keys(), ...VOID_ELEMENTS, ...FOREIGN_CONTEXT, ...HTML_INTEGRATION].map((name) => [
    name,
    {
      closes: OPEN_IMPLIES_CLOSE.get(name),
      isVoid: VOID_ELEMENTS.has(name),
      foreign: FOREIGN_CONTEXT.has(name),
      integration: HTML_INTEGRATION.has(name),
    },
  ]),
);

/** A tag or attribute name in lower case: a known one without cutting it out of the page. */
function nameAt(html: string, start: number, end: number): string {
  return knownName(html, start, end) ?? html.slice(start, end).toLowerCase();
}

class TreeEvents implements TokenizerCallbacks {
  /** The open elements, innermost last. */
  private readonly stack: string[] = [];
  /** Whether a self-closing tag closes itself here (inside <svg>, <math>), innermost last. */
  private readonly foreign: boolean[] = [false];
  private tagName = "";
  /** TAG_RULES' entry for tagName (undefined for most tags). */
  private tagRule: TagRule | undefined = undefined;
  private attrName = "";
  private attrValue = "";

  constructor(
    private readonly html: string,
    private readonly handler: TreeHandler,
  ) {}

  ontext(start: number, end: number): void {
    this.handler.ontext(this.html.slice(start, end));
  }

  onopentagname(start: number, end: number): void {
    this.openTag(nameAt(this.html, start, end));
  }

  private openTag(name: string): void {
    this.tagName = name;
    const rule = TAG_RULES.get(name);
    this.tagRule = rule;
    const stack = this.stack;
    const impliesClose = rule?.closes;
    if (impliesClose)
      while (stack.length > 0 && impliesClose.has(stack[stack.length - 1]!))
        this.handler.onclosetag(stack.pop()!, true);
    if (!rule?.isVoid) {
      stack.push(name);
      if (rule?.foreign) this.foreign.push(true);
      else if (rule?.integration) this.foreign.push(false);
    }
    this.handler.onopentagname(name);
  }

  private endOpenTag(): void {
    if (this.tagRule?.isVoid) this.handler.onclosetag(this.tagName, true);
    this.tagName = "";
    this.tagRule = undefined;
  }

  onopentagend(): void {
    this.endOpenTag();
  }

  onclosetag(start: number, end: number): void {
    const name = nameAt(this.html, start, end);
    const rule = TAG_RULES.get(name);
    if (rule?.foreign || rule?.integration) this.foreign.pop();
    if (!rule?.isVoid) {
      const stack = this.stack;
      const at = stack.lastIndexOf(name);
      if (at !== -1) {
        // the elements inside it close by implication; the named one is closed by its tag
        while (stack.length > at) {
          const element = stack.pop()!;
          this.handler.onclosetag(element, stack.length !== at);
        }
      } else if (name === "p") {
        // a stray </p> is an empty paragraph
        this.openTag("p");
        this.closeCurrentTag(true);
      }
    } else if (name === "br") {
      // a stray </br> is a <br>
      this.handler.onopentagname("br");
      this.handler.onclosetag("br", false);
    }
  }

  onselfclosingtag(): void {
    if (this.foreign[this.foreign.length - 1]) this.closeCurrentTag(false);
    else this.endOpenTag();
  }

  private closeCurrentTag(isOpenImplied: boolean): void {
    const name = this.tagName;
    this.endOpenTag();
    const stack = this.stack;
    if (stack[stack.length - 1] === name) {
      this.handler.onclosetag(name, !isOpenImplied);
      stack.pop();
    }
  }

  onattribname(start: number, end: number): void {
    this.attrName = nameAt(this.html, start, end);
  }

  onattribdata(start: number, end: number): void {
    this.attrValue += this.html.slice(start, end);
  }

  onattribend(): void {
    this.handler.onattribute(this.attrName, this.attrValue);
    this.attrValue = "";
  }

  onend(): void {
    const stack = this.stack;
    for (let i = stack.length - 1; i >= 0; i--) this.handler.onclosetag(stack[i]!, true);
  }

  // Entities are never decoded here, and comments, doctypes, CDATA and processing instructions hold no article text.
  onattribentity(): void {}
  ontextentity(): void {}
  oncomment(): void {}
  oncdata(): void {}
  ondeclaration(): void {}
  onprocessinginstruction(): void {}
}

/** Reads the whole page, telling `handler` what htmlparser2's Parser (HTML mode, entities off) would tell it. */
export function parseHtmlEvents(html: string, handler: TreeHandler): void {
  const tokenizer = new HtmlTokenizer({ decodeEntities: false }, new TreeEvents(html, handler));
  tokenizer.write(html);
  tokenizer.end();
}
