// End to end through the real CLI: `orbit demo` on the bundled data, `orbit export` of what it stored, and unknown
// commands named as errors.
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { runCli } from "./run-cli.ts";

let dir: string;
let db: string;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), "orbit-export-"));
  db = join(dir, "demo.db");
});
after(() => rmSync(dir, { recursive: true, force: true }));

const lines = (text: string) => text.trim().split("\n").filter(Boolean);

describe("orbit demo", () => {
  it("loads the bundled data once, shows the events and a state's standing, and names the commands to ask more", async () => {
    const first = await runCli(["demo", "--db", db]);
    assert.equal(first.code, 0, first.stderr);
    const loaded = /bundled articles: \d+ read, (\d+) new, 0 already stored, (\d+) new events/.exec(first.stdout);
    assert.ok(loaded && Number(loaded[2]) > 0, first.stdout);
    const state = /How ([A-Z]{3}) stands toward each pole/.exec(first.stdout)?.[1];
    assert.ok(state, first.stdout);
    assert.match(first.stdout, new RegExp(`^${state}\\s+\\d{4}\\s+(RUS|EU|USA|CHN|TUR)\\s`, "m"));
    assert.ok(first.stdout.includes(`npx orbit events --actor ${state} --db ${db}`), first.stdout);
    const again = await runCli(["demo", "--db", db]);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, new RegExp(`0 new, ${loaded[1]} already stored, 0 new events`));
  });
});

describe("orbit export", () => {
  it("writes every event to a file in the format its name gives, the same events `orbit events` lists", async () => {
    const listed = await runCli(["events", "--limit", "0", "--format", "jsonl", "--db", db]);
    assert.equal(listed.code, 0, listed.stderr);
    const ids = lines(listed.stdout).map((l) => JSON.parse(l).id);
    assert.ok(ids.length > 0);

    const csv = join(dir, "events.csv");
    const r = await runCli(["export", "events", "--out", csv, "--db", db]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, new RegExp(`${ids.length} events written to ${csv}`));
    assert.equal(r.stdout, "");
    const rows = lines(readFileSync(csv, "utf8"));
    assert.equal(
      rows[0],
      "id,when,source,target,cameo,quad,goldstein,confidence,origin,article_id,url,attribution,evidence,when_from,place,place_country,lat,lon,fatalities",
    );
    assert.deepEqual(
      rows
        .slice(1)
        .map((l) => l.split(",")[0])
        .sort(),
      [...ids].sort(),
    );
    assert.deepEqual(
      readdirSync(dir).filter((f) => f.endsWith(".partial")),
      [],
    );

    const json = join(dir, "events.json");
    assert.equal((await runCli(["export", "events", "--out", json, "--db", db])).code, 0);
    assert.equal(JSON.parse(readFileSync(json, "utf8")).length, ids.length);
  });

  it("takes the filters of `orbit events` and the options of `orbit align`, to stdout", async () => {
    const kaz = await runCli(["export", "events", "--actor", "KAZ", "--format", "jsonl", "--db", db]);
    assert.equal(kaz.code, 0, kaz.stderr);
    const events = lines(kaz.stdout).map((l) => JSON.parse(l));
    assert.ok(events.length > 0);
    for (const e of events) assert.ok(e.source === "KAZ" || e.target === "KAZ", JSON.stringify(e));
    assert.ok(events.every((e) => typeof e.evidence.text === "string" && e.evidence.end > e.evidence.start));

    const none = await runCli(["export", "events", "--since", "2031", "--format", "json", "--db", db]);
    assert.equal(none.stdout, "[]\n");

    const align = await runCli(["export", "align", "--source", "events", "--country", "KAZ", "--db", db]);
    assert.equal(align.code, 0, align.stderr);
    const [header, ...alignRows] = lines(align.stdout);
    assert.match(header!, /^country,year,measure,with,value,n,low,high,events,insufficient$/);
    assert.ok(alignRows.length > 0 && alignRows.every((l) => /^KAZ,2025,coop_share,/.test(l)), align.stdout);

    const articles = await runCli(["export", "articles", "--format", "jsonl", "--db", db]);
    assert.equal(articles.code, 0, articles.stderr);
    const first = JSON.parse(lines(articles.stdout)[0]!);
    assert.ok(first.id && first.text.length > 100 && first.eventCount > 0, articles.stdout.slice(0, 300));
  });

  it("names a bad option or an unwritable file, and leaves no half-written file", async () => {
    const out = join(dir, "missing", "events.csv");
    const r = await runCli(["export", "events", "--out", out, "--db", db]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--out: cannot write .*missing\/events\.csv: its folder does not exist\n$/);
    assert.ok(!existsSync(out));
    for (const [args, message] of [
      [["export", "events", "--format", "xml"], /unknown format "xml"/],
      [["export", "events", "--quad", "friendly"], /unknown quad class "friendly"/],
      [["export", "align", "--country", "Moldova"], /did you mean MDA\?/],
    ] as const) {
      const bad = await runCli([...args, "--db", db]);
      assert.equal(bad.code, 2, args.join(" "));
      assert.match(bad.stderr, message);
    }
  });
});

describe("an unknown actor", () => {
  it("is an error naming it in events and exports (exit 2); a known actor with no events lists nothing", async () => {
    for (const args of [
      ["events", "--actor", "XYZ"],
      ["events", "--dyad", "KAZ:QQQ", "--symmetric"],
      ["export", "events", "--actor", "xyz"],
      ["export", "articles", "--actor", "XYZ"],
    ]) {
      const r = await runCli([...args, "--db", db]);
      assert.equal(r.code, 2, args.join(" "));
      assert.match(r.stderr, /unknown actor "(XYZ|QQQ)"/, args.join(" "));
    }
    const fiji = await runCli(["events", "--actor", "FJI", "--db", db]);
    assert.equal(fiji.code, 0, fiji.stderr);
    assert.equal(fiji.stdout, "no events match\n");
  });
});

describe("an unknown command", () => {
  it("is an error naming it, even with --help, at the top level and under a command", async () => {
    const cases: [string[], string][] = [
      [["expor", "--help"], "expor"],
      [["expor"], "expor"],
      [["export", "event", "--help"], "event"],
      [["import", "votes"], "votes"],
    ];
    for (const [args, word] of cases) {
      const r = await runCli(args);
      assert.equal(r.code, 2, args.join(" "));
      assert.match(r.stderr, new RegExp(`unknown command "${word}"`));
    }
    const help = await runCli(["export", "events", "--help"]);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: orbit export events /);
  });
});
