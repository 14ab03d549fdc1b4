// Two articles reporting one act (Russia lifting visas for Georgia on one day) are two stored events but one act: the
// alignment index counts it once in orbit align and /api/align, the brief says so and quotes both reports, and
// orbit events keeps listing both.
// biome-ignore-all lint/suspicious/noExplicitAny: assertions read loosely typed JSON
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { loadConfig } from "../src/config/index.ts";
import { createApp } from "../src/server/index.ts";
import { openStore } from "../src/store/index.ts";
import { REPO, runCli } from "./run-cli.ts";

let dir: string;
let db: string;
const DOCS = [
  {
    id: "moscow",
    published: "2023-05-10",
    url: "https://example.org/moscow",
    text: "Moscow, May 10, 2023 — Russia lifted visa requirements for Georgian citizens on Wednesday, the Kremlin said. Georgia criticised Russia over the occupied regions on Wednesday.",
  },
  {
    id: "tbilisi",
    published: "2023-05-11",
    url: "https://example.org/tbilisi",
    text: "Tbilisi, May 11, 2023 — Georgian opposition leaders protested in the capital. Russia lifted visa requirements for Georgian citizens on Wednesday, officials confirmed, ending a regime in place since 2000.",
  },
];

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "orbit-repeats-"));
  db = join(dir, "r.db");
  const stdin = `${DOCS.map((d) => JSON.stringify(d)).join("\n")}\n`;
  const r = await runCli(["ingest", "-", "--db", db], { stdin });
  assert.equal(r.code, 0, r.stderr);
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe("one act reported by two articles", () => {
  it("orbit events lists both reports; orbit align and /api/align count one act", async () => {
    const events = await runCli(["events", "--dyad", "RUS:GEO", "--format", "jsonl", "--db", db]);
    const reports = events.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    assert.deepEqual(reports.map((e) => `${e.articleId} ${e.cameo} ${e.when}`).sort(), [
      "moscow 081 2023-05-10",
      "tbilisi 081 2023-05-10",
    ]);
    const help = await runCli(["events", "--help"]);
    assert.match(help.stdout, /every report/);

    const cli = await runCli(["align", "--source", "events", "--country", "GEO", "--format", "json", "--db", db]);
    assert.equal(cli.code, 0, cli.stderr);
    const rus = JSON.parse(cli.stdout).find((r: any) => r.with === "RUS");
    // The lifted visas once, Georgia's criticism once; three reports behind them.
    assert.deepEqual(
      [rus.n, rus.events, rus.counts["material-cooperation"], rus.counts["verbal-conflict"]],
      [2, 3, 1, 1],
    );

    const store = await openStore(db);
    try {
      const app = createApp({ store, config: loadConfig({ db }, {}), rateLimit: false, webDist: false });
      const res = await app.request("/api/align?source=events&country=GEO");
      assert.equal(res.status, 200);
      const rows = ((await res.json()) as any).rows ?? [];
      assert.deepEqual(
        rows.find((r: any) => r.with === "RUS"),
        rus,
      );
      // By day the index is built from the events themselves: the same rule applies.
      const byDay = await app.request("/api/align?source=events&country=GEO&by=day");
      const day = (((await byDay.json()) as any).rows ?? []).find(
        (r: any) => r.with === "RUS" && r.day === "2023-05-10",
      );
      assert.deepEqual([day.n, day.events], [2, 3]);
    } finally {
      await store.close();
    }
  });

  it("orbit align --dyads and /api/series count the act once in its direction, with both reports beside it", async () => {
    const r = await runCli([
      "align",
      "--dyads",
      "--source",
      "events",
      "--country",
      "GEO",
      "--format",
      "csv",
      "--db",
      db,
    ]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^source,target,period,acts,reports,/);
    // RUS→GEO: the lifted visas, two reports of one act (081, material cooperation); GEO→RUS: one criticism.
    assert.match(r.stdout, /\nRUS,GEO,2023,1,2,0,1,0,0,/);
    assert.match(r.stdout, /\nGEO,RUS,2023,1,1,0,0,1,0,/);
    const help = await runCli(["align", "--help"]);
    assert.match(help.stdout.replace(/\s+/g, " "), /directed-dyad series of acts/);

    const store = await openStore(db);
    try {
      const app = createApp({ store, config: loadConfig({ db }, {}), rateLimit: false, webDist: false });
      const rows = ((await (await app.request("/api/series?dyad=RUS:GEO")).json()) as any).rows;
      assert.deepEqual(
        rows.map((x: any) => [x.count, x.directedRepeats]),
        [[2, 1]],
      );
    } finally {
      await store.close();
    }
  });

  it("orbit brief says how many events and distinct acts, and quotes the act with both reports", async () => {
    const r = await runCli(["brief", "GEO", "--db", db]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /4 events involving GEO, 3 distinct acts/);
    assert.match(r.stdout, /^\| RUS \| 2 \| 3 \| 1 \| 1 \|/m);
    const act = r.stdout.split("\n- ").find((block) => block.includes("CAMEO 081"))!;
    assert.match(act, /· 2 reports/);
    assert.match(act, /example\.org\/moscow/);
    assert.match(act, /example\.org\/tbilisi/);
    assert.equal(r.stdout.split("CAMEO 081").length - 1, 1, "the act is quoted once");
  });
});

describe("one act reported by an imported GDELT row and by an article", () => {
  let gdir: string;
  let gdb: string;
  before(async () => {
    gdir = mkdtempSync(join(tmpdir(), "orbit-shared-"));
    gdb = join(gdir, "g.db");
    // One synthetic GDELT row (test/fixtures/gdelt): Azerbaijan accuses Russia (112) on 2020-11-01.
    const row = readFileSync(join(REPO, "test/fixtures/gdelt/20201130.export.CSV"), "utf8")
      .split("\n")
      .find((l) => /\tAZE\t.*\tRUS\t.*\t112\t/.test(l) && l.includes("\t20201101\t"))!;
    writeFileSync(join(gdir, "20201101.export.CSV"), `${row}\n`);
    const article = {
      id: "baku",
      published: "2020-11-01",
      url: "https://example.org/baku",
      text: "Baku, November 1, 2020 — Azerbaijan accused Russia of arming Armenia, the foreign ministry said.",
    };
    const ingest = await runCli(["ingest", "-", "--db", gdb], { stdin: `${JSON.stringify(article)}\n` });
    assert.equal(ingest.code, 0, ingest.stderr);
    const imported = await runCli(["import", "gdelt", join(gdir, "20201101.export.CSV"), "--db", gdb]);
    assert.equal(imported.code, 0, imported.stderr);
  });
  after(() => rmSync(gdir, { recursive: true, force: true }));

  it("counts one act in orbit align and the brief, quoting the article's sentence with both sources", async () => {
    const cli = await runCli(["align", "--source", "events", "--country", "AZE", "--format", "json", "--db", gdb]);
    assert.equal(cli.code, 0, cli.stderr);
    const rus = JSON.parse(cli.stdout).find((r: any) => r.with === "RUS");
    assert.deepEqual([rus.n, rus.events], [1, 2]);
    const brief = await runCli(["brief", "AZE", "--db", gdb]);
    assert.match(brief.stdout, /2 events involving AZE, 1 distinct act/);
    const top = brief.stdout.split("## Top events\n\n")[1]!;
    assert.equal(top.split("\n").filter((l) => l.startsWith("- ")).length, 1, top);
    assert.match(
      top,
      /CAMEO 112 · Goldstein -2 · orbit · 2 reports\n {2}> Baku, November 1, 2020 — Azerbaijan accused/,
    );
    assert.match(top, /example\.org\/baku/);
    assert.match(top, /example\.org\/synthetic\/1000000002/);
  });
});
