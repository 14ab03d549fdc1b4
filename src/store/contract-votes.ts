// The Store contract for UN votes and ideal points; run by runStoreContract on every driver.
import assert from "node:assert/strict";
import { it } from "node:test";
import { AppError } from "../domain/index.ts";
import { type OpenStore, withStore } from "./contract-fixtures.ts";
import { migrate } from "./migrations.ts";
import type { SqlDb } from "./sql-db.ts";
import type { UnVote, VoteMatrix } from "./store.ts";
import { VOTE_LETTERS } from "./vote-rolls.ts";

/** The matrix back as [resolution, date, country, vote] rows in matrix order (resolution, then country). */
export function matrixRows(m: VoteMatrix): string[][] {
  const R = m.resolutions.length;
  const out: string[][] = [];
  for (let r = 0; r < R; r++)
    for (let c = 0; c < m.countries.length; c++) {
      const code = m.cells[c * R + r]!;
      if (code) out.push([m.resolutions[r]!, m.dates[r]!, m.countries[c]!, VOTE_LETTERS[code]!]);
    }
  return out;
}

const vote = (resolution: string, date: string, country: string, v: UnVote["vote"]): UnVote => ({
  resolution,
  date,
  country,
  vote: v,
});

export function runVoteContract(open: OpenStore): void {
  it("imports UN votes idempotently and loads them by date as a matrix", async () =>
    withStore(open, async (s) => {
      const votes = [
        vote("A/RES/77/1", "2022-10-12", "RUS", "N"),
        vote("A/RES/77/1", "2022-10-12", "KAZ", "A"),
        vote("A/RES/78/5", "2023-11-01", "KAZ", "Y"),
      ];
      assert.deepEqual(await s.importVotes(votes), { inserted: 3, unchanged: 0 });
      assert.deepEqual(await s.importVotes(votes), { inserted: 0, unchanged: 3 });
      assert.deepEqual(await s.importVotes([{ ...votes[1]!, vote: "N" }]), { inserted: 1, unchanged: 0 });
      const all = await s.loadVotes({});
      assert.deepEqual(all.countries, ["KAZ", "RUS"]);
      assert.deepEqual(all.resolutions, ["A/RES/77/1", "A/RES/78/5"]);
      assert.deepEqual(all.dates, ["2022-10-12", "2023-11-01"]);
      // KAZ: N then Y; RUS: N then no record.
      assert.deepEqual([...all.cells], [3, 1, 3, 0]);
      const later = await s.loadVotes({ from: "2023" });
      assert.deepEqual(later.resolutions, ["A/RES/78/5"]);
      assert.deepEqual(later.countries, ["KAZ"], "a country without a vote in the range is left out");
      assert.deepEqual(matrixRows(await s.loadVotes({ to: "2022-10" })), [
        ["A/RES/77/1", "2022-10-12", "KAZ", "N"],
        ["A/RES/77/1", "2022-10-12", "RUS", "N"],
      ]);
      assert.equal((await s.loadVotes({ from: "2030" })).cells.length, 0);
      assert.equal((await s.stats()).votes, 3);
    }));

  it("counts each vote row once: repeats in a batch and a moved vote date", async () =>
    withStore(open, async (s) => {
      const a = vote("R1", "2020-01-05", "ARM", "Y");
      assert.deepEqual(await s.importVotes([a, a, { ...a, vote: "X" }]), { inserted: 2, unchanged: 1 });
      assert.deepEqual(await s.importVotes([{ ...a, vote: "X", date: "2020-01-06" }]), { inserted: 1, unchanged: 0 });
      assert.deepEqual(matrixRows(await s.loadVotes({})), [["R1", "2020-01-06", "ARM", "X"]]);
      await assert.rejects(s.importVotes([{ ...a, vote: "Q" as UnVote["vote"] }]), (e: unknown) => {
        assert.ok(e instanceof AppError && e.code === "BAD_INPUT");
        assert.match(e.message, /ARM.*R1/);
        return true;
      });
    }));

  it("orders resolutions by date then id in code-point order, whatever the database collation", async () =>
    withStore(open, async (s) => {
      await s.importVotes([
        vote("b-1", "2021-03-01", "FRA", "Y"),
        vote("B-2", "2021-03-01", "FRA", "N"),
        vote("a-9", "2021-02-01", "FRA", "A"),
        vote("A/10", "2021-03-01", "FRA", "Y"),
      ]);
      assert.deepEqual((await s.loadVotes({})).resolutions, ["a-9", "A/10", "B-2", "b-1"]);
    }));

  it("keeps earlier votes right when later imports add members, over many resolutions", async () =>
    withStore(open, async (s) => {
      const first: UnVote[] = [];
      const second: UnVote[] = [];
      const letters: UnVote["vote"][] = ["Y", "N", "A", "X"];
      for (let r = 0; r < 700; r++) {
        const date = `${2000 + Math.floor(r / 100)}-06-${String(1 + (r % 28)).padStart(2, "0")}`;
        const id = `R${String(r).padStart(4, "0")}`;
        for (const [i, c] of ["USA", "CHN", "RUS"].entries()) first.push(vote(id, date, c, letters[(r + i) % 4]!));
        // South Sudan joins at resolution 400; Montenegro votes only on odd ones.
        if (r >= 400) second.push(vote(id, date, "SSD", letters[r % 3]!));
        if (r % 2) second.push(vote(id, date, "MNE", "Y"));
      }
      assert.deepEqual(await s.importVotes(first), { inserted: 2100, unchanged: 0 });
      assert.deepEqual(await s.importVotes([...second, ...first]), { inserted: second.length, unchanged: 2100 });
      const rows = matrixRows(await s.loadVotes({}));
      const key = (v: string[]) => v.join("|");
      const expected = [...first, ...second].map((v) => key([v.resolution, v.date, v.country, v.vote])).sort();
      assert.deepEqual(rows.map(key).sort(), expected);
      assert.equal((await s.stats()).votes, expected.length);
    }));

  it("merges concurrent imports that add different members to the same resolutions", async () =>
    withStore(open, async (s) => {
      const batch = (country: string) =>
        Array.from({ length: 50 }, (_, r) => vote(`R${r}`, "2019-09-20", country, r % 2 ? "Y" : "N"));
      const results = await Promise.all(["AAA", "BBB", "CCC", "DDD"].map((c) => s.importVotes(batch(c))));
      assert.deepEqual(
        results.map((r) => r.inserted),
        [50, 50, 50, 50],
      );
      const m = await s.loadVotes({});
      assert.deepEqual(m.countries, ["AAA", "BBB", "CCC", "DDD"]);
      assert.equal(matrixRows(m).length, 200);
    }));

  it("stores ideal points by country and year, idempotently", async () =>
    withStore(open, async (s) => {
      const points = [
        { country: "RUS", year: 2020, value: -1.25 },
        { country: "ARM", year: 2021, value: 0.5 },
        { country: "ARM", year: 2020, value: 0.25 },
      ];
      assert.deepEqual(await s.importIdealPoints(points), { inserted: 3, unchanged: 0 });
      assert.deepEqual(await s.importIdealPoints(points), { inserted: 0, unchanged: 3 });
      assert.deepEqual(await s.importIdealPoints([{ ...points[0]!, value: -1.5 }]), { inserted: 1, unchanged: 0 });
      assert.deepEqual(await s.loadIdealPoints(), [
        { country: "ARM", year: 2020, value: 0.25 },
        { country: "ARM", year: 2021, value: 0.5 },
        { country: "RUS", year: 2020, value: -1.5 },
      ]);
      await assert.rejects(s.importIdealPoints([{ country: "RUS", year: 2020, value: Number.NaN }]), AppError);
    }));
}

/**
 * A database at schema version 1 (one row per vote) keeps its votes when opened by this version. `db` must be empty;
 * it is closed here; `open` opens the same database as a Store.
 */
export async function checkVoteMigration(db: SqlDb, open: OpenStore): Promise<void> {
  await migrate(db, 1);
  const rows: [string, string, string, string][] = [
    ["R1", "2001-01-01", "USA", "Y"],
    ["R1", "2001-01-01", "RUS", "N"],
    ["R2", "2002-02-02", "ARM", "X"],
    ["R2", "2002-02-02", "USA", "A"],
  ];
  for (const r of rows)
    await db.run("INSERT INTO votes (resolution, vote_date, country, vote) VALUES (?, ?, ?, ?)", [...r]);
  await db.close();
  await withStore(open, async (s) => {
    const m = await s.loadVotes({});
    assert.deepEqual(
      matrixRows(m).map((r) => r.join(" ")),
      ["R1 2001-01-01 RUS N", "R1 2001-01-01 USA Y", "R2 2002-02-02 ARM X", "R2 2002-02-02 USA A"],
    );
    assert.equal((await s.stats()).votes, 4);
    assert.deepEqual(await s.importVotes([vote("R2", "2002-02-02", "RUS", "N")]), { inserted: 1, unchanged: 0 });
  });
}
