// Store contract, mutual acts: "Kazakhstan and the EU signed a deal" is stored as KAZ→EU and EU→KAZ from one sentence;
// the monthly counts say which of them is the twin, on both query paths, and keep it right as articles change.
import assert from "node:assert/strict";
import { it } from "node:test";
import type { CodedEvent } from "../domain/index.ts";
import { doc, ev, type OpenStore, withStore } from "./contract-fixtures.ts";
import { migrate } from "./migrations.ts";
import type { SqlDb } from "./sql-db.ts";
import type { DyadMonthRow, EventFilter, Store } from "./store.ts";

const SIGNED = "Kazakhstan and the EU signed an energy deal on Monday.";
const CRITICISED = "Russia criticised Kazakhstan.";

/** An event on one span of the article's text, as the coder gives it. */
function at(e: CodedEvent, text: string, sentence: string): CodedEvent {
  const start = text.indexOf(sentence);
  return { ...e, evidence: { text: sentence, start, end: start + sentence.length } };
}

function mutualDoc(id: string) {
  const text = `${SIGNED} ${CRITICISED}`;
  return doc(id, text, [
    at(ev("KAZ", "EU", "057", "2025-03-03"), text, SIGNED),
    at(ev("EU", "KAZ", "057", "2025-03-03"), text, SIGNED),
    at(ev("RUS", "KAZ", "112", "2025-03-04"), text, CRITICISED),
    // The same code between the same parties in another sentence is another act, not a twin.
    at(ev("KAZ", "RUS", "112", "2025-03-04"), text, SIGNED.slice(0, 20)),
  ]);
}

async function twins(s: Store, filter: EventFilter): Promise<string[]> {
  const rows: DyadMonthRow[] = await s.dyadMonthCounts(filter);
  // A twin is one of the reports that are no act of their own (repeats).
  return rows.map((r) => `${r.source}>${r.target} ${r.count} twins ${r.repeats} ${r.repeatGoldsteinSum}`);
}

export function runTwinContract(open: OpenStore): void {
  it("counts the second direction of a mutual act as its twin, alike from the monthly table and the events", async () =>
    withStore(open, async (s) => {
      await s.saveAnalyzed(mutualDoc("m1"));
      const want = ["EU>KAZ 1 twins 0 0", "KAZ>EU 1 twins 1 3", "KAZ>RUS 1 twins 0 0", "RUS>KAZ 1 twins 0 0"];
      assert.deepEqual(await twins(s, {}), want);
      // An article filter is answered from the events table.
      assert.deepEqual(await twins(s, { articleId: "m1" }), want);
      assert.deepEqual(await twins(s, { includeDuplicates: true }), want);
    }));

  it("a duplicate's twins are not counted, and replacing the article takes its twins away", async () =>
    withStore(open, async (s) => {
      await s.saveAnalyzed(mutualDoc("m1"));
      assert.equal((await s.saveAnalyzed(mutualDoc("m2"))).status, "duplicate");
      assert.deepEqual(
        (await twins(s, {})).filter((r) => r.startsWith("KAZ>EU")),
        ["KAZ>EU 1 twins 1 3"],
      );
      const text = "Kazakhstan praised the EU.";
      await s.saveAnalyzed(doc("m1", text, [at(ev("KAZ", "EU", "051", "2025-03-03"), text, text)]));
      assert.deepEqual(await twins(s, {}), ["KAZ>EU 1 twins 0 0"]);
    }));
}

/**
 * A database at schema version 3 (no twin columns) with a mutual act stored: opened by this version, its monthly counts
 * name the twin. `db` must be empty; it is closed here; `open` opens the same database as a Store.
 */
export async function checkTwinMigration(db: SqlDb, open: OpenStore): Promise<void> {
  await migrate(db, 3);
  const insert = async (source: string, target: string, start: number) => {
    await db.run(
      `INSERT INTO events (article_id, origin, source, target, cameo, quad, goldstein, event_when, when_key, evidence,
        ev_start, ev_end, confidence) VALUES ('a', 'orbit', ?, ?, '057', 'verbal-cooperation', 3, '2025-03-03',
        '2025-03-03', 'x', ?, 40, 0.8)`,
      [source, target, start],
    );
    await db.run(
      `INSERT INTO dyad_month (source, target, month, quad, origin, n, gsum)
       VALUES (?, ?, '2025-03', 'verbal-cooperation', 'orbit', 1, 3)`,
      [source, target],
    );
  };
  await insert("KAZ", "EU", 0);
  await insert("EU", "KAZ", 0);
  // Code-unit order, not a locale's: a collation that skips "_" would sort NORDIC_BALTIC before NORDICS.
  await insert("NORDIC_BALTIC", "NORDICS", 5);
  await insert("NORDICS", "NORDIC_BALTIC", 5);
  await db.close();
  await withStore(open, async (s) => {
    assert.deepEqual(await twins(s, {}), [
      "EU>KAZ 1 twins 0 0",
      "KAZ>EU 1 twins 1 3",
      "NORDICS>NORDIC_BALTIC 1 twins 0 0",
      "NORDIC_BALTIC>NORDICS 1 twins 1 3",
    ]);
  });
}
