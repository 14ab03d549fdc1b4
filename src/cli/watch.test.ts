import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import type { ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { gzipSync } from "node:zlib";
import Database from "better-sqlite3";
import { type LocalServer, startLocalServer } from "../ingest/local-test-server.ts";
import { emptySummary } from "../pipeline/index.ts";
import { parseEvery, parseHostInterval, roundLine } from "./watch.ts";

const repo = new URL("../../", import.meta.url).pathname;
let server: LocalServer;
let dir: string;

type Run = { code: number; stdout: string; stderr: string };

/** Runs orbit; `whileRunning` is handed the process (to signal it) as soon as it starts. */
function orbit(args: string[], whileRunning?: (child: ChildProcess) => void): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(repo, "bin/orbit.js"), ...args], {
      cwd: dir,
      env: { ...process.env, ORBIT_ALLOW_PRIVATE_NETWORK: "1", ORBIT_LOG_LEVEL: "silent" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
    whileRunning?.(child);
  });
}

const SLOW_PAGES = 12;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), "orbit-watch-"));
  const page = await readFile(new URL("../../test/fixtures/pages/article-utf8.html", import.meta.url));
  server = await startLocalServer({
    "/feed.xml": (q, r) => {
      if (q.headers["if-none-match"] === '"w1"') return r.writeHead(304).end();
      r.writeHead(200, { etag: '"w1"', "content-type": "application/rss+xml" });
      r.end(`<rss version="2.0"><channel><title>w</title>
<item><title>Baku and Ankara</title><link>${server.url("/story")}</link><pubDate>Fri, 01 Aug 2025 10:00:00 GMT</pubDate></item>
<item><title>Gone</title><link>${server.url("/gone")}</link></item>
</channel></rss>`);
    },
    "/story": (_q, r) => r.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page),
    // A feed of pages that each take 300 ms to answer, so that a signal can arrive in the middle of its round.
    "/slow-feed.xml": (_q, r) =>
      r
        .writeHead(200, { etag: '"s1"', "content-type": "application/rss+xml" })
        .end(
          `<rss version="2.0"><channel><title>s</title>${Array.from(
            { length: SLOW_PAGES },
            (_, i) => `<item><title>${i}</title><link>${server.url(`/slow/${i}`)}</link></item>`,
          ).join("")}</channel></rss>`,
        ),
    ...Object.fromEntries(
      Array.from({ length: SLOW_PAGES }, (_, i) => [
        `/slow/${i}`,
        (_q: unknown, r: ServerResponse) => {
          const story = page
            .toString("utf8")
            .replaceAll("Ankara", `Ankara (${i})`)
            .replace("gas", `gas ${"and oil ".repeat(i)}`);
          setTimeout(() => r.writeHead(200, { "content-type": "text/html" }).end(story), 300);
        },
      ]),
    ),
  });
  await writeFile(join(dir, "feeds.txt"), `# test feeds\n${server.url("/feed.xml")}\n\n`);
});
after(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

test("--every takes s/m/h durations and refuses nonsense", () => {
  assert.equal(parseEvery("15m"), 900_000);
  assert.equal(parseEvery("90s"), 90_000);
  assert.equal(parseEvery("2h"), 7_200_000);
  for (const bad of ["", "15", "0s", "-1m", "soon"]) assert.throws(() => parseEvery(bad), /--every must be/);
  assert.equal(parseHostInterval("0s"), 0);
  assert.equal(parseHostInterval("250ms"), 250);
  assert.throws(() => parseHostInterval("fast"), /--host-interval must be/);
});

test("a stopped round says so on its summary line, not after its last failure", () => {
  const summary = emptySummary();
  summary.failures.push({
    documentId: "https://example.org/a",
    stage: "ingest",
    code: "FETCH_FAILED",
    message: "https://example.org/a: HTTP 503",
    at: "2026-11-26T00:00:00Z",
  });
  const [first, failure] = roundLine(summary, { notModified: 0, failed: 0 }, true).split("\n");
  assert.match(first ?? "", /failures: 1 {2}\(stopped\)$/);
  assert.equal(failure, "  failed [ingest] https://example.org/a: HTTP 503");
});

test("orbit watch --once ingests new articles, records failures, and on the next round sends a conditional GET", async () => {
  const first = await orbit([
    "watch",
    "feeds.txt",
    "--once",
    "--db",
    "w.db",
    "--workers",
    "1",
    "--host-interval",
    "0s",
  ]);
  assert.equal(first.code, 1, first.stderr);
  assert.match(first.stdout, /new: 2 {2}stored: 1 .*failures: 1/);
  assert.match(first.stdout, /failed \[ingest\] .*\/gone: HTTP 404/);
  const state = JSON.parse(await readFile(join(dir, "w.watch.json"), "utf8"));
  assert.deepEqual(state[server.url("/feed.xml")], { etag: '"w1"' });

  const second = await orbit([
    "watch",
    "feeds.txt",
    "--once",
    "--db",
    "w.db",
    "--workers",
    "1",
    "--host-interval",
    "0s",
  ]);
  assert.equal(second.code, 0, second.stderr);
  assert.match(second.stdout, /new: 0 .*unchanged feeds: 1 {2}failures: 0/);
  assert.equal(server.log.filter((l) => l.path === "/story").length, 1, "nothing is fetched from an unchanged feed");
});

test("orbit watch stopped by Ctrl-C mid-round stops promptly; restarted, it stores the rest: nothing lost, nothing twice", async () => {
  const args = ["watch", server.url("/slow-feed.xml"), "--db", "stop.db", "--workers", "1", "--host-interval", "0s"];
  const started = Date.now();
  const stopped = await orbit([...args, "--every", "1h"], (child) => {
    // Once the third page is asked for, the round is under way: interrupt it.
    const poll = setInterval(() => {
      if (!server.log.some((l) => l.path === "/slow/2")) return;
      clearInterval(poll);
      child.kill("SIGINT");
      // A watch that waits for its next round instead of stopping is ended here, and the test fails.
      setTimeout(() => child.kill("SIGKILL"), 60_000).unref();
    }, 20);
  });
  assert.equal(stopped.code, 0, stopped.stderr);
  assert.ok(Date.now() - started < 60_000, "stops without waiting for the next round (an hour)");
  assert.match(stopped.stderr, /orbit watch: stopping: storing the pages in flight/);
  const first = Number(/stored: (\d+)/.exec(stopped.stdout)?.[1]);
  assert.match(stopped.stdout, /\(stopped\)$/m);
  assert.ok(first >= 1 && first < SLOW_PAGES, stopped.stdout);

  const rest = await orbit([...args, "--once"]);
  assert.equal(rest.code, 0, rest.stderr);
  assert.match(rest.stdout, new RegExp(`new: ${SLOW_PAGES - first} .* failures: 0$`, "m"));
  const db = new Database(join(dir, "stop.db"), { readonly: true });
  try {
    const { n, ids } = db
      .prepare("select count(*) n, count(distinct id) ids from articles where id like '%/slow/%'")
      .get() as { n: number; ids: number };
    assert.deepEqual([n, ids], [SLOW_PAGES, SLOW_PAGES]);
  } finally {
    db.close();
  }
  // Each page was asked for once in all: the restart fetched only what the stopped round had not.
  for (let i = 0; i < SLOW_PAGES; i++)
    assert.equal(server.log.filter((l) => l.path === `/slow/${i}`).length, 1, `/slow/${i}`);
});

test("orbit watch reads a gzipped feed file as a feed, and names a JSON array as no feed and no list", async () => {
  const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Saved</title><item><guid isPermaLink="false">g-1</guid>
<title>Talks</title><description>&lt;p&gt;Azerbaijan and Armenia signed a peace treaty in Washington on Friday.&lt;/p&gt;</description></item></channel></rss>`;
  await writeFile(join(dir, "saved.xml.gz"), gzipSync(rss));
  const packed = await orbit(["watch", "saved.xml.gz", "--once", "--db", "gz.db", "--workers", "1"]);
  assert.equal(packed.code, 0, packed.stdout + packed.stderr);
  assert.match(packed.stdout, /new: 1 {2}stored: 1 .*failures: 0/);

  await writeFile(join(dir, "feeds.json"), '["https://example.org/feed.xml"]\n');
  const array = await orbit(["watch", "feeds.json", "--once", "--db", "gz.db"]);
  assert.notEqual(array.code, 0);
  assert.match(array.stderr, /feeds\.json: a JSON array: give a feed \(RSS, Atom, RDF, JSON Feed\) or a list of feeds/);
});
