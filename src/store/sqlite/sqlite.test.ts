import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import Database from "better-sqlite3";
import { AppError } from "../../domain/index.ts";
import { runStoreContract } from "../contract.ts";
import { checkActMigration } from "../contract-acts.ts";
import { doc, ev } from "../contract-fixtures.ts";
import { checkTwinMigration } from "../contract-twins.ts";
import { checkUrlMigration } from "../contract-urls.ts";
import { checkVoteMigration } from "../contract-votes.ts";
import { openStore } from "../index.ts";
import { MIGRATIONS } from "../migrations.ts";
import { SqliteDb } from "./sqlite-db.ts";

runStoreContract("sqlite :memory:", () => openStore(":memory:"));

describe("SQLite driver files", () => {
  const dir = mkdtempSync(join(tmpdir(), "orbit-sqlite-"));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("keeps data in a WAL file across reopen, migrating once", async () => {
    const file = join(dir, "keep.db");
    const s1 = await openStore(file);
    await s1.saveAnalyzed(doc("a", "Text.", [ev("RUS", "UKR", "190", "2024-01")]));
    await s1.close();
    const s2 = await openStore(file);
    assert.equal((await s2.stats()).events, 1);
    await s2.close();
    const raw = new Database(file, { readonly: true });
    assert.equal(raw.pragma("journal_mode", { simple: true }), "wal");
    assert.deepEqual(
      raw.prepare("SELECT version FROM orbit_migrations ORDER BY version").all(),
      MIGRATIONS.map((m) => ({ version: m.version })),
    );
    raw.close();
  });

  it("bounds its page cache to 16 MB, so a long stream's memory stays flat as the file grows", async () => {
    const db = SqliteDb.open(join(dir, "cache.db"));
    try {
      // Negative cache_size is in KiB.
      assert.deepEqual(await db.all("PRAGMA cache_size"), [{ cache_size: -16384 }]);
    } finally {
      await db.close();
    }
  });

  it("keeps one-row-per-vote data when upgrading a version-1 database", async () => {
    const file = join(dir, "v1.db");
    await checkVoteMigration(SqliteDb.open(file), () => openStore(file));
  });

  it("names the twins of mutual acts stored before version 4", async () => {
    const file = join(dir, "v3.db");
    await checkTwinMigration(SqliteDb.open(file), () => openStore(file));
  });

  it("gives events stored before version 5 their article's URL", async () => {
    const file = join(dir, "v4.db");
    await checkUrlMigration(SqliteDb.open(file), () => openStore(file));
  });

  it("counts repeated reports of one act in stores made before version 6", async () => {
    const file = join(dir, "v5.db");
    await checkActMigration(SqliteDb.open(file), () => openStore(file));
  });

  it("refuses a file that is not a SQLite database, naming it, and leaves it untouched", async () => {
    const file = join(dir, "notes.db");
    writeFileSync(file, "these are my notes, not a database\n".repeat(200));
    await assert.rejects(openStore(file), (e: unknown) => {
      assert.ok(e instanceof AppError);
      assert.equal(e.code, "STORE_FAILED");
      assert.match(e.message, /notes\.db/);
      return true;
    });
  });

  it("reports a database locked by another writer as STORE_FAILED instead of losing the write", async () => {
    const file = join(dir, "locked.db");
    const s = await openStore(file, { busyTimeoutMs: 100 });
    const other = new Database(file);
    other.exec("BEGIN IMMEDIATE");
    try {
      await assert.rejects(s.saveAnalyzed(doc("a", "Text.", [])), (e: unknown) => {
        assert.ok(e instanceof AppError && e.code === "STORE_FAILED");
        assert.match(e.message, /locked/);
        assert.match(e.message, /locked\.db/);
        return true;
      });
    } finally {
      other.exec("ROLLBACK");
      other.close();
    }
    assert.equal((await s.saveAnalyzed(doc("a", "Text.", []))).status, "stored");
    await s.close();
  });
});
