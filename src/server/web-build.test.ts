import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { webBuildIsStale } from "./web-build.ts";

test("the dashboard build is stale when web/src or the src/domain files it bundles are newer", () => {
  const root = mkdtempSync(join(tmpdir(), "orbit-web-build-"));
  try {
    const web = join(root, "web");
    for (const d of ["web/src", "web/dist", "src/domain"]) mkdirSync(join(root, d), { recursive: true });
    const file = (path: string, seconds: number) => {
      writeFileSync(join(root, path), "x");
      utimesSync(join(root, path), seconds, seconds);
    };
    file("web/src/main.ts", 1000);
    file("src/domain/states.ts", 1000);
    for (const d of ["web/src", "src/domain", "src", "web"]) utimesSync(join(root, d), 1000, 1000);
    assert.equal(webBuildIsStale(web), true, "no build yet");
    file("web/dist/index.html", 2000);
    assert.equal(webBuildIsStale(web), false);
    file("src/domain/states.ts", 3000);
    assert.equal(webBuildIsStale(web), true, "a shared domain file changed");
    file("web/dist/index.html", 4000);
    file("web/src/main.ts", 5000);
    assert.equal(webBuildIsStale(web), true, "a dashboard file changed");
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
