// File and folder paths → a Source of raw documents (html, text, JSONL, JSON, feed files), one item per document or error.
import { createReadStream } from "node:fs";
import { open, readdir, realpath, stat } from "node:fs/promises";
import { basename, join, relative } from "node:path";
import { AppError, type Source, type SourceItem } from "../domain/index.ts";
import { looksBinary } from "./decode-bytes.ts";
import { documentItems } from "./document-items.ts";
import { type FileKind, ignoredInFolder, kindByExtension, sniffKind } from "./file-kind.ts";
import { fsError } from "./fs-error.ts";
import { jsonlItems } from "./jsonl-items.ts";
import { DEFAULT_MAX_FILE_BYTES, readCapped, tooLarge } from "./read-capped.ts";
import { sharedBytes } from "./shared-bytes.ts";

export interface PathSourceOptions {
  /** Size cap per file (per line for JSONL, which is streamed). Default 50 MB. */
  maxBytes?: number;
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
  const reading: Reading = { maxBytes: options.maxBytes ?? DEFAULT_MAX_FILE_BYTES, packed: options.packed ?? false };
  return {
    name: `paths: ${paths.join(", ")}`,
    async *items() {
      for (const path of paths) {
        let info: Awaited<ReturnType<typeof stat>>;
        try {
          info = await stat(path);
        } catch (err) {
          yield { error: fsError(err, path), origin: path };
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
      if (ignoredInFolder(name)) continue;
      const full = join(dir, name);
      let info: Awaited<ReturnType<typeof stat>>;
      try {
        info = await stat(full);
      } catch (err) {
        yield { error: fsError(err, full), origin: full };
        continue;
      }
      if (info.isDirectory()) yield* walk(root, full, reading, visited);
      else if (info.isFile()) yield* fileItems(full, relative(root, full), reading, info.size);
    }
  } catch (err) {
    yield { error: fsError(err, dir), origin: dir };
  }
}

async function readHead(path: string, bytes = 4096): Promise<Buffer> {
  const handle = await open(path, "r");
  try {
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buf, 0, bytes, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** What a binary file is, when its first bytes say so, so the user knows what to do with it. */
const BINARY_KINDS: [bytes: number[], what: string][] = [
  [[0x1f, 0x8b], "gzip-compressed data, not text: decompress it first (gunzip)"],
  [[0x50, 0x4b, 0x03, 0x04], "a zip archive, not text: unzip it first"],
  [[0x25, 0x50, 0x44, 0x46], "a PDF document, not text: Orbit reads HTML, text, JSONL and feeds"],
];

function binaryMessage(head: Uint8Array): string {
  const known = BINARY_KINDS.find(([magic]) => magic.every((b, i) => head[i] === b));
  return known?.[1] ?? "binary data, not a text, HTML, JSONL or feed file";
}

async function* fileItems(
  path: string,
  id: string,
  { maxBytes, packed }: Reading,
  knownSize: number | undefined,
): AsyncGenerator<SourceItem> {
  let kind: FileKind | undefined = kindByExtension(path);
  try {
    // JSONL is streamed line by line, so only its lines are capped; every other kind is read whole.
    const size = knownSize ?? (await stat(path)).size;
    if (kind !== "jsonl" && size > maxBytes) throw tooLarge(path, size, maxBytes);
    const head = await readHead(path, 65536);
    if (head.length > 0 && looksBinary(head)) throw new AppError("BAD_INPUT", binaryMessage(head), { where: path });
    kind ??= sniffKind(head.subarray(0, 4096).toString("utf8"));
    if (kind === "jsonl") {
      yield* jsonlItems(createReadStream(path), path, id, maxBytes, packed);
      return;
    }
    const bytes = await readCapped(path, maxBytes);
    if (packed && bytes.length > 0 && (kind === "html" || kind === "text")) {
      yield { doc: { id, origin: path, packed: { kind, bytes: sharedBytes([bytes], bytes.length) } } };
      return;
    }
    yield* documentItems(bytes, kind, id, path);
  } catch (err) {
    yield { error: fsError(err, path), origin: path };
  }
}
