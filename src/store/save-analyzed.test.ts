import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { AnalyzedDocument } from "../domain/index.ts";
import { doc, ev, flipBits, recording, withStore } from "./contract-fixtures.ts";
import { openStore } from "./index.ts";
import { describeWithPg } from "./postgres/pg-test-schema.ts";
import { saveGroupIn } from "./save-analyzed.ts";
import type { SqlStore } from "./sql-store.ts";

const G = "a1b2c3d4e5f60718";
const NOW = new Date("2026-11-26T00:00:00Z");

/** Look-alikes of one page: exact copies, near ones (bits of the last band flipped), ties, replacements, repeats. */
function groups(): AnalyzedDocument[][] {
  const x2 = flipBits(G, [0, 1, 2, 3]); // 4 bits from G: an original of its own
  const events = [
    ev("RUS", "UKR", "190", "2024-01"),
    ev("RUS", "UKR", "190", "2024-01"),
    ev("TUR", "AZE", "042", "2024-02"),
  ];
  return [
    [doc("p0", "Stored before.", [ev("RUS", "UKR", "190", "2024-01")], { fingerprint: G })],
    [
      doc("x1", "Stored before.", events.slice(0, 1)), // exact copy of a stored page
      doc("x2", "Second page.", events, { fingerprint: x2 }),
      doc("x3", "Third page.", events.slice(2), { fingerprint: flipBits(x2, [5, 6]) }), // near copy of x2, in-group
      doc("x4", "Second page.", events.slice(1)), // exact copy of x2, in-group
      doc("x5", "Fifth page.", [], { fingerprint: flipBits(x2, [0]) }), // 3 bits from G, 1 from x2: x2 is closer
      doc("x6", "Sixth page.", events.slice(2), { fingerprint: flipBits(G, [0, 1]) }), // 2 from each: G is earlier
      doc("p0", "Stored before.", [ev("RUS", "UKR", "190", "2024-01")], { fingerprint: G }), // unchanged
      doc("x7", "No fingerprint.", events, { fingerprint: "" }),
      doc("x8", "Failed before.", events.slice(0, 2), { fingerprint: "0f0f0f0f0f0f0f0f" }),
    ],
    [doc("x2", "Second page, corrected.", events.slice(2), { fingerprint: x2 }), doc("x9", "Ninth.", events)],
    [doc("y1", "Once.", events), doc("y1", "Twice.", events.slice(1)), doc("y2", "Once.", [])],
  ];
}

async function state(s: SqlStore) {
  const all = (sql: string) => s.db.all(sql);
  return {
    articles: await all("SELECT id, duplicate_of, event_count, digest, fp0, fp3 FROM articles ORDER BY seq"),
    events: await all("SELECT article_id, source, target, cameo, dup FROM events ORDER BY seq"),
    dyads: await all("SELECT source, target, month, quad, origin, n, gsum FROM dyad_month ORDER BY 1, 2, 3, 4, 5"),
    failures: await all("SELECT document_id FROM failures ORDER BY 1"),
  };
}

function groupSuite(open: () => Promise<SqlStore>): void {
  it("a group gives the results, rows and counts of saving its documents one by one", () =>
    withStore(open, (one) =>
      withStore(open, async (many) => {
        const a = one as SqlStore;
        const b = many as SqlStore;
        const failure = { documentId: "x8", stage: "extract", code: "X", message: "m", at: NOW.toISOString() };
        await a.recordFailure(failure);
        await b.recordFailure(failure);
        for (const group of groups()) {
          const sequential = [];
          for (const d of group) sequential.push(await a.saveAnalyzed(d));
          assert.deepEqual(await b.db.tx((c) => saveGroupIn(c, group, NOW)), sequential);
        }
        assert.deepEqual(await state(b), await state(a));
        const statuses = (await state(b)).articles.map((r) => `${r.id}:${r.duplicate_of ?? "-"}`);
        // x2 was replaced after the others had linked to it, so it comes last among them; a tie goes to the earlier.
        const expected = ["p0:-", "x1:p0", "x3:x2", "x4:x2", "x5:x2", "x6:p0", "x7:-", "x8:-", "x2:-", "x9:-"];
        assert.deepEqual(statuses, [...expected, "y1:-", "y2:-"]);
      }),
    ));

  it("stores a group of new pages in a fixed number of statements, not a few per page", () =>
    withStore(open, async (s) => {
      const db = (s as SqlStore).db;
      const pages = Array.from({ length: 12 }, (_, i) =>
        doc(`n${i}`, `Page ${i}.`, [
          ev("RUS", "UKR", "190", `2024-0${1 + (i % 9)}`),
          ev("CHN", "KAZ", "057", "2024-03"),
        ]),
      );
      const statements: string[] = [];
      await db.tx((conn) => saveGroupIn(recording(conn, statements), pages, NOW));
      const used = statements.length;
      // The locks; stored versions and failures on record; look-alikes by hash, by band; articles; events; dyad
      // counts. No failure is on record, so none is cleared.
      assert.equal(used, 7);
      assert.equal((await s.stats()).events, 24);
    }));
}

describe("save groups, SQLite", () => groupSuite(async () => (await openStore(":memory:")) as SqlStore));
describeWithPg("save groups, PostgreSQL", (schemas) =>
  groupSuite(async () => (await openStore(await schemas.create("group"))) as SqlStore),
);
