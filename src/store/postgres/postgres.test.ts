import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { AppError } from "../../domain/index.ts";
import { runStoreContract } from "../contract.ts";
import { checkActMigration } from "../contract-acts.ts";
import { doc, ev } from "../contract-fixtures.ts";
import { checkTwinMigration } from "../contract-twins.ts";
import { checkUrlMigration } from "../contract-urls.ts";
import { checkVoteMigration } from "../contract-votes.ts";
import { redactUrl } from "../db-label.ts";
import { openStore } from "../index.ts";
import { openPostgresStore } from "./index.ts";
import { PgDb, toPgSql } from "./pg-db.ts";
import { describeWithPg } from "./pg-test-schema.ts";

describe("PostgreSQL helpers", () => {
  it("numbers placeholders and hides passwords", () => {
    assert.equal(toPgSql("a = ? AND (b, c) < (?, ?)"), "a = $1 AND (b, c) < ($2, $3)");
    assert.equal(redactUrl("postgres://orbit:secret@db:5432/x"), "postgres://orbit:***@db:5432/x");
  });
});

describeWithPg("PostgreSQL driver", (schemas) => {
  runStoreContract("postgres", async () => openStore(await schemas.create()));
  // The workers' store prepares its statements: it must behave the same.
  runStoreContract("postgres, prepared statements", async () =>
    openPostgresStore(await schemas.create("prep"), { prepare: true }),
  );

  it("unreachable server → STORE_FAILED naming the URL without its password", async () => {
    await assert.rejects(openStore("postgres://orbit:secret@127.0.0.1:1/none"), (e: unknown) => {
      assert.ok(e instanceof AppError && e.code === "STORE_FAILED");
      assert.match(e.message, /127\.0\.0\.1:1/);
      assert.doesNotMatch(e.message, /secret/);
      return true;
    });
  });

  it("prepares statements with parameters once per connection only when asked", async () => {
    const url = await schemas.create("prepared");
    for (const prepare of [true, false]) {
      const db = new PgDb(url, { prepare, max: 1 });
      const names = await db.tx(async (conn) => {
        for (let i = 0; i < 2; i++) await conn.all("SELECT CAST(? AS INTEGER) + 1 AS n", [i]);
        await conn.all("SELECT 1");
        return (await conn.all("SELECT statement FROM pg_prepared_statements")).map((r) => r.statement);
      });
      await db.close();
      assert.deepEqual(names, prepare ? ["SELECT CAST($1 AS INTEGER) + 1 AS n"] : []);
    }
  });

  it("keeps one-row-per-vote data when upgrading a version-1 database", async () => {
    const url = await schemas.create("v1");
    await checkVoteMigration(new PgDb(url), () => openStore(url));
  });

  it("names the twins of mutual acts stored before version 4", async () => {
    const url = await schemas.create("v3");
    await checkTwinMigration(new PgDb(url), () => openStore(url));
  });

  it("gives events stored before version 5 their article's URL", async () => {
    const url = await schemas.create("v4");
    await checkUrlMigration(new PgDb(url), () => openStore(url));
  });

  it("counts repeated reports of one act in stores made before version 6", async () => {
    const url = await schemas.create("v5");
    await checkActMigration(new PgDb(url), () => openStore(url));
  });

  it("concurrent saves of one document from several connections store it once", async () => {
    const url = await schemas.create("race");
    const stores = await Promise.all([openStore(url), openStore(url), openStore(url)]);
    const d = doc("same", "Same text.", [ev("RUS", "UKR", "190", "2024-01")]);
    const copy = doc("other", "Same text.", [ev("RUS", "UKR", "190", "2024-01")]);
    const results = await Promise.all([...stores.map((s) => s.saveAnalyzed(d)), stores[0]!.saveAnalyzed(copy)]);
    assert.equal(results.filter((r) => r.status === "stored").length, 1);
    assert.deepEqual(await stores[1]!.stats(), { articles: 2, events: 1, failures: 0, votes: 0 });
    assert.equal((await stores[2]!.dyadMonthCounts({}))[0]?.count, 1);
    await Promise.all(stores.map((s) => s.close()));
  });

  it("concurrent saves of several reports of one act from several connections count one act", async () => {
    const url = await schemas.create("acts_race");
    const stores = await Promise.all([openStore(url), openStore(url), openStore(url)]);
    const report = (id: string) =>
      doc(id, `Report ${id} of the visa decision.`, [ev("RUS", "GEO", "057", "2023-05-10")]);
    await Promise.all(stores.map((s, i) => s.saveAnalyzed(report(`r${i}`))));
    const [row] = await stores[0]!.dyadMonthCounts({});
    assert.deepEqual([row?.count, row?.repeats], [3, 2]);
    await Promise.all(stores.map((s) => s.close()));
  });
});
