// orbit start and orbit serve print the database they use, without the password of a PostgreSQL URL.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, it } from "node:test";
import { fileURLToPath } from "node:url";
import { runCli } from "../../test/run-cli.ts";
import { dbLabel } from "../store/index.ts";
import { describeWithPg } from "../store/postgres/pg-test-schema.ts";

const BIN = fileURLToPath(new URL("../../bin/orbit.js", import.meta.url));
// With a PostgreSQL database the API token's hash goes to .orbit/ in the working folder: a temporary one here.
const cwd = mkdtempSync(join(tmpdir(), "orbit-db-label-"));
after(() => rmSync(cwd, { recursive: true, force: true }));

it("dbLabel hides a PostgreSQL password and leaves a file path alone", () => {
  assert.equal(dbLabel("postgres://orbit:secret@db:5432/x"), "postgres://orbit:***@db:5432/x");
  assert.equal(dbLabel("postgresql://u@db/x"), "postgresql://u@db/x");
  assert.equal(dbLabel("/data/orbit.db"), "/data/orbit.db");
});

async function freePort(): Promise<number> {
  const s = createServer().listen(0, "127.0.0.1");
  await new Promise((r) => s.once("listening", r));
  const port = (s.address() as { port: number }).port;
  await new Promise((r) => s.close(r));
  return port;
}

/** Runs `orbit serve` until it says where it serves, then stops it: that first line is what a log keeps. */
async function serveLine(db: string): Promise<string> {
  const child = spawn(process.execPath, [BIN, "serve", "--no-build", "--port", String(await freePort()), "--db", db], {
    cwd,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  try {
    return await new Promise<string>((resolve, reject) => {
      child.stdout.on("data", (d) => {
        out += d;
        const line = out.split("\n").find((l) => l.startsWith("Orbit is serving"));
        if (line) resolve(line);
      });
      child.on("close", (code) => reject(new Error(`orbit serve exited ${code}: ${out}`)));
    });
  } finally {
    child.kill();
  }
}

describeWithPg("orbit start and serve on PostgreSQL", (schemas) => {
  it("print the URL with its password hidden", async () => {
    const url = await schemas.create("label");
    const password = new URL(url).password;
    assert.ok(password, "ORBIT_TEST_PG carries a password");
    const start = await runCli(["start", "--no-serve", "--db", url], { cwd });
    assert.equal(start.code, 0, start.stderr);
    assert.match(start.stdout, /^Orbit: building postgres:\/\/[^:]+:\*\*\*@/m);
    assert.ok(!start.stdout.includes(`:${password}@`), start.stdout.split("\n")[0]);
    const served = await serveLine(url);
    assert.match(served, /^Orbit is serving postgres:\/\/[^:]+:\*\*\*@/);
    assert.ok(!served.includes(`:${password}@`), served);
  });
});
