// web/src → web/dist: builds the dashboard with Vite when the build is missing or older than its sources.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { AppError } from "../domain/index.ts";

export const WEB_DIR = fileURLToPath(new URL("../../web/", import.meta.url));
export const WEB_DIST = join(WEB_DIR, "dist");

function newest(path: string): number {
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(path);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let max = stat.mtimeMs;
  for (const name of readdirSync(path)) max = Math.max(max, newest(join(path, name)));
  return max;
}

/**
 * True when web/dist/index.html is missing or older than anything in web/src, web/index.html, the Vite config or
 * src/domain, whose pure files the dashboard bundles too (the list of states outside ISO 3166-1, say).
 */
export function webBuildIsStale(webDir = WEB_DIR): boolean {
  const built = newest(join(webDir, "dist", "index.html"));
  if (!built) return true;
  const sources = Math.max(
    newest(join(webDir, "src")),
    newest(join(webDir, "index.html")),
    newest(join(webDir, "vite.config.ts")),
    newest(join(webDir, "..", "src", "domain")),
  );
  return sources > built;
}

/** Runs `vite build` once if needed, so a fresh clone serves a dashboard without a separate build step. */
export async function ensureWebBuilt(
  options: { webDir?: string; log?: (line: string) => void } = {},
): Promise<"fresh" | "built"> {
  const webDir = options.webDir ?? WEB_DIR;
  if (!webBuildIsStale(webDir)) return "fresh";
  options.log?.("building the dashboard (vite build web) …");
  let vite: typeof import("vite");
  try {
    vite = await import("vite");
  } catch (err) {
    throw new AppError(
      "NOT_FOUND",
      "web/dist is missing and Vite is not installed (install dev dependencies or run `npm run build:web`)",
      { where: webDir, cause: err },
    );
  }
  try {
    await vite.build({ root: webDir, configFile: join(webDir, "vite.config.ts"), logLevel: "warn" });
  } catch (err) {
    throw new AppError("INTERNAL", `vite build failed: ${(err as Error).message}`, { where: webDir, cause: err });
  }
  return "built";
}
