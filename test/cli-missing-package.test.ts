// A package missing from node_modules (a `git pull` that added one, before `npm install`): the real bin says what to
// run instead of a stack trace.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { REPO } from "./run-cli.ts";

let root: string;
before(() => {
  // A copy of the bin in an install with no node_modules: it finds neither tsx nor any package beside it.
  root = mkdtempSync(join(tmpdir(), "orbit-missing-"));
  mkdirSync(join(root, "bin"));
  copyFileSync(join(REPO, "bin/orbit.js"), join(root, "bin/orbit.js"));
});
after(() => rmSync(root, { recursive: true, force: true }));

const run = (...args: string[]) =>
  spawnSync(process.execPath, [join(root, "bin/orbit.js"), ...args], { encoding: "utf8" });

describe("a missing package", () => {
  it("when the CLI bundle imports a package not installed, says to run npm install and exits 1", () => {
    const cache = join(root, ".orbit/cli");
    mkdirSync(join(cache, "b"), { recursive: true });
    writeFileSync(
      join(cache, "manifest.json"),
      JSON.stringify({ root: `${root}/`, inputs: {}, dir: "b", main: "main.js" }),
    );
    writeFileSync(
      join(cache, "b/main.js"),
      'import "orbit-test-absent-package";\nexport const main = async () => 0;\n',
    );
    const r = run("events");
    assert.equal(r.status, 1, r.stderr);
    assert.equal(r.stderr, "orbit: a package is missing (orbit-test-absent-package): run npm install (or npm ci)\n");
    rmSync(join(root, ".orbit"), { recursive: true });
  });

  it("when even the TypeScript loader is missing (no bundle built yet), says the same", () => {
    const r = run("--help");
    assert.equal(r.status, 1, r.stderr);
    assert.equal(r.stderr, "orbit: a package is missing (tsx): run npm install (or npm ci)\n");
  });
});
