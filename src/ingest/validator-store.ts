// A JSON state file ↔ the ValidatorCache, so conditional GETs keep working across `orbit watch` restarts.
import { readFile, rename, writeFile } from "node:fs/promises";
import { AppError } from "../domain/index.ts";
import { ValidatorCache } from "./validator-cache.ts";

/** A missing file is an empty cache; a corrupt one is an error (never silently forget and refetch everything). */
export async function loadValidatorCache(path: string): Promise<ValidatorCache> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return new ValidatorCache();
    throw new AppError("UNREADABLE", `cannot read watch state (${(err as Error).message})`, {
      where: path,
      cause: err,
    });
  }
  try {
    const data = JSON.parse(text) as unknown;
    if (!data || typeof data !== "object" || Array.isArray(data)) throw new Error("expected a JSON object");
    return new ValidatorCache(data as Record<string, { etag?: string; lastModified?: string }>);
  } catch (err) {
    throw new AppError(
      "BAD_INPUT",
      `watch state is not valid JSON (${(err as Error).message}); delete it to start over`,
      {
        where: path,
        cause: err,
      },
    );
  }
}

/** Writes to a temporary file and renames it, so a crash mid-write leaves the old state intact. */
export async function saveValidatorCache(path: string, cache: ValidatorCache): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, `${JSON.stringify(cache, null, 1)}\n`);
  await rename(tmp, path);
}
