// Issue #3, evidence as an analyst checks it: every stored event's offsets cut exactly its sentence out of the stored
// article text (offsets count UTF-16 code units, as JavaScript strings do), for texts with CRLF line ends, Cyrillic,
// emoji outside the Basic Multilingual Plane, and a text long enough to be analysed in pieces; and the date, place
// and death count reach `orbit events` and the CSV export.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, it } from "node:test";
import { parseCsv } from "../src/ingest/unga-csv.ts";
import { PIECE_CHARS } from "../src/pipeline/text-pieces.ts";
import { longPage } from "./long-page.ts";
import { runCli } from "./run-cli.ts";

const dir = mkdtempSync(join(tmpdir(), "orbit-evidence-"));
const db = join(dir, "orbit.db");
after(() => rmSync(dir, { recursive: true, force: true }));

const DOCS = [
  {
    id: "crlf",
    published: "2025-03-05",
    text: "Russian forces shelled Kharkiv on Tuesday, killing at least 12 civilians.\r\n\r\nEstonia condemned Russia.\r\n",
  },
  {
    id: "cyrillic-emoji",
    published: "2025-03-05",
    text: "Москва 🇷🇺 и Казахстан 🇰🇿. Azerbaijan accused Russia 🚀 of lying. Turkey condemned Armenia in Ankara 🤝.",
  },
  // A long text with CRLF paragraph breaks, past the size analysed in one piece.
  { id: "long", published: "2025-03-05", text: longPage(PIECE_CHARS * 2).replace(/\n/g, "\r\n") },
];

interface Row {
  articleId: string;
  source: string;
  target: string;
  when?: string;
  whenFrom?: string;
  location?: { name: string; country: string };
  fatalities?: number;
  evidence: { text: string; start: number; end: number };
}
let events: Row[] = [];
let texts = new Map<string, string>();

before(async () => {
  const file = join(dir, "docs.jsonl");
  writeFileSync(file, DOCS.map((d) => JSON.stringify(d)).join("\n"));
  const r = await runCli(["ingest", file, "--db", db]);
  assert.equal(r.code, 0, r.stderr);
  const listed = await runCli(["events", "--limit", "0", "--format", "jsonl", "--db", db]);
  assert.equal(listed.code, 0, listed.stderr);
  events = listed.stdout
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as Row);
  const articles = await runCli(["export", "articles", "--format", "jsonl", "--db", db]);
  assert.equal(articles.code, 0, articles.stderr);
  texts = new Map(
    articles.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { id: string; text: string })
      .map((a) => [a.id, a.text]),
  );
});

it("cuts each event's sentence exactly from the stored text, whatever its line ends and characters", () => {
  for (const id of ["crlf", "cyrillic-emoji", "long"]) {
    const mine = events.filter((e) => e.articleId === id);
    assert.ok(mine.length > 0, `events of ${id}`);
    const text = texts.get(id)!;
    for (const { evidence } of mine) {
      assert.equal(text.slice(evidence.start, evidence.end), evidence.text, `${id} at ${evidence.start}`);
      assert.ok(!/[\r\n]/.test(evidence.text), `one sentence, no line break: ${JSON.stringify(evidence.text)}`);
    }
  }
  // The long text's later pieces give events too, with offsets into the whole text, not into their piece.
  assert.ok(events.some((e) => e.articleId === "long" && e.evidence.start > PIECE_CHARS * 1.5));
});

it("gives each event its date and where it comes from, its place and its deaths, in JSON and CSV", async () => {
  const shelling = events.find((e) => e.articleId === "crlf" && e.source === "RUS" && e.target === "UKR");
  assert.deepEqual(shelling && [shelling.when, shelling.whenFrom, shelling.location?.name, shelling.fatalities], [
    "2025-03-04",
    "text",
    "Kharkiv",
    12,
  ]);
  const undated = events.find((e) => e.articleId === "crlf" && e.source === "EST");
  assert.deepEqual(undated && [undated.when, undated.whenFrom], ["2025-03-05", "article"]);

  const csv = await runCli(["export", "events", "--actor", "UKR", "--format", "csv", "--db", db]);
  assert.equal(csv.code, 0, csv.stderr);
  const { header, rows } = parseCsv(csv.stdout);
  const at = (name: string) => header.indexOf(name);
  const row = rows.find((cells) => cells[at("place")] === "Kharkiv");
  assert.ok(row, csv.stdout);
  assert.deepEqual(
    ["when", "when_from", "place_country", "fatalities"].map((c) => row[at(c)]),
    ["2025-03-04", "text", "UKR", "12"],
  );
});
