// htmlparser2's tokenizer rules (HTML mode, entities left encoded) with each state's run of characters read in one
// tight loop, and the runs that end at one known character (text up to `<`, a quoted value up to its quote, a script
// up to `<`, a comment up to `-`) found with indexOf. htmlparser2's own tokenizer hands every character to a state
// function through one switch; on news pages (150,000 characters, most of them script, attribute values and text)
// that walk was most of the parse. The states, their order of checks and the callbacks they make are htmlparser2
// 10's (MIT): `html-tokenizer.test.ts` checks both give the same callbacks on real pages and on random markup.
import type { TokenizerCallbacks } from "htmlparser2";
import { AppError } from "../domain/index.ts";
import {
  AFTER_ATTRIBUTE_NAME,
  AFTER_CLOSING_TAG_NAME,
  BEFORE_ATTRIBUTE_NAME,
  BEFORE_ATTRIBUTE_VALUE,
  BEFORE_CLOSING_TAG_NAME,
  BEFORE_COMMENT,
  BEFORE_DECLARATION,
  BEFORE_SPECIAL_S,
  BEFORE_SPECIAL_T,
  BEFORE_TAG_NAME,
  CDATA,
  CDATA_END,
  CDATA_SEQUENCE,
  COMMENT_END,
  IN_ATTRIBUTE_NAME,
  IN_ATTRIBUTE_VALUE_DQ,
  IN_ATTRIBUTE_VALUE_NQ,
  IN_ATTRIBUTE_VALUE_SQ,
  IN_CLOSING_TAG_NAME,
  IN_COMMENT_LIKE,
  IN_DECLARATION,
  IN_PROCESSING_INSTRUCTION,
  IN_SELF_CLOSING_TAG,
  IN_SPECIAL_COMMENT,
  IN_SPECIAL_TAG,
  IN_TAG_NAME,
  isAsciiAlpha,
  isEndOfTagSection,
  isWhitespace,
  SCRIPT_END,
  SPECIAL_START_SEQUENCE,
  STYLE_END,
  TagStates,
  TEXT,
  TEXTAREA_END,
  TITLE_END,
  XMP_END,
} from "./html-tokenizer-tags.ts";

/**
 * Reads HTML the way htmlparser2 10's Tokenizer does with `decodeEntities: false` (the same callbacks, in one or more
 * `write`s), faster. `index` may be moved ahead inside a state: the loop in `parse` then goes on from there, exactly
 * as htmlparser2's `fastForwardTo` does.
 */
export class HtmlTokenizer extends TagStates {
  constructor(options: { xmlMode?: boolean; decodeEntities?: boolean }, cbs: TokenizerCallbacks) {
    super(cbs);
    if (options.xmlMode || options.decodeEntities !== false)
      throw new AppError("INTERNAL", "HtmlTokenizer reads HTML only, with decodeEntities: false");
  }

  write(chunk: string): void {
    this.offset += this.buffer.length;
    this.buffer = chunk;
    this.parse();
  }

  end(): void {
    this.handleTrailingData();
    this.cbs.onend();
  }

  protected stateText(c: number): void {
    if (c === 60 || this.forwardTo("<")) {
      if (this.index > this.sectionStart) this.cbs.ontext(this.sectionStart, this.index);
      this.state = BEFORE_TAG_NAME;
      this.sectionStart = this.index;
    }
  }

  private stateSpecialStartSequence(c: number): void {
    const isEnd = this.sequenceIndex === this.sequence.length;
    const isMatch = isEnd ? isEndOfTagSection(c) : (c | 0x20) === this.sequence[this.sequenceIndex];
    if (!isMatch) this.isSpecial = false;
    else if (!isEnd) {
      this.sequenceIndex++;
      return;
    }
    this.sequenceIndex = 0;
    this.state = IN_TAG_NAME;
    this.stateInTagName(c);
  }

  /** Looks for the special tag's end tag (`</script` and a space or `>`). */
  private stateInSpecialTag(c: number): void {
    const sequence = this.sequence;
    if (this.sequenceIndex === sequence.length) {
      if (c === 62 || isWhitespace(c)) {
        const endOfText = this.index - sequence.length;
        if (this.sectionStart < endOfText) this.cbs.ontext(this.sectionStart, endOfText);
        this.isSpecial = false;
        this.sectionStart = endOfText + 2;
        this.stateInClosingTagName(c);
        return;
      }
      this.sequenceIndex = 0;
    }
    if ((c | 0x20) === sequence[this.sequenceIndex]) this.sequenceIndex += 1;
    else if (this.sequenceIndex === 0) {
      // htmlparser2 reads <title> character by character (for its entities) and skips elsewhere to the next `<`
      if (sequence !== TITLE_END && this.forwardTo("<")) this.sequenceIndex = 1;
    } else this.sequenceIndex = Number(c === 60);
  }

  private stateCdataSequence(c: number): void {
    if (c === CDATA[this.sequenceIndex]) {
      if (++this.sequenceIndex === CDATA.length) {
        this.state = IN_COMMENT_LIKE;
        this.sequence = CDATA_END;
        this.sequenceIndex = 0;
        this.sectionStart = this.index + 1;
      }
    } else {
      this.sequenceIndex = 0;
      this.state = IN_DECLARATION;
      this.stateInDeclaration(c);
    }
  }

  /** Comments end with `-->` and CDATA with `]]>`: longer runs of the first character (`--->`) still end them. */
  private stateInCommentLike(c: number): void {
    const sequence = this.sequence;
    if (c === sequence[this.sequenceIndex]) {
      if (++this.sequenceIndex === sequence.length) {
        if (sequence === CDATA_END) this.cbs.oncdata(this.sectionStart, this.index, 2);
        else this.cbs.oncomment(this.sectionStart, this.index, 2);
        this.sequenceIndex = 0;
        this.sectionStart = this.index + 1;
        this.state = TEXT;
      }
    } else if (this.sequenceIndex === 0) {
      if (this.forwardTo(sequence === CDATA_END ? "]" : "-")) this.sequenceIndex = 1;
    } else if (c !== sequence[this.sequenceIndex - 1]) this.sequenceIndex = 0;
  }

  private startSpecial(sequence: Uint8Array, offset: number): void {
    this.isSpecial = true;
    this.sequence = sequence;
    this.sequenceIndex = offset;
    this.state = SPECIAL_START_SEQUENCE;
  }

  private stateBeforeTagName(c: number): void {
    if (c === 33) {
      this.state = BEFORE_DECLARATION;
      this.sectionStart = this.index + 1;
    } else if (c === 63) {
      this.state = IN_PROCESSING_INSTRUCTION;
      this.sectionStart = this.index + 1;
    } else if (isAsciiAlpha(c)) {
      const lower = c | 0x20;
      this.sectionStart = this.index;
      if (lower === SCRIPT_END[2]) this.state = BEFORE_SPECIAL_S;
      else if (lower === TITLE_END[2] || lower === XMP_END[2]) this.state = BEFORE_SPECIAL_T;
      else this.state = IN_TAG_NAME;
    } else if (c === 47) this.state = BEFORE_CLOSING_TAG_NAME;
    else {
      this.state = TEXT;
      this.stateText(c);
    }
  }

  private stateBeforeDeclaration(c: number): void {
    if (c === 91) {
      this.state = CDATA_SEQUENCE;
      this.sequenceIndex = 0;
    } else this.state = c === 45 ? BEFORE_COMMENT : IN_DECLARATION;
  }

  private stateInDeclaration(c: number): void {
    if (c === 62 || this.forwardTo(">")) {
      this.cbs.ondeclaration(this.sectionStart, this.index);
      this.state = TEXT;
      this.sectionStart = this.index + 1;
    }
  }

  private stateInProcessingInstruction(c: number): void {
    if (c === 62 || this.forwardTo(">")) {
      this.cbs.onprocessinginstruction(this.sectionStart, this.index);
      this.state = TEXT;
      this.sectionStart = this.index + 1;
    }
  }

  private stateBeforeComment(c: number): void {
    if (c === 45) {
      this.state = IN_COMMENT_LIKE;
      this.sequence = COMMENT_END;
      // `<!-->` is a whole (empty) comment
      this.sequenceIndex = 2;
      this.sectionStart = this.index + 1;
    } else this.state = IN_DECLARATION;
  }

  private stateInSpecialComment(c: number): void {
    if (c === 62 || this.forwardTo(">")) {
      this.cbs.oncomment(this.sectionStart, this.index, 0);
      this.state = TEXT;
      this.sectionStart = this.index + 1;
    }
  }

  private stateBeforeSpecialS(c: number): void {
    const lower = c | 0x20;
    if (lower === SCRIPT_END[3]) this.startSpecial(SCRIPT_END, 4);
    else if (lower === STYLE_END[3]) this.startSpecial(STYLE_END, 4);
    else {
      this.state = IN_TAG_NAME;
      this.stateInTagName(c);
    }
  }

  private stateBeforeSpecialT(c: number): void {
    const lower = c | 0x20;
    if (lower === TITLE_END[3]) this.startSpecial(TITLE_END, 4);
    else if (lower === TEXTAREA_END[3]) this.startSpecial(TEXTAREA_END, 4);
    else if (lower === XMP_END[3]) this.startSpecial(XMP_END, 4);
    else {
      this.state = IN_TAG_NAME;
      this.stateInTagName(c);
    }
  }

  /** At the end of a chunk, reports the text or attribute value read so far. */
  private cleanup(): void {
    if (this.sectionStart === this.index) return;
    const state = this.state;
    if (state === TEXT || (state === IN_SPECIAL_TAG && this.sequenceIndex === 0)) {
      this.cbs.ontext(this.sectionStart, this.index);
      this.sectionStart = this.index;
    } else if (state === IN_ATTRIBUTE_VALUE_DQ || state === IN_ATTRIBUTE_VALUE_SQ || state === IN_ATTRIBUTE_VALUE_NQ) {
      this.cbs.onattribdata(this.sectionStart, this.index);
      this.sectionStart = this.index;
    }
  }

  private parse(): void {
    // the chunk and its offset stay fixed while it is read (only `index` moves, also inside the states): read once
    const buffer = this.buffer;
    const offset = this.offset;
    const end = buffer.length + offset;
    while (this.index < end) {
      this.step(this.state, buffer.charCodeAt(this.index - offset));
      this.index++;
    }
    this.cleanup();
  }

  private step(state: number, c: number): void {
    switch (state) {
      case TEXT:
        this.stateText(c);
        break;
      case SPECIAL_START_SEQUENCE:
        this.stateSpecialStartSequence(c);
        break;
      case IN_SPECIAL_TAG:
        this.stateInSpecialTag(c);
        break;
      case CDATA_SEQUENCE:
        this.stateCdataSequence(c);
        break;
      case IN_ATTRIBUTE_VALUE_DQ:
        this.stateInQuotedValue(c, 34);
        break;
      case IN_ATTRIBUTE_NAME:
        this.stateInAttributeName(c);
        break;
      case IN_COMMENT_LIKE:
        this.stateInCommentLike(c);
        break;
      case IN_SPECIAL_COMMENT:
        this.stateInSpecialComment(c);
        break;
      case BEFORE_ATTRIBUTE_NAME:
        this.stateBeforeAttributeName(c);
        break;
      case IN_TAG_NAME:
        this.stateInTagName(c);
        break;
      case IN_CLOSING_TAG_NAME:
        this.stateInClosingTagName(c);
        break;
      case BEFORE_TAG_NAME:
        this.stateBeforeTagName(c);
        break;
      case AFTER_ATTRIBUTE_NAME:
        this.stateAfterAttributeName(c);
        break;
      case IN_ATTRIBUTE_VALUE_SQ:
        this.stateInQuotedValue(c, 39);
        break;
      case BEFORE_ATTRIBUTE_VALUE:
        this.stateBeforeAttributeValue(c);
        break;
      case BEFORE_CLOSING_TAG_NAME:
        this.stateBeforeClosingTagName(c);
        break;
      case AFTER_CLOSING_TAG_NAME:
        this.stateAfterClosingTagName(c);
        break;
      case BEFORE_SPECIAL_S:
        this.stateBeforeSpecialS(c);
        break;
      case BEFORE_SPECIAL_T:
        this.stateBeforeSpecialT(c);
        break;
      case IN_ATTRIBUTE_VALUE_NQ:
        this.stateInAttributeValueNoQuotes(c);
        break;
      case IN_SELF_CLOSING_TAG:
        this.stateInSelfClosingTag(c);
        break;
      case IN_DECLARATION:
        this.stateInDeclaration(c);
        break;
      case BEFORE_DECLARATION:
        this.stateBeforeDeclaration(c);
        break;
      case BEFORE_COMMENT:
        this.stateBeforeComment(c);
        break;
      case IN_PROCESSING_INSTRUCTION:
        this.stateInProcessingInstruction(c);
        break;
    }
  }

  /** Text left at the end is reported; a tag cut off at the end is dropped, as htmlparser2 does. */
  private handleTrailingData(): void {
    const endIndex = this.buffer.length + this.offset;
    if (this.sectionStart >= endIndex) return;
    const state = this.state;
    if (state === IN_COMMENT_LIKE) {
      if (this.sequence === CDATA_END) this.cbs.oncdata(this.sectionStart, endIndex, 0);
      else this.cbs.oncomment(this.sectionStart, endIndex, 0);
    } else if (
      state !== IN_TAG_NAME &&
      state !== BEFORE_ATTRIBUTE_NAME &&
      state !== BEFORE_ATTRIBUTE_VALUE &&
      state !== AFTER_ATTRIBUTE_NAME &&
      state !== IN_ATTRIBUTE_NAME &&
      state !== IN_ATTRIBUTE_VALUE_SQ &&
      state !== IN_ATTRIBUTE_VALUE_DQ &&
      state !== IN_ATTRIBUTE_VALUE_NQ &&
      state !== IN_CLOSING_TAG_NAME
    )
      this.cbs.ontext(this.sectionStart, endIndex);
  }
}
