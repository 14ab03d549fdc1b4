// End to end through the real CLI: analyze the seed page, ingest twice into a temp database, list events, bad input.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { gzipSync } from "node:zlib";
import { REPO, runCli, SHARED } from "./run-cli.ts";

const SEED = join(SHARED, "corpus/seed/000_0e0bef2aa06d10f3.txt");
let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), "orbit-e2e-"));
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe("orbit analyze", () => {
  it("reads the seed page from a file and prints the article and its events", async () => {
    const r = await runCli(["analyze", SEED]);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout.trim().split("\n")[0]!);
    assert.equal(out.article.published, "2025-08-01");
    assert.match(out.article.title, /End of an Era/);
    assert.ok(out.article.text.startsWith("Berlin, August 1, 2025"));
    for (const junk of ["spot_img", "Related Posts", "Popular Articles", "Saturday, August 2, 2025"])
      assert.ok(!out.article.text.includes(junk), junk);
    const plane = out.events.find(
      (e: { source: string; target: string; cameo: string }) =>
        e.source === "RUS" && e.target === "AZE" && /^1[89]/.test(e.cameo),
    );
    assert.ok(plane, "the downing of the plane is coded RUS→AZE");
    assert.equal(plane.when, "2024-12");
    assert.ok(plane.evidence.text.includes("downing"));
    assert.ok(
      !out.events.some((e: { source: string; target: string }) => e.source === "DEU" || e.target === "DEU"),
      "Berlin is only the dateline",
    );
  });

  it("reads JSONL on stdin and reports a bad line by number while going on", async () => {
    const good = JSON.stringify({
      id: "a",
      text: "Russia threatened Azerbaijan with military measures on Monday.",
      published: "2025-08-01",
    });
    const r = await runCli(["analyze"], { stdin: `${good}\n{not json\n` });
    assert.equal(r.code, 1);
    assert.match(r.stderr, /line 2|:2/);
    const first = JSON.parse(r.stdout.trim().split("\n")[0]!);
    assert.equal(first.id, "a");
    assert.ok(
      first.events.some(
        (e: { source: string; target: string; quad: string }) =>
          e.source === "RUS" && e.target === "AZE" && e.quad === "verbal-conflict",
      ),
    );
  });
});

describe("orbit analyze at a terminal", () => {
  // `script` (util-linux) gives the command a terminal for stdin, as a user typing would.
  const script = spawnSync("script", ["--version"]).status === 0;
  it("says it is reading JSONL and how to end, instead of looking hung", { skip: !script && "no script(1)" }, () => {
    const bin = join(REPO, "bin/orbit.js");
    const r = spawnSync("script", ["-qec", `"${process.execPath}" "${bin}" analyze`, "/dev/null"], {
      input: `${JSON.stringify({ id: "typed", text: "Russia condemned Ukraine." })}\n\x04`,
      encoding: "utf8",
      timeout: 60_000,
      cwd: REPO,
    });
    assert.match(r.stdout, /orbit analyze: reading JSONL from the terminal.*Ctrl-D ends it/);
    assert.match(r.stdout, /"id":"typed".*"source":"RUS","target":"UKR"/);
  });
});

describe("orbit --help", () => {
  it("every command in the README's table has help, with defaults as a user types them", async () => {
    const readme = readFileSync(join(REPO, "README.md"), "utf8");
    const commands = [...readme.matchAll(/^\| `orbit ([a-z]+(?: (?:unga|gdelt))?)/gm)].map((m) => m[1]!);
    assert.ok(commands.length >= 10, commands.join());
    for (const command of [...commands, "import gdelt"]) {
      const r = await runCli([...command.split(" "), "--help"]);
      assert.equal(r.code, 0, command);
      assert.match(r.stdout, new RegExp(`^Usage: orbit ${command} `), command);
    }
    const watch = await runCli(["watch", "--help"]);
    assert.match(watch.stdout, /--host-interval <duration>[\s\S]*\(default:\s+1s\)/);
  });
});

describe("orbit start (npm start)", () => {
  it("loads the bundled data once, says what it found and how to see the rest", async () => {
    const db = join(dir, "start.db");
    const first = await runCli(["start", "--no-serve", "--db", db]);
    assert.equal(first.code, 0, first.stderr);
    const loaded = /bundled articles: (\d+) read, (\d+) new, 0 already stored, (\d+) new events, 0 failed/.exec(
      first.stdout,
    );
    assert.ok(loaded, first.stdout);
    assert.ok(Number(loaded[2]) >= 1 && Number(loaded[3]) > 8, "the sample article gives more events than are shown");
    assert.match(first.stdout, new RegExp(`database: ${loaded[2]} articles, ${loaded[3]} events`));
    assert.match(first.stdout, new RegExp(`\\(8 shown: \`orbit events --limit 0\` lists all ${loaded[3]}\\)`));
    const again = await runCli(["start", "--no-serve", "--db", db]);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, new RegExp(`${loaded[1]} read, 0 new, ${loaded[2]} already stored, 0 new events`));
  });
});

describe("the analyst's question: is Kazakhstan drifting from Moscow, since when, on what evidence?", () => {
  it("alerts date the move and name the events behind it; the brief quotes their sentences", async () => {
    const db = join(dir, "drift.db");
    const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"];
    const lines: string[] = [];
    // Invented reports: a year of cooperation with Russia, then months of friction.
    for (let year = 2024; year <= 2025; year++)
      MONTHS.forEach((month, m) => {
        for (const day of [4, 14, 24]) {
          const text =
            year === 2024
              ? `Astana — Kazakhstan signed an energy agreement with Russia on ${day} ${month} ${year}.`
              : `Astana — Kazakhstan accused Russia of interfering in its affairs on ${day} ${month} ${year}.`;
          const published = `${year}-${String(m + 1).padStart(2, "0")}-${day}`;
          lines.push(JSON.stringify({ id: `drift-${published}`, published, text }));
        }
      });
    const ingest = await runCli(["ingest", "-", "--db", db, "--json"], { stdin: `${lines.join("\n")}\n` });
    assert.equal(ingest.code, 0, ingest.stderr);
    const alerts = await runCli(["alerts", "--country", "KAZ", "--source", "events", "--db", db]);
    assert.equal(alerts.code, 0, alerts.stderr);
    const row = alerts.stdout.split("\n").find((l) => /^KAZ\s+events\s+away RUS/.test(l));
    assert.ok(row, alerts.stdout);
    assert.match(row, /2024-10→2025-01/, "since when: the last month before and the first after");
    assert.match(row, /2025-\d\d-\d\d KAZ→RUS 112/, "the drivers say what happened, not only an id");
    assert.match(alerts.stdout, /orbit brief COUNTRY/);
    const brief = await runCli(["brief", "KAZ", "--db", db]);
    assert.match(brief.stdout, /moved away from RUS/);
    assert.match(brief.stdout, /> Astana — Kazakhstan accused Russia of interfering in its affairs on \d+ \w+ 2025\./);
  });
});

describe("orbit ingest and events", () => {
  it("stores the seed page once, idempotently, and lists its events with evidence", async () => {
    const db = join(dir, "orbit.db");
    const first = await runCli(["ingest", SEED, "--db", db, "--json"]);
    assert.equal(first.code, 0, first.stderr);
    const s1 = JSON.parse(first.stdout);
    assert.equal(s1.stored, 1);
    assert.ok(s1.events >= 12);
    const again = await runCli(["ingest", SEED, "--db", db, "--json"]);
    assert.equal(again.code, 0, again.stderr);
    const s2 = JSON.parse(again.stdout);
    assert.equal(s2.stored, 0);
    assert.equal(s2.unchanged, 1);

    const table = await runCli(["events", "--db", db, "--dyad", "RUS:AZE"]);
    assert.equal(table.code, 0, table.stderr);
    assert.match(table.stdout, /2024-12\s+RUS\s+AZE\s+19/);
    const plane = await runCli(["events", "--db", db, "--dyad", "RUS:AZE", "--cameo", "19", "--format", "jsonl"]);
    assert.match(JSON.parse(plane.stdout.split("\n")[0]!).evidence.text, /downing of an Azerbaijani passenger plane/);
    const jsonl = await runCli(["events", "--db", db, "--format", "jsonl", "--limit", "0"]);
    assert.equal(jsonl.stdout.trim().split("\n").length, s1.events);
    const csv = await runCli(["events", "--db", db, "--actor", "KAZ", "--format", "csv"]);
    assert.match(csv.stdout.split("\n")[0]!, /^when,source,target,cameo/);
  });

  it("the events table shows the page each event came from, whole, so an analyst can open it", async () => {
    const db = join(dir, "urls.db");
    const url =
      "https://news.example.org/world/asia/2025/03/04/kazakhstan-and-china-sign-a-long-railway-agreement-in-astana";
    const line = JSON.stringify({
      id: "rail",
      url,
      published: "2025-03-04",
      text: "Astana — Kazakhstan signed a railway agreement with China on Tuesday.",
    });
    const ingest = await runCli(["ingest", "-", "--db", db, "--json"], { stdin: `${line}\n` });
    assert.equal(ingest.code, 0, ingest.stderr);
    const out = await runCli(["events", "--db", db, "--actor", "KAZ"]);
    assert.equal(out.code, 0, out.stderr);
    assert.match(out.stdout.split("\n")[0]!, /\burl$/);
    assert.ok(
      out.stdout.split("\n").some((l) => /KAZ\s+CHN/.test(l) && l.endsWith(` ${url}`)),
      out.stdout,
    );
    const csv = await runCli(["events", "--db", db, "--actor", "KAZ", "--format", "csv"]);
    assert.match(csv.stdout.split("\n")[0]!, /,article,url$/);
  });

  it("goes on past bad documents, names them, keeps what is stored and exits non-zero; reads gzip, skips the empty", async () => {
    const db = join(dir, "bad.db");
    const folder = join(dir, "batch");
    mkdirSync(folder);
    writeFileSync(join(folder, "good.txt"), readFileSync(SEED, "utf8"));
    writeFileSync(join(folder, "empty.txt"), "");
    writeFileSync(join(folder, "binary.txt"), Buffer.from([0, 1, 2, 3, 0, 255, 254, 0, 0, 7]));
    const gzipped = join(dir, "page.html.gz");
    writeFileSync(gzipped, gzipSync(Buffer.from(readFileSync(SEED, "utf8").repeat(2))));
    writeFileSync(
      join(folder, "docs.jsonl"),
      `${JSON.stringify({ id: "j1", text: "Armenia and Azerbaijan signed a peace agreement in Washington on 8 August 2025." })}\n{"id": broken}\n`,
    );
    const secret = join(folder, "secret");
    mkdirSync(secret);
    writeFileSync(join(secret, "x.txt"), "Georgia protested to Russia.");
    const isRoot = process.getuid?.() === 0;
    if (!isRoot) chmodSync(secret, 0);
    // RFC 6761: .invalid never resolves, so this is a host-not-found on any machine, online or not.
    const nowhere = "https://no-such-host.invalid/news/1";
    const r = await runCli(["ingest", folder, join(dir, "missing.html"), gzipped, nowhere, "--db", db, "--json"]);
    if (!isRoot) chmodSync(secret, 0o755);
    assert.equal(r.code, 1, r.stderr);
    const s = JSON.parse(r.stdout);
    assert.ok(s.stored >= 2, "the good documents are stored");
    const messages = s.failures.map((f: { message: string }) => f.message).join("\n");
    assert.match(messages, /missing\.html/);
    assert.match(messages, /binary\.txt/);
    assert.match(messages, /no-such-host\.invalid could not be reached: host not found/);
    assert.match(messages, /docs\.jsonl:2/);
    assert.doesNotMatch(messages, /page\.html\.gz/, "a gzipped page is read");
    assert.deepEqual(s.skipped, [{ origin: join(folder, "empty.txt"), reason: "empty file" }]);
    if (!isRoot) assert.match(messages, /secret/);
    const events = await runCli(["events", "--db", db, "--actor", "ARM", "--format", "jsonl"]);
    assert.ok(events.stdout.includes('"ARM"'), "events of the good documents are there");
  });

  it("import gdelt goes on past a file it cannot read, names it, imports the others and exits 1", async () => {
    const db = join(dir, "gdelt.db");
    const good = join(REPO, "test/fixtures/gdelt/20201130.export.CSV");
    const missing = join(dir, "no-such-export.CSV");
    const r = await runCli(["import", "gdelt", missing, good, "--db", db, "--json"]);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /no-such-export\.CSV: cannot read GDELT file: no such file/);
    const totals = JSON.parse(r.stdout);
    assert.ok(totals.inserted > 0, "the readable file is imported");
    assert.equal(totals.failedFiles, 1);
    const events = await runCli(["events", "--origin", "gdelt", "--limit", "1", "--format", "jsonl", "--db", db]);
    assert.equal(JSON.parse(events.stdout).origin, "gdelt");
  });

  it("rejects unknown options and bad filter values with a clear message", async () => {
    const r = await runCli(["events", "--quad", "friendly"]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /unknown quad class "friendly"/);
    for (const args of [
      ["events", "--since", "2025-13"],
      ["events", "--until", "2025-02-30"],
      ["align", "--from", "2025-00"],
    ]) {
      const d = await runCli(args);
      assert.equal(d.code, 2, args.join(" "));
      assert.match(d.stderr, new RegExp(`"${args[2]}" is not a`));
    }
    const top = await runCli(["brief", "KAZ", "--top", "abc"]);
    assert.equal(top.code, 2);
    assert.match(top.stderr, /--top must be a whole number from 0 to 50, got "abc"/);
    const u = await runCli(["ingest", "--bogus"]);
    assert.equal(u.code, 2);
    assert.match(u.stderr, /unknown option/);
  });

  it("filters by every actor code the gazetteer emits (G7, G20, PARISCLUB, CENTRAL_ASIA), not junk", async () => {
    const db = join(dir, "orgs.db");
    const lines = [
      { id: "g7", text: "The G7 condemned Russia on Monday.", published: "2025-08-04" },
      { id: "g20", text: "The G20 criticised the Paris Club on Monday.", published: "2025-08-04" },
    ].map((d) => JSON.stringify(d));
    const ingest = await runCli(["ingest", "-", "--db", db, "--json"], { stdin: `${lines.join("\n")}\n` });
    assert.equal(ingest.code, 0, ingest.stderr);
    const jsonl = async (...args: string[]) => {
      const r = await runCli(["events", ...args, "--db", db, "--format", "jsonl"]);
      assert.equal(r.code, 0, `${args.join(" ")}: ${r.stderr}`);
      return r.stdout.trim()
        ? r.stdout
            .trim()
            .split("\n")
            .map((l) => JSON.parse(l))
        : [];
    };
    assert.deepEqual(
      (await jsonl("--actor", "g7")).map((e) => `${e.source}>${e.target}`),
      ["G7>RUS"],
    );
    assert.equal((await jsonl("--dyad", "G20:PARISCLUB")).length, 1);
    assert.deepEqual(await jsonl("--actor", "CENTRAL_ASIA"), []);
    assert.deepEqual(await jsonl("--actor", "WESTERN_BALKANS"), []);
    for (const junk of ["RU S", "RUS;", "R-US", "_", "RUS' OR '1'='1"]) {
      const r = await runCli(["events", "--actor", junk, "--db", db]);
      assert.equal(r.code, 2, junk);
      assert.match(r.stderr, /is not an actor code/, junk);
    }
  });

  it("align and alerts say why they have nothing when no UN votes are loaded, and how to get some", async () => {
    const db = join(dir, "orbit.db");
    const r = await runCli(["align", "--country", "KAZ", "--db", db]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /no UN votes are in the store: load them with `orbit import unga DIR`\).*--source events/);
    const events = await runCli(["align", "--country", "KAZ", "--source", "events", "--db", db]);
    assert.equal(events.stderr, "");
    assert.match(events.stdout, /KAZ\s+2025\s+coop_share/);
    const alerts = await runCli(["alerts", "--country", "KAZ", "--db", db]);
    assert.equal(alerts.code, 0, alerts.stderr);
    assert.match(
      alerts.stdout,
      /^no alerts: no shift found in the coded events \(no UN votes are in the store: load them with `orbit import unga DIR`\)/,
    );
    const votesOnly = await runCli(["alerts", "--country", "KAZ", "--source", "unga", "--db", db]);
    assert.match(votesOnly.stdout, /^no alerts \(no UN votes are in the store/);
    // with votes loaded, both series are named as searched
    const withVotes = join(dir, "with-votes.db");
    copyFileSync(db, withVotes);
    const imported = await runCli(["import", "unga", join(REPO, "test/fixtures/unga"), "--db", withVotes]);
    assert.equal(imported.code, 0, imported.stderr);
    const both = await runCli(["alerts", "--country", "MNG", "--db", withVotes]);
    assert.equal(both.stdout, "no alerts: no shift found in the UN votes or the coded events\n");
    const badSpan = await runCli(["events", "--since", "2025", "--until", "2023", "--db", db]);
    assert.equal(badSpan.code, 2);
    assert.match(badSpan.stderr, /--since: 2025 is after --until 2023/);
  });

  it("a country that does not exist, or typed by its name, is a bad option that suggests the code", async () => {
    const db = join(dir, "orbit.db");
    const cases: [string[], RegExp][] = [
      [["brief", "Kazakhstan"], /"Kazakhstan" is not a country code: did you mean KAZ\?/],
      [["brief", "XYZ"], /"XYZ" is not a country code: use an ISO 3166-1 alpha-3 code/],
      [["align", "--country", "KAZ,Moldova"], /--country: "Moldova" is not a country code: did you mean MDA\?/],
      [["alerts", "--country", "QQQ"], /--country: "QQQ" is not a country code/],
      [["events", "--actor", "Russia"], /"Russia" is a country's name, not an actor code: did you mean RUS\?/],
      [["events", "--dyad", "KAZ:Russia"], /did you mean RUS\?/],
      [["events", "--actor", "SUN"], /"SUN" is the Soviet Union, which Orbit stores as RUS in events and UN votes/],
      [["brief", "SUN"], /"SUN" is the Soviet Union, which Orbit stores as RUS/],
    ];
    for (const [args, message] of cases) {
      const r = await runCli([...args, "--db", db]);
      assert.equal(r.code, 2, args.join(" "));
      assert.match(r.stderr, message);
    }
    const known = await runCli(["align", "--country", "kaz", "--source", "events", "--db", db, "--format", "csv"]);
    assert.equal(known.code, 0, known.stderr);
    assert.match(known.stdout, /^KAZ,/m);
    const org = await runCli(["events", "--actor", "EU", "--db", db, "--format", "jsonl"]);
    assert.equal(org.code, 0, org.stderr);
  });
});
