// A sentence an article prints twice (a pull quote, a paragraph repeated, a caption repeating the lead) is one act:
// orbit analyze lists its event once and orbit ingest stores it once, while the article text keeps what the page shows.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { runCli } from "./run-cli.ts";

const LEAD = "MOSCOW, March 3, 2025 — Russia expelled two Polish diplomats on Monday, the foreign ministry said.";
const TEXT = [
  LEAD,
  "The ministry gave no reason for the decision, which follows a row over a closed consulate.",
  "“Russia expelled two Polish diplomats on Monday”",
  "Warsaw called the move unjustified.",
  LEAD,
].join("\n\n");
// the same story as a page: the pull quote in an aside, the lead again under a photo
const PAGE = `<html><head><title>Moscow expels diplomats</title></head><body><article><h1>Moscow expels diplomats</h1>
<p>${LEAD}</p><p>The ministry gave no reason for the decision, which follows a row over a closed consulate.</p>
<aside class="pullquote"><p>“Russia expelled two Polish diplomats on Monday”</p></aside>
<p>Warsaw called the move unjustified, and its foreign minister said Poland would answer in kind.</p>
<div class="photo"><img src="p.jpg"><p>${LEAD}</p></div></article></body></html>`;

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), "orbit-repeated-"));
});
after(() => rmSync(dir, { recursive: true, force: true }));

interface Row {
  source: string;
  target: string;
  cameo: string;
  evidence: { start: number };
}
const expulsions = (events: Row[]) =>
  events.filter((e) => e.source === "RUS" && e.target === "POL" && e.cameo.startsWith("16"));

describe("a sentence printed twice in one article", () => {
  it("orbit analyze: the expulsion is one event, read from the lead; the text keeps the repeats", async () => {
    const doc = JSON.stringify({ id: "a", text: TEXT, published: "2025-03-04" });
    const r = await runCli(["analyze"], { stdin: `${doc}\n` });
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout.trim());
    // three times in the text (twice whole, once as a pull quote): was three events
    assert.equal(out.article.text.split("Russia expelled two Polish diplomats on Monday").length - 1, 3);
    const found = expulsions(out.events);
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].evidence.start, 0);
  });

  it("orbit ingest: the page with a pull quote and the lead under a photo stores the expulsion once", async () => {
    const page = join(dir, "page.html");
    writeFileSync(page, PAGE);
    const db = join(dir, "r.db");
    const r = await runCli(["ingest", page, "--db", db, "--json", "--no-progress"]);
    assert.equal(r.code, 0, r.stderr);
    const events = await runCli(["events", "--db", db, "--format", "jsonl"]);
    assert.equal(events.code, 0, events.stderr);
    const rows = events.stdout
      .trim()
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l));
    assert.equal(expulsions(rows).length, 1, events.stdout);
  });
});
