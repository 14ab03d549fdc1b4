// End to end through the real CLI: import GDELT and UN-vote fixtures into a temporary SQLite store, then
// align (votes and events), alerts and brief.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "orbit-align-"));
const db = join(dir, "t.db");

function orbit(...args: string[]) {
  const r = spawnSync(process.execPath, [join(root, "bin/orbit.js"), ...args, "--db", db], {
    cwd: root,
    encoding: "utf8",
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

before(() => {
  const g = orbit("import", "gdelt", join(root, "test/fixtures/gdelt/20201130.export.CSV.zip"));
  assert.equal(g.code, 0, g.err);
  assert.match(g.out, /inserted: 191 .*bad lines: 2/);
  assert.match(g.err, /20201130\.export\.CSV\.zip:21: expected 57, 58 or 61/);
  const u = orbit("import", "unga", join(root, "test/fixtures/unga"));
  assert.equal(u.code, 0, u.err);
  assert.match(u.out, /votes: 840 {2}inserted: 840/);
  assert.match(orbit("import", "unga", join(root, "test/fixtures/unga")).out, /inserted: 0 {2}unchanged: 840/);
});
after(() => rmSync(dir, { recursive: true, force: true }));

test("align --source unga --format json: one array of rows per country, year, measure and pole", () => {
  const r = orbit(
    "align",
    "--source",
    "unga",
    "--country",
    "ARM",
    "--from",
    "2018",
    "--to",
    "2019",
    "--format",
    "json",
  );
  assert.equal(r.code, 0, r.err);
  const rows = JSON.parse(r.out) as {
    country: string;
    year: number;
    measure: string;
    with: string;
    value: number;
    n: number;
  }[];
  const get = (year: number, measure: string, w: string) =>
    rows.find((x) => x.year === year && x.measure === measure && x.with === w);
  // Fixture: ARM voted the RUS line until 2018 (absent on one consensus vote a year), the DEU line after.
  assert.deepEqual(get(2018, "agreement", "RUS"), {
    country: "ARM",
    year: 2018,
    measure: "agreement",
    with: "RUS",
    value: 1,
    n: 9,
  });
  assert.equal(get(2019, "west_share", "RUS-DEU")?.value, 1);
  assert.equal(get(2018, "west_share", "RUS-DEU")?.value, 0);
  assert.ok(rows.every((x) => x.country === "ARM" && (x.year === 2018 || x.year === 2019)));
});

test("align --source events: pole indices with bands; --dyads: directed-dyad series", () => {
  const r = orbit("align", "--source", "events", "--by", "month", "--format", "json");
  assert.equal(r.code, 0, r.err);
  const rows = JSON.parse(r.out) as {
    country: string;
    with: string;
    value: number | null;
    n: number;
    insufficient: boolean;
  }[];
  const arm = rows.find((x) => x.country === "ARM" && x.with === "RUS")!;
  assert.equal(arm.n, 60);
  assert.equal(arm.value, 0.55);
  assert.ok(rows.some((x) => x.country === "AZE" && x.with === "TUR"));
  const d = orbit("align", "--source", "events", "--dyads", "--country", "ARM", "--format", "csv");
  assert.match(d.out, /^source,target,period,acts,reports,/);
  assert.match(d.out, /\nARM,AZE,2020,30,30,0,0,21,9,-132,-4\.4,-30\n/);
  // Options dyad series cannot use are refused, not ignored.
  const votes = orbit("align", "--dyads", "--source", "unga", "--country", "ARM");
  assert.equal(votes.code, 2);
  assert.match(votes.err, /--dyads: event series between any two parties take no --source unga/);
  assert.match(orbit("align", "--dyads", "--pole", "RUS").err, /take no --pole/);
});

test("align --by day with UN votes alone is refused, not answered by month", () => {
  const r = orbit("align", "--source", "unga", "--by", "day", "--country", "ARM");
  assert.equal(r.code, 2, r.out);
  assert.match(r.err, /by day measures events only: UN votes go by year or month/);
  assert.equal(r.out, "");
  const both = orbit("align", "--source", "both", "--by", "day", "--country", "ARM", "--format", "json");
  assert.equal(both.code, 0, both.err);
  assert.ok((JSON.parse(both.out) as { day?: string }[]).some((x) => x.day === "2020-11-16"));
});

test("alerts: vote and event change points with direction, period and drivers", () => {
  const r = orbit("alerts", "--format", "json");
  assert.equal(r.code, 0, r.err);
  const alerts = JSON.parse(r.out) as {
    country: string;
    source: string;
    direction: string;
    pole: string;
    firstAfter: string;
    drivers: { events?: unknown[]; resolutions?: { resolution: string }[] };
  }[];
  const ev = alerts.find((a) => a.country === "ARM" && a.source === "events" && a.pole === "RUS")!;
  assert.equal(ev.direction, "away");
  assert.equal(ev.firstAfter, "2020-11-16");
  assert.ok((ev.drivers.events ?? []).length > 0);
  assert.ok(alerts.some((a) => a.country === "AZE" && a.source === "events" && a.direction === "toward"));
  const vote = alerts.find((a) => a.country === "ARM" && a.source === "unga" && a.pole === "RUS")!;
  assert.equal(vote.firstAfter, "2019");
  assert.match(vote.drivers.resolutions![0]!.resolution, /^SYN-2019-/);
  assert.equal(JSON.parse(orbit("alerts", "--since", "2021", "--source", "unga", "--format", "json").out).length, 0);
});

test("alerts --method: each detector alone, both agreeing ranks first and names both; votes --by month are sessions", () => {
  type A = { country: string; source: string; measure: string; pole: string; firstAfter: string; methods: string[] };
  const run = (...args: string[]) => {
    const r = orbit("alerts", "--format", "json", ...args);
    assert.equal(r.code, 0, r.err);
    return JSON.parse(r.out) as A[];
  };
  const cusum = run("--method", "cusum");
  const bocpd = run("--method", "bocpd");
  const both = run();
  assert.ok(cusum.length > 0 && cusum.every((a) => a.methods.join() === "cusum"));
  assert.ok(bocpd.length > 0 && bocpd.every((a) => a.methods.join() === "bocpd"));
  const ws = both.find((a) => a.country === "ARM" && a.measure === "west_share")!;
  assert.deepEqual(ws.methods, ["cusum", "bocpd"]);
  const firstSingle = both.findIndex((a) => a.methods.length === 1);
  if (firstSingle >= 0) assert.ok(both.slice(firstSingle).every((a) => a.methods.length === 1));
  // Fixture votes fall in January–October; ARM switches in January 2019, so the session opened in September 2018
  // (Sep–Oct 2018 on the RUS line, Jan–Aug 2019 on the DEU line) is the first that leans to the DEU line.
  const sessions = run("--source", "unga", "--by", "month", "--country", "ARM");
  const s = sessions.find((a) => a.measure === "west_share")!;
  assert.equal(s.firstAfter, "2018-09");
  assert.ok(sessions.every((a) => /^\d{4}-09$/.test(a.firstAfter)));
  assert.equal(orbit("alerts", "--method", "pelt").code, 2);
});

test("brief ARM: vote trend, event balance, change points, top events with sources", () => {
  const r = orbit("brief", "ARM");
  assert.equal(r.code, 0, r.err);
  for (const h of [
    "# Armenia (ARM)",
    "## UN General Assembly votes",
    "## Event balance",
    "## Change points",
    "## Top events",
  ])
    assert.ok(r.out.includes(h), h);
  assert.match(r.out, /Agreement with RUS: 1\.00 \(2013–2015\) → 0\.17 \(2022–2024\), down 0\.83/);
  assert.match(r.out, /ARM moved away from RUS/);
  assert.match(
    r.out,
    /## Summary\n\nSince 2019 Armenia has voted with Germany rather than Russia on \d+% .*\(n = \d+;/,
  );
  assert.match(r.out, /CUSUM t = [\d.]+ \+ BOCPD p = [\d.]+/);
  assert.match(r.out, /https:\/\/example\.org\/synthetic\//);
  assert.equal(orbit("brief", "XX").code, 2);
});
