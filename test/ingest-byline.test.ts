// End to end through the real CLI: a page's byline line is stored as the article's byline, not as its first paragraph.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { runCli } from "./run-cli.ts";

const dir = mkdtempSync(join(tmpdir(), "orbit-byline-"));
after(() => rmSync(dir, { recursive: true, force: true }));

const prose = [
  "Azerbaijan detained several Russian nationals in Baku on Monday, including media staff accused of spying, officials said.",
  "Moscow summoned the Azerbaijani ambassador on Tuesday and demanded their release, calling the arrests a provocation.",
];

test("orbit ingest stores the byline as metadata and leaves the 'By ...' line out of the text the coder reads", async () => {
  const db = join(dir, "byline.db");
  const html = `<html lang="en"><head><title>Baku detains Russians</title><meta name="author" content="Jane Doe"></head>
<body><article><h1>Baku detains Russians</h1><p>By Jane Doe</p>${prose.map((p) => `<p>${p}</p>`).join("")}</article></body></html>`;
  const line = JSON.stringify({ id: "byline", html, published: "2025-07-01" });
  const ingest = await runCli(["ingest", "-", "--db", db, "--json"], { stdin: `${line}\n` });
  assert.equal(ingest.code, 0, ingest.stderr);
  const out = await runCli(["export", "articles", "--db", db, "--format", "jsonl"]);
  assert.equal(out.code, 0, out.stderr);
  const article = JSON.parse(out.stdout.trim().split("\n")[0]!);
  assert.equal(article.byline, "Jane Doe");
  assert.equal(article.text, prose.join("\n\n"));
  const events = await runCli(["events", "--db", db, "--format", "jsonl"]);
  assert.equal(events.code, 0, events.stderr);
  assert.ok(events.stdout.includes("RUS") || events.stdout.includes("AZE"), events.stdout);
  assert.ok(!events.stdout.includes("By Jane Doe"), events.stdout);
});
