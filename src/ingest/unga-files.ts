// A folder of UN General Assembly vote files (CSV/TSV, plain or .gz) → votes and ideal points, with a report.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { AppError } from "../domain/index.ts";
import type { UnVote } from "../store/index.ts";
import { readPackedText } from "./packed-text.ts";
import { parseCsv } from "./unga-csv.ts";
import { type BadRow, type IdealPoint, parseIdealPoints, parseResolutions, parseVotes } from "./unga-votes.ts";

/** Where `orbit import unga` looks when no folder is given. */
export const BUNDLED_UNGA_DIR = new URL("../../data/unga/", import.meta.url).pathname;

export interface UngaImport {
  votes: UnVote[];
  idealPoints: IdealPoint[];
  files: string[];
  bad: BadRow[];
  notMember: number;
  unknownCountries: Map<string, number>;
}

/** Reads a vote file, gunzipping when it is gzip (by magic bytes, not by name), capped against gzip bombs. */
export const readTextFile = (path: string): Promise<string> => readPackedText(path, "file");

type Role = "resolutions" | "votes" | "ideal";

/** What a file holds, from its name: resolutions/roll calls, votes, or ideal points. */
export function fileRole(name: string): Role | undefined {
  const n = name.toLowerCase();
  if (!/\.(csv|tsv|txt)(\.gz)?$/.test(n)) return undefined;
  if (/ideal/.test(n)) return "ideal";
  if (/resolution|roll_?calls?|rollcall|descriptions/.test(n)) return "resolutions";
  if (/vote/.test(n)) return "votes";
  return undefined;
}

/** True when the folder holds at least one votes file. */
export function hasVoteFiles(dir: string): boolean {
  return existsSync(dir) && readdirSync(dir).some((f) => fileRole(f) === "votes");
}

/** Loads every recognised file in `dir`: resolutions first (for dates), then votes, then ideal points. */
export async function readUngaDir(dir: string): Promise<UngaImport> {
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new AppError("NOT_FOUND", "not a folder of UN vote files", { where: dir });
  const names = readdirSync(dir).sort();
  const byRole = (role: Role) => names.filter((n) => fileRole(n) === role).map((n) => join(dir, n));
  const out: UngaImport = { votes: [], idealPoints: [], files: [], bad: [], notMember: 0, unknownCountries: new Map() };
  const voteFiles = byRole("votes");
  if (voteFiles.length === 0)
    throw new AppError("NOT_FOUND", "no votes file (a name containing 'votes', .csv/.tsv, optionally .gz)", {
      where: dir,
    });
  let dates: Map<string, string> | undefined;
  for (const file of byRole("resolutions")) {
    const parsed = parseResolutions(parseCsv(await readTextFile(file)), file, out.bad);
    dates ??= new Map();
    for (const [k, v] of parsed) dates.set(k, v);
    out.files.push(file);
  }
  for (const file of voteFiles) {
    const r = parseVotes(parseCsv(await readTextFile(file)), file, dates);
    for (const v of r.votes) out.votes.push(v);
    for (const b of r.bad) out.bad.push(b);
    out.notMember += r.notMember;
    for (const [k, n] of r.unknownCountries) out.unknownCountries.set(k, (out.unknownCountries.get(k) ?? 0) + n);
    out.files.push(file);
  }
  for (const file of byRole("ideal")) {
    for (const p of parseIdealPoints(parseCsv(await readTextFile(file)), file, out.bad)) out.idealPoints.push(p);
    out.files.push(file);
  }
  return out;
}

/** Ideal points from one file (for `align --ideal-points FILE`). */
export async function readIdealPointsFile(path: string): Promise<IdealPoint[]> {
  return parseIdealPoints(parseCsv(await readTextFile(path)), path);
}
