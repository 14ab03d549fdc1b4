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
 * An archive of files whose names are the given bytes as they stand, without the UTF-8 flag (general purpose bit
 * 11), as Info-ZIP's zip under a C locale or an old Windows tool writes them.
 */
async function rawNamedZip(names: Buffer[]): Promise<Buffer> {
  const stands = names.map((n, i) => String.fromCharCode(0x61 + i).repeat(n.length));
  const out = await zipOf(Object.fromEntries(stands.map((s) => [s, "Poland protested."])));
  for (let i = 0; i + 4 <= out.length; i++) {
    const sig = out.readUInt32LE(i);
    // Local header: flags at +6, name length at +26, name at +30; central directory: +8, +28, +46.
    const [flags, length, name] = sig === 0x04034b50 ? [6, 26, 30] : sig === 0x02014b50 ? [8, 28, 46] : [];
    if (flags === undefined || length === undefined || name === undefined) continue;
    const stand = out.subarray(i + name, i + name + out.readUInt16LE(i + length)).toString("latin1");
    const real = names[stands.indexOf(stand)];
    if (!real) continue;
    out.writeUInt16LE(out.readUInt16LE(i + flags) & ~0x800, i + flags);
    real.copy(out, i + name);
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
  const utf8 = await rawNamedZip([Buffer.from("news/Zürich-bericht.txt")]);
  assert.deepEqual(await namesIn(utf8, "utf8.zip"), ["news/Zürich-bericht.txt"]);
  const cp437 = await rawNamedZip([iconv.encode("café.txt", "cp437")]);
  assert.deepEqual(await namesIn(cp437, "cp437.zip"), ["café.txt"]);
  const ascii = await rawNamedZip([Buffer.from("dir\\a.txt")]);
  assert.deepEqual(await namesIn(ascii, "ascii.zip"), ["dir/a.txt"]);
});

test("names written from '.' (bsdtar, Windows' tar: './news/a.html') lose the './', so the files are not taken for hidden ones", async () => {
  const dotted = await rawNamedZip(["./news/a.txt", "./news/./b.txt", "./.hidden"].map((n) => Buffer.from(n)));
  assert.deepEqual(await namesIn(dotted, "dotted.zip"), ["news/a.txt", "news/b.txt", ".hidden"]);
});

test("a file named outside the archive is refused on its own; the files after it are still read", async () => {
  const path = join(dir, "absolute.zip");
  await writeFile(path, await rawNamedZip(["a.txt", "/etc/evil.txt", "c.txt"].map((n) => Buffer.from(n))));
  const seen: [string, string | undefined][] = [];
  for await (const m of zipMembers(path, { maxEntryBytes: 1e6, maxTotalBytes: 1e6 })) seen.push([m.name, m.refused]);
  assert.deepEqual(seen, [
    ["a.txt", undefined],
    ["/etc/evil.txt", "its name leads out of the archive (absolute path: /etc/evil.txt): not read"],
    ["c.txt", undefined],
  ]);
});
