// Stores at the edges of the evidence, through the real CLI: a state whose every event is dated after today, one whose
// events have no date at all, and one whose acts are mutual (both directions coded from one sentence). INVENTED reports.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { today } from "../src/aggregate/index.ts";
import { loadConfig } from "../src/config/index.ts";
import { createApp } from "../src/server/index.ts";
import { openStore } from "../src/store/index.ts";
import { runCli, runCliOk } from "./run-cli.ts";

const TOPICS = ["gas", "rail", "grain", "water", "power", "steel"];
const DOCS = [
  // Kazakhstan: every report misdated far ahead, as a page's deadline taken for its date can be.
  ...TOPICS.map((topic, i) => ({
    id: `kaz-${topic}`,
    published: `2099-0${i + 1}-10`,
    text: `Kazakhstan signed a ${topic} agreement with China.`,
  })),
  // Mongolia: no date anywhere, neither the page's nor the sentence's.
  ...TOPICS.slice(0, 3).map((topic) => ({
    id: `mng-${topic}`,
    text: `Mongolia signed a ${topic} accord with Russia.`,
  })),
  // Turkmenistan: dated to the year only, by the sentence ("in 2019"), on pages with no date of their own.
  { id: "tkm-1", text: "Turkmenistan signed a rail accord with Russia in 2019." },
  { id: "tkm-2", text: "Turkmenistan criticised the European Union in 2020." },
  // Hungary: a member of the EU pole, with one act toward the Union and one toward Russia.
  { id: "hun-1", published: "2024-03-05", text: "Hungary criticised the European Union on Tuesday." },
  { id: "hun-2", published: "2024-03-06", text: "Hungary signed a gas deal with Russia on Wednesday." },
  // Uzbekistan: one mutual act, coded UZB→CHN and CHN→UZB from one sentence.
  { id: "uzb-1", published: "2024-02-05", text: "Uzbekistan and China signed a railway agreement on Monday." },
];

let dir: string;
let db: string;
const cli = (args: string[]) => runCliOk(args, db);

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "orbit-edge-"));
  db = join(dir, "orbit.db");
  const stdin = `${DOCS.map((d) => JSON.stringify(d)).join("\n")}\n`;
  const r = await runCli(["ingest", "-", "--db", db, "--no-progress"], { stdin });
  assert.equal(r.code, 0, r.stderr);
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe("a state whose every event is dated after today", () => {
  it("orbit brief says its events are dated after today, not that the store has none", async () => {
    const brief = await cli(["brief", "KAZ"]);
    assert.match(
      brief,
      new RegExp(`0 UN votes of KAZ, 0 events involving KAZ; 12 more are dated after ${today()} and left out\\.`),
    );
    assert.match(
      brief,
      new RegExp(
        `no events between Kazakhstan and the poles dated up to ${today()} \\(12 events involving KAZ dated after`,
      ),
    );
    assert.doesNotMatch(brief, /no events between Kazakhstan and the poles are in the store/);
  });

  it("orbit align says first that every event is dated after today, and prints no empty table", async () => {
    for (const args of [
      ["--source", "events"],
      ["--dyads", "--source", "events"],
    ]) {
      const r = await runCli(["align", ...args, "--country", "KAZ", "--db", db]);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, "", args.join(" "));
      const [first, second] = r.stderr.trim().split("\n");
      assert.equal(
        first,
        `no alignment rows: every event stored involving KAZ is dated after ${today()}, and the event measures leave those out`,
      );
      assert.match(second ?? "", /^12 events are dated after/);
    }
    const alerts = await runCli(["alerts", "--source", "events", "--country", "KAZ", "--db", db]);
    assert.equal(alerts.code, 0, alerts.stderr);
    assert.equal(
      alerts.stdout.split("\n")[0],
      `no alerts: every event stored involving KAZ is dated after ${today()}, and the event measures leave those out`,
    );
    assert.match(alerts.stderr, /^12 events are dated after/);
    const store = await openStore(db);
    try {
      const app = createApp({ store, config: loadConfig({ db }, {}), rateLimit: false, webDist: false });
      const api = (await (await app.request("/api/alerts?source=events&country=KAZ")).json()) as { note?: string };
      assert.equal(
        api.note,
        `every event stored involving KAZ is dated after ${today()}, and the event measures leave those out`,
      );
    } finally {
      await store.close();
    }
    // Something else matching nothing keeps the plain answer.
    const none = await runCli(["align", "--source", "events", "--country", "BRA", "--db", db]);
    assert.equal(none.stderr.trim(), "no alignment rows match these options");
    assert.equal(none.stdout, "");
  });
});

describe("a state whose events have no date", () => {
  it("orbit brief says none of its events is dated, and why no year holds them", async () => {
    const brief = await cli(["brief", "MNG"]);
    assert.match(brief, /6 events involving MNG, 3 distinct acts \(6 with a pole, none of them dated\)/);
    assert.doesNotMatch(brief, /dated in 0 months/);
    assert.match(brief, /^None of these events has a date \(neither its own nor its article's\)/m);
  });
});

describe("a state whose events are dated to the year only", () => {
  it("orbit brief names the years rather than 'dated in 0 months'", async () => {
    const brief = await cli(["brief", "TKM"]);
    assert.match(
      brief,
      /3 events involving TKM, 2 distinct acts \(3 with a pole, dated only to the year: 2019, 2020\)/,
    );
    assert.doesNotMatch(brief, /dated in 0 months/);
  });
});

describe("a state that belongs to a pole", () => {
  it("orbit brief says why its own pole has no row, and how many of its events that leaves out", async () => {
    const brief = await cli(["brief", "HUN"]);
    assert.match(
      brief,
      /^_Hungary belongs to the EU pole, so it is not measured toward it: its 1 event with the EU and its members counts in no row below \(`orbit events --actor HUN` lists them\)\._$/m,
    );
    assert.match(brief, /^\| RUS \| 1 \|/m);
    assert.doesNotMatch(brief, /^\| EU \|/m);
  });

  it("orbit align and /api/align say it is not measured toward its own pole", async () => {
    const note =
      "HUN belongs to the EU pole: its events with the EU and its members are not measured as alignment toward it";
    const r = await runCli(["align", "--source", "events", "--country", "HUN", "--db", db]);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(r.stderr.split("\n").includes(note), r.stderr);
    assert.match(r.stdout, /^HUN\s+2024\s+coop_share\s+RUS/m);
    const store = await openStore(db);
    try {
      const app = createApp({ store, config: loadConfig({ db }, {}), rateLimit: false, webDist: false });
      const body = (await (await app.request("/api/align?source=events&country=HUN,KAZ")).json()) as {
        ownPoles?: string[];
      };
      assert.deepEqual(body.ownPoles, [note]);
      const votes = (await (await app.request("/api/align?source=unga&country=HUN")).json()) as object;
      assert.ok(!("ownPoles" in votes), "UN votes measure a member against the pole's voter");
    } finally {
      await store.close();
    }
  });
});

describe("a mutual act", () => {
  it("orbit brief quotes it once, as A ↔ B", async () => {
    const brief = await cli(["brief", "UZB"]);
    const top = brief.split("## Top events\n\n")[1]!;
    const items = top.split("\n").filter((l) => l.startsWith("- "));
    assert.equal(items.length, 1, top);
    assert.match(items[0]!, /^- 2024-02-0\d · CHN ↔ UZB \(mutual\) · CAMEO 057/);
  });
});
