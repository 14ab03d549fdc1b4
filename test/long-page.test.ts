// Issue #4, a very long page end to end: `orbit analyze` and `orbit ingest` of a generated page of a few MB answer
// with its events, from its last paragraphs too, where they once crashed an analysis thread (3 MB) or took minutes.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, it } from "node:test";
import { longPage } from "./long-page.ts";
import { runCli } from "./run-cli.ts";

const dir = mkdtempSync(join(tmpdir(), "orbit-long-page-"));
after(() => rmSync(dir, { recursive: true, force: true }));

it("analyses and stores a 1.5 MB page whole, with evidence offsets into its text", async () => {
  const file = join(dir, "long.html");
  writeFileSync(file, longPage(1_500_000, true));
  const analyzed = await runCli(["analyze", file]);
  assert.equal(analyzed.code, 0, analyzed.stderr);
  const { article, events } = JSON.parse(analyzed.stdout) as {
    article: { text: string };
    events: { evidence: { text: string; start: number; end: number } }[];
  };
  assert.ok(article.text.length > 1_400_000);
  assert.ok(events.at(-1)!.evidence.start > 1_400_000, "events from the page's end");
  for (const { evidence } of events) assert.equal(article.text.slice(evidence.start, evidence.end), evidence.text);

  const db = join(dir, "orbit.db");
  const ingest = await runCli(["ingest", file, "--db", db, "--json"]);
  assert.equal(ingest.code, 0, ingest.stderr);
  const summary = JSON.parse(ingest.stdout);
  assert.equal(summary.stored, 1);
  assert.equal(summary.events, events.length);
});
