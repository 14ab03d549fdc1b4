#!/usr/bin/env -S MALLOC_MMAP_THRESHOLD_=262144 node --max-semi-space-size=4
// The flag: V8 sizes the main thread's young generation only from start-up flags, and by default lets its semi-spaces
// grow to 16 MB under a stream's allocation (~20–30 MB more RSS while ingesting, measured). The flag is process-wide
// and also overrides the analysis threads' resourceLimits: 4 MB semi-spaces are exactly the 12 MB young generation
// the pool gives them (HEAP_DEFAULTS.youngGenerationMb, = 3 × semi-space), so they are unchanged.
// MALLOC_MMAP_THRESHOLD_: every page crosses threads as a serialized copy in a malloc'd buffer (its characters, 0.1–3
// MB), and so does each result. glibc raises its mmap threshold to the size of each such buffer it frees (up to 32 MB),
// after which they are carved from the threads' arenas, which keep the freed space: ~60 MB of arenas while streaming
// real pages with 2 threads. A fixed 256 KB threshold maps each big buffer on its own and returns it on free (and
// turns off the matching growth of the trim threshold). Runs side by side (bench/support/stream-rss.ts): 20,000 real
// pages, peak RSS 442 against 474 MB, mean 375 against 406 MB; 2,000 pages (three pairs), peak 348–386 against
// 412–416 MB. The price is a mapping per big buffer: CPU per page +1.2% (20,000) and +3 to +9% (2,000). A 1 MB
// threshold cost +4% and saved half as much (peak 402 MB, mean 301 against 334). `orbit ingest` now hands each page
// over as its bytes in a SharedArrayBuffer (one malloc'd buffer, not two copies), and results still cross as copies:
// the threshold returns both kinds of buffer as soon as they are freed.
// Starts the CLI from its JavaScript bundle (.orbit/cli/, built by src/cli/cli-bundle.ts) with no TypeScript loader:
// tsx's loader thread costs 26–32 MB per process and transpiling every module slows each start. When the sources
// changed since the bundle was built (or in a fresh clone), this run loads tsx once to rebuild it, so `npx orbit`
// works right after `npm install` with no build step. If the bundle cannot be built (a read-only install, no
// esbuild), the CLI runs from the TypeScript sources through tsx as before.
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = new URL("..", import.meta.url);
const ROOT_PATH = fileURLToPath(ROOT);
// Must match CACHE_DIR and MANIFEST in src/cli/cli-bundle.ts, which this file cannot import without tsx.
const CACHE = join(ROOT_PATH, ".orbit/cli");

/** The URL of a manifest's main module. */
function mainUrl(manifest) {
  return pathToFileURL(join(CACHE, manifest.dir, manifest.main)).href;
}

/**
 * The bundle's main module when it was built in this folder and the manifest lists every source file at the size and
 * mtime it was built from.
 */
function currentBundle() {
  try {
    const manifest = JSON.parse(readFileSync(join(CACHE, "manifest.json"), "utf8"));
    if (manifest.root !== ROOT_PATH) return undefined;
    for (const [file, [size, mtimeMs]] of Object.entries(manifest.inputs)) {
      const s = statSync(join(ROOT_PATH, file));
      if (s.size !== size || s.mtimeMs !== mtimeMs) return undefined;
    }
    return mainUrl(manifest);
  } catch {
    return undefined; // No manifest yet, or a source file is gone: rebuild.
  }
}

async function loadMain() {
  const bundle = currentBundle();
  if (bundle) return (await import(bundle)).main;
  const { register } = await import("tsx/esm/api");
  register();
  try {
    const { buildCliBundle } = await import("../src/cli/cli-bundle.ts");
    return (await import(mainUrl(await buildCliBundle(ROOT)))).main;
  } catch {
    return (await import("../src/cli/main.ts")).main;
  }
}

// `orbit events | head` closes the pipe early: that is the reader being done, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (err) => {
    if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw err;
  });
}
/**
 * The package a module error says is not installed ("Cannot find package 'zod' imported from …"), or undefined for
 * any other error. After a `git pull` that adds a dependency, every command would otherwise end in a stack trace.
 */
function missingPackage(err) {
  if (err?.code !== "ERR_MODULE_NOT_FOUND") return undefined;
  return /Cannot find package '([^']+)'/.exec(err.message)?.[1];
}

try {
  const main = await loadMain();
  process.exitCode = await main(process.argv);
} catch (err) {
  const name = missingPackage(err);
  if (!name) throw err;
  process.stderr.write(`orbit: a package is missing (${name}): run npm install (or npm ci)\n`);
  process.exitCode = 1;
}
