import assert from "node:assert/strict";
import { test } from "node:test";
import type { UnVote } from "../store/index.ts";
import { pairStats, westShare } from "./vote-measures.ts";
import { voteRows } from "./vote-rows.ts";
import { buildVoteTable, countryRow } from "./vote-table.ts";

// A hand-made table (synthetic, not real UN votes). "-" = no record (not a member / not in the file).
//        r1  r2  r3  r4  r5  r6   | r7 (2024)
// RUS    Y   N   Y   Y   A   Y    | Y
// DEU    N   Y   Y   A   Y   N    | N
// ARM    Y   A   Y   N   X   -    | N
const GRID: Record<string, string> = { RUS: "YNYYAYY", DEU: "NYYAYNN", ARM: "YAYNX-N" };
function votes(): UnVote[] {
  const out: UnVote[] = [];
  for (const [country, row] of Object.entries(GRID))
    [...row].forEach((v, i) => {
      if (v === "-") return;
      const date = i < 6 ? `2023-10-0${i + 1}` : "2024-03-01";
      out.push({ resolution: `r${i + 1}`, date, country, vote: v as UnVote["vote"] });
    });
  return out;
}

test("agreement: 1 same, 0.5 one abstains, 0 Yes vs No; absences dropped", () => {
  const t = buildVoteTable(votes());
  const arm = countryRow(t, "ARM")!;
  // ARM–RUS in 2023 (r1..r6): r1 Y/Y 1, r2 A/N 0.5, r3 Y/Y 1, r4 N/Y 0, r5 X dropped, r6 no record → 2.5 / 4.
  const s = pairStats(arm, countryRow(t, "RUS")!, 0, 6);
  assert.equal(s.n, 4);
  assert.equal(s.agreement, 0.625);
  assert.equal(s.absent, 1);
  // ARM–DEU: r1 Y/N 0, r2 A/Y 0.5, r3 1, r4 N/A 0.5 → 2 / 4.
  assert.equal(pairStats(arm, countryRow(t, "DEU")!, 0, 6).agreement, 0.5);
});

test("kappa: linearly weighted Cohen's κ corrects agreement for chance", () => {
  const t = buildVoteTable(votes());
  // Counted votes r1..r4: ARM Y,A,Y,N (Y2 A1 N1); RUS Y,N,Y,Y (Y3 N1).
  // pe = [1·2·3 (Y,Y) + 0.5·1·3 (A,Y) + 0.5·1·1 (A,N) + 1·1·1 (N,N)] / 16 = 9/16; κ = (0.625 − 0.5625) / 0.4375 = 1/7.
  const s = pairStats(countryRow(t, "ARM")!, countryRow(t, "RUS")!, 0, 6);
  assert.ok(Math.abs(s.kappa - 1 / 7) < 1e-12);
  // Identical rows with more than one kind of vote: κ = 1.
  assert.equal(pairStats(countryRow(t, "RUS")!, countryRow(t, "RUS")!, 0, 6).kappa, 1);
});

test("west_share: positions between RUS (0) and DEU (1) on split votes, clipped, absences counted", () => {
  const t = buildVoteTable(votes());
  // Split votes in 2023: r1 (Y,N), r2 (N,Y), r4 (Y,A), r5 (A,Y), r6 (Y,N); r3 is not split (both Y).
  // ARM: r1 t=(1−1)/(0−1)=0; r2 t=(0.5−0)/(1−0)=0.5; r4 t=(0−1)/(0.5−1)=2 → clipped 1; r5 absent; r6 no record.
  const w = westShare(countryRow(t, "ARM")!, countryRow(t, "RUS")!, countryRow(t, "DEU")!, 0, 6);
  assert.equal(w.n, 3);
  assert.equal(w.value, 0.5);
  assert.equal(w.absent, 1);
});

test("voteRows: one row per country, year, measure and pole, rounded to 4 decimals", () => {
  const rows = voteRows(buildVoteTable(votes()), { countries: ["ARM"], poles: ["RUS", "EU"], by: "year" });
  const find = (year: number, measure: string, w: string) =>
    rows.find((r) => r.year === year && r.measure === measure && r.with === w);
  assert.deepEqual(find(2023, "agreement", "RUS"), {
    country: "ARM",
    year: 2023,
    measure: "agreement",
    with: "RUS",
    value: 0.625,
    n: 4,
  });
  assert.equal(find(2023, "agreement", "DEU")?.value, 0.5);
  assert.equal(find(2023, "kappa", "RUS")?.value, 0.1429);
  assert.deepEqual(find(2023, "west_share", "RUS-DEU"), {
    country: "ARM",
    year: 2023,
    measure: "west_share",
    with: "RUS-DEU",
    value: 0.5,
    n: 3,
    absent: 1,
  });
  // 2024: r7 ARM N, RUS Y, DEU N → agreement with RUS 0, west_share t = (0−1)/(0−1) = 1.
  assert.equal(find(2024, "agreement", "RUS")?.value, 0);
  assert.equal(find(2024, "west_share", "RUS-DEU")?.value, 1);
  // --from/--to keep only the years asked.
  const only2024 = voteRows(buildVoteTable(votes()), { poles: ["RUS"], by: "year", from: "2024", to: "2024" });
  assert.ok(only2024.length > 0 && only2024.every((r) => r.year === 2024));
  // A pole's own voter gets no row against itself.
  assert.ok(!only2024.some((r) => r.country === "RUS" && r.with === "RUS"));
});
