// Worker threads run one JavaScript bundle of the stage code, built once per process with esbuild, instead of
// loading TypeScript through tsx: on Node 20 every worker that registers tsx gets its own loader-hooks thread
// (~22 MB each) and transpiles every file again through it, which also slows the worker's start.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { builtinModules } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { BuildOptions, Plugin } from "esbuild";

const bundles = new Map<string, Promise<URL | undefined>>();
const SKIP = Symbol("resolving");
/** Bundles being built: the last one to finish stops esbuild. */
let building = 0;
// `import.meta.url` in code, not one named inside a string literal.
const META_URL = /(?<!["'`])\bimport\.meta\.url\b/g;

/**
 * What the worker bundle and the CLI bundle (src/cli/cli-bundle.ts) are built as: ESM for Node 20. esbuild lowers a
 * regex literal with a Unicode property escape (\p{L}) to `new RegExp(…)`, built anew on every evaluation (34 in the
 * stage code, ~111 a page); Node 20 has them, so they stay literals, compiled once.
 */
export const NODE_BUNDLE = {
  format: "esm",
  platform: "node",
  target: "node20",
  supported: { "regexp-unicode-property-escapes": true },
} as const satisfies BuildOptions;

/**
 * An esbuild plugin that loads each TypeScript module with its own `import.meta.url` (its source file's URL), so data
 * files found relative to the source (data/gazetteer, data/places…) are found from a bundle too; used by the worker
 * bundle and by the CLI bundle (src/cli/cli-bundle.ts). `loading` is called with each file's path before it is read.
 */
export function sourceUrls(loading?: (path: string) => void): Plugin {
  return {
    name: "orbit-source-urls",
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
        loading?.(path);
        const here = JSON.stringify(pathToFileURL(path).href);
        return { contents: (await readFile(path, "utf8")).replace(META_URL, here), loader: "ts" };
      });
    },
  };
}

/**
 * The worker entry as one ESM bundle of our own modules; packages stay outside it, imported by absolute file URL
 * exactly as Node would resolve them, and each module keeps its source URL (sourceUrls). Undefined when esbuild is
 * unavailable or the build fails: the caller then loads the TypeScript through tsx.
 */
export function workerBundle(entry: URL): Promise<URL | undefined> {
  let bundle = bundles.get(entry.href);
  if (!bundle) {
    building++;
    bundle = build(entry)
      .catch(() => undefined)
      .finally(stopEsbuildWhenIdle);
    bundles.set(entry.href, bundle);
  }
  return bundle;
}

/** esbuild's service process (~28 MB RSS) would otherwise live as long as this one, which builds its bundles once. */
async function stopEsbuildWhenIdle(): Promise<void> {
  if (--building > 0) return;
  const esbuild = await import("esbuild").catch(() => undefined);
  await esbuild?.stop();
}

async function build(entry: URL): Promise<URL | undefined> {
  if (!entry.pathname.endsWith(".ts")) return entry;
  const esbuild = await import("esbuild");
  const result = await esbuild.build({
    entryPoints: [fileURLToPath(entry)],
    bundle: true,
    write: false,
    ...NODE_BUNDLE,
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
        },
      },
      sourceUrls(),
    ],
  });
  const dir = mkdtempSync(join(tmpdir(), "orbit-worker-"));
  process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, "worker.mjs");
  writeFileSync(file, result.outputFiles[0]!.contents);
  return pathToFileURL(file);
}

/**
 * Starts a worker thread on an entry's bundle, or on the entry itself through tsx when there is no bundle: without the
 * bundle, worker threads need the TypeScript loader too when Orbit runs from source; `--import tsx` in a worker's
 * execArgv is not honoured on Node 20, so the worker registers tsx itself before loading the real entry.
 */
export function startWorker(
  entry: URL,
  bundle: URL | undefined,
  workerData: unknown,
  resourceLimits: Worker["resourceLimits"] = {},
): Worker {
  if (bundle) return new Worker(bundle, { workerData, resourceLimits });
  const tsx = import.meta.resolve("tsx/esm/api");
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(boot, { eval: true, workerData, resourceLimits });
}
