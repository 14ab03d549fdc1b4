import assert from "node:assert/strict";
import { test } from "node:test";
import { openStore } from "../store/index.ts";
import { detectAlerts } from "./detect-alerts.ts";
import { synthetic } from "./synthetic-events.ts";

test("a change point counts each act once and its driver lists the act's other reports", async () => {
  const store = await openStore(":memory:");
  try {
    const events = [];
    // Six months of Georgian criticism of Russia, then six months of cooperation: three acts a month each.
    for (let m = 1; m <= 12; m++)
      for (const day of [5, 15, 25]) {
        const when = `2024-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
        events.push(
          m <= 6
            ? synthetic(`c${m}-${day}`, "GEO", "RUS", "111", when)
            : synthetic(`p${m}-${day}`, "RUS", "GEO", "057", when),
        );
      }
    // The first cooperative act is reported by two more sources.
    events.push(
      synthetic("again1", "RUS", "GEO", "057", "2024-07-05"),
      synthetic("again2", "RUS", "GEO", "057", "2024-07-05"),
    );
    await store.importEvents(events);
    const [alert] = await detectAlerts(store, {
      countries: ["GEO"],
      poles: ["RUS"],
      sources: ["events"],
      asOf: "2025-01-01",
    });
    assert.equal(alert?.direction, "toward");
    const drivers = alert!.drivers.events!;
    const visa = drivers.filter((d) => d.when === "2024-07-05");
    assert.equal(visa.length, 1, "the act drives once, not once per report");
    assert.equal(visa[0]!.otherReports?.length, 2);
    assert.equal(new Set(drivers.map((d) => d.when)).size, drivers.length);
  } finally {
    await store.close();
  }
});
