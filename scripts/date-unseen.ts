// Scores publication dates on a folder of pages from sites the date rules were never tuned on (regional news sites
// saved outside the repository: third-party pages are never committed) against a hand-labelled file.
// Usage: node --import tsx scripts/date-unseen.ts FOLDER LABELS.jsonl [--list]
//   LABELS.jsonl: one {"file", "url", "date", "evidence"} a line; "date" is YYYY-MM-DD, or "" for a page with no date.
//   --list prints every page with its gold and Orbit's date; without it only the misses are printed.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { decodePage } from "../src/extract/eval-sets.ts";
import { extractArticle } from "../src/extract/index.ts";

const [folder, labelsPath] = process.argv.slice(2);
if (!folder || !labelsPath) {
  console.error("usage: date-unseen.ts FOLDER LABELS.jsonl [--list]");
  process.exit(2);
}
const list = process.argv.includes("--list");

interface Label {
  file: string;
  url?: string;
  date: string;
  evidence?: string;
}

const labels: Label[] = readFileSync(labelsPath, "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));

let ok = 0;
for (const l of labels) {
  let got = "";
  try {
    // decoded as ingest decodes a fetched page; a page whose body is not found still has its metadata scored. A
    // .txt file is a page's text as copied from a browser (the text input of `orbit analyze`).
    const content = decodePage(readFileSync(join(folder, l.file)));
    const input = l.file.endsWith(".txt") ? { text: content } : { html: content };
    got = extractArticle({ id: l.file, url: l.url, ...input }, { allowEmptyBody: true }).published ?? "";
  } catch {
    got = "(failed)";
  }
  const hit = got === l.date;
  if (hit) ok++;
  if (list || !hit) console.log(`${hit ? "ok  " : "MISS"}\t${l.date || '""'}\t${got || "-"}\t${l.file}`);
}
console.log(`unseen pages: date accuracy ${(ok / labels.length).toFixed(3)} (${ok}/${labels.length})`);
