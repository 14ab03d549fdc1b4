import assert from "node:assert/strict";
import { test } from "node:test";
import { openStore, type UnVote } from "../store/index.ts";
import { alignRows } from "./align-rows.ts";
import { voteRows } from "./vote-rows.ts";
import { buildVoteTable } from "./vote-table.ts";

// Synthetic votes, not real ones: 3 years × 5 resolutions; the letters cycle so every pair of codes occurs.
function votes(): UnVote[] {
  const letters: UnVote["vote"][] = ["Y", "N", "A", "X", "Y", "Y", "N"];
  const out: UnVote[] = [];
  ["RUS", "DEU", "USA", "CHN", "TUR", "ARM", "KAZ"].forEach((country, c) => {
    for (let r = 0; r < 15; r++) {
      // KAZ has no record on the first resolution of each year (not in the file).
      if (country === "KAZ" && r % 5 === 0) continue;
      const date = `${2018 + Math.floor(r / 5)}-0${1 + (r % 5)}-10`;
      out.push({ resolution: `S-${r}`, date, country, vote: letters[(r * (c + 2) + c) % letters.length]! });
    }
  });
  return out;
}

test("align from a store gives the same vote rows as the measures over the votes in memory", async () => {
  const store = await openStore(":memory:");
  try {
    await store.importVotes(votes());
    const poles = ["RUS", "EU", "USA", "CHN", "TUR"] as const;
    const fromStore = await alignRows(store, { source: "unga", poles: [...poles], from: "2019" });
    const inMemory = voteRows(buildVoteTable(votes()), { poles: [...poles], by: "year", from: "2019" });
    const key = (r: { country: string; year?: number; measure: string; with: string }) =>
      `${r.country} ${r.year} ${r.measure} ${r.with}`;
    const sort = (rows: typeof inMemory) => [...rows].sort((a, b) => (key(a) < key(b) ? -1 : 1));
    assert.ok(inMemory.length > 40);
    assert.deepEqual(sort(fromStore), sort(inMemory));
  } finally {
    await store.close();
  }
});

test("ideal_distance comes from the stored ideal points unless the caller passes its own", async () => {
  const store = await openStore(":memory:");
  try {
    await store.importVotes(votes());
    await store.importIdealPoints([
      { country: "ARM", year: 2019, value: 0.5 },
      { country: "RUS", year: 2019, value: -1.25 },
      { country: "DEU", year: 2019, value: 1.5 },
    ]);
    const distance = async (idealPoints?: { country: string; year: number; value: number }[]) =>
      (await alignRows(store, { source: "unga", countries: ["ARM"], idealPoints }))
        .filter((r) => r.measure === "ideal_distance")
        .map((r) => [r.year, r.with, r.value]);
    assert.deepEqual(await distance(), [
      [2019, "RUS", 1.75],
      [2019, "DEU", 1],
    ]);
    assert.deepEqual(
      await distance([
        { country: "ARM", year: 2020, value: 0 },
        { country: "RUS", year: 2020, value: -1 },
      ]),
      [[2020, "RUS", 1]],
    );
  } finally {
    await store.close();
  }
});
