import assert from "node:assert/strict";
import { test } from "node:test";
import { openStore, type Store } from "../store/index.ts";
import { alignRows } from "./align-rows.ts";
import { futureEvents, futureNote, isAfter, leftOutFuture } from "./as-of.ts";
import { detectAlerts } from "./detect-alerts.ts";
import { synthetic } from "./synthetic-events.ts";

const AS_OF = "2026-11-26";

/** KAZ cooperates with Russia every month of 2024; "events" dated 2027–2028 (plans misread) are all conflict. */
async function storeWithFuture(): Promise<Store> {
  const store = await openStore(":memory:");
  const month = (i: number) => String(i).padStart(2, "0");
  await store.importEvents([
    // Two a month: a change test weighs only months with at least two events.
    ...Array.from({ length: 24 }, (_, i) =>
      synthetic(`p${i}`, "KAZ", "RUS", "057", `2024-${month(1 + (i >> 1))}-1${i % 2}`),
    ),
    ...Array.from({ length: 24 }, (_, i) =>
      synthetic(`f${i}`, "RUS", "KAZ", "172", `2027-${month(1 + (i >> 1))}-1${i % 2}`),
    ),
    synthetic("y", "KAZ", "RUS", "172", "2028"),
    synthetic("m", "KAZ", "CHN", "057", "2026-11"),
    synthetic("o", "ARM", "EU", "057", "2027-02-01"),
  ]);
  return store;
}

test("a date is after the run's date only when its whole period is: 2026-12 is, 2026-11 and 2026 are not", () => {
  assert.equal(isAfter("2026-12", AS_OF), true);
  assert.equal(isAfter("2026-11-27", AS_OF), true);
  assert.equal(isAfter("2027", AS_OF), true);
  assert.equal(isAfter("2026-11", AS_OF), false);
  assert.equal(isAfter("2026", AS_OF), false);
  assert.equal(isAfter("2026-11-26", AS_OF), false);
  assert.equal(isAfter(undefined, AS_OF), false);
});

test("futureEvents counts the events after the run's date, for the countries asked or all, with the latest", async () => {
  const store = await storeWithFuture();
  try {
    assert.deepEqual(await futureEvents(store, AS_OF), { count: 26, after: AS_OF, latest: "2028" });
    assert.deepEqual(await futureEvents(store, AS_OF, ["KAZ"]), { count: 25, after: AS_OF, latest: "2028" });
    assert.deepEqual(await futureEvents(store, AS_OF, ["KAZ", "ARM"]), { count: 26, after: AS_OF, latest: "2028" });
    assert.equal((await futureEvents(store, "2030-01-01")).count, 0);
    assert.match(
      (await leftOutFuture(store, AS_OF, ["KAZ"])).note!,
      /^25 events are dated after 2026-11-26 \(the latest 2028\) and left out .* `orbit events --actor KAZ --since 2026-11-27`\.$/,
    );
    assert.equal(futureNote({ count: 0, after: AS_OF }), undefined);
    assert.doesNotMatch((await leftOutFuture(store, AS_OF, ["KAZ", "ARM"])).note!, /--actor/);
  } finally {
    await store.close();
  }
});

test("the event alignment index leaves out events dated after the run's date, by year, month and day", async () => {
  const store = await storeWithFuture();
  try {
    for (const by of ["year", "month", "day"] as const) {
      const rows = await alignRows(store, { source: "events", countries: ["KAZ"], poles: ["RUS"], by, asOf: AS_OF });
      const n = rows.reduce((sum, r) => sum + (r.n ?? 0), 0);
      assert.equal(n, 24, by);
      assert.ok(
        rows.every((r) => String(r.year ?? r.month ?? r.day) < "2027"),
        by,
      );
    }
    const year = await alignRows(store, { source: "events", countries: ["KAZ"], poles: ["RUS"], asOf: AS_OF });
    assert.deepEqual(
      year.map((r) => [r.year, r.value]),
      [[2024, 1]],
    );
    // Asked a later date, the same events count.
    const later = await alignRows(store, { source: "events", countries: ["KAZ"], poles: ["RUS"], asOf: "2029-01-01" });
    assert.deepEqual(
      later.map((r) => [r.year, r.n]),
      [
        [2024, 24],
        [2027, 24],
        [2028, 1],
      ],
    );
  } finally {
    await store.close();
  }
});

test("change points are not found in events dated after the run's date", async () => {
  const store = await storeWithFuture();
  try {
    const now = await detectAlerts(store, { sources: ["events"], countries: ["KAZ"], poles: ["RUS"], asOf: AS_OF });
    assert.deepEqual(now, []);
    const later = await detectAlerts(store, {
      sources: ["events"],
      countries: ["KAZ"],
      poles: ["RUS"],
      asOf: "2029-01-01",
    });
    assert.ok(
      later.some((a) => a.direction === "away" && a.pole === "RUS"),
      JSON.stringify(later),
    );
  } finally {
    await store.close();
  }
});
