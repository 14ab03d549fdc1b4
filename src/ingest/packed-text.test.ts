import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { gzipSync } from "node:zlib";
import { zipOf } from "../../test/zip-of.ts";
import { readPackedText } from "./packed-text.ts";

test("plain, gzipped and zipped data files read the same; bombs, empty archives and folders are named", async () => {
  const dir = mkdtempSync(join(tmpdir(), "orbit-packed-text-"));
  try {
    const csv = "rcid,country,vote\n1,RUS,Y\n".repeat(50);
    const at = (name: string, bytes: string | Buffer) => {
      writeFileSync(join(dir, name), bytes);
      return join(dir, name);
    };
    assert.equal(await readPackedText(at("votes.csv", csv), "file"), csv);
    assert.equal(await readPackedText(at("votes.csv.gz", gzipSync(csv)), "file"), csv);
    assert.equal(await readPackedText(at("votes.zip", await zipOf({ "votes.csv": csv })), "file"), csv);
    // Each refused as soon as what it unpacks to passes the cap.
    for (const name of ["votes.csv", "votes.csv.gz", "votes.zip"])
      await assert.rejects(readPackedText(join(dir, name), "file", csv.length - 1), { code: "TOO_LARGE" });
    await assert.rejects(
      readPackedText(at("empty.zip", await zipOf({})), "vote file"),
      /empty\.zip: an empty zip archive: no vote file in it/,
    );
    await assert.rejects(readPackedText(dir, "GDELT file"), /cannot read GDELT file: a folder, not a file/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
