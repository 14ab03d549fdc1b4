// The tag and attribute states of HtmlTokenizer (html-tokenizer.ts), its state numbers and character tests: the part
// of htmlparser2 10's tokenizer (MIT) that reads `<name attr="value">` and `</name>`, each run of name or space
// characters in one loop.
import type { TokenizerCallbacks } from "htmlparser2";

// The tokenizer's states (htmlparser2's, without the entity state: entities are never decoded here).
export const TEXT = 1;
export const BEFORE_TAG_NAME = 2;
export const IN_TAG_NAME = 3;
export const IN_SELF_CLOSING_TAG = 4;
export const BEFORE_CLOSING_TAG_NAME = 5;
export const IN_CLOSING_TAG_NAME = 6;
export const AFTER_CLOSING_TAG_NAME = 7;
export const BEFORE_ATTRIBUTE_NAME = 8;
export const IN_ATTRIBUTE_NAME = 9;
export const AFTER_ATTRIBUTE_NAME = 10;
export const BEFORE_ATTRIBUTE_VALUE = 11;
export const IN_ATTRIBUTE_VALUE_DQ = 12;
export const IN_ATTRIBUTE_VALUE_SQ = 13;
export const IN_ATTRIBUTE_VALUE_NQ = 14;
export const BEFORE_DECLARATION = 15;
export const IN_DECLARATION = 16;
export const IN_PROCESSING_INSTRUCTION = 17;
export const BEFORE_COMMENT = 18;
export const CDATA_SEQUENCE = 19;
export const IN_SPECIAL_COMMENT = 20;
export const IN_COMMENT_LIKE = 21;
export const BEFORE_SPECIAL_S = 22;
export const BEFORE_SPECIAL_T = 23;
export const SPECIAL_START_SEQUENCE = 24;
export const IN_SPECIAL_TAG = 25;

// htmlparser2's QuoteType values, passed to onattribend.
const NO_VALUE = 0;
const UNQUOTED = 1;
const SINGLE = 2;
const DOUBLE = 3;

const codes = (s: string) => Uint8Array.from(s, (ch) => ch.charCodeAt(0));
export const CDATA = codes("CDATA[");
export const CDATA_END = codes("]]>");
export const COMMENT_END = codes("-->");
export const SCRIPT_END = codes("</script");
export const STYLE_END = codes("</style");
export const TITLE_END = codes("</title");
export const TEXTAREA_END = codes("</textarea");
export const XMP_END = codes("</xmp");

export const isWhitespace = (c: number) => c === 32 || c === 10 || c === 9 || c === 12 || c === 13;
export const isEndOfTagSection = (c: number) => c === 47 || c === 62 || isWhitespace(c);
export const isAsciiAlpha = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
// What each state's run of characters may hold, by number: skipWhile tests the run's kind in its loop, so each call
// site (whose kind is a constant) compiles to a plain loop; a predicate function passed in was a call per character,
// since the one loop saw four different functions and V8 would not inline any of them.
const TAG_NAME = 0;
const ATTRIBUTE_NAME = 1;
const CLOSING_TAG_NAME_OR_VALUE = 2;
const WHITESPACE = 3;
type RunKind = typeof TAG_NAME | typeof ATTRIBUTE_NAME | typeof CLOSING_TAG_NAME_OR_VALUE | typeof WHITESPACE;

function inRun(kind: RunKind, c: number): boolean {
  if (kind === TAG_NAME) return !isEndOfTagSection(c);
  if (kind === ATTRIBUTE_NAME) return c !== 61 && !isEndOfTagSection(c);
  if (kind === CLOSING_TAG_NAME_OR_VALUE) return c !== 62 && !isWhitespace(c);
  return isWhitespace(c);
}

/** The tokenizer's position and the tag and attribute states; HtmlTokenizer adds text, comments and special tags. */
export abstract class TagStates {
  protected state = TEXT;
  protected buffer = "";
  protected sectionStart = 0;
  protected index = 0;
  protected offset = 0;
  protected isSpecial = false;
  protected sequence: Uint8Array = SCRIPT_END;
  protected sequenceIndex = 0;

  constructor(protected readonly cbs: TokenizerCallbacks) {}

  /** Moves `index` to the next `ch` after it (true), or to the last character of the buffer (false). */
  protected forwardTo(ch: string): boolean {
    const at = this.buffer.indexOf(ch, this.index + 1 - this.offset);
    if (at >= 0) {
      this.index = at + this.offset;
      return true;
    }
    this.index = this.buffer.length + this.offset - 1;
    return false;
  }

  /**
   * Moves `index` past the characters `more` accepts and returns the first it does not accept, or -1 (index on the
   * last character) when the buffer ends first: the state then waits for more, as htmlparser2's does.
   */
  protected skipWhile(c: number, kind: RunKind): number {
    const buffer = this.buffer;
    let i = this.index - this.offset;
    while (inRun(kind, c)) {
      if (++i >= buffer.length) {
        this.index = buffer.length + this.offset - 1;
        return -1;
      }
      c = buffer.charCodeAt(i);
    }
    this.index = i + this.offset;
    return c;
  }

  protected stateInTagName(c: number): void {
    c = this.skipWhile(c, TAG_NAME);
    if (c < 0) return;
    this.cbs.onopentagname(this.sectionStart, this.index);
    this.sectionStart = -1;
    this.state = BEFORE_ATTRIBUTE_NAME;
    this.stateBeforeAttributeName(c);
  }

  protected stateBeforeClosingTagName(c: number): void {
    if (isWhitespace(c)) return;
    if (c === 62) this.state = TEXT;
    else {
      this.state = isAsciiAlpha(c) ? IN_CLOSING_TAG_NAME : IN_SPECIAL_COMMENT;
      this.sectionStart = this.index;
    }
  }

  protected stateInClosingTagName(c: number): void {
    c = this.skipWhile(c, CLOSING_TAG_NAME_OR_VALUE);
    if (c < 0) return;
    this.cbs.onclosetag(this.sectionStart, this.index);
    this.sectionStart = -1;
    this.state = AFTER_CLOSING_TAG_NAME;
    this.stateAfterClosingTagName(c);
  }

  protected stateAfterClosingTagName(c: number): void {
    if (c === 62 || this.forwardTo(">")) {
      this.state = TEXT;
      this.sectionStart = this.index + 1;
    }
  }

  protected stateBeforeAttributeName(c: number): void {
    c = this.skipWhile(c, WHITESPACE);
    if (c < 0) return;
    if (c === 62) {
      this.cbs.onopentagend(this.index);
      if (this.isSpecial) {
        this.state = IN_SPECIAL_TAG;
        this.sequenceIndex = 0;
      } else this.state = TEXT;
      this.sectionStart = this.index + 1;
    } else if (c === 47) this.state = IN_SELF_CLOSING_TAG;
    else {
      this.state = IN_ATTRIBUTE_NAME;
      this.sectionStart = this.index;
    }
  }

  protected stateInSelfClosingTag(c: number): void {
    if (c === 62) {
      this.cbs.onselfclosingtag(this.index);
      this.state = TEXT;
      this.sectionStart = this.index + 1;
      this.isSpecial = false;
    } else if (!isWhitespace(c)) {
      this.state = BEFORE_ATTRIBUTE_NAME;
      this.stateBeforeAttributeName(c);
    }
  }

  protected stateInAttributeName(c: number): void {
    c = this.skipWhile(c, ATTRIBUTE_NAME);
    if (c < 0) return;
    this.cbs.onattribname(this.sectionStart, this.index);
    this.sectionStart = this.index;
    this.state = AFTER_ATTRIBUTE_NAME;
    this.stateAfterAttributeName(c);
  }

  protected stateAfterAttributeName(c: number): void {
    if (c === 61) this.state = BEFORE_ATTRIBUTE_VALUE;
    else if (c === 47 || c === 62) {
      this.cbs.onattribend(NO_VALUE, this.sectionStart);
      this.sectionStart = -1;
      this.state = BEFORE_ATTRIBUTE_NAME;
      this.stateBeforeAttributeName(c);
    } else if (!isWhitespace(c)) {
      this.cbs.onattribend(NO_VALUE, this.sectionStart);
      this.state = IN_ATTRIBUTE_NAME;
      this.sectionStart = this.index;
    }
  }

  protected stateBeforeAttributeValue(c: number): void {
    if (c === 34) {
      this.state = IN_ATTRIBUTE_VALUE_DQ;
      this.sectionStart = this.index + 1;
    } else if (c === 39) {
      this.state = IN_ATTRIBUTE_VALUE_SQ;
      this.sectionStart = this.index + 1;
    } else if (!isWhitespace(c)) {
      this.sectionStart = this.index;
      this.state = IN_ATTRIBUTE_VALUE_NQ;
      this.stateInAttributeValueNoQuotes(c);
    }
  }

  protected stateInQuotedValue(c: number, quote: number): void {
    if (c === quote || this.forwardTo(quote === 34 ? '"' : "'")) {
      this.cbs.onattribdata(this.sectionStart, this.index);
      this.sectionStart = -1;
      this.cbs.onattribend(quote === 34 ? DOUBLE : SINGLE, this.index + 1);
      this.state = BEFORE_ATTRIBUTE_NAME;
    }
  }

  protected stateInAttributeValueNoQuotes(c: number): void {
    c = this.skipWhile(c, CLOSING_TAG_NAME_OR_VALUE);
    if (c < 0) return;
    this.cbs.onattribdata(this.sectionStart, this.index);
    this.sectionStart = -1;
    this.cbs.onattribend(UNQUOTED, this.index);
    this.state = BEFORE_ATTRIBUTE_NAME;
    this.stateBeforeAttributeName(c);
  }

  /** The text state, which htmlparser2's tag states fall back to. */
  protected abstract stateText(c: number): void;
}
