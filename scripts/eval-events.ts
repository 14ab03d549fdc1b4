// Runs nlp + coding over an event suite (JSONL of {id, text, date}) or the seed page, and writes the scorer's input.
// Usage: node --import tsx scripts/eval-events.ts SUITE.jsonl|seed OUT.jsonl [even|odd]
//   then: node ../shared/tools/score-events.mjs SUITE.jsonl|../shared/gold/seed.json OUT.jsonl
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { codeEvents } from "../src/coding/index.ts";
import type { Article, CodedEvent } from "../src/domain/index.ts";
import { annotate } from "../src/nlp/index.ts";

export interface SuiteCase {
  id: string;
  text: string;
  date?: string;
}

function articleOf(id: string, text: string, published?: string): Article {
  const hash = createHash("sha256").update(text).digest("hex");
  return { id, text, published, contentHash: hash, fingerprint: hash.slice(0, 16) };
}

function brief(e: CodedEvent) {
  return {
    source: e.source,
    target: e.target,
    cameo: e.cameo,
    quad: e.quad,
    goldstein: e.goldstein,
    when: e.when,
    trigger: e.trigger,
    confidence: e.confidence,
  };
}

/** Codes each case; `half` keeps the even- or odd-numbered cases (tune on one half, check on the other). */
export function runSuite(
  cases: SuiteCase[],
  half?: "even" | "odd",
): Array<{ id: string; events: ReturnType<typeof brief>[] }> {
  return cases
    .filter((_, i) => !half || (i % 2 === 0) === (half === "even"))
    .map((c) => ({ id: c.id, events: codeEvents(annotate(articleOf(c.id, c.text ?? "", c.date))).map(brief) }));
}

/** The seed page's body from its dateline on (the extract stage's job; used until it lands). */
export async function runSeed(sharedDir: URL): Promise<{ id: string; events: ReturnType<typeof brief>[] }> {
  const page = readFileSync(new URL("corpus/seed/000_0e0bef2aa06d10f3.txt", sharedDir), "utf8");
  let article: Article;
  try {
    const extract = await import("../src/extract/index.ts");
    article = extract.extractStage.run({ id: "seed", text: page });
  } catch {
    const body = page
      .slice(page.indexOf("Berlin, August 1, 2025"))
      .replace(/\n\s*Popular Articles\s*$/, "")
      .trim();
    article = { ...articleOf("seed", body, "2025-08-01"), datelinePlace: "Berlin" };
  }
  return { id: "seed", events: codeEvents(annotate(article)).map(brief) };
}

async function main(): Promise<void> {
  const [suite, out, half] = process.argv.slice(2);
  if (!suite || !out) throw new Error("usage: eval-events.ts SUITE.jsonl|seed OUT.jsonl [even|odd]");
  const shared = new URL("../../shared/", import.meta.url);
  const rows =
    suite === "seed"
      ? [await runSeed(shared)]
      : runSuite(
          readFileSync(suite, "utf8")
            .split("\n")
            .filter(Boolean)
            .map((l) => JSON.parse(l) as SuiteCase),
          half as "even" | "odd" | undefined,
        );
  writeFileSync(out, `${rows.map((r) => JSON.stringify(r)).join("\n")}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
