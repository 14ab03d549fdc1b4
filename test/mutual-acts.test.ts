// "Kazakhstan and the EU signed a deal" is one act coded in both directions (KAZ→EU, EU→KAZ): the alignment index
// counts it once between KAZ and the EU pole, through the CLI and the API alike, and the events keep their sentence.
// So is a meeting with a party ("met with EU officials"), which issue #3 asks to code both ways.
// biome-ignore-all lint/suspicious/noExplicitAny: assertions read loosely typed JSON
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { loadConfig } from "../src/config/index.ts";
import { createApp } from "../src/server/index.ts";
import { openStore } from "../src/store/index.ts";
import { runCli } from "./run-cli.ts";

let dir: string;
let db: string;
const DOCS = [
  {
    id: "deal",
    published: "2025-03-05",
    text: "Astana, March 5, 2025 — Kazakhstan and the European Union signed an energy agreement on Monday. Kazakhstan and the EU held talks on transit in Astana on Tuesday. The Kazakh foreign minister met with EU officials in Brussels on Wednesday.",
  },
  {
    id: "visit",
    published: "2025-04-10",
    text: "Brussels, April 10, 2025 — The EU praised Kazakhstan for its reforms on Wednesday. Russia criticised Kazakhstan on Thursday.",
  },
];

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "orbit-mutual-"));
  db = join(dir, "m.db");
  const stdin = `${DOCS.map((d) => JSON.stringify(d)).join("\n")}\n`;
  const r = await runCli(["ingest", "-", "--db", db], { stdin });
  assert.equal(r.code, 0, r.stderr);
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe("a mutual act in the alignment index", () => {
  it("counts once per state and pole in orbit align and /api/align; the events keep both directions", async () => {
    const events = await runCli(["events", "--dyad", "KAZ:EU", "--symmetric", "--format", "jsonl", "--db", db]);
    const both = events.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    const mutual = both.filter((e) => e.articleId === "deal");
    assert.equal(mutual.length, 6, events.stdout);
    const acts = new Set(mutual.map((e) => `${e.evidence.start}-${e.evidence.end} ${e.cameo}`));
    assert.equal(acts.size, 3, "three acts (a deal, talks, a meeting), each coded both ways from its sentence");
    const oneWay = both.filter((e) => e.articleId === "visit").length;

    const cli = await runCli(["align", "--source", "events", "--country", "KAZ", "--format", "json", "--db", db]);
    assert.equal(cli.code, 0, cli.stderr);
    const eu = JSON.parse(cli.stdout).find((r: any) => r.with === "EU");
    assert.equal(eu.n, acts.size + oneWay);

    const store = await openStore(db);
    try {
      const app = createApp({ store, config: loadConfig({ db }, {}), rateLimit: false, webDist: false });
      const res = await app.request("/api/align?source=events&country=KAZ");
      assert.equal(res.status, 200);
      const rows = ((await res.json()) as any).rows ?? [];
      assert.deepEqual(
        rows.find((r: any) => r.with === "EU"),
        eu,
      );
    } finally {
      await store.close();
    }

    // By day the index is built from the events themselves: the same rule applies.
    const byDay = await runCli([
      "align",
      "--source",
      "events",
      "--country",
      "KAZ",
      "--by",
      "day",
      "--format",
      "json",
      "--db",
      db,
    ]);
    const march = JSON.parse(byDay.stdout).filter((r: any) => r.with === "EU" && r.day?.startsWith("2025-03"));
    assert.equal(
      march.reduce((n: number, r: any) => n + r.n, 0),
      acts.size,
    );
  });
});
