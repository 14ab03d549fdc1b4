// A file's name and first bytes → why it is not a document Orbit reads (an image, an archive, a PDF…), or undefined.
import { extname } from "node:path";
import { rootElement } from "./file-kind.ts";

const IMAGE = "an image, not a document";
const UNPACK = (what: string) =>
  `${what}: unpack it first (Orbit reads HTML, text, JSONL and feed files, gzipped, zipped or not)`;

/** Magic bytes at an offset, and what a file starting with them is. The bytes decide over the extension. */
const MAGIC: { at: number; bytes: number[]; what: string }[] = [
  {
    at: 0,
    bytes: [0x25, 0x50, 0x44, 0x46, 0x2d],
    what: "a PDF document: Orbit reads HTML, text, JSONL and feeds, not PDF",
  },
  { at: 0, bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: UNPACK("a 7-Zip archive") },
  { at: 0, bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], what: UNPACK("xz-compressed data") },
  { at: 0, bytes: [0x28, 0xb5, 0x2f, 0xfd], what: UNPACK("zstd-compressed data") },
  { at: 0, bytes: [0x42, 0x5a, 0x68], what: UNPACK("bzip2-compressed data") },
  { at: 257, bytes: [0x75, 0x73, 0x74, 0x61, 0x72], what: UNPACK("a tar archive") },
  { at: 0, bytes: [0x89, 0x50, 0x4e, 0x47], what: IMAGE },
  { at: 0, bytes: [0xff, 0xd8, 0xff], what: IMAGE },
  { at: 0, bytes: [0x47, 0x49, 0x46, 0x38], what: IMAGE },
  { at: 8, bytes: [0x57, 0x45, 0x42, 0x50], what: IMAGE },
  { at: 0, bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66], what: "a SQLite database, not a document" },
  { at: 0, bytes: [0x77, 0x4f, 0x46, 0x46], what: "a font, not a document" },
  { at: 0, bytes: [0x77, 0x4f, 0x46, 0x32], what: "a font, not a document" },
];

/** Extensions of files that are never documents, even when they are text (styles, scripts, source maps). */
const BY_EXTENSION: Record<string, string> = {
  ".png": IMAGE,
  ".jpg": IMAGE,
  ".jpeg": IMAGE,
  ".gif": IMAGE,
  ".webp": IMAGE,
  ".avif": IMAGE,
  ".svg": IMAGE,
  ".ico": IMAGE,
  ".css": "a style sheet, not a document",
  ".js": "a script, not a document",
  ".mjs": "a script, not a document",
  ".map": "a source map, not a document",
  ".woff": "a font, not a document",
  ".woff2": "a font, not a document",
  ".ttf": "a font, not a document",
  ".otf": "a font, not a document",
  ".tar": UNPACK("a tar archive"),
  ".tgz": UNPACK("a compressed tar archive"),
  ".7z": UNPACK("a 7-Zip archive"),
  ".bz2": UNPACK("bzip2-compressed data"),
  ".xz": UNPACK("xz-compressed data"),
  ".zst": UNPACK("zstd-compressed data"),
  ".pdf": "a PDF document: Orbit reads HTML, text, JSONL and feeds, not PDF",
  ".db": "a database, not a document",
  ".sqlite": "a database, not a document",
  ".lock": "a lock file, not a document",
};

const startsWith = (head: Uint8Array, at: number, bytes: number[]) => bytes.every((b, i) => head[at + i] === b);

/** What the first bytes say the file is, when they name a format that is not a document. */
export function notADocumentByBytes(head: Uint8Array): string | undefined {
  return MAGIC.find((m) => startsWith(head, m.at, m.bytes))?.what;
}

/** Root elements of XML that Orbit reads: feeds (RSS, Atom, RDF) and XHTML pages. */
const READ_ROOTS = new Set(["rss", "feed", "rdf", "html"]);
const XML_NAMES = new Set([".xml", ".rss", ".atom", ".rdf"]);

/**
 * Why XML (a file named .xml, .rss, .atom or .rdf, or one opening with an XML declaration) is no document: a sitemap
 * or other XML that is neither a feed nor a page. Such a file in a saved site's folder is skipped, not a failure.
 */
function notFeedOrPage(name: string, head: Uint8Array): string | undefined {
  const text = Buffer.from(head.buffer, head.byteOffset, head.byteLength).toString("utf8");
  if (!XML_NAMES.has(extname(name).toLowerCase()) && !/^\uFEFF?\s*<\?xml[\s?]/i.test(text)) return undefined;
  const root = rootElement(text);
  if (!root || READ_ROOTS.has(root)) return undefined;
  if (root === "urlset" || root === "sitemapindex") return "an XML sitemap: not an article";
  return `XML whose root is <${root}>, neither a feed nor a page: not an article`;
}

/** Why a file is not a document, from its first bytes, else from its name; undefined when it may be one. */
export function notADocument(name: string, head: Uint8Array): string | undefined {
  return notADocumentByBytes(head) ?? BY_EXTENSION[extname(name).toLowerCase()] ?? notFeedOrPage(name, head);
}
