// `orbit analyze [FILE...]`: files or JSONL on stdin → one JSON line per document with its article and events. Stores nothing.
import type { Command } from "commander";
import { type AnalyzedDocument, type CodedEvent, type Source, truncationWarning } from "../domain/index.ts";
import { pathSource, stdinSource } from "../ingest/index.ts";
import { loadAnalyzer, StageFailure } from "../pipeline/index.ts";
import { PartialFailure } from "./partial-failure.ts";

/** The stable scoring contract: keep these field names. */
export function eventJson(e: CodedEvent): Record<string, unknown> {
  return {
    source: e.source,
    target: e.target,
    cameo: e.cameo,
    quad: e.quad,
    goldstein: e.goldstein,
    plover: e.plover,
    when: e.when,
    whenFrom: e.whenFrom,
    evidence: e.evidence,
    confidence: e.confidence,
    attribution: e.attribution,
    location: e.location,
    fatalities: e.fatalities,
    sourceActor: e.sourceActor,
    targetActor: e.targetActor,
  };
}

export function analyzedJson(doc: AnalyzedDocument): Record<string, unknown> {
  const a = doc.article;
  const warnings = a.truncated ? { warnings: [truncationWarning(a.truncated)] } : {};
  return {
    id: doc.id,
    article: {
      title: a.title,
      published: a.published,
      byline: a.byline,
      site: a.site,
      url: a.url,
      language: a.language,
      text: a.text,
    },
    events: doc.events.map(eventJson),
    ...warnings,
  };
}

/**
 * A document as a warning names it: where it was read when that holds its id (a URL, a file's path ending in its name
 * or its path in the folder given), else its id and then where it came ("report-7 (stdin:3)": the id is what the user
 * looks it up by). The id must end the path whole: "stdin:1" does not hold the id "1" of the JSONL line it names.
 */
export function documentName(id: string, origin: string | undefined): string {
  if (!origin) return id;
  const holdsId = origin === id || origin.endsWith(`/${id}`) || origin.endsWith(`\\${id}`);
  return holdsId ? origin : `${id} (${origin})`;
}

export async function analyzeSource(
  source: Source,
  write: (line: string) => void,
  warn: (line: string) => void,
): Promise<number> {
  let failures = 0;
  const analyzeDocument = await loadAnalyzer();
  for await (const item of source.items()) {
    if ("error" in item) {
      failures++;
      warn(`orbit: ${item.error.message}`);
      continue;
    }
    if ("skipped" in item) {
      warn(`orbit: skipped ${item.origin}: ${item.skipped}`);
      continue;
    }
    if ("warning" in item) {
      warn(`orbit: warning: ${item.origin}: ${item.warning}`);
      continue;
    }
    try {
      const analyzed = analyzeDocument(item.doc);
      write(JSON.stringify(analyzedJson(analyzed)));
      const cut = analyzed.article.truncated;
      if (cut) warn(`orbit: warning: ${documentName(analyzed.id, item.doc.origin)}: ${truncationWarning(cut)}`);
    } catch (err) {
      failures++;
      const stage = err instanceof StageFailure ? ` (${err.stage})` : "";
      warn(`orbit: ${err instanceof Error ? err.message : String(err)}${stage}`);
    }
  }
  return failures;
}

/** Reading stdin from a terminal looks like a hang: say what is expected there and how to end it. */
export function hintIfTerminal(command: string): void {
  if (process.stdin.isTTY)
    process.stderr.write(
      `orbit ${command}: reading JSONL from the terminal, one {"id", "text" | "html"} per line; Ctrl-D ends it (or pass files: orbit ${command} FILE...)\n`,
    );
}

export function registerAnalyze(program: Command): void {
  program
    .command("analyze")
    .description("analyse files (HTML, text, JSONL) or JSONL on stdin and print JSON lines; stores nothing")
    .argument("[files...]", "files or folders; none or '-' reads JSONL from stdin")
    .action(async (files: string[]) => {
      const fromStdin = files.length === 0 || (files.length === 1 && files[0] === "-");
      if (fromStdin) hintIfTerminal("analyze");
      const source = fromStdin ? stdinSource() : pathSource(files);
      const failures = await analyzeSource(
        source,
        (line) => process.stdout.write(`${line}\n`),
        (line) => process.stderr.write(`${line}\n`),
      );
      if (failures > 0) throw new PartialFailure(1);
    });
}
