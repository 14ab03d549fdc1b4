import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { gzipSync } from "node:zlib";
import { type LocalServer, startLocalServer } from "../ingest/local-test-server.ts";
import { parseEvery, parseHostInterval } from "./watch.ts";

const repo = new URL("../../", import.meta.url).pathname;
let server: LocalServer;
let dir: string;

function orbit(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
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
  });
}

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
