// Issue #4's malformed input, end to end: `orbit ingest` of pages a template broke stores their articles, and JSONL
// records of the wrong shape are named with their line, their field and what the field held.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import Database from "better-sqlite3";
import { runCli } from "./run-cli.ts";

const dir = mkdtempSync(join(tmpdir(), "orbit-malformed-"));
after(() => rmSync(dir, { recursive: true, force: true }));

test("orbit ingest stores a page whose <title> is never closed, and one with tags left open", async () => {
  const body = (city: string) =>
    `<div><p>On Monday Azerbaijan and Kazakhstan signed a transit deal in ${city}. <b>The leaders <i>agreed</b> to expand rail links</p></div><table><tr><td>x`;
  const pages = mkdtempSync(join(dir, "pages-"));
  writeFileSync(join(pages, "runaway-title.html"), `<html><head><title>Aliyev meets Tokayev<body>${body("Baku")}`);
  writeFileSync(join(pages, "open-tags.html"), `<html><head><title>Astana transit deal</title><body>${body("Astana")}`);
  const db = join(dir, "t.db");
  const r = await runCli(["ingest", pages, "--db", db, "--no-progress", "--workers", "1"]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /^documents: 2 {2}stored: 2 .* failures: 0/m);
  const sqlite = new Database(db, { readonly: true });
  const rows = sqlite.prepare("select id, title, text from articles order by id").all() as Record<string, string>[];
  sqlite.close();
  assert.deepEqual(
    rows.map((r) => [r.id, r.title]),
    [
      ["open-tags.html", "Astana transit deal"],
      ["runaway-title.html", "Aliyev meets Tokayev"],
    ],
  );
  for (const row of rows)
    assert.match(row.text!, /signed a transit deal in \w+\. The leaders agreed to expand rail links/);
});

test("orbit ingest - names the line, the field and the kind of value of JSONL records with a wrong type", async () => {
  const lines = [
    { id: "ok", text: "Azerbaijan and Kazakhstan signed a transit agreement in Baku on Monday." },
    { id: "n", html: 42 },
    { id: "a", text: ["Russia", "Turkey"] },
    { id: { x: 1 }, text: "Turkey praised Azerbaijan." },
    { id: "p", text: "Turkey praised Azerbaijan.", published: 20250101 },
  ];
  const db = join(dir, "jsonl.db");
  const r = await runCli(["ingest", "-", "--db", db, "--no-progress", "--workers", "1"], {
    stdin: `${lines.map((l) => JSON.stringify(l)).join("\n")}\n`,
  });
  assert.equal(r.code, 1, r.stdout + r.stderr);
  assert.match(r.stdout, /^documents: 5 {2}stored: 1 .* failures: 4/m);
  assert.match(r.stdout, /stdin:2: "html" must be a string, not a number \(42\)/);
  assert.match(r.stdout, /stdin:3: "text" must be a string, not an array/);
  assert.match(r.stdout, /stdin:4: "id" must be a non-empty string or a number, not an object/);
  assert.match(r.stdout, /stdin:5: "published" must be a string, not a number \(20250101\)/);
});
