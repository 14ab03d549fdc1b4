// A zip archive on disk → its files one at a time, each read no further than a cap, against zip bombs.
import type { Readable } from "node:stream";
import yauzl from "yauzl";
import { AppError } from "../domain/index.ts";
import { fsError } from "./fs-error.ts";
import { unpacksTooLarge } from "./gunzip-file.ts";
import { megabytes } from "./read-capped.ts";

/** True when the bytes start with a zip archive's local-file or (empty archive) end-of-directory signature. */
export const isZip = (head: Uint8Array): boolean =>
  head[0] === 0x50 && head[1] === 0x4b && ((head[2] === 3 && head[3] === 4) || (head[2] === 5 && head[3] === 6));

export interface ZipCaps {
  /** What one file inside may unpack to. */
  maxEntryBytes: number;
  /** What all the files inside may unpack to together: a small archive can claim terabytes. */
  maxTotalBytes: number;
}

/** One file inside an archive: its path there, its unpacked size, and its bytes on demand (whole or as a stream). */
export interface ZipMember {
  name: string;
  size: number;
  /** Why the file is not to be read (a name such as "../x.html" or "/etc/x"); its bytes are left alone. */
  refused?: string;
  /** The whole file; TOO_LARGE past the archive's per-file cap. */
  bytes(): Promise<Buffer>;
  /** The file's first `n` bytes (fewer when it is shorter), unpacking no further: a page over the cap read in part. */
  firstBytes(n: number): Promise<Buffer>;
  /** The file as a stream of bytes, for a JSONL file read line by line; capped by the archive's total only. */
  stream(): AsyncGenerator<Buffer>;
}

function zipError(err: unknown, where: string): AppError {
  if (err instanceof AppError) return err;
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code && /^E[A-Z]+$/.test(code)) return fsError(err, where);
  const msg = err instanceof Error ? err.message : String(err);
  return new AppError("BAD_INPUT", `corrupt or truncated zip archive (${msg})`, { where, cause: err });
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * A file's path inside the archive. An archive that does not flag its names as UTF-8 should hold them in IBM code
 * page 437 (yauzl reads them so), but Info-ZIP's zip under a C locale and many other tools write UTF-8 bytes without
 * the flag: "Zürich.txt" would become "Z├╝rich.txt". Bytes that are valid UTF-8 and not plain ASCII are hardly ever
 * meant as CP437, so they are read as UTF-8; anything else keeps yauzl's reading.
 */
export function memberName(entry: Pick<yauzl.Entry, "fileNameRaw" | "generalPurposeBitFlag" | "extraFields">): string {
  const byYauzl = () =>
    yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, false);
  // Flagged, or named again in Info-ZIP's Unicode path field (0x7075): yauzl reads the UTF-8 already.
  const saysUtf8 = (entry.generalPurposeBitFlag & 0x800) !== 0 || entry.extraFields.some((f) => f.id === 0x7075);
  if (saysUtf8 || entry.fileNameRaw.every((b) => b < 0x80)) return byYauzl();
  try {
    return utf8.decode(entry.fileNameRaw).replace(/\\/g, "/");
  } catch {
    return byYauzl();
  }
}

const archiveTooLarge = (where: string, maxBytes: number) =>
  new AppError("TOO_LARGE", `the files in the zip archive unpack to more than the ${megabytes(maxBytes)} size cap`, {
    where,
  });

/**
 * The files of a zip archive in the order it lists them, folders left out. yauzl checks each file's unpacked size
 * against the size the archive declares for it, so the declared sizes can be trusted for the caps: a file declared
 * larger than `maxEntryBytes` is refused before any of it is unpacked, and the archive is refused (an error ends the
 * iteration) once its files together declare more than `maxTotalBytes`. A corrupt archive ends it with BAD_INPUT.
 */
export async function* zipMembers(path: string, caps: ZipCaps): AsyncGenerator<ZipMember> {
  let zip: yauzl.ZipFile;
  try {
    // Names are read here (memberName), and an unsafe one skips its file rather than ending the archive as yauzl would.
    zip = await yauzl.openPromise(path, { decodeStrings: false, validateEntrySizes: true });
  } catch (err) {
    throw zipError(err, path);
  }
  let total = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      // "./news/a.html" (as bsdtar and Windows' tar write a folder's files) is "news/a.html": the same id whatever made
      // the archive, and not taken for a hidden file.
      const name = memberName(entry).replace(/(^|\/)(?:\.\/)+/g, "$1");
      if (name.endsWith("/")) continue;
      const where = `${path}/${name}`;
      // Orbit writes no file out, but a name like "../x.html" marks a hostile or broken archive: not read, said why.
      const unsafe = yauzl.validateFileName(name);
      total += entry.uncompressedSize;
      if (total > caps.maxTotalBytes) throw archiveTooLarge(path, caps.maxTotalBytes);
      const open = async (): Promise<Readable> => {
        if (entry.isEncrypted()) throw new AppError("BAD_INPUT", "encrypted inside the zip archive", { where });
        if (!entry.canDecodeFileData())
          throw new AppError(
            "BAD_INPUT",
            `packed with zip method ${entry.compressionMethod}, which Orbit cannot unpack`,
            {
              where,
            },
          );
        return zip.openReadStreamPromise(entry);
      };
      async function* stream(): AsyncGenerator<Buffer> {
        try {
          for await (const chunk of await open()) yield chunk as Buffer;
        } catch (err) {
          throw zipError(err, where);
        }
      }
      yield {
        name,
        ...(unsafe ? { refused: `its name leads out of the archive (${unsafe}): not read` } : {}),
        size: entry.uncompressedSize,
        stream,
        async bytes() {
          if (entry.uncompressedSize > caps.maxEntryBytes) throw unpacksTooLarge(where, caps.maxEntryBytes);
          const chunks: Buffer[] = [];
          for await (const chunk of stream()) chunks.push(chunk);
          return Buffer.concat(chunks);
        },
        async firstBytes(n: number) {
          const chunks: Buffer[] = [];
          let total = 0;
          for await (const chunk of stream()) {
            chunks.push(chunk);
            total += chunk.length;
            if (total >= n) break;
          }
          return Buffer.concat(chunks).subarray(0, n);
        },
      };
    }
  } catch (err) {
    throw zipError(err, path);
  } finally {
    zip.close();
  }
}
