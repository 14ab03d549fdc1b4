// Its own file: it starts worker threads, which the other gazetteer tests do not need.
import assert from "node:assert/strict";
import { once } from "node:events";
import { test } from "node:test";
import { Worker } from "node:worker_threads";
import { packGazetteer } from "./gazetteer.ts";
import type { SharedNlpData } from "./gazetteer-shared.ts";
import type { GazetteerData } from "./gazetteer-types.ts";
import { sharedPlaces } from "./place-index.ts";

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

/** A thread that adopts the tables in its workerData and answers each message with what it reads there. */
function reader(shared: SharedNlpData): Worker {
  const tsx = import.meta.resolve("tsx/esm/api");
  const url = (file: string) => JSON.stringify(new URL(file, import.meta.url).href);
  const code = `
    const { parentPort, workerData } = require("node:worker_threads");
    import(${JSON.stringify(tsx)}).then(async (m) => {
      m.register();
      const [shared, g, p] = await Promise.all([
        import(${url("./gazetteer-shared.ts")}), import(${url("./gazetteer.ts")}), import(${url("./place-index.ts")}),
      ]);
      shared.adoptSharedNlpData(workerData);
      parentPort.on("message", () => {
        const gz = g.gazetteer();
        const node = gz.names.step(0, "russia");
        const baku = p.placeIndex().cities.get("baku")[0].population;
        parentPort.postMessage({ count: gz.entries.length, code: gz.entries[0].c, hits: gz.names.hitsAt(node), baku });
      });
      parentPort.postMessage("ready");
    });`;
  return new Worker(code, { eval: true, workerData: shared });
}

test("threads handed the shared tables read the one copy in place, not a copy or the shipped gazetteer", async () => {
  const shared = { gazetteer: packGazetteer(DATA), places: sharedPlaces() };
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
    for (const seen of await ask()) {
      assert.deepEqual({ ...seen, baku: undefined }, { count: 2, code: "RUS", hits, baku: undefined });
      assert.ok(seen.baku > 1e6, `Baku's population as read there: ${seen.baku}`);
    }
    // Written here, read there, in memory both threads share: Russia's code slot now points at Azerbaijan's code,
    // and every city's population is 7.
    shared.gazetteer.entries.code[0] = shared.gazetteer.entries.code[1]!;
    shared.places.cities.population.fill(7);
    for (const seen of await ask()) assert.deepEqual(seen, { count: 2, code: "AZE", hits, baku: 7 });
  } finally {
    await Promise.all(threads.map((t) => t.terminate()));
  }
});
