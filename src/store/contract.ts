// The Store contract: every driver's test calls runStoreContract(name, open) and must pass all of it.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { AppError } from "../domain/index.ts";
import { runActContract } from "./contract-acts.ts";
import { doc, ev, flipBits, type OpenStore, withStore } from "./contract-fixtures.ts";
import { runQueryContract } from "./contract-queries.ts";
import { runTwinContract } from "./contract-twins.ts";
import { runUrlContract } from "./contract-urls.ts";
import { runVoteContract } from "./contract-votes.ts";
import type { EventFilter, Store } from "./store.ts";

export type { OpenStore };

async function all(s: Store, filter: EventFilter = {}) {
  return (await s.queryEvents(filter, { limit: 1000 })).rows;
}

export function runStoreContract(name: string, open: OpenStore): void {
  describe(`Store contract: ${name}`, () => {
    runSaveContract(open);
    runQueryContract(open);
    runVoteContract(open);
    runTwinContract(open);
    runActContract(open);
    runUrlContract(open);
  });
}

function runSaveContract(open: OpenStore): void {
  const a1 = doc("a1", "Russia shelled Kharkiv on Monday. The EU condemned it.", [
    ev("RUS", "UKR", "190", "2024-12-02", "Russia shelled Kharkiv on Monday."),
    ev("EU", "RUS", "111", "2024-12", "The EU condemned it."),
  ]);

  it("saves an article with its events and reads them back", async () =>
    withStore(open, async (s) => {
      const r = await s.saveAnalyzed(a1);
      assert.deepEqual(r, { articleId: "a1", status: "stored", events: 2 });
      const a = await s.getArticle("a1");
      assert.equal(a?.text, a1.article.text);
      assert.equal(a?.title, a1.article.title);
      assert.equal(a?.published, "2024-06-01");
      assert.equal(a?.eventCount, 2);
      assert.equal(a?.duplicateOf, undefined);
      assert.ok(a?.storedAt);
      const events = await all(s, { articleId: "a1" });
      assert.deepEqual(events.map((e) => [e.source, e.target, e.cameo, e.when, e.origin]).sort(), [
        ["EU", "RUS", "111", "2024-12", "orbit"],
        ["RUS", "UKR", "190", "2024-12-02", "orbit"],
      ]);
      const shelled = events.find((e) => e.cameo === "190");
      assert.deepEqual(shelled?.evidence, { text: "Russia shelled Kharkiv on Monday.", start: 0, end: 33 });
      assert.equal(await s.getArticle("nope"), undefined);
    }));

  it("keeps fields it has no column for (actor roles, attribution, trigger)", async () =>
    withStore(open, async (s) => {
      const e = { ...ev("AZE", "RUS", "036", "2025-01"), attribution: "TASS", trigger: "wants to meet" };
      e.sourceActor = { code: "AZE", role: "government", person: "Ilham Aliyev" };
      await s.saveAnalyzed(doc("x", "Baku wants to meet Moscow.", [e], { title: "T" }));
      const [got] = await all(s);
      assert.equal(got?.attribution, "TASS");
      assert.equal(got?.trigger, "wants to meet");
      assert.deepEqual(got?.sourceActor, { code: "AZE", role: "government", person: "Ilham Aliyev" });
    }));

  it("re-saving the same document changes nothing", async () =>
    withStore(open, async (s) => {
      await s.saveAnalyzed(a1);
      const before = await all(s);
      const again = await s.saveAnalyzed(structuredClone(a1));
      assert.deepEqual(again, { articleId: "a1", status: "unchanged", events: 2, duplicateOf: undefined });
      assert.deepEqual(await all(s), before);
      assert.deepEqual(await s.stats(), { articles: 1, events: 2, failures: 0, votes: 0 });
      assert.equal((await s.dyadMonthCounts({}))[0]?.count, 1);
    }));

  it("the same id with new content replaces article and events together", async () =>
    withStore(open, async (s) => {
      await s.saveAnalyzed(a1);
      const a2 = doc("a1", "Russia and Ukraine agreed to talks.", [ev("RUS", "UKR", "036", "2025-02-10")]);
      assert.equal((await s.saveAnalyzed(a2)).status, "stored");
      assert.equal((await s.getArticle("a1"))?.text, a2.article.text);
      assert.deepEqual(
        (await all(s)).map((e) => e.cameo),
        ["036"],
      );
      assert.deepEqual(
        (await s.dyadMonthCounts({})).map((r) => [r.source, r.target, r.month, r.count]),
        [["RUS", "UKR", "2025-02", 1]],
      );
    }));

  it("a save that fails half-way stores nothing of it (one transaction)", async () =>
    withStore(open, async (s) => {
      await s.saveAnalyzed(a1);
      const broken = doc("a1", "New text.", [ev("RUS", "UKR", "190", "2025-03"), ev("RUS", "UKR", "190", "2025-03")]);
      // A NOT NULL column left empty on the second event fails after the article row was already written.
      (broken.events[1] as { goldstein?: number }).goldstein = undefined;
      await assert.rejects(s.saveAnalyzed(broken), (e: unknown) => e instanceof AppError);
      assert.equal((await s.getArticle("a1"))?.text, a1.article.text);
      assert.equal((await all(s)).length, 2);
      assert.deepEqual((await s.dyadMonthCounts({})).map((r) => r.month).sort(), ["2024-12", "2024-12"]);
    }));

  it("an exact duplicate (same content hash, other id) is linked and its events are counted once", async () =>
    withStore(open, async (s) => {
      await s.saveAnalyzed(a1);
      const copy = doc("copy", a1.article.text, a1.events, { title: "Reprint" });
      const r = await s.saveAnalyzed(copy);
      assert.deepEqual(r, { articleId: "copy", status: "duplicate", events: 2, duplicateOf: "a1" });
      assert.equal((await s.getArticle("copy"))?.duplicateOf, "a1");
      assert.equal((await all(s)).length, 2);
      assert.equal((await all(s, { includeDuplicates: true })).length, 4);
      assert.equal((await all(s, { articleId: "copy" })).length, 2);
      assert.equal((await s.dyadMonthCounts({ dyad: { source: "RUS", target: "UKR" } }))[0]?.count, 1);
      assert.equal((await s.stats()).events, 2);
      assert.equal((await s.stats()).articles, 2);
    }));

  it("a near duplicate (fingerprint ≤ 3 bits away) is linked; 4 bits away is not", async () =>
    withStore(open, async (s) => {
      const fp = "8f3a5c7e9b1d2f40";
      await s.saveAnalyzed(
        doc("orig", "Original story text.", [ev("TUR", "AZE", "057", "2024-05")], { fingerprint: fp }),
      );
      const near = doc("near", "Original story text, lightly edited.", [ev("TUR", "AZE", "057", "2024-05")], {
        fingerprint: flipBits(fp, [1, 20, 40]),
      });
      const far = doc("far", "Another story entirely.", [ev("TUR", "AZE", "057", "2024-05")], {
        fingerprint: flipBits(fp, [2, 21, 41, 60]),
      });
      assert.deepEqual(await s.saveAnalyzed(near), {
        articleId: "near",
        status: "duplicate",
        events: 1,
        duplicateOf: "orig",
      });
      assert.equal((await s.saveAnalyzed(far)).status, "stored");
      assert.equal((await s.dyadMonthCounts({}))[0]?.count, 2);
    }));

  it("records failures, replaces a repeated one, and clears it once the document is stored", async () =>
    withStore(open, async (s) => {
      const f = {
        documentId: "a1",
        origin: "in.jsonl:3",
        stage: "extract",
        code: "BAD_INPUT",
        message: "empty",
        at: "2025-01-01T00:00:00Z",
      };
      await s.recordFailure(f);
      await s.recordFailure({ ...f, message: "still empty", at: "2025-01-02T00:00:00Z" });
      await s.recordFailure({ ...f, documentId: "b", origin: undefined, at: "2025-01-03T00:00:00Z" });
      const listed = await s.listFailures(10);
      assert.deepEqual(
        listed.map((x) => [x.documentId, x.message]),
        [
          ["b", "empty"],
          ["a1", "still empty"],
        ],
      );
      assert.equal(listed[1]?.origin, "in.jsonl:3");
      assert.equal((await s.stats()).failures, 2);
      await s.saveAnalyzed(a1);
      assert.deepEqual(
        (await s.listFailures(10)).map((x) => x.documentId),
        ["b"],
      );
    }));

  it("finds related articles by shared actors and event types, leaving out duplicates", async () =>
    withStore(open, async (s) => {
      await s.saveAnalyzed(doc("a", "A text.", [ev("RUS", "UKR", "190", "2024-01")]));
      await s.saveAnalyzed(
        doc("b", "B text.", [ev("RUS", "UKR", "190", "2024-02"), ev("UKR", "EU", "042", "2024-02")]),
      );
      await s.saveAnalyzed(doc("c", "C text.", [ev("RUS", "KAZ", "042", "2024-02")]));
      await s.saveAnalyzed(doc("d", "D text.", [ev("FRA", "DEU", "042", "2024-02")]));
      await s.saveAnalyzed(doc("b2", "B text.", [ev("RUS", "UKR", "190", "2024-02")]));
      const related = await s.relatedArticles("a", 10);
      assert.deepEqual(
        related.map((r) => r.id),
        ["b", "c"],
      );
      assert.deepEqual(await s.relatedArticles("missing", 10), []);
    }));
}
