// `orbit worker` as a user runs it: its options are checked, and with several analysis threads it drains the queue.
import assert from "node:assert/strict";
import { it } from "node:test";
import { runCli } from "../../test/run-cli.ts";
import { enqueue } from "../store/index.ts";
import { describeWithPg } from "../store/postgres/pg-test-schema.ts";

const DOCS = Array.from({ length: 6 }, (_, i) => ({
  id: `t${i}`,
  text: `Report ${i}. Russia condemned the sanctions imposed by the European Union on bulletin ${i * 31}.`,
  published: "2025-03-01",
}));

it("orbit worker refuses a thread count that is not a positive number", async () => {
  const r = await runCli(["worker", "--db", "postgres://x@127.0.0.1:1/none", "--threads", "0"]);
  assert.notEqual(r.code, 0);
  assert.match(r.stderr, /--threads must be a positive number/);
});

describeWithPg("orbit worker --threads", (schemas) => {
  it("analyses on two threads and stores every queued document", { timeout: 60_000 }, async () => {
    const url = await schemas.create("cliw");
    await enqueue(url, DOCS);
    const r = await runCli(["worker", "--db", url, "--threads", "2", "--exit-when-empty", "--id", "t"]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /jobs: 6 {2}stored: 6 {2}failed: 0/);
  });
});
