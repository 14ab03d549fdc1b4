// Store contract, repeated reports: five articles on one day's visa decision are five stored events but one act; the
// monthly counts name the reports beyond an act's first, on both query paths, and keep it right as articles change.
import assert from "node:assert/strict";
import { it } from "node:test";
import type { CodedEvent } from "../domain/index.ts";
import { doc, ev, type OpenStore, withStore } from "./contract-fixtures.ts";
import { migrate } from "./migrations.ts";
import type { SqlDb } from "./sql-db.ts";
import type { DyadMonthRow, EventFilter, ImportedEvent, Store } from "./store.ts";

/** An article of its own (text and fingerprint differ from every other) reporting these events. */
function report(id: string, events: CodedEvent[]) {
  return doc(id, `Report ${id}: ${events.map((e) => e.evidence.text).join(" ")}`, events);
}

async function repeats(s: Store, filter: EventFilter = {}): Promise<string[]> {
  const rows: DyadMonthRow[] = await s.dyadMonthCounts(filter);
  return rows.map((r) => `${r.source}>${r.target} ${r.month} ${r.count} repeats ${r.repeats} ${r.repeatGoldsteinSum}`);
}

/** The monthly rows as a directed series reads them: reports, and those that repeat one direction's act. */
async function directed(s: Store, filter: EventFilter = {}): Promise<string[]> {
  const rows: DyadMonthRow[] = await s.dyadMonthCounts(filter);
  return rows.map(
    (r) => `${r.source}>${r.target} ${r.count} directed repeats ${r.directedRepeats} ${r.directedRepeatGoldsteinSum}`,
  );
}

/** The same filter answered from the events table: a CAMEO root forces that path. */
const fromEvents = { cameo: "0" };

export function runActContract(open: OpenStore): void {
  it("counts later reports of one day's act as repeats, alike from the monthly table and the events", async () =>
    withStore(open, async (s) => {
      await s.saveAnalyzed(report("a1", [ev("RUS", "GEO", "057", "2023-05-10")]));
      await s.saveAnalyzed(
        report("a2", [ev("RUS", "GEO", "057", "2023-05-10"), ev("RUS", "GEO", "057", "2023-05-11")]),
      );
      await s.saveAnalyzed(report("a3", [ev("RUS", "GEO", "057", "2023-05-10T09:00:00Z")]));
      // Another code the same day, and the other direction, are other acts.
      await s.saveAnalyzed(
        report("a4", [ev("RUS", "GEO", "051", "2023-05-10"), ev("GEO", "RUS", "057", "2023-05-10")]),
      );
      const want = ["GEO>RUS 2023-05 1 repeats 0 0", "RUS>GEO 2023-05 5 repeats 2 6"];
      assert.deepEqual(await repeats(s), want);
      assert.deepEqual(await repeats(s, fromEvents), want);
      assert.equal(await s.countEvents({}), 6, "every report stays stored and listed");
    }));

  it("keeps each event known only to the month or year: two acts 'in 2023' may be two acts", async () =>
    withStore(open, async (s) => {
      await s.saveAnalyzed(report("b1", [ev("RUS", "GEO", "057", "2023-05"), ev("RUS", "GEO", "057", "2023")]));
      await s.saveAnalyzed(report("b2", [ev("RUS", "GEO", "057", "2023-05"), ev("RUS", "GEO", "057", "2023")]));
      const want = ["RUS>GEO 2023-01 2 repeats 0 0", "RUS>GEO 2023-05 2 repeats 0 0"];
      assert.deepEqual(await repeats(s), want);
      assert.deepEqual(await repeats(s, fromEvents), want);
    }));

  it("a twin never repeats an act, and a report on its own after a mutual act's twin is counted", async () =>
    withStore(open, async (s) => {
      const signed = "Kazakhstan and the EU signed a deal.";
      const both = [ev("KAZ", "EU", "057", "2025-03-03", signed), ev("EU", "KAZ", "057", "2025-03-03", signed)];
      await s.saveAnalyzed(report("m1", both));
      await s.saveAnalyzed(report("m2", both));
      // EU→KAZ: the second article's report repeats the act; KAZ→EU: both reports are twins, no act of their own.
      const want = ["EU>KAZ 2025-03 2 repeats 1 3", "KAZ>EU 2025-03 2 repeats 2 6"];
      assert.deepEqual(await repeats(s), want);
      assert.deepEqual(await repeats(s, fromEvents), want);
      // KAZ→EU is the twin of each pair (its source sorts after its target): a lone KAZ→EU report is the act's first.
      await s.saveAnalyzed(report("m3", [ev("KAZ", "EU", "057", "2025-03-03")]));
      assert.deepEqual(await repeats(s), ["EU>KAZ 2025-03 2 repeats 1 3", "KAZ>EU 2025-03 3 repeats 2 6"]);
    }));

  it("a directed series counts each direction's act once, a mutual act's second direction included", async () =>
    withStore(open, async (s) => {
      const signed = "Kazakhstan and the EU signed a deal.";
      const both = [ev("KAZ", "EU", "057", "2025-03-03", signed), ev("EU", "KAZ", "057", "2025-03-03", signed)];
      await s.saveAnalyzed(report("d1", both));
      await s.saveAnalyzed(report("d2", both));
      await s.saveAnalyzed(report("d3", [ev("KAZ", "EU", "057", "2025-03-03"), ev("KAZ", "EU", "057", "2025-03")]));
      // Each direction is one act of its own: EU→KAZ 2 reports, KAZ→EU 3 reports of the day's act and one of March.
      const want = ["EU>KAZ 2 directed repeats 1 3", "KAZ>EU 4 directed repeats 2 6"];
      assert.deepEqual(await directed(s), want);
      assert.deepEqual(await directed(s, fromEvents), want);
      // Removing a report (its article now reports something else) gives the act back its count.
      await s.saveAnalyzed(doc("d2", "Georgia asked for talks.", [ev("GEO", "RUS", "036", "2023-05-12")]));
      const after = [
        "EU>KAZ 1 directed repeats 0 0",
        "GEO>RUS 1 directed repeats 0 0",
        "KAZ>EU 3 directed repeats 1 3",
      ];
      assert.deepEqual(await directed(s), after);
      assert.deepEqual(await directed(s, fromEvents), after);
    }));

  it("replacing or re-saving reports keeps the count of acts, in whatever order they come", async () =>
    withStore(open, async (s) => {
      const first = report("c1", [ev("RUS", "GEO", "057", "2023-05-10")]);
      await s.saveAnalyzed(first);
      await s.saveAnalyzed(report("c2", [ev("RUS", "GEO", "057", "2023-05-10")]));
      assert.equal((await s.saveAnalyzed(first)).status, "unchanged");
      assert.deepEqual(await repeats(s), ["RUS>GEO 2023-05 2 repeats 1 3"]);
      // The first report's article changes to another act: the second report is now the act's only one.
      await s.saveAnalyzed(doc("c1", "Georgia protested.", [ev("GEO", "RUS", "112", "2023-05-12")]));
      assert.deepEqual(await repeats(s), ["GEO>RUS 2023-05 1 repeats 0 0", "RUS>GEO 2023-05 1 repeats 0 0"]);
      assert.equal((await s.saveAnalyzed(report("c1", [ev("RUS", "GEO", "057", "2023-05-10")]))).status, "stored");
      assert.deepEqual(await repeats(s), ["RUS>GEO 2023-05 2 repeats 1 3"]);
    }));

  it("an act both imported GDELT rows and Orbit's coding report is one act over both origins", async () =>
    withStore(open, async (s) => {
      const row = (key: string, cameo = "057"): ImportedEvent => ({ ...ev("RUS", "GEO", cameo, "2023-05-10"), key });
      await s.importEvents([row("g1"), row("g2"), row("g3", "051")]);
      await s.saveAnalyzed(
        report("o1", [ev("RUS", "GEO", "057", "2023-05-10"), ev("RUS", "GEO", "112", "2023-05-10")]),
      );
      await s.saveAnalyzed(report("o2", [ev("RUS", "GEO", "057", "2023-05-10")]));
      // 057: four reports, one act; 051 only imported, 112 only coded: acts of their own (quads: cooperation 057 and
      // 051, five reports and two acts; conflict 112).
      const want = ["RUS>GEO 2023-05 1 repeats 0 0", "RUS>GEO 2023-05 5 repeats 3 9"];
      assert.deepEqual(await repeats(s), want);
      assert.deepEqual(await repeats(s, fromEvents), [want[1]]);
      assert.deepEqual(await directed(s), ["RUS>GEO 1 directed repeats 0 0", "RUS>GEO 5 directed repeats 3 9"]);
      // Each origin alone still counts the act it reports.
      assert.deepEqual(await repeats(s, { origin: "gdelt" }), ["RUS>GEO 2023-05 3 repeats 1 3"]);
      assert.deepEqual(await repeats(s, { origin: "orbit" }), [
        "RUS>GEO 2023-05 1 repeats 0 0",
        "RUS>GEO 2023-05 2 repeats 1 3",
      ]);
      assert.deepEqual(await repeats(s, { dyad: { source: "RUS", target: "GEO" } }), want);
    }));

  it("imported rows of one act on one day count once too", async () =>
    withStore(open, async (s) => {
      const row = (key: string): ImportedEvent => ({ ...ev("RUS", "GEO", "057", "2023-05-10"), key });
      await s.importEvents([row("g1"), row("g2")]);
      await s.importEvents([row("g3"), row("g1")]);
      assert.deepEqual(await repeats(s, { origin: "gdelt" }), ["RUS>GEO 2023-05 3 repeats 2 6"]);
    }));
}

/**
 * A database at schema version 5 (no acts) holding three reports of one act and one event known to the month: opened
 * by this version, its monthly counts name the repeats, and a report saved afterwards is a repeat too. `db` must be
 * empty; it is closed here; `open` opens the same database as a Store.
 */
export async function checkActMigration(db: SqlDb, open: OpenStore): Promise<void> {
  await migrate(db, 5);
  const insert = async (article: string, when: string, whenKey: string) =>
    db.run(
      `INSERT INTO events (article_id, origin, source, target, cameo, quad, goldstein, event_when, when_key, evidence,
        ev_start, ev_end, confidence) VALUES (?, 'orbit', 'RUS', 'GEO', '057', 'verbal-cooperation', 3, ?, ?, 'x',
        0, 1, 0.8)`,
      [article, when, whenKey],
    );
  for (const a of ["a", "b", "c"]) await insert(a, "2023-05-10", "2023-05-10");
  await insert("d", "2023-05", "2023-05-01");
  await db.run(
    `INSERT INTO dyad_month (source, target, month, quad, origin, n, gsum)
     VALUES ('RUS', 'GEO', '2023-05', 'verbal-cooperation', 'orbit', 4, 12)`,
  );
  await db.close();
  await withStore(open, async (s) => {
    assert.deepEqual(await repeats(s), ["RUS>GEO 2023-05 4 repeats 2 6"]);
    assert.deepEqual(await directed(s), ["RUS>GEO 4 directed repeats 2 6"]);
    await s.saveAnalyzed(report("e", [ev("RUS", "GEO", "057", "2023-05-10")]));
    assert.deepEqual(await repeats(s), ["RUS>GEO 2023-05 5 repeats 3 9"]);
    assert.deepEqual(await repeats(s, fromEvents), ["RUS>GEO 2023-05 5 repeats 3 9"]);
    assert.deepEqual(await directed(s), ["RUS>GEO 5 directed repeats 3 9"]);
    assert.deepEqual(await directed(s, fromEvents), ["RUS>GEO 5 directed repeats 3 9"]);
  });
}
