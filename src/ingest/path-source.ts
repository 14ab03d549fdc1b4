// File and folder paths → a Source of raw documents (html, text, JSONL, JSON, feed files, each maybe gzipped or in a
// zip archive), one item per document, error or skipped file.
import { createReadStream } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import { basename, join, relative } from "node:path";
import { AppError, type Source, type SourceItem } from "../domain/index.ts";
import { looksBinary } from "./decode-bytes.ts";
import { documentItems } from "./document-items.ts";
import { type FileKind, fileKind, kindByExtension } from "./file-kind.ts";
import { fsError } from "./fs-error.ts";
import {
  DEFAULT_MAX_UNPACKED_STREAM_BYTES,
  gunzipHead,
  gunzipStream,
  isGzip,
  unpackedName,
  unpacksTooLarge,
} from "./gunzip-file.ts";
import { jsonlItems } from "./jsonl-items.ts";
import { notADocument } from "./not-a-document.ts";
import { DEFAULT_MAX_FILE_BYTES, endAtCharacter, readCapped, readHead, readInPart, tooLarge } from "./read-capped.ts";
import { sharedBytes } from "./shared-bytes.ts";
import { isZip, type ZipMember, zipMembers } from "./unzip-file.ts";

export interface PathSourceOptions {
  /** Size cap per file (per line for JSONL, which is streamed); a gzip file's content too. Default 50 MB. */
  maxBytes?: number;
  /** Cap on what a streamed gzip file (docs.jsonl.gz) may unpack to in all. Default 4 GB. */
  maxUnpackedBytes?: number;
  /**
   * HTML and text files and JSONL lines are yielded undecoded (RawDocument.packed, their bytes in shared memory) for
   * the analysis threads to decode and check, which then report their errors; JSON and feed files are read here.
   */
  packed?: boolean;
}

type Reading = Required<PathSourceOptions>;

/**
 * Files and folders (walked recursively, in name order). Kind comes from the extension, else from sniffing the first
 * bytes. Document ids are JSONL/JSON ids, else the path relative to the folder given (the file name for a file given
 * directly), so re-ingesting the same tree from another working directory gives the same ids.
 */
export function pathSource(paths: string[], options: PathSourceOptions = {}): Source {
  const reading: Reading = {
    maxBytes: options.maxBytes ?? DEFAULT_MAX_FILE_BYTES,
    maxUnpackedBytes: options.maxUnpackedBytes ?? DEFAULT_MAX_UNPACKED_STREAM_BYTES,
    packed: options.packed ?? false,
  };
  return {
    name: `paths: ${paths.join(", ")}`,
    async *items() {
      for (const path of paths) {
        let info: Awaited<ReturnType<typeof stat>>;
        try {
          info = await stat(path);
        } catch (err) {
          // Under the id the file would have had, so storing it once it exists clears the failure.
          yield { error: fsError(err, path), origin: path, id: basename(path) };
          continue;
        }
        if (info.isDirectory()) yield* walk(path, path, reading, new Set());
        else yield* fileItems(path, basename(path), reading, undefined);
      }
    },
  };
}

async function* walk(root: string, dir: string, reading: Reading, visited: Set<string>): AsyncGenerator<SourceItem> {
  try {
    // Symlinked folders can form cycles; remember real paths so each folder is read once.
    const real = await realpath(dir);
    if (visited.has(real)) return;
    visited.add(real);
    const entries = await readdir(dir);
    entries.sort();
    for (const name of entries) {
      // Hidden files and folders (.git, .DS_Store) are passed over without a word.
      if (name.startsWith(".")) continue;
      const full = join(dir, name);
      let info: Awaited<ReturnType<typeof stat>>;
      try {
        info = await stat(full);
      } catch (err) {
        yield { error: fsError(err, full), origin: full, id: relative(root, full) };
        continue;
      }
      if (info.isDirectory()) yield* walk(root, full, reading, visited);
      else if (info.isFile()) yield* fileItems(full, relative(root, full), reading, info.size, true);
    }
  } catch (err) {
    yield { error: fsError(err, dir), origin: dir };
  }
}

/**
 * What to say about a file that is not a document: in a folder it is skipped with the reason (a folder of saved pages
 * holds images and scripts); named on the command line it is a failure, since the user asked for it.
 */
function passOver(reason: string, path: string, inFolder: boolean): SourceItem {
  return inFolder
    ? { skipped: reason, origin: path }
    : { error: new AppError("BAD_INPUT", reason, { where: path }), origin: path };
}

const BINARY = "binary data, not a text, HTML, JSONL or feed file";

/**
 * Why these first bytes (of a file called `name`, or of what it unpacked to) are no document, as an item; undefined
 * when they may be one. Unknown binary data is no document only in a folder and when the name claims no document
 * kind; a ".txt" full of control bytes is a broken document (brokenDocument).
 */
function refusal(name: string, head: Uint8Array, path: string, inFolder: boolean): SourceItem | undefined {
  const other = notADocument(name, head);
  if (other) return passOver(other, path, inFolder);
  if (inFolder && !kindByExtension(name) && head.length > 0 && looksBinary(head))
    return { skipped: BINARY, origin: path };
  return undefined;
}

/** A failure when a file that may be a document holds binary data. */
function brokenDocument(head: Uint8Array, path: string): SourceItem | undefined {
  if (head.length === 0 || !looksBinary(head)) return undefined;
  return { error: new AppError("BAD_INPUT", BINARY, { where: path }), origin: path };
}

/**
 * A file's documents, or why it is none. A failure of the file itself (missing, empty, binary, unreadable) carries the
 * id its document would have had, so storing the file once it is mended clears the failure.
 */
async function* fileItems(
  path: string,
  id: string,
  reading: Reading,
  knownSize: number | undefined,
  inFolder = false,
): AsyncGenerator<SourceItem> {
  const own = (item: SourceItem): SourceItem => ("error" in item ? { ...item, id } : item);
  try {
    const size = knownSize ?? (await stat(path)).size;
    if (size === 0) {
      yield inFolder ? { skipped: "empty file", origin: path } : own(passOver("empty document (0 bytes)", path, false));
      return;
    }
    const head = await readHead(path, 65536);
    if (isGzip(head)) {
      yield* gzipItems(path, id, reading, inFolder);
      return;
    }
    if (isZip(head)) {
      yield* zipItems(path, id, reading);
      return;
    }
    // What a file is comes before how big it is: a 60 MB video or PDF in a folder is skipped like a small one.
    const refused = refusal(path, head, path, inFolder);
    if (refused) {
      yield own(refused);
      return;
    }
    const broken = brokenDocument(head, path);
    if (broken) {
      yield own(broken);
      return;
    }
    const kind = fileKind(path, head.subarray(0, 4096).toString("utf8"));
    // A file named as JSONL is streamed line by line, so only its lines are capped; every other kind is read whole,
    // but for a page (HTML or text) over the cap, which is read in part with a warning, as a page fetched from a URL
    // is at the download cap: its article is near the top. JSON and feeds cut anywhere would not parse.
    if (kindByExtension(path) !== "jsonl" && size > reading.maxBytes) {
      if (!isPage(kind)) throw tooLarge(path, size, reading.maxBytes);
      yield* pageInPart(await readHead(path, reading.maxBytes), kind, id, path, reading);
      return;
    }
    if (kind === "jsonl") {
      yield* jsonlItems(createReadStream(path), path, id, reading.maxBytes, reading.packed);
      return;
    }
    yield* wholeFileItems(await readCapped(path, reading.maxBytes), kind, id, path, reading.packed);
  } catch (err) {
    yield { error: fsError(err, path), origin: path, id };
  }
}

/**
 * A gzip-compressed file: its kind comes from the name without ".gz", else from the unpacked bytes. JSONL is streamed
 * (its lines capped, its total too); any other kind is unpacked whole, up to the same cap as a plain file.
 */
async function* gzipItems(path: string, id: string, reading: Reading, inFolder: boolean): AsyncGenerator<SourceItem> {
  const name = unpackedName(path);
  const docId = unpackedName(id);
  // Judged by the start of what it holds before the whole is unpacked, so a large backup.tar.gz in a folder is skipped
  // as an archive rather than failing the size cap.
  const head = await gunzipHead(path, 65536);
  if (head.length === 0) {
    yield passOver("empty document (gzip holding 0 bytes)", path, inFolder);
    return;
  }
  const refused = refusal(name, head, path, inFolder);
  if (refused) {
    yield refused;
    return;
  }
  if (kindByExtension(name) === "jsonl") {
    yield* jsonlItems(gunzipStream(path, reading.maxUnpackedBytes), path, docId, reading.maxBytes, reading.packed);
    return;
  }
  // unpacked no further than one byte past the cap, so a bomb costs no more work than a page at the cap
  const bytes = await gunzipHead(path, reading.maxBytes + 1);
  const broken = brokenDocument(bytes.subarray(0, 65536), path);
  if (broken) {
    yield broken;
    return;
  }
  const kind = fileKind(name, bytes.subarray(0, 4096).toString("utf8"));
  if (bytes.length > reading.maxBytes) {
    // a page is read up to the cap, as a plain page file is; anything else cut there would not parse
    if (!isPage(kind)) throw unpacksTooLarge(path, reading.maxBytes);
    yield* pageInPart(bytes.subarray(0, reading.maxBytes), kind, docId, path, reading);
  } else if (kind === "jsonl") yield* jsonlItems(oneChunk(bytes), path, docId, reading.maxBytes, reading.packed);
  else yield* wholeFileItems(bytes, kind, docId, path, reading.packed);
}

/** Only a page (HTML or text) over the size cap is read in part: JSON or a feed cut anywhere would not parse. */
const isPage = (kind: FileKind): kind is "html" | "text" => kind === "html" || kind === "text";

/**
 * A page file's first `maxBytes` (plain, unpacked from gzip or from a zip archive) → its document, with a warning
 * that the rest was dropped. A page that large is swollen by inline images or data, and its article is near the top.
 */
function pageInPart(bytes: Buffer, kind: "html" | "text", id: string, where: string, reading: Reading) {
  const warnings = [readInPart("the file", "size cap", reading.maxBytes)];
  return wholeFileItems(endAtCharacter(bytes), kind, id, where, reading.packed, warnings);
}

/** A file inside a zip archive that is passed over without a word, as hidden files in a folder are. */
const HIDDEN_MEMBER = /(?:^|\/)(?:\.|__MACOSX\/)/;

/**
 * A zip archive: each file in it is read as a file in a folder would be (ids "archive.zip/inner/path.html"), with
 * what is no document skipped. Each file is capped as a plain file is, and all of them together by the cap on
 * unpacked streams (maxUnpackedBytes), so a zip bomb is refused after at most that much work. An archive inside the
 * archive is skipped: unpacking nested archives is how the worst bombs multiply.
 */
async function* zipItems(path: string, id: string, reading: Reading): AsyncGenerator<SourceItem> {
  const caps = { maxEntryBytes: reading.maxBytes, maxTotalBytes: reading.maxUnpackedBytes };
  let members = 0;
  for await (const member of zipMembers(path, caps)) {
    if (HIDDEN_MEMBER.test(member.name)) continue;
    members++;
    const origin = `${path}/${member.name}`;
    const docId = `${id}/${member.name}`;
    try {
      yield* memberItems(member, origin, docId, reading);
    } catch (err) {
      yield { error: fsError(err, origin), origin };
    }
  }
  if (members === 0) yield { skipped: "a zip archive with no files in it", origin: path };
}

async function* memberItems(member: ZipMember, origin: string, docId: string, reading: Reading) {
  if (member.refused) {
    yield { skipped: member.refused, origin };
    return;
  }
  if (member.size === 0) {
    yield { skipped: "empty file", origin };
    return;
  }
  const byName = notADocument(member.name, new Uint8Array(0));
  if (byName) {
    yield { skipped: byName, origin };
    return;
  }
  if (kindByExtension(member.name) === "jsonl") {
    yield* jsonlItems(member.stream(), origin, docId, reading.maxBytes, reading.packed);
    return;
  }
  // a file declared larger than the cap is read no further than the cap: a page is kept up to it, as a plain one is
  const over = member.size > reading.maxBytes;
  const bytes = over ? await member.firstBytes(reading.maxBytes) : await member.bytes();
  const head = bytes.subarray(0, 65536);
  if (isZip(head) || isGzip(head)) {
    yield { skipped: "an archive inside a zip archive: unpack it first", origin };
    return;
  }
  const refused = refusal(member.name, head, origin, true) ?? brokenDocument(head, origin);
  if (refused) {
    yield refused;
    return;
  }
  const kind = fileKind(member.name, head.subarray(0, 4096).toString("utf8"));
  if (over) {
    if (!isPage(kind)) throw unpacksTooLarge(origin, reading.maxBytes);
    yield* pageInPart(bytes, kind, docId, origin, reading);
  } else if (kind === "jsonl") yield* jsonlItems(oneChunk(bytes), origin, docId, reading.maxBytes, reading.packed);
  else yield* wholeFileItems(bytes, kind, docId, origin, reading.packed);
}

async function* oneChunk(bytes: Buffer): AsyncGenerator<Buffer> {
  yield bytes;
}

function* wholeFileItems(
  bytes: Buffer,
  kind: Exclude<FileKind, "jsonl">,
  id: string,
  path: string,
  packed: boolean,
  warnings?: string[],
): Generator<SourceItem> {
  const told = warnings ? { warnings } : {};
  if (packed && bytes.length > 0 && (kind === "html" || kind === "text")) {
    yield { doc: { id, origin: path, packed: { kind, bytes: sharedBytes([bytes], bytes.length) }, ...told } };
    return;
  }
  for (const item of documentItems(bytes, kind, id, path))
    yield "doc" in item ? { doc: { ...item.doc, ...told } } : item;
}
