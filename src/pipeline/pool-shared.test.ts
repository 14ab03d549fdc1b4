// Its own file, so its own process: the test rewrites this process's shared gazetteer.
import assert from "node:assert/strict";
import test from "node:test";
import { sharedNlpData } from "../nlp/index.ts";
import { createAnalyzerPool } from "./pool.ts";
import { sharedTables } from "./pool-tables.ts";

test("the pool's threads read the gazetteer built once for the process, in place, and not on the pool's thread", async () => {
  const pool = await createAnalyzerPool(1, { offMainThread: true });
  const doc = { id: "d1", text: "Russia criticised Azerbaijan on Monday, officials said.", published: "2025-06-04" };
  try {
    const before = await pool.analyze(doc);
    assert.ok(before.events.some((e) => e.source === "RUS" && e.target === "AZE"));
    // Every entry coded RUS is now coded CHN, in the memory the thread was handed: it codes China, not Russia.
    const { entries } = (await sharedTables()).gazetteer;
    const [rus, chn] = [entries.codes.indexOf("RUS"), entries.codes.indexOf("CHN")];
    for (let i = 0; i < entries.code.length; i++) if (entries.code[i] === rus) entries.code[i] = chn;
    const after = await pool.analyze({ ...doc, id: "d2" });
    assert.ok(
      after.events.some((e) => e.source === "CHN" && e.target === "AZE"),
      JSON.stringify(after.events),
    );
  } finally {
    await pool.close();
  }
  // Built on a helper thread: this thread's own build (made only now) is another object, and the pool's is unchanged.
  const tables = await sharedTables();
  assert.notEqual(sharedNlpData().gazetteer, tables.gazetteer);
  assert.equal(await sharedTables(), tables, "built once per process");
});
