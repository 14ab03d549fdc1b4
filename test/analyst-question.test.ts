// The analyst's question end to end: "is this state drifting from Moscow, since when, on what evidence?" asked of a
// store built by `orbit ingest` from news items with URLs, through the CLI and the REST API. INVENTED reports.
// biome-ignore-all lint/suspicious/noExplicitAny: assertions read loosely typed JSON bodies
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { today } from "../src/aggregate/index.ts";
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
  {
    // A page whose date was misread as one still to come: its event cannot be evidence yet.
    id: "n4",
    url: "https://news.example/2099/03/kaz-rus-protest",
    published: "2099-03-14",
    text: "Kazakhstan protested to Russia over the closure of a border crossing, the foreign ministry said.",
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
    assert.match(
      brief,
      /0 UN votes of KAZ, \d+ events involving KAZ, \d+ distinct acts \(\d+ with a pole, dated in 3 months\)/,
    );
    assert.match(brief, /Of the acts recorded from 2022-03-14 to 2024-10-02, \d+ of \d+ with Russia/);
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

describe("an event dated after today is left out of the answer, and every shell says so", () => {
  const note = new RegExp(
    `^1 event is dated after ${today()} \\(the latest 2099-03-14\\) and left out of the alignment index and the change points: .*\\\`orbit events --actor KAZ --since \\d{4}-\\d\\d-\\d\\d\\\`\\.$`,
    "m",
  );
  it("orbit align and orbit alerts leave it out and print why on stderr", async () => {
    const align = await runCli(["align", "--source", "events", "--country", "KAZ", "--format", "json", "--db", db]);
    assert.equal(align.code, 0, align.stderr);
    assert.match(align.stderr, note);
    const rows = JSON.parse(align.stdout) as any[];
    assert.ok(rows.length > 0 && rows.every((r) => r.year < 2099), align.stdout);
    const withRus = rows.filter((r) => r.with === "RUS").reduce((n, r) => n + r.n, 0);
    assert.equal(withRus, 2, "the two acts with Russia dated before today");
    const alerts = await runCli(["alerts", "--source", "events", "--country", "KAZ", "--db", db]);
    assert.equal(alerts.code, 0, alerts.stderr);
    assert.match(alerts.stderr, note);
  });

  it("/api/align and /api/alerts leave it out and give the count, the date and the same note", async () => {
    for (const path of ["/api/align?source=events&country=KAZ", "/api/align?source=events&by=month", "/api/alerts"]) {
      const body = (await (await app.request(path)).json()) as any;
      assert.equal(body.leftOut?.count, 1, path);
      assert.equal(body.leftOut.after, today());
      assert.equal(body.leftOut.latest, "2099-03-14");
      assert.ok(!JSON.stringify(body.rows).includes("2099"), path);
    }
    const kaz = (await (await app.request("/api/align?source=events&country=KAZ")).json()) as any;
    assert.match(kaz.leftOut.note, note);
    const votes = (await (await app.request("/api/align?source=unga")).json()) as any;
    assert.equal(votes.leftOut, undefined, "votes have no event dates to leave out");
  });

  it("the brief leaves it out of its counts and says so", async () => {
    const brief = await cli(["brief", "KAZ"]);
    assert.match(brief, new RegExp(`^_${note.source.slice(1, -1)}_$`, "m"));
    assert.doesNotMatch(brief, /^\| 2099 \|/m);
    assert.match(brief, /Of the acts recorded from 2022-03-14 to 2024-10-02, 1 of 2 with Russia/);
  });
});
