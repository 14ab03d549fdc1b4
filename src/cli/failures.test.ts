// `orbit failures` end to end: a document that could not be stored is listed with its reason.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { runCli } from "../../test/run-cli.ts";

const dir = mkdtempSync(join(tmpdir(), "orbit-failures-"));
after(() => rmSync(dir, { recursive: true, force: true }));

test("orbit failures lists what ingest could not store, with where, when and why", async () => {
  const db = join(dir, "orbit.db");
  const missing = join(dir, "later.txt");
  const empty = await runCli(["failures", "--db", db]);
  assert.equal(empty.code, 0, empty.stderr);
  assert.equal(empty.stdout, "no failures recorded\n");

  assert.equal((await runCli(["ingest", missing, "--db", db, "--no-progress"])).code, 1);
  const listed = await runCli(["failures", "--db", db, "--format", "jsonl"]);
  assert.equal(listed.code, 0, listed.stderr);
  const rows = listed.stdout
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));
  assert.equal(rows.length, 1);
  assert.equal(rows[0].document, missing);
  assert.equal(rows[0].stage, "ingest");
  assert.match(rows[0].message, /no such file or directory/);
  assert.match(rows[0].at, /^\d{4}-\d\d-\d\dT/);

  // npm start's account of the database points to the list.
  const start = await runCli(["start", "--no-serve", "--db", db]);
  assert.match(start.stdout, /1 failures \(`orbit failures` lists them\)/);

  assert.equal((await runCli(["failures", "--db", db, "--limit", "-1"])).code, 2);
});

test("a failed file stored later, named by the same path or another, leaves the list", async () => {
  const db = join(dir, "later.db");
  const folder = join(dir, "news");
  mkdirSync(folder);
  const later = join(folder, "later.txt");
  const empty = join(folder, "empty.txt");
  writeFileSync(empty, "");
  assert.equal((await runCli(["ingest", later, "--db", db, "--no-progress"])).code, 1);
  assert.equal((await runCli(["ingest", empty, "--db", db, "--no-progress"])).code, 1);
  const failed = await runCli(["failures", "--db", db, "--format", "jsonl"]);
  assert.deepEqual(
    failed.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l).document)
      .sort(),
    [empty, later],
  );

  const text = "Russia criticised Kazakhstan on Monday.";
  writeFileSync(later, text);
  writeFileSync(empty, `${text} Kazakhstan rejected the criticism.`);
  const stored = await runCli(["ingest", later, "--db", db, "--no-progress"]);
  assert.equal(stored.code, 0, stored.stderr);
  // The folder names the other file by another path; its id is the same file name.
  const again = await runCli(["ingest", folder, "--db", db, "--no-progress"]);
  assert.equal(again.code, 0, again.stderr);
  const now = await runCli(["failures", "--db", db]);
  assert.equal(now.stdout, "no failures recorded\n");
});
