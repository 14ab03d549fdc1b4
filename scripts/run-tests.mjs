// Finds every *.test.ts under src/, test/ and bench/ and runs them with node:test (Node 20 takes no globs).
// --fuzz runs the long fuzz suites (ORBIT_FUZZ_RUNS raised); default runs are bounded for CI.
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

function find(dir, out = []) {
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of entries) {
    if (name === "node_modules" || name.startsWith(".")) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) find(path, out);
    else if (name.endsWith(".test.ts")) out.push(path);
  }
  return out;
}

const args = process.argv.slice(2);
const fuzz = args.includes("--fuzz");
const only = args.filter((a) => !a.startsWith("--"));
const files = only.length ? only : [...find("src"), ...find("test"), ...find("bench")].sort();
const env = { ...process.env };
if (fuzz) env.ORBIT_FUZZ_RUNS = env.ORBIT_FUZZ_RUNS ?? "20000";
const result = spawnSync(
  process.execPath,
  ["--import", "tsx", "--test", "--test-concurrency=2", "--test-timeout=600000", ...files],
  { stdio: "inherit", env },
);
process.exit(result.status ?? 1);
