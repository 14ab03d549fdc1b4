import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { AppError } from "../domain/index.ts";
import { dateKey, sinceKey, untilKey } from "./dates.ts";
import { openStore } from "./index.ts";

test("bounds name the first and last day of the period given", () => {
  assert.equal(sinceKey("2024"), "2024-01-01");
  assert.equal(sinceKey("2024-12"), "2024-12-01");
  assert.equal(untilKey("2024"), "2024-12-31");
  assert.equal(untilKey("2024-02"), "2024-02-29");
  assert.equal(untilKey("2025-02-28"), "2025-02-28");
  assert.equal(dateKey("2025-06-30T10:00Z"), "2025-06-30");
});

test("a month or a day that does not exist is a BAD_OPTION naming the bound, not a key past the calendar", () => {
  for (const [bound, value] of [
    [sinceKey, "2025-13"],
    [untilKey, "2025-13"],
    [sinceKey, "2025-02-30"],
    [untilKey, "2025-02-30"],
    [untilKey, "2025-00"],
    [sinceKey, "2025-04-31"],
    [untilKey, "2025-1"],
    [sinceKey, "yesterday"],
  ] as const)
    assert.throws(
      () => bound(value),
      (err) =>
        err instanceof AppError &&
        err.code === "BAD_OPTION" &&
        err.where === (bound === sinceKey ? "since" : "until") &&
        err.message.includes(`"${value}"`) &&
        /date that exists/.test(err.message),
      `${bound.name}(${value})`,
    );
});

test("a store asked for an impossible date refuses it, whoever calls it", async () => {
  const dir = mkdtempSync(join(tmpdir(), "orbit-dates-"));
  const store = await openStore(join(dir, "dates.db"));
  try {
    await assert.rejects(store.queryEvents({ until: "2025-02-30" }, { limit: 10 }), /2025-02-30/);
    await assert.rejects(store.queryEvents({ since: "2025-13" }, { limit: 10 }), /2025-13/);
    assert.deepEqual((await store.queryEvents({ since: "2025-02-28" }, { limit: 10 })).rows, []);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
