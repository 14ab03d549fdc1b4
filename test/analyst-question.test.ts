// The analyst's question end to end: "is this state drifting from Moscow, since when, on what evidence?" asked of a
// store built by `orbit ingest` from news items with URLs, through the CLI and the REST API. INVENTED reports.
// biome-ignore-all lint/suspicious/noExplicitAny: assertions read loosely typed JSON bodies
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { loadConfig } from "../src/config/index.ts";
import { createApp } from "../src/server/index.ts";
import { openStore, type Store } from "../src/store/index.ts";
import { runCli, runCliOk } from "./run-cli.ts";

const DOCS = [
  {
    id: "n1",
    url: "https://news.example/2022/03/kaz-rus-gas",
    published: "2022-03-14",
    text: "Kazakhstan signed a gas transit agreement with Russia on Monday, officials in Astana said.",
  },
  {
    id: "n2",
    url: "https://news.example/2023/05/kaz-eu-minerals",
    published: "2023-05-09",
    text: "The European Union signed a raw materials partnership with Kazakhstan on Tuesday.",
  },
  {
    id: "n3",
    url: "https://news.example/2024/10/kaz-rus-rebuke",
    published: "2024-10-02",
    text: "Kazakhstan criticised Russia over the detention of its citizens, the foreign ministry said on Wednesday.",
  },
];

let dir: string;
let db: string;
let store: Store;
let app: ReturnType<typeof createApp>;

const cli = (args: string[]) => runCliOk(args, db);

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "orbit-analyst-"));
  db = join(dir, "orbit.db");
  const stdin = DOCS.map((d) => JSON.stringify(d)).join("\n");
  const r = await runCli(["ingest", "-", "--db", db, "--no-progress"], { stdin: `${stdin}\n` });
  assert.equal(r.code, 0, r.stderr);
  store = await openStore(db);
  app = createApp({ store, config: loadConfig({ db, token: "analyst-token" }, {}), rateLimit: false, webDist: false });
});
after(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

const urlOf = new Map(DOCS.map((d) => [d.id, d.url]));

describe("every event links to the page its sentence was read from", () => {
  it("orbit events and orbit export give each event its article's URL", async () => {
    const events = (await cli(["events", "--actor", "KAZ", "--limit", "0", "--format", "jsonl"]))
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    assert.ok(events.length >= 3, JSON.stringify(events));
    for (const e of events) assert.equal(e.url, urlOf.get(e.articleId), JSON.stringify(e));

    const csv = (await cli(["export", "events", "--actor", "KAZ", "--format", "csv"])).trim().split("\n");
    const header = csv[0]!.split(",");
    const [idCol, urlCol] = [header.indexOf("article_id"), header.indexOf("url")];
    assert.equal(csv.length - 1, events.length);
    for (const row of csv.slice(1)) {
      const cells = row.split(",");
      assert.equal(cells[urlCol], urlOf.get(cells[idCol]!), row);
    }
  });

  it("GET /api/events gives each event its article's URL", async () => {
    const body = (await (await app.request("/api/events?actor=KAZ&limit=100")).json()) as any;
    assert.ok(body.rows.length >= 3);
    for (const e of body.rows) assert.equal(e.url, urlOf.get(e.articleId), JSON.stringify(e));
  });
});

describe("the brief says what it rests on and since when", () => {
  it("orbit brief KAZ and /api/brief/KAZ name the events, months and years behind the answer", async () => {
    const brief = await cli(["brief", "KAZ"]);
    assert.match(brief, /0 UN votes of KAZ, \d+ events involving KAZ \(\d+ with a pole, dated in 3 months\)/);
    assert.match(brief, /Of the events recorded from 2022-03-14 to 2024-10-02, \d+ of \d+ with Russia/);
    const years = brief.split("## Events by year\n\n")[1]!.split("\n\n")[0]!;
    assert.match(years, /^\| year \| RUS \| EU \|$/m);
    for (const y of ["2022", "2023", "2024"]) assert.match(years, new RegExp(`^\\| ${y} \\|`, "m"));
    // One act a year is too few to judge: the table says so instead of a share.
    assert.match(years, /^\| 2024 \| – \(1\) \|/m);
    // The same page over HTTP, but for the day it was generated.
    const api = await (await app.request("/api/brief/KAZ?format=md")).text();
    const body = (md: string) => md.replace(/_Generated \S+/, "").trim();
    assert.equal(body(api), body(brief));
  });
});
