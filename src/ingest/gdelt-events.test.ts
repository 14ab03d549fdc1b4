import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import type { AppError } from "../domain/index.ts";
import { gdeltActor, parseGdelt, parseGdeltLine } from "./gdelt-events.ts";
import { readGdeltFile } from "./gdelt-files.ts";

const fixture = fileURLToPath(new URL("../../test/fixtures/gdelt/20201130.export.CSV", import.meta.url));

/** A 61-column row with the fields the importer reads. */
function line(over: Record<number, string>): string {
  const f = new Array(61).fill("");
  Object.assign(f, { 0: "42", 1: "20201110", 7: "ARM", 17: "RUS", 26: "0311", 29: "2", 30: "5.2", 32: "3" }, over);
  f[60] = over[60] ?? "https://example.org/a";
  return f.join("\t");
}

test("a GDELT 2.0 row becomes an event: parties, CAMEO, quad, Goldstein, date, url, key", () => {
  const r = parseGdeltLine(line({}));
  assert.ok("event" in r);
  assert.deepEqual(
    { ...r.event, evidence: undefined, confidence: undefined },
    {
      key: "gdelt:42",
      source: "ARM",
      target: "RUS",
      cameo: "0311",
      quad: "material-cooperation",
      goldstein: 5.2,
      when: "2020-11-10",
      evidence: undefined,
      confidence: undefined,
      url: "https://example.org/a",
      attribution: undefined,
    },
  );
});

test("confidence grows with the sources, in hundredths (3 sources: 0.6, not 0.6000000000000001)", () => {
  const confidence = (sources: string) => {
    const r = parseGdeltLine(line({ 32: sources }));
    assert.ok("event" in r);
    return r.event.confidence;
  };
  assert.deepEqual(["1", "2", "3", "4", "5", "6", "40"].map(confidence), [0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.9]);
});

test("actors: CAMEO country codes to ISO3, known groups to organisations, regions are not parties", () => {
  assert.equal(gdeltActor("ROM", ""), "ROU");
  assert.equal(gdeltActor("EUR", "EEC"), "EU");
  assert.equal(gdeltActor("", "NAT"), "NATO");
  assert.equal(gdeltActor("WST", ""), "WEST");
  assert.equal(gdeltActor("EUR", ""), undefined);
  assert.deepEqual(parseGdeltLine(line({ 17: "" })), { skip: "no-dyad" });
  assert.deepEqual(parseGdeltLine(line({ 17: "ARM" })), { skip: "no-dyad" });
});

test("malformed rows name what is wrong", () => {
  assert.match((parseGdeltLine("1\t2\t3") as { bad: string }).bad, /columns/);
  assert.match((parseGdeltLine(line({ 1: "2020-11-10" })) as { bad: string }).bad, /SQLDATE/);
  assert.match((parseGdeltLine(line({ 26: "9999" })) as { bad: string }).bad, /EventCode/);
  assert.match((parseGdeltLine(line({ 29: "5" })) as { bad: string }).bad, /QuadClass/);
  assert.match((parseGdeltLine(line({ 30: "abc" })) as { bad: string }).bad, /Goldstein/);
  // GDELT 1.0 rows (57 columns, no ADM2 codes) read the same way, URL last.
  const v1 = line({}).split("\t").slice(0, 57);
  v1[56] = "https://example.org/v1";
  assert.equal((parseGdeltLine(v1.join("\t")) as { event: { url: string } }).event.url, "https://example.org/v1");
});

test("the fixture file: events imported, bad lines counted with their line numbers", () => {
  const r = parseGdelt(readFileSync(fixture, "utf8"));
  assert.deepEqual(
    r.bad.map((b) => b.line),
    [21, 41],
  );
  assert.equal(r.skipped, 1);
  assert.equal(r.events.length, r.lines - 3);
  assert.ok(r.events.some((e) => e.source === "EU" && e.target === "ARM"));
});

test("zip and gzip copies read to the same text as the plain file", async () => {
  const plain = await readGdeltFile(fixture);
  assert.equal(await readGdeltFile(`${fixture}.zip`), plain);
  assert.equal(await readGdeltFile(`${fixture}.gz`), plain);
  await assert.rejects(readGdeltFile(`${fixture}.missing`), /cannot read GDELT file: no such file/);
});

test("a gzip or zip that unpacks past the cap is refused, naming the file, before it is unpacked further", async () => {
  const dir = mkdtempSync(join(tmpdir(), "orbit-gdelt-bomb-"));
  try {
    const plain = readFileSync(fixture);
    const cap = plain.length - 1;
    const gz = join(dir, "bomb.CSV.gz");
    writeFileSync(gz, gzipSync(plain));
    await assert.rejects(readGdeltFile(gz, cap), (err: AppError) => {
      assert.equal(err.code, "TOO_LARGE");
      assert.match(err.message, /bomb\.CSV\.gz: unpacks to more than the 0\.0 MB size cap/);
      return true;
    });
    await assert.rejects(readGdeltFile(`${fixture}.zip`, cap), { code: "TOO_LARGE" });
    assert.equal(await readGdeltFile(gz, plain.length), plain.toString("utf8"));
    const cut = join(dir, "cut.CSV.gz");
    writeFileSync(cut, gzipSync(plain).subarray(0, 100));
    await assert.rejects(readGdeltFile(cut), /cut\.CSV\.gz: corrupt or truncated gzip data/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
