// Crash safety on SQLite: `orbit ingest` killed with SIGKILL in the middle of a 5,000-document batch and restarted
// stores every document exactly once with all its events; corrupt and locked database files fail loudly (exit 3,
// STORE_FAILED naming the file) and are left byte for byte as they were.
import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import Database from "better-sqlite3";
import type { RawDocument } from "../src/domain/index.ts";
import { analyzeDocument, loadAnalyzer } from "../src/pipeline/index.ts";
import { REPO, runCli } from "./run-cli.ts";

const BIN = join(REPO, "bin/orbit.js");
const N = 5000;

const STATES = [
  "Russia",
  "Azerbaijan",
  "Armenia",
  "Kazakhstan",
  "Georgia",
  "Turkey",
  "China",
  "Ukraine",
  "France",
  "Germany",
  "Iran",
  "Uzbekistan",
  "Belarus",
  "Moldova",
  "the United States",
  "the European Union",
];
const ACTIONS = [
  "condemned",
  "signed a trade agreement with",
  "accused",
  "praised",
  "sent humanitarian aid to",
  "expelled diplomats from",
  "met officials from",
  "imposed sanctions on",
  "called for talks with",
  "criticised",
];
const TAILS = [
  "on Monday, officials said.",
  "in a statement on Tuesday.",
  "last week, according to the ministry.",
  "after talks in the capital.",
  "amid a dispute over energy prices.",
  "the foreign ministry said on Friday.",
];
const ID_SHAPES = [
  (i: number) => `doc-${i}`,
  (i: number) => `https://news.example.org/${2020 + (i % 6)}/${(i % 12) + 1}/story-${i}`,
  (i: number) => `feed:item/${i.toString(36)}`,
  (i: number) => `статья-${i}`,
  (i: number) => `report ${i} (copy)`,
];

/** Short, realistic, distinct documents: two or three sentences about states, varied ids and dates. */
function documents(n: number): RawDocument[] {
  return Array.from({ length: n }, (_, i) => {
    const sentence = (k: number) => {
      const a = STATES[(i * 7 + k * 3) % STATES.length]!;
      let b = STATES[(i * 11 + k * 5 + 1) % STATES.length]!;
      if (b === a) b = STATES[(i + k + 2) % STATES.length]!;
      const verb = ACTIONS[(i * 13 + k) % ACTIONS.length]!;
      const tail = TAILS[(i + k * 7) % TAILS.length]!;
      return `${a.charAt(0).toUpperCase()}${a.slice(1)} ${verb} ${b} ${tail}`;
    };
    const count = 2 + (i % 2);
    const text = `Bulletin ${i} of the regional desk. ${Array.from({ length: count }, (_, k) => sentence(k)).join(" ")}`;
    return {
      id: ID_SHAPES[i % ID_SHAPES.length]!(i),
      text,
      published: `2025-${String((i % 12) + 1).padStart(2, "0")}-15`,
    };
  });
}

const sha1 = (file: string) => createHash("sha1").update(readFileSync(file)).digest("hex");
const exited = (p: ChildProcess) =>
  new Promise<number | null>((resolve) =>
    p.exitCode !== null ? resolve(p.exitCode) : p.once("exit", (code) => resolve(code)),
  );

function ingest(batch: string, db: string): ChildProcess {
  return spawn(process.execPath, [BIN, "ingest", batch, "--db", db, "--workers", "2", "--no-progress", "--json"], {
    cwd: REPO,
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** Articles stored so far, read through a separate read-only connection (0 while the file or table is not there). */
function storedCount(db: string): number {
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (conn.prepare("SELECT count(*) AS n FROM articles").get() as { n: number }).n;
    } finally {
      conn.close();
    }
  } catch {
    return 0;
  }
}

describe("crash safety (SQLite)", () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "orbit-crash-"));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test(`SIGKILL in the middle of a ${N}-document ingest, then a restart: every document once, with all its events`, {
    timeout: 300_000,
  }, async (t) => {
    const docs = documents(N);
    const batch = join(dir, "batch.jsonl");
    const db = join(dir, "crash.db");
    writeFileSync(batch, `${docs.map((d) => JSON.stringify(d)).join("\n")}\n`);

    const first = ingest(batch, db);
    let stderr = "";
    first.stderr!.on("data", (d) => (stderr += d));
    let atKill = 0;
    const deadline = Date.now() + 150_000;
    while (first.exitCode === null && Date.now() < deadline) {
      atKill = storedCount(db);
      if (atKill >= 300) break;
      await sleep(100);
    }
    assert.equal(first.exitCode, null, `ingest ended before it could be killed: ${stderr}`);
    first.kill("SIGKILL");
    assert.equal(await exited(first), null);
    const afterKill = storedCount(db);
    t.diagnostic(`killed with ${afterKill} of ${N} documents stored`);
    assert.ok(afterKill > 0 && afterKill < N, `not killed mid-batch: ${afterKill} stored`);
    const check = new Database(db, { readonly: true });
    assert.equal(check.pragma("integrity_check", { simple: true }), "ok");
    check.close();

    // The restart and the direct analysis run side by side: two cores, two jobs.
    const second = ingest(batch, db);
    let out = "";
    let err2 = "";
    second.stdout!.on("data", (d) => (out += d));
    second.stderr!.on("data", (d) => (err2 += d));
    const expected = new Map<string, string[]>();
    await loadAnalyzer();
    for (let i = 0; i < docs.length; i++) {
      const a = analyzeDocument(docs[i]!);
      expected.set(a.id, a.events.map((e) => `${e.source}>${e.target} ${e.cameo} ${e.when ?? ""}`).sort());
      if (i % 200 === 0) await sleep(0); // let the child's output be read
    }
    assert.equal(await exited(second), 0, err2);
    const summary = JSON.parse(out) as { documents: number; stored: number; unchanged: number; duplicates: number };
    t.diagnostic(`restart: ${JSON.stringify(summary)}`);
    assert.equal(summary.documents, N);
    assert.equal(summary.unchanged, afterKill, "documents stored before the kill are whole and not redone");

    const conn = new Database(db, { readonly: true });
    try {
      const articles = conn.prepare("SELECT id, event_count FROM articles").all() as {
        id: string;
        event_count: number;
      }[];
      assert.equal(articles.length, N, "every document stored exactly once");
      assert.deepEqual(new Set(articles.map((a) => a.id)), new Set(expected.keys()));
      const rows = conn
        .prepare("SELECT article_id, source, target, cameo, event_when FROM events WHERE origin = 'orbit'")
        .all() as { article_id: string; source: string; target: string; cameo: string; event_when: string | null }[];
      const stored = new Map<string, string[]>();
      for (const r of rows)
        stored.set(r.article_id, [
          ...(stored.get(r.article_id) ?? []),
          `${r.source}>${r.target} ${r.cameo} ${r.event_when ?? ""}`,
        ]);
      let events = 0;
      for (const [id, want] of expected) {
        events += want.length;
        assert.deepEqual((stored.get(id) ?? []).sort(), want, `events of ${id}`);
      }
      assert.equal(rows.length, events, "no event stored twice");
      assert.ok(events > N, `a realistic batch has events (${events})`);
      for (const a of articles) assert.equal(a.event_count, expected.get(a.id)!.length);
      // The per-month dyad counts are written in the same transaction as the events: they must still agree.
      const counted = conn.prepare("SELECT coalesce(sum(n), 0) AS n FROM dyad_month WHERE origin = 'orbit'").get() as {
        n: number;
      };
      const live = conn.prepare("SELECT count(*) AS n FROM events WHERE origin = 'orbit' AND dup = 0").get() as {
        n: number;
      };
      assert.equal(counted.n, live.n, "dyad_month agrees with the events");
      t.diagnostic(`${N} documents, ${events} events, all present once`);
    } finally {
      conn.close();
    }
  });

  const small = () => {
    const file = join(dir, "small.jsonl");
    writeFileSync(
      file,
      `${documents(3)
        .map((d) => JSON.stringify(d))
        .join("\n")}\n`,
    );
    return file;
  };

  test("a file of random bytes is refused: exit 3, STORE_FAILED-style message naming it, file untouched", async () => {
    const db = join(dir, "random.db");
    const bytes = Buffer.alloc(64 * 1024);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 2654435761) >>> 24;
    writeFileSync(db, bytes);
    const before = sha1(db);
    const r = await runCli(["ingest", small(), "--db", db, "--workers", "1", "--no-progress"]);
    assert.equal(r.code, 3, r.stderr);
    assert.match(r.stderr, /random\.db/);
    assert.match(r.stderr, /not a valid Orbit\/SQLite database|corrupt/);
    assert.equal(sha1(db), before);
  });

  test("a truncated real database is refused the same way and not overwritten", async () => {
    const good = join(dir, "good.db");
    const built = await runCli(["ingest", small(), "--db", good, "--workers", "1", "--no-progress"]);
    assert.equal(built.code, 0, built.stderr);
    const conn = new Database(good);
    conn.pragma("wal_checkpoint(TRUNCATE)");
    conn.close();
    const db = join(dir, "truncated.db");
    const full = readFileSync(good);
    writeFileSync(db, full.subarray(0, Math.floor(full.length / 2)));
    const before = sha1(db);
    const size = statSync(db).size;
    const r = await runCli(["ingest", small(), "--db", db, "--workers", "1", "--no-progress"]);
    assert.equal(r.code, 3, r.stderr);
    assert.match(r.stderr, /truncated\.db/);
    assert.match(r.stderr, /corrupt|malformed|not a valid/);
    assert.equal(sha1(db), before);
    assert.equal(statSync(db).size, size);
  });

  test("a database another process holds an exclusive lock on: exit 3 with 'locked' and the file name, no write", async () => {
    const db = join(dir, "locked.db");
    const built = await runCli(["ingest", small(), "--db", db, "--workers", "1", "--no-progress"]);
    assert.equal(built.code, 0, built.stderr);
    const holder = spawn(
      process.execPath,
      [
        "-e",
        `const D = require("better-sqlite3"); const d = new D(${JSON.stringify(db)});
         d.pragma("locking_mode = EXCLUSIVE"); d.exec("BEGIN EXCLUSIVE"); process.stdout.write("locked\\n");
         setInterval(() => {}, 1000);`,
      ],
      { cwd: REPO, stdio: ["ignore", "pipe", "inherit"] },
    );
    try {
      await new Promise<void>((resolve, reject) => {
        holder.stdout!.once("data", () => resolve());
        holder.once("exit", (code) => reject(new Error(`lock holder exited ${code}`)));
      });
      const before = sha1(db);
      const other = join(dir, "other.jsonl");
      writeFileSync(other, `${JSON.stringify({ id: "new-doc", text: "Georgia criticised Russia on Monday." })}\n`);
      const r = await runCli(["ingest", other, "--db", db, "--workers", "1", "--no-progress"]);
      assert.equal(r.code, 3, r.stderr);
      assert.match(r.stderr, /locked/);
      assert.match(r.stderr, /locked\.db/);
      assert.equal(sha1(db), before);
    } finally {
      holder.kill("SIGKILL");
      await exited(holder);
    }
    assert.equal(storedCount(db), 3, "the lock holder's death loses nothing that was stored");
  });
});
