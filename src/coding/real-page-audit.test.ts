// The hand audit of events coded from real news pages (scripts/audit-events.ts): every event judged wrong that a
// fix removed (marked `removedBy` in test/fixtures/event-audit/judged-a.jsonl and judged-c.jsonl, the halves fixes
// were found on) must not come back. The pages are
// read from ../shared (public benchmarks, never shipped); without it the test is skipped.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { codePages, eventKey, type JudgedEvent } from "../../scripts/audit-events.ts";

const SHARED = fileURLToPath(new URL("../../../shared/", import.meta.url));
const JUDGED = ["judged-a.jsonl", "judged-c.jsonl"].map(
  (f) => new URL(`../../test/fixtures/event-audit/${f}`, import.meta.url),
);

const judged = JUDGED.flatMap((file) =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as JudgedEvent & { removedBy?: string }),
);

describe("real-page audit", { skip: !existsSync(`${SHARED}article-extraction`) && "../shared is not here" }, () => {
  it("no event judged wrong and removed by a fix comes back", async () => {
    const removed = judged.filter((j) => j.removedBy);
    assert.ok(removed.length >= 10, "the fixture lists the removed events");
    const { events } = await codePages([...new Set(removed.map((j) => j.page))]);
    const now = new Set(events.map(eventKey));
    const back = removed.filter((j) => now.has(eventKey(j))).map((j) => `${eventKey(j)} (${j.cause})`);
    assert.deepEqual(back, []);
  });
  it("the judged sample is whole: each verdict is one of five and says why when wrong", () => {
    const verdicts = new Set(["right", "wrong-actor", "wrong-direction", "wrong-code", "not-event"]);
    for (const j of judged) {
      assert.ok(verdicts.has(j.verdict), j.verdict);
      assert.ok(j.verdict === "right" || j.cause.length > 0, eventKey(j));
    }
  });
});
