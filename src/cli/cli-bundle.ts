// The CLI as plain JavaScript: `bin/orbit.js` starts this bundle with no TypeScript loader, because tsx runs its
// loader hooks on a thread of their own (+26–32 MB RSS per process on Node 20) and transpiles every module at start.
// The bundle is cached under `.orbit/cli/` beside the sources; bin/orbit.js rebuilds it (through tsx, once) when the
// manifest's list of source files no longer matches their size and modification time.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { NODE_BUNDLE, sourceUrls } from "../pipeline/index.ts";

/** What bin/orbit.js reads to decide whether the bundle is current: every source file with its size and mtime. */
export interface CliManifest {
  /** The package folder it was built from: modules keep their source URLs, so a moved package needs a new bundle. */
  root: string;
  /** The bundle's folder, relative to the cache folder. */
  dir: string;
  /** The module exporting `main(argv)`, relative to `dir`. */
  main: string;
  /** Source path relative to the package root → [size, mtimeMs] when the bundle was built. */
  inputs: Record<string, [number, number]>;
}

export const CACHE_DIR = ".orbit/cli";
export const MANIFEST = "manifest.json";
/** Bundles not in use are removed after this long: a process started from an older one may still load its chunks. */
const KEEP_OLD_MS = 60 * 60 * 1000;

/**
 * Builds `src/cli/main.ts` of the package at `root` into `<root>/.orbit/cli/<content hash>/` and then writes the
 * manifest (atomically, so a concurrent start reads the old one or the new one). Packages stay outside the bundle as
 * bare imports, which Node resolves from the cache folder up to the package's own node_modules exactly as from the
 * sources. Code splitting keeps the lazy `import()`s lazy (the PostgreSQL driver, the stage modules). Returns the
 * manifest.
 */
export async function buildCliBundle(root: URL): Promise<CliManifest> {
  const rootPath = fileURLToPath(root);
  const esbuild = await import("esbuild");
  const inputs: CliManifest["inputs"] = {};
  const result = await esbuild.build({
    absWorkingDir: rootPath,
    entryPoints: { main: "src/cli/main.ts" },
    bundle: true,
    splitting: true,
    write: false,
    outdir: "out",
    outExtension: { ".js": ".mjs" },
    ...NODE_BUNDLE,
    packages: "external",
    logLevel: "silent",
    // Each file's size and mtime are taken before it is read, so an edit made during the build makes the manifest
    // stale rather than hiding it.
    plugins: [
      sourceUrls((path) => {
        const s = statSync(path);
        inputs[relative(rootPath, path)] = [s.size, s.mtimeMs];
      }),
    ],
  });
  const hash = createHash("sha256");
  for (const file of result.outputFiles) hash.update(file.path).update(file.contents);
  const id = hash.digest("hex").slice(0, 16);
  const cache = join(rootPath, CACHE_DIR);
  const dir = join(cache, id);
  if (!existsDir(dir)) {
    // Written in a private folder and renamed into place: a reader never sees half a bundle.
    const staging = join(cache, `.${id}-${process.pid}`);
    mkdirSync(staging, { recursive: true });
    for (const file of result.outputFiles)
      writeFileSync(join(staging, relative(join(rootPath, "out"), file.path)), file.contents);
    try {
      renameSync(staging, dir);
    } catch {
      rmSync(staging, { recursive: true, force: true }); // Another process renamed the same bundle first.
    }
  }
  const manifest: CliManifest = { root: rootPath, dir: id, main: "main.mjs", inputs };
  const temp = join(cache, `.${MANIFEST}-${process.pid}`);
  writeFileSync(temp, JSON.stringify(manifest));
  renameSync(temp, join(cache, MANIFEST));
  pruneOld(cache, id);
  return manifest;
}

function existsDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function pruneOld(cache: string, keep: string): void {
  for (const name of readdirSync(cache)) {
    if (name === keep || name === MANIFEST) continue;
    const path = join(cache, name);
    try {
      if (Date.now() - statSync(path).mtimeMs > KEEP_OLD_MS) rmSync(path, { recursive: true, force: true });
    } catch {
      // Removed by another process meanwhile.
    }
  }
}
