// `orbit failures` end to end: a document that could not be stored is listed with its reason.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
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
