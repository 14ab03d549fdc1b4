// `orbit failures`: the documents that could not be stored, newest first, with the stage and the reason.
import type { Command } from "commander";
import { MAX_PAGE } from "../store/index.ts";
import { usingStore, withDb } from "./db-option.ts";
import { parseLimit } from "./events.ts";
import { parseFormat, type Row, render } from "./output-format.ts";

const COLUMNS = ["at", "document", "stage", "code", "message"];

export function registerFailures(program: Command): void {
  withDb(
    program
      .command("failures")
      .description("documents that could not be stored, newest first, with the stage and the reason")
      .option(
        "--limit <n>",
        `at most n failures (0 = the newest ${MAX_PAGE}, the most one read returns)`,
        parseLimit,
        100,
      )
      .option("--format <table|json|csv|jsonl>", "output format", "table"),
  ).action(async (opts: { db?: string; limit: number; format: string }) => {
    const format = parseFormat(opts.format);
    const failures = await usingStore(opts, (store) =>
      store.listFailures(opts.limit > 0 ? Math.min(opts.limit, MAX_PAGE) : MAX_PAGE),
    );
    if (!failures.length && format === "table") return void process.stdout.write("no failures recorded\n");
    const rows: Row[] = failures.map((f) => ({
      at: f.at,
      // The path or URL the user gave says more than an id made from it.
      document: f.origin ?? f.documentId,
      stage: f.stage,
      code: f.code,
      message: f.message,
    }));
    process.stdout.write(`${render(rows, COLUMNS, format, { document: 50, message: 100 })}\n`);
  });
}
