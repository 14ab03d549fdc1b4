// Common HTML tag and attribute names, recognised where they stand in the page: a news page has thousands of tags,
// and cutting each name out as a new string (then lower-casing it) was a good part of the parser's garbage.

const NAMES = [
  // tags
  ...["a", "abbr", "address", "article", "aside", "audio", "b", "base", "blockquote", "body", "br", "button"],
  ...["canvas", "caption", "center", "circle", "cite", "code", "col", "dd", "defs", "details", "dialog", "div", "dl"],
  ...["dt", "em", "embed", "fieldset", "figcaption", "figure", "font", "footer", "form", "g", "h1", "h2", "h3"],
  ...["h4", "h5", "h6", "head", "header", "hr", "html", "i", "iframe", "img", "input", "ins", "label", "li"],
  ...["line", "link", "main", "mark", "meta", "nav", "noscript", "ol", "optgroup", "option", "p", "path", "picture"],
  ...["polygon", "pre", "q", "rect", "s", "script", "section", "select", "small", "source", "span", "strong"],
  ...["style", "sub", "summary", "sup", "svg", "symbol", "table", "tbody", "td", "template", "textarea", "tfoot"],
  ...["th", "thead", "time", "title", "tr", "u", "ul", "use", "video", "wbr"],
  // attributes
  ...["alt", "aria-hidden", "aria-label", "async", "charset", "class", "content", "crossorigin", "d", "data-src"],
  ...["datetime", "decoding", "defer", "fill", "frameborder", "height", "hidden", "href", "hreflang", "http-equiv"],
  ...["id", "itemprop", "itemscope", "itemtype", "lang", "loading", "media", "name", "onclick", "property", "rel"],
  ...["role", "sizes", "src", "srcset", "stroke", "style", "tabindex", "target", "type", "value", "viewbox"],
  ...["width", "xmlns"],
];

const SIZE = 1024;
/** Open addressing: slot → index in UNIQUE plus one (0 is empty). */
const slots = new Int32Array(SIZE);

/** The hash of a name's lower-case ASCII letters; -1 when it holds anything else ASCII lower-casing cannot give. */
function hashAt(s: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) {
    let c = s.charCodeAt(i);
    if (c > 127) return -1;
    if (c >= 65 && c <= 90) c |= 0x20;
    h = (Math.imul(h, 31) + c) | 0;
  }
  return (h ^ (h >>> 10)) & (SIZE - 1);
}

const UNIQUE = [...new Set(NAMES)];
const MAX_LENGTH = Math.max(...UNIQUE.map((name) => name.length));
for (const [i, name] of UNIQUE.entries()) {
  let slot = hashAt(name, 0, name.length);
  while (slots[slot]) slot = (slot + 1) & (SIZE - 1);
  slots[slot] = i + 1;
}

/** Whether `s[start, end)`, lower-cased, is `name`. */
function sameName(s: string, start: number, end: number, name: string): boolean {
  if (end - start !== name.length) return false;
  for (let i = start; i < end; i++) {
    let c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) c |= 0x20;
    if (c !== name.charCodeAt(i - start)) return false;
  }
  return true;
}

/** `s.slice(start, end).toLowerCase()` when that is a known name (the same string every time), else undefined. */
export function knownName(s: string, start: number, end: number): string | undefined {
  if (end <= start || end - start > MAX_LENGTH) return undefined;
  let slot = hashAt(s, start, end);
  if (slot < 0) return undefined;
  for (let k = slots[slot]!; k !== 0; k = slots[slot]!) {
    const name = UNIQUE[k - 1]!;
    if (sameName(s, start, end, name)) return name;
    slot = (slot + 1) & (SIZE - 1);
  }
  return undefined;
}
