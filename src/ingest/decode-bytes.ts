// Bytes of a page or text file → a UTF-8 string, choosing the charset from BOM, HTTP header, <meta>, validation and sniffing.
import iconv from "iconv-lite";
import { AppError } from "../domain/index.ts";
import { clearlyBetter, decodeCharset, sniffCharset } from "./sniff-charset.ts";

export type CharsetSource = "bom" | "header" | "meta" | "utf8" | "sniffed";

export interface Decoded {
  text: string;
  /** The charset actually used, lower case (utf-8, windows-1251, koi8-r...). */
  charset: string;
  /** How the charset was chosen. */
  via: CharsetSource;
  /** The charset a header or <meta> declared, when it was overruled because the bytes contradict it. */
  overruled?: string;
}

export interface DecodeHints {
  /** HTTP Content-Type header value, if the bytes came over HTTP. */
  contentType?: string;
  /** Where the bytes came from, for error messages. */
  where?: string;
}

const fatalUtf8 = new TextDecoder("utf-8", { fatal: true });

/** True when the bytes are well-formed UTF-8. */
export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    fatalUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * True when the bytes are UTF-8 but for a few stray bytes: at least 8 well-formed multi-byte characters and at most
 * one malformed byte for every 20 of them. CMS templates and pasted snippets leave a lone latin-1 byte (a no-break
 * space, a "©") in an otherwise UTF-8 page; decoding the whole page as an 8-bit charset for that would scramble every
 * other non-ASCII character, while 8-bit text in a Cyrillic or Latin charset almost never forms valid multi-byte runs.
 */
export function isMostlyUtf8(bytes: Uint8Array): boolean {
  let good = 0;
  let bad = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= bytes.length;
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      good++;
      i += len;
    } else {
      bad++;
      i++;
    }
  }
  return good >= 8 && bad * 20 <= good;
}

/** Canonical lower-case name for a charset label, or undefined when iconv-lite does not know it. */
export function normaliseCharset(label: string | undefined): string | undefined {
  if (!label) return undefined;
  let name = label
    .trim()
    .replace(/^["']|["']$/g, "")
    .toLowerCase();
  if (name === "utf8" || name === "unicode-1-1-utf-8") name = "utf-8";
  // Browsers treat these as windows-1252 (WHATWG Encoding): latin1 pages routinely contain 0x80–0x9F quotes.
  if (name === "iso-8859-1" || name === "latin1" || name === "us-ascii" || name === "ascii") name = "windows-1252";
  if (name === "cp1251" || name === "win-1251") name = "windows-1251";
  return iconv.encodingExists(name) ? name : undefined;
}

/** Charset parameter of a Content-Type header value. */
export function charsetFromContentType(contentType: string | undefined): string | undefined {
  const m = contentType?.match(/charset\s*=\s*["']?([\w.:-]+)/i);
  return m?.[1];
}

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i;

/** Charset declared inside the document: <meta charset>, <meta http-equiv content>, or the XML declaration. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  // Declarations sit near the top; scan a bounded prefix as latin1 so every byte maps to one char.
  const latin1 = (end: number) =>
    Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, end)).toString("latin1");
  const head = latin1(8192);
  const xml = head.match(/^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i);
  if (xml) return xml[1];
  const meta = head.match(META_CHARSET);
  if (meta || bytes.length <= 8192 || /<body[\s>]/i.test(head)) return meta?.[1];
  // a <head> that opens with scripts and styles (tag managers, inlined CSS) puts the <meta> further down: the rest of
  // the <head> is read too, up to 64 KB, as browsers find it there
  const longHead = latin1(65536);
  const body = longHead.search(/<body[\s>]/i);
  return (body < 0 ? longHead : longHead.slice(0, body)).match(META_CHARSET)?.[1];
}

/** The charset a byte-order mark names, and the mark's length in bytes. */
export function bomCharset(bytes: Uint8Array): { charset: string; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: "utf-8", length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: "utf-16le", length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: "utf-16be", length: 2 };
  return undefined;
}

/**
 * True when the bytes look like binary data rather than text in some 8-bit or UTF-8 charset. The first 1,445 bytes
 * are judged as browsers do (WHATWG MIME sniffing: any "binary data byte" there means binary), since images, archives
 * and PDFs show theirs at once. Further in, real pages do carry a few stray NULs (a template glitch), so over the
 * first 64 KB only a share counts: NULs above one in a thousand, or control bytes no text holds above one in twenty.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (bomCharset(bytes)?.charset.startsWith("utf-16")) return false;
  const head = Math.min(bytes.length, 1445);
  for (let i = 0; i < head; i++) if (isBinaryDataByte(bytes[i]!)) return true;
  const n = Math.min(bytes.length, 65536);
  let nuls = 0;
  let controls = 0; // C0 controls other than tab, line feed, form feed, return and escape, and DEL
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0 && i >= head) nuls++;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) || b === 0x7f) controls++;
  }
  return nuls > n / 1000 || controls > n * 0.05;
}

/** WHATWG MIME sniffing's binary data bytes: C0 controls other than tab, line feed, form feed, return and escape. */
function isBinaryDataByte(b: number): boolean {
  return b <= 0x08 || b === 0x0b || (b >= 0x0e && b <= 0x1a) || (b >= 0x1c && b <= 0x1f);
}

/** Charsets of one byte a character: the only kind sniffing can judge, so the only kind it may overrule. */
function isSingleByte(charset: string): boolean {
  return /^(windows-125\d|iso-8859-\d+|koi8-[rut]|cp866|ibm866|mac)/.test(charset);
}

function decodeWith(bytes: Uint8Array, charset: string): string {
  return decodeCharset(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), charset);
}

/**
 * Decodes bytes to text. Order of trust: BOM, then a declared charset (header, then <meta>) unless the bytes contradict
 * it, then UTF-8 if the bytes are valid UTF-8, then sniffing among the 8-bit charsets common in the region.
 * A declaration "contradicts" the bytes when it names an 8-bit charset but the bytes are valid multi-byte UTF-8,
 * when it names UTF-8 but the bytes are not UTF-8, or when sniffing finds another 8-bit charset far more plausible.
 */
export function decodeBytes(bytes: Uint8Array, hints: DecodeHints = {}): Decoded {
  if (looksBinary(bytes)) {
    throw new AppError("BAD_INPUT", "binary data, not text (control bytes found)", { where: hints.where });
  }
  const bom = bomCharset(bytes);
  if (bom) return { text: decodeWith(bytes.subarray(bom.length), bom.charset), charset: bom.charset, via: "bom" };

  const utf8 = isValidUtf8(bytes);
  const fromHeader = normaliseCharset(charsetFromContentType(hints.contentType));
  const fromMeta = fromHeader ? undefined : normaliseCharset(declaredCharset(bytes));
  const declared = fromHeader ?? fromMeta;
  const via: CharsetSource = fromHeader ? "header" : "meta";
  const hasHighBytes = bytes.some((b) => b >= 0x80);

  if (declared) {
    if (declared === "utf-8") {
      if (utf8 || isMostlyUtf8(bytes)) return { text: decodeWith(bytes, "utf-8"), charset: "utf-8", via };
    } else if (declared.startsWith("utf-16")) {
      return { text: decodeWith(bytes, declared), charset: declared, via };
    } else if (!(utf8 && hasHighBytes)) {
      // A multi-byte charset (gb2312, shift_jis, euc-kr...) is never second-guessed by an 8-bit sniff.
      const sniffed = hasHighBytes && isSingleByte(declared) ? sniffCharset(bytes) : undefined;
      if (!sniffed || !clearlyBetter(sniffed, bytes, declared)) {
        return { text: decodeWith(bytes, declared), charset: declared, via };
      }
      return { text: sniffed.text, charset: sniffed.charset, via: "sniffed", overruled: declared };
    }
  }
  if (utf8) {
    const overruled = declared && declared !== "utf-8" ? declared : undefined;
    return { text: decodeWith(bytes, "utf-8"), charset: "utf-8", via: "utf8", ...(overruled ? { overruled } : {}) };
  }
  if (isMostlyUtf8(bytes)) return { text: decodeWith(bytes, "utf-8"), charset: "utf-8", via: "utf8" };
  const sniffed = sniffCharset(bytes);
  const overruled = declared && declared !== sniffed.charset ? declared : undefined;
  return { text: sniffed.text, charset: sniffed.charset, via: "sniffed", ...(overruled ? { overruled } : {}) };
}
