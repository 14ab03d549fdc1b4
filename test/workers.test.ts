// Three `orbit worker` processes share a PostgreSQL queue; one is killed with SIGKILL mid-run. Every document must
// end up stored exactly once, whole (article with all its events), and the dead worker's jobs retried by the others.
import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { after, it } from "node:test";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { enqueue } from "../src/store/index.ts";
import { describeWithPg } from "../src/store/postgres/pg-test-schema.ts";

const BIN = fileURLToPath(new URL("../bin/orbit.js", import.meta.url));
const REPO = fileURLToPath(new URL("..", import.meta.url));

const SENTENCES = [
  "Russia condemned the new sanctions imposed by the European Union.",
  "Kazakhstan signed an energy agreement with China in Astana.",
  "Turkey sent military aid to Azerbaijan, officials said.",
  "Ukraine accused Russia of shelling civilian areas near Kharkiv.",
  "The United States praised Armenia for the peace talks.",
  "France and Germany met to discuss support for Ukraine.",
];

/** Distinct documents (no two share a hash), each a few plain news sentences. */
function documents(n: number) {
  return Array.from({ length: n }, (_, i) => ({
    id: `w${i}`,
    text: `Report number ${i}. ${SENTENCES[i % 6]} ${SENTENCES[(i * 5 + 1) % 6]} Officials in bulletin ${i * 7919} gave details.`,
    published: `2025-0${1 + (i % 9)}-1${i % 10}`,
    origin: `workers-test:${i}`,
  }));
}

function worker(url: string, id: string): ChildProcess {
  return spawn(
    process.execPath,
    [BIN, "worker", "--db", url, "--id", id, "--lease", "2", "--batch", "4", "--exit-when-empty"],
    { cwd: REPO, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ORBIT_WORKERS: "1" } },
  );
}

const exited = (p: ChildProcess) =>
  new Promise<number | null>((resolve) => (p.exitCode !== null ? resolve(p.exitCode) : p.once("exit", resolve)));

describeWithPg("workers on PostgreSQL", (schemas) => {
  let admin: pg.Client;
  after(async () => {
    await admin?.end();
  });

  it("3 workers, one killed mid-run: every document stored exactly once", { timeout: 120_000 }, async () => {
    const url = await schemas.create("workers");
    admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const docs = documents(240);
    assert.deepEqual(await enqueue(url, docs), { queued: 240, skipped: 0 });
    assert.deepEqual(
      await enqueue(url, docs.slice(0, 10)),
      { queued: 0, skipped: 10 },
      "waiting ids are not queued twice",
    );
    const q = (sql: string, params: unknown[] = []) => admin.query(sql, params);

    const procs = [worker(url, "w1"), worker(url, "w2"), worker(url, "w3")];
    const stderr: string[] = ["", "", ""];
    procs.forEach((p, i) => {
      p.stderr?.on("data", (d) => {
        stderr[i] += d;
      });
    });
    // Kill w1 the moment it holds leased jobs, so some documents are mid-flight in a dead process.
    let held: string[] = [];
    const deadline = Date.now() + 60_000;
    while (!held.length && Date.now() < deadline) {
      const r = await q("SELECT id FROM orbit_jobs WHERE locked_by = 'w1' AND status = 'running'");
      if (r.rows.length) {
        procs[0]!.kill("SIGKILL");
        await exited(procs[0]!);
        held = (await q("SELECT id FROM orbit_jobs WHERE locked_by = 'w1' AND status = 'running'")).rows.map((x) =>
          String(x.id),
        );
      } else await new Promise((r) => setTimeout(r, 20));
    }
    assert.ok(held.length > 0, `w1 never held a job or finished before the kill: ${stderr[0]}`);
    assert.equal(await exited(procs[1]!), 0, stderr[1]);
    assert.equal(await exited(procs[2]!), 0, stderr[2]);

    const jobs = (await q("SELECT status, COUNT(*)::int AS n FROM orbit_jobs GROUP BY status")).rows;
    assert.deepEqual(jobs, [{ status: "done", n: 240 }], "no job left running, failed or duplicated");
    const retried = await q("SELECT id, locked_by, attempts FROM orbit_jobs WHERE id = ANY($1::bigint[])", [held]);
    for (const r of retried.rows) {
      assert.notEqual(r.locked_by, "w1", "the killed worker's job was finished by another worker");
      assert.ok(r.attempts >= 2);
    }
    const articles = await q("SELECT id, event_count FROM articles ORDER BY id");
    assert.deepEqual(articles.rows.map((r) => r.id).sort(), docs.map((d) => d.id).sort(), "each document stored once");
    const events = await q("SELECT article_id, COUNT(*)::int AS n FROM events GROUP BY article_id");
    const byArticle = new Map(events.rows.map((r) => [r.article_id, r.n]));
    for (const a of articles.rows) assert.equal(byArticle.get(a.id) ?? 0, a.event_count, `article ${a.id} whole`);
    assert.ok(events.rows.length > 100, "the pipeline coded events for most documents");
  });
});
