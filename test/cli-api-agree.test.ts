// The same question asked of `orbit` and of the REST API gets the same answer, on one database built by the CLI.
// biome-ignore-all lint/suspicious/noExplicitAny: assertions read loosely typed JSON bodies
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { loadConfig } from "../src/config/index.ts";
import { createApp } from "../src/server/index.ts";
import { openStore, type Store } from "../src/store/index.ts";
import { REPO, runCli, runCliOk } from "./run-cli.ts";

let dir: string;
let db: string;
let store: Store;
let app: ReturnType<typeof createApp>;

const cli = (args: string[]) => runCliOk(args, db);

async function api(path: string): Promise<any> {
  const res = await app.request(path);
  assert.equal(res.status, 200, `${path}: ${await res.clone().text()}`);
  return (res.headers.get("content-type") ?? "").startsWith("text/markdown") ? res.text() : res.json();
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "orbit-agree-"));
  db = join(dir, "orbit.db");
  // The synthetic GDELT rows turn ARM–RUS from cooperation to conflict in mid-November 2020; the UN votes move
  // ARM from the Russian line to the German one in 2019.
  await cli(["import", "gdelt", join(REPO, "test/fixtures/gdelt/20201130.export.CSV")]);
  await cli(["import", "unga", join(REPO, "test/fixtures/unga")]);
  // One later event between other states stretches the store's span to years, while ARM's events span a month.
  const doc = { id: "later", text: "Paris, March 3, 2024 — France signed a trade agreement with Germany on Monday." };
  const ingest = await runCli(["ingest", "-", "--db", db, "--no-progress"], { stdin: `${JSON.stringify(doc)}\n` });
  assert.equal(ingest.code, 0, ingest.stderr);
  store = await openStore(db);
  app = createApp({ store, config: loadConfig({ db, token: "agree-token" }, {}), rateLimit: false, webDist: false });
});
after(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("orbit alerts and GET /api/alerts", () => {
  const cases: [string[], string][] = [
    // Without --by the period follows the span of ARM's own events (a month: days), not the whole store's.
    [["--country", "ARM", "--source", "events"], "country=ARM&source=events"],
    [["--country", "ARM", "--source", "events", "--by", "day"], "country=ARM&source=events&by=day"],
    [["--country", "ARM", "--pole", "RUS"], "country=ARM&pole=RUS"],
    [["--country", "ARM,AZE", "--pole", "DEU"], "country=ARM,AZE&pole=DEU"],
    [["--country", "ARM", "--by", "month", "--source", "unga"], "country=ARM&by=month&source=unga"],
    [["--source", "both", "--since", "2019"], "source=both&since=2019"],
  ];
  for (const [args, query] of cases)
    test(`orbit alerts ${args.join(" ")} = /api/alerts?${query}`, async () => {
      const fromCli = JSON.parse(await cli(["alerts", ...args, "--format", "json"]));
      const fromApi = await api(`/api/alerts?${query}`);
      assert.deepEqual(fromApi.rows, fromCli);
    });

  test("ARM's turn away from Russia in the events is found by both", async () => {
    const rows = (await api("/api/alerts?country=ARM&source=events")).rows;
    assert.ok(
      rows.some((a: any) => a.source === "events" && a.pole === "RUS" && a.direction === "away"),
      JSON.stringify(rows),
    );
  });
});

describe("orbit align and GET /api/align", () => {
  test("by day with UN votes alone is a 400 with the CLI's message", async () => {
    const res = await app.request("/api/align?source=unga&by=day&country=ARM");
    assert.equal(res.status, 400);
    const r = await runCli(["align", "--source", "unga", "--by", "day", "--country", "ARM", "--db", db]);
    assert.equal(r.code, 2);
    assert.ok(r.stderr.includes(((await res.json()) as any).error.message), r.stderr);
  });
});

describe("a date range that ends before it starts", () => {
  const cases: [string[], string, string][] = [
    [["events", "--since", "2025-09", "--until", "2025-01"], "/api/events?since=2025-09&until=2025-01", "since"],
    [["align", "--from", "2024", "--to", "2020"], "/api/align?from=2024&to=2020", "from"],
  ];
  for (const [args, path, name] of cases)
    test(`is refused alike: orbit ${args.join(" ")} and ${path}`, async () => {
      const r = await runCli([...args, "--db", db]);
      assert.equal(r.code, 2, r.stdout);
      const res = await app.request(path);
      assert.equal(res.status, 400);
      const message = ((await res.json()) as any).error.message as string;
      assert.match(message, new RegExp(`'${name}': ${name} \\S+ is after`));
      assert.match(r.stderr, / is after /);
    });

  test("the articles and series routes refuse it too", async () => {
    for (const path of ["/api/articles?since=2025-09&until=2025-01", "/api/series?since=2025&until=2024-12"])
      assert.equal((await app.request(path)).status, 400, path);
  });

  test("a month up to its own year is in order (2025 runs to December)", async () => {
    const r = await runCli(["events", "--since", "2020-11-29", "--until", "2020", "--format", "jsonl", "--db", db]);
    assert.equal(r.code, 0, r.stderr);
    const fromApi = await api("/api/events?since=2020-11-29&until=2020&limit=500");
    assert.ok(fromApi.rows.length > 0);
    assert.equal(r.stdout.trim().split("\n").length, fromApi.rows.length);
  });
});

describe("orbit brief and GET /api/brief", () => {
  test("--pole and --top are taken by both and give the same page", async () => {
    const fromCli = await cli(["brief", "ARM", "--pole", "RUS", "--top", "2"]);
    const fromApi = await api("/api/brief/ARM?pole=RUS&top=2&format=md");
    // The brief carries its generation date; a run across midnight is the only way the two could differ there.
    assert.equal(fromApi, fromCli);
    assert.equal((fromApi.match(/^- \d{4}-\d\d-\d\d · /gm) ?? []).length, 2, "two events quoted");
    assert.doesNotMatch(fromApi, /\| CHN \|/, "only the pole asked");
  });
});
