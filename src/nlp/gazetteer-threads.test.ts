// Its own file: it starts worker threads, which the other gazetteer tests do not need.
import assert from "node:assert/strict";
import { once } from "node:events";
import { test } from "node:test";
import { Worker } from "node:worker_threads";
import { packGazetteer } from "./gazetteer.ts";
import type { GazetteerData } from "./gazetteer-types.ts";

const DATA: GazetteerData = {
  generated: "test",
  entries: [
    { k: "state", c: "RUS", n: ["Russia"] },
    { k: "state", c: "AZE", n: ["Azerbaijan"] },
  ],
  roles: { government: ["government"] } as GazetteerData["roles"],
  agents: {},
  titles: ["President"],
  cities: { Baku: "AZE" },
};

/** A thread that adopts the gazetteer in its workerData and answers each message with what it reads there. */
function reader(shared: unknown): Worker {
  const tsx = import.meta.resolve("tsx/esm/api");
  const gz = new URL("./gazetteer.ts", import.meta.url).href;
  const code = `
    const { parentPort, workerData } = require("node:worker_threads");
    import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(gz)}); }).then((g) => {
      g.adoptSharedGazetteer(workerData);
      parentPort.on("message", () => {
        const gz = g.gazetteer();
        const node = gz.names.step(0, "russia");
        parentPort.postMessage({ count: gz.entries.length, code: gz.entries[0].c, hits: gz.names.hitsAt(node) });
      });
      parentPort.postMessage("ready");
    });`;
  return new Worker(code, { eval: true, workerData: shared });
}

test("threads handed the shared gazetteer read the one copy in place, not a copy or the shipped gazetteer", async () => {
  const shared = packGazetteer(DATA);
  const threads = [reader(shared), reader(shared)];
  try {
    await Promise.all(threads.map((t) => once(t, "message")));
    const ask = () =>
      Promise.all(
        threads.map(async (t) => {
          t.postMessage("read");
          return (await once(t, "message"))[0];
        }),
      );
    const hits = [{ t: "entry", entry: 0, caps: new Uint8Array([1]) }];
    for (const seen of await ask()) assert.deepEqual(seen, { count: 2, code: "RUS", hits });
    // Written here, read there: Russia's code slot now points at Azerbaijan's code, in memory both threads share.
    shared.entries.code[0] = shared.entries.code[1]!;
    for (const seen of await ask()) assert.deepEqual(seen, { count: 2, code: "AZE", hits });
  } finally {
    await Promise.all(threads.map((t) => t.terminate()));
  }
});
