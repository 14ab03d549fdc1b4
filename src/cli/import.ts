// `orbit import unga [DIR]` and `orbit import gdelt FILE...`: external datasets → the store, idempotently.
import type { Command } from "commander";
import { AppError } from "../domain/index.ts";
import { BUNDLED_UNGA_DIR, hasVoteFiles, parseGdelt, readGdeltFile, readUngaDir } from "../ingest/index.ts";
import { usingStore, withDb } from "./db-option.ts";
import { PartialFailure } from "./partial-failure.ts";

const SHOW_BAD = 20;

function listBad(bad: { where: string; reason: string }[]): void {
  for (const b of bad.slice(0, SHOW_BAD)) process.stderr.write(`  bad line ${b.where}: ${b.reason}\n`);
  if (bad.length > SHOW_BAD) process.stderr.write(`  … and ${bad.length - SHOW_BAD} more bad lines\n`);
}

async function importUnga(dir: string | undefined, opts: { db?: string; json?: boolean }): Promise<void> {
  if (!dir && !hasVoteFiles(BUNDLED_UNGA_DIR))
    throw new AppError(
      "NOT_FOUND",
      "no bundled UN vote data is present in data/unga; pass the folder holding the vote files: " +
        "orbit import unga DIR (resolutions.csv[.gz] + votes.csv[.gz], or Voeten's UNVotes.csv)",
      { where: "data/unga" },
    );
  const folder = dir ?? BUNDLED_UNGA_DIR;
  const started = Date.now();
  const parsed = await readUngaDir(folder);
  const [result, ideal] = await usingStore(opts, async (store) => [
    await store.importVotes(parsed.votes),
    await store.importIdealPoints(parsed.idealPoints),
  ]);
  const unknown = [...parsed.unknownCountries].sort((a, b) => b[1] - a[1]);
  const summary = {
    files: parsed.files.length,
    votes: parsed.votes.length,
    inserted: result.inserted,
    unchanged: result.unchanged,
    notMember: parsed.notMember,
    bad: parsed.bad.length,
    unknownCountries: Object.fromEntries(unknown),
    idealPoints: parsed.idealPoints.length,
    idealPointsInserted: ideal.inserted,
    seconds: (Date.now() - started) / 1000,
  };
  if (opts.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
  else {
    process.stdout.write(
      `votes: ${summary.votes}  inserted: ${summary.inserted}  unchanged: ${summary.unchanged}  not-a-member rows skipped: ${summary.notMember}  bad lines: ${summary.bad}  (${summary.files} files, ${summary.seconds.toFixed(1)} s)\n`,
    );
    if (unknown.length)
      process.stdout.write(
        `unmapped country codes (rows skipped): ${unknown
          .slice(0, 15)
          .map(([k, n]) => `${k || "(blank)"}×${n}`)
          .join(", ")}\n`,
      );
    if (parsed.idealPoints.length)
      process.stdout.write(
        `ideal points: ${parsed.idealPoints.length}  inserted: ${ideal.inserted}  unchanged: ${ideal.unchanged} (align uses them for ideal_distance)\n`,
      );
  }
  listBad(parsed.bad);
}

async function importGdelt(files: string[], opts: { db?: string; json?: boolean }): Promise<void> {
  const totals = { lines: 0, events: 0, inserted: 0, unchanged: 0, skipped: 0, bad: 0, failedFiles: 0 };
  await usingStore(opts, async (store) => {
    for (const file of files) {
      // A file that cannot be read is named and skipped: the others are still imported (exit 1 at the end).
      let text: string;
      try {
        text = await readGdeltFile(file);
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        totals.failedFiles++;
        process.stderr.write(`  failed ${err.message}\n`);
        continue;
      }
      const parsed = parseGdelt(text);
      const r = await store.importEvents(parsed.events);
      totals.lines += parsed.lines;
      totals.events += parsed.events.length;
      totals.inserted += r.inserted;
      totals.unchanged += r.unchanged;
      totals.skipped += parsed.skipped;
      totals.bad += parsed.bad.length;
      listBad(parsed.bad.map((b) => ({ where: `${file}:${b.line}`, reason: b.reason })));
    }
  });
  if (opts.json) process.stdout.write(`${JSON.stringify(totals)}\n`);
  else
    process.stdout.write(
      `lines: ${totals.lines}  events: ${totals.events}  inserted: ${totals.inserted}  unchanged: ${totals.unchanged}  without two state/organisation parties: ${totals.skipped}  bad lines: ${totals.bad}  files failed: ${totals.failedFiles}\n`,
    );
  if (totals.failedFiles) throw new PartialFailure();
}

export function registerImport(program: Command): void {
  const cmd = program
    .command("import")
    .description("import external datasets: UN General Assembly votes, GDELT events");
  withDb(
    cmd
      .command("unga")
      .description("load UN General Assembly votes (and ideal points) from a folder; idempotent")
      .argument("[dir]", "folder with resolutions/votes CSV files, plain or .gz (default: bundled data/unga)")
      .option("--json", "print the summary as JSON"),
  ).action((dir: string | undefined, opts: { db?: string; json?: boolean }) => importUnga(dir, opts));
  withDb(
    cmd
      .command("gdelt")
      .description("load GDELT 2.0 (or 1.0) event export rows as events with origin gdelt; idempotent")
      .argument("<files...>", "export files: .CSV, .CSV.zip or .gz")
      .option("--json", "print the summary as JSON"),
  ).action((files: string[], opts: { db?: string; json?: boolean }) => importGdelt(files, opts));
}
