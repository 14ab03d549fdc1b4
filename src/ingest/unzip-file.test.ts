import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import iconv from "iconv-lite";
import { zipOf } from "../../test/zip-of.ts";
import { zipMembers } from "./unzip-file.ts";

const dir = await mkdtemp(join(tmpdir(), "orbit-unzip-"));
after(() => rm(dir, { recursive: true, force: true }));

/**
 * An archive of one file whose name is `nameBytes` as they stand, without the UTF-8 flag (general purpose bit 11),
 * as Info-ZIP's zip under a C locale or an old Windows tool writes it.
 */
async function unflaggedZip(nameBytes: Buffer): Promise<Buffer> {
  const stand = "n".repeat(nameBytes.length);
  const out = await zipOf({ [stand]: "Poland protested." });
  for (let i = 0; i + 4 <= out.length; i++) {
    const sig = out.readUInt32LE(i);
    // Local header: flags at +6, name at +30; central directory: flags at +8, name at +46.
    const [flags, name] = sig === 0x04034b50 ? [6, 30] : sig === 0x02014b50 ? [8, 46] : [];
    if (flags === undefined || name === undefined) continue;
    out.writeUInt16LE(out.readUInt16LE(i + flags) & ~0x800, i + flags);
    nameBytes.copy(out, i + name);
  }
  return out;
}

async function namesIn(bytes: Buffer, file: string): Promise<string[]> {
  const path = join(dir, file);
  await writeFile(path, bytes);
  const names: string[] = [];
  for await (const m of zipMembers(path, { maxEntryBytes: 1e6, maxTotalBytes: 1e6 })) names.push(m.name);
  return names;
}

test("an unflagged name in UTF-8 is read as UTF-8 (was 'Z├╝rich'); other unflagged bytes as code page 437", async () => {
  const utf8 = await unflaggedZip(Buffer.from("news/Zürich-bericht.txt"));
  assert.deepEqual(await namesIn(utf8, "utf8.zip"), ["news/Zürich-bericht.txt"]);
  const cp437 = await unflaggedZip(iconv.encode("café.txt", "cp437"));
  assert.deepEqual(await namesIn(cp437, "cp437.zip"), ["café.txt"]);
  const ascii = await unflaggedZip(Buffer.from("dir\\a.txt"));
  assert.deepEqual(await namesIn(ascii, "ascii.zip"), ["dir/a.txt"]);
});
