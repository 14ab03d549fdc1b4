import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { AppError } from "../domain/index.ts";
import { openStore, type Store } from "../store/index.ts";
import { checkKnownActors, isKnownActor } from "./known-actors.ts";

let dir: string;
let store: Store;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), "orbit-known-"));
  store = await openStore(join(dir, "k.db"));
  const text = "Sample: an imported event between two GDELT codes.";
  await store.importEvents([
    {
      key: "k1",
      source: "IGOUNO",
      target: "RUS",
      cameo: "040",
      quad: "verbal-cooperation",
      goldstein: 1,
      when: "2025-01-02",
      evidence: { text, start: 0, end: text.length },
      confidence: 1,
    },
  ]);
});
after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("known actors", () => {
  it("knows states, the gazetteer's organisations and groups, and any code in the store", async () => {
    for (const code of ["FJI", "XKX", "YUG", "DDR", "EU", "CSTO", "CENTRAL_ASIA", "WEST", "IGOUNO"])
      assert.equal(await isKnownActor(store, code), true, code);
    for (const code of ["XYZ", "QQQ", "EUU", "IGOXYZ"]) assert.equal(await isKnownActor(store, code), false, code);
  });

  it("names the unknown code and where it was given", async () => {
    await checkKnownActors(store, { actor: "KAZ", dyad: { source: "EU", target: "CENTRAL_ASIA" } });
    await assert.rejects(
      checkKnownActors(store, { dyad: { source: "KAZ", target: "XYZ" } }),
      (err: AppError) => err.code === "BAD_OPTION" && /^dyad: unknown actor "XYZ"/.test(err.message),
    );
    await assert.rejects(
      checkKnownActors(store, { actor: "QQQ" }),
      /^Error: actor: unknown actor "QQQ"|unknown actor "QQQ"/,
    );
  });
});
