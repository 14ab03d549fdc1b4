// Worker threads run one JavaScript bundle of the stage code, built once per process with esbuild, instead of
// loading TypeScript through tsx: on Node 20 every worker that registers tsx gets its own loader-hooks thread
// (~22 MB each) and transpiles every file again through it, which also slows the worker's start.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { builtinModules } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const bundles = new Map<string, Promise<URL | undefined>>();
const SKIP = Symbol("resolving");

/**
 * The worker entry as one ESM bundle of our own modules; packages stay outside it, imported by absolute file URL
 * exactly as Node would resolve them. `import.meta.url` inside each module becomes that module's original URL, so
 * data files found relative to the source (data/gazetteer, data/places…) are still found. Undefined when esbuild
 * is unavailable or the build fails: the caller then loads the TypeScript through tsx.
 */
export function workerBundle(entry: URL): Promise<URL | undefined> {
  let bundle = bundles.get(entry.href);
  if (!bundle) {
    bundle = build(entry).catch(() => undefined);
    bundles.set(entry.href, bundle);
  }
  return bundle;
}

async function build(entry: URL): Promise<URL | undefined> {
  if (!entry.pathname.endsWith(".ts")) return entry;
  const esbuild = await import("esbuild");
  const result = await esbuild.build({
    entryPoints: [fileURLToPath(entry)],
    bundle: true,
    write: false,
    format: "esm",
    platform: "node",
    target: "node20",
    // Node's own resolution: no "module" condition or field, which could pick a file Node would read differently.
    conditions: [],
    mainFields: ["main"],
    logLevel: "silent",
    plugins: [
      {
        name: "orbit-worker",
        setup(b) {
          b.onResolve({ filter: /^[^./]/ }, async (args) => {
            const bare = args.path.replace(/^node:/, "").split("/")[0]!;
            if (args.path.startsWith("node:") || builtinModules.includes(bare))
              return { path: args.path, external: true };
            if (args.pluginData === SKIP) return undefined;
            const found = await b.resolve(args.path, {
              kind: args.kind,
              resolveDir: args.resolveDir,
              pluginData: SKIP,
            });
            if (found.errors.length) return { errors: found.errors };
            return { path: pathToFileURL(found.path).href, external: true };
          });
          b.onLoad({ filter: /\.ts$/ }, async (args) => {
            const source = await readFile(args.path, "utf8");
            const here = JSON.stringify(pathToFileURL(args.path).href);
            return { contents: source.replaceAll("import.meta.url", here), loader: "ts" };
          });
        },
      },
    ],
  });
  const dir = mkdtempSync(join(tmpdir(), "orbit-worker-"));
  process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, "worker.mjs");
  writeFileSync(file, result.outputFiles[0]!.contents);
  return pathToFileURL(file);
}
