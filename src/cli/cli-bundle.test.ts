import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import {
  appendFileSync,
  cpSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath, pathToFileURL } from "node:url";
import { HEAP_DEFAULTS } from "../pipeline/index.ts";
import { buildCliBundle, CACHE_DIR, type CliManifest, MANIFEST } from "./cli-bundle.ts";

const ROOT = new URL("../../", import.meta.url);

test("the CLI bundle runs in plain node (no TypeScript loader) and analyses text through its lazy chunks", async () => {
  const manifest = await buildCliBundle(ROOT);
  assert.ok(Object.keys(manifest.inputs).includes("src/cli/main.ts"));
  assert.ok(Object.keys(manifest.inputs).includes("src/pipeline/analyze.ts"), "the stage modules are in the bundle");
  const main = pathToFileURL(join(fileURLToPath(ROOT), CACHE_DIR, manifest.dir, manifest.main)).href;
  // A child with no --import tsx: it could not load one .ts file, so events prove the stages came from the bundle,
  // and finding the gazetteer proves each module kept its source URL for data files.
  const script = `const { main } = await import(${JSON.stringify(main)}); process.exitCode = await main(["node", "orbit", "analyze"]);`;
  const doc = JSON.stringify({ id: "a", text: "Russia threatened Azerbaijan on Monday.", published: "2025-08-01" });
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
    input: `${doc}\n`,
    encoding: "utf8",
    env: { ...process.env, NODE_OPTIONS: "" },
  });
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout.trim());
  assert.equal(out.id, "a");
  assert.ok(out.events.some((e: { source: string; target: string }) => e.source === "RUS" && e.target === "AZE"));
});

test("bin/orbit.js builds the bundle in a fresh copy, reuses it, and rebuilds it when a source file changes", () => {
  // A copy of the package, so that changing a source file touches nobody else's tree.
  let copy = mkdtempSync(join(tmpdir(), "orbit-cli-bundle-"));
  const moved = `${copy}-moved`;
  try {
    const root = fileURLToPath(ROOT);
    for (const part of ["src", "bin", "package.json"]) cpSync(join(root, part), join(copy, part), { recursive: true });
    for (const part of ["node_modules", "data"]) symlinkSync(join(root, part), join(copy, part));
    const manifestPath = () => join(copy, CACHE_DIR, MANIFEST);
    const run = () => {
      const r = spawnSync(process.execPath, [join(copy, "bin/orbit.js"), "--version"], { encoding: "utf8" });
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stdout.trim(), "0.1.0");
    };
    const read = (): CliManifest => JSON.parse(readFileSync(manifestPath(), "utf8"));
    run();
    const first = read();
    const writtenAt = statSync(manifestPath()).mtimeMs;
    run();
    assert.equal(statSync(manifestPath()).mtimeMs, writtenAt, "an unchanged tree starts from the cached bundle");
    appendFileSync(join(copy, "src/cli/main.ts"), "\nexport const bundleProbe = 1;\n");
    run();
    const second = read();
    assert.notEqual(second.dir, first.dir, "a changed source file gives a new bundle");
    assert.notDeepEqual(second.inputs["src/cli/main.ts"], first.inputs["src/cli/main.ts"]);
    // The bundle holds the sources' absolute URLs (for data files), so a moved package gets a bundle of its own.
    renameSync(copy, moved);
    copy = moved;
    run();
    assert.equal(read().root, join(moved, "/"));
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});

test("orbit run as an executable starts node with 4 MB semi-spaces (the threads' young generation) and a fixed mmap threshold", () => {
  const bin = fileURLToPath(new URL("bin/orbit.js", ROOT));
  const dir = mkdtempSync(join(tmpdir(), "orbit-flags-"));
  try {
    // A preload that reports the flags node was started with (a shebang's flags land in execArgv).
    const probe = join(dir, "probe.mjs");
    writeFileSync(
      probe,
      "process.on('exit', () => process.stderr.write(JSON.stringify([process.execArgv, process.env.MALLOC_MMAP_THRESHOLD_ ?? null])));",
    );
    const { MALLOC_MMAP_THRESHOLD_: _, ...env } = process.env;
    const r = spawnSync(bin, ["--version"], { encoding: "utf8", env: { ...env, NODE_OPTIONS: `--import ${probe}` } });
    assert.equal(r.status, 0, r.stderr);
    const [argv, mmapThreshold] = JSON.parse(r.stderr) as [string[], string | null];
    const flag = argv.find((a) => a.startsWith("--max-semi-space-size="));
    assert.ok(flag, "the main thread's young generation is bounded");
    // The flag overrides the threads' resourceLimits too (V8's young generation is 3 semi-spaces): it must agree.
    assert.equal(3 * Number(flag.split("=")[1]), HEAP_DEFAULTS.youngGenerationMb);
    // glibc maps big buffers (pages crossing threads) on their own instead of keeping their space in its arenas.
    assert.equal(mmapThreshold, "262144");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the npm scripts start orbit with the executable's own node flags and environment", () => {
  const shebang = readFileSync(new URL("bin/orbit.js", ROOT), "utf8").split("\n")[0]!;
  assert.ok(shebang.startsWith("#!/usr/bin/env -S "), shebang);
  const settings = shebang.slice("#!/usr/bin/env -S ".length);
  const scripts = (
    JSON.parse(readFileSync(new URL("package.json", ROOT), "utf8")) as { scripts: Record<string, string> }
  ).scripts;
  for (const name of ["start", "orbit"]) assert.ok(scripts[name]!.startsWith(`${settings} bin/orbit.js`), name);
});
