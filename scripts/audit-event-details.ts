// Prints the date, place and deaths Orbit gives the sampled real-page events of the open sets A and C, for judging
// those fields by hand (docs/event-details.md). Set B stays held out: its pages are never coded here.
// Usage: node --import tsx scripts/audit-event-details.ts SAMPLE.jsonl
//   SAMPLE: the sample written by scripts/audit-events.ts --with-c (each event with its half and page).
import { readFileSync } from "node:fs";
import { codePages } from "./audit-events.ts";

interface Sampled {
  half: string;
  page: string;
  sentence: string;
  source: string;
  target: string;
}

const file = process.argv[2];
if (!file) {
  console.error("usage: node --import tsx scripts/audit-event-details.ts SAMPLE.jsonl");
  process.exit(2);
}
const open = readFileSync(file, "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Sampled)
  .filter((s) => s.half === "A" || s.half === "C");
const pages = [...new Set(open.map((s) => s.page))];
await codePages(pages, (page, doc) => {
  for (const e of doc.events) {
    const s = open.find(
      (k) => k.page === page && k.sentence === e.evidence.text && k.source === e.source && k.target === e.target,
    );
    if (!s) continue;
    const where = e.location ? `${e.location.name}/${e.location.country}` : "-";
    console.log(
      `${s.half} ${e.source}>${e.target}:${e.cameo} published ${doc.article.published ?? "-"} when ${e.when ?? "-"} ` +
        `(${e.whenFrom ?? "-"}) place ${where} deaths ${e.fatalities ?? "-"}\n    ${e.evidence.text}`,
    );
  }
});
