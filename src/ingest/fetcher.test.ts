import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { gzipSync } from "node:zlib";
import iconv from "iconv-lite";
import { AppError } from "../domain/index.ts";
import { decodeBytes } from "./decode-bytes.ts";
import { fetchWarnings, retryWait } from "./fetcher.ts";
import { Fetcher, type FetcherOptions, ValidatorCache } from "./index.ts";
import { type LocalServer, startLocalServer } from "./local-test-server.ts";

const UA = "OrbitBot/0.1 (+https://orbit.example; test)";
let server: LocalServer;
const base = (extra: Partial<FetcherOptions> = {}) =>
  new Fetcher({ userAgent: UA, allowPrivateNetwork: true, perHostIntervalMs: 0, timeoutMs: 2000, ...extra });
const fails = (code: string, re: RegExp) => (e: unknown) =>
  e instanceof AppError && e.code === code && re.test(e.message);

before(async () => {
  server = await startLocalServer({
    "/robots.txt": (_q, r) =>
      r.end("User-agent: *\nDisallow: /\n\nUser-agent: OrbitBot\nDisallow: /private\nAllow: /private/ok$\n"),
    "/koi8": (_q, r) => {
      r.writeHead(200, { "content-type": "text/html; charset=koi8-r" });
      r.end(iconv.encode("<p>Москва ответила Вашингтону.</p>", "koi8-r"));
    },
    "/gz": (_q, r) => {
      r.writeHead(200, { "content-type": "text/plain; charset=utf-8", "content-encoding": "gzip" });
      r.end(gzipSync("compressed body"));
    },
    "/etag": (q, r) => {
      if (q.headers["if-none-match"] === '"v1"') return r.writeHead(304).end();
      r.writeHead(200, { etag: '"v1"', "last-modified": "Fri, 01 Aug 2025 10:00:00 GMT" }).end("fresh");
    },
    "/cut-etag": (q, r) => {
      if (q.headers["if-none-match"] === '"c1"') return r.writeHead(304).end();
      const packed = gzipSync(
        `<rss><channel>${"<item><title>Baku and Ankara sign a memorandum</title></item>".repeat(300)}`,
      );
      const sent = packed.subarray(0, packed.length - 40);
      r.writeHead(200, { etag: '"c1"', "content-encoding": "gzip", "content-length": String(sent.length) }).end(sent);
    },
    "/private/secret": (_q, r) => r.end("secret"),
    "/private/ok": (_q, r) => r.end("allowed by a longer Allow rule"),
    "/r1": (_q, r) => r.writeHead(302, { location: "/r2" }).end(),
    "/r2": (_q, r) => r.writeHead(301, { location: server.url("/koi8") }).end(),
    "/loop-a": (_q, r) => r.writeHead(302, { location: "/loop-b" }).end(),
    "/loop-b": (_q, r) => r.writeHead(307, { location: "/loop-a" }).end(),
    ...Object.fromEntries(
      Array.from({ length: 7 }, (_, i) => [
        `/chain${i}`,
        (_q, r) => r.writeHead(302, { location: `/chain${i + 1}` }).end(),
      ]),
    ),
    "/chain7": (_q, r) => r.end("end of chain"),
    "/to-file": (_q, r) => r.writeHead(302, { location: "file:///etc/passwd" }).end(),
    "/hang": () => {},
    "/huge": (_q, r) => {
      // 50 MB, streamed in 64 KB chunks with no Content-Length; the client must abort at its cap.
      r.writeHead(200, { "content-type": "text/html" });
      const chunk = Buffer.alloc(65536, 0x61);
      let sent = 0;
      const pump = () => {
        while (sent < 50 * 1024 * 1024) {
          sent += chunk.length;
          if (!r.write(chunk)) return void r.once("drain", pump);
        }
        r.end();
      };
      r.on("close", () => (sent = Number.POSITIVE_INFINITY));
      pump();
    },
    // declares its 2 MB, gzipped: the cap counts the bytes unpacked
    "/declared-huge": (_q, r) => {
      const packed = gzipSync(Buffer.alloc(2 * 1024 * 1024, 0x62));
      r.writeHead(200, { "content-length": String(packed.length), "content-encoding": "gzip" }).end(packed);
    },
    // a UTF-8 page whose ’ the 1 MB cap splits after its first byte
    "/cut-in-a-character": (_q, r) => {
      const lead = "<p>Russia’s foreign minister met his Turkish counterpart.</p><p>";
      const pad = "x".repeat(1024 * 1024 - Buffer.byteLength(lead) - 1);
      r.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(`${lead}${pad}’ and more</p>`);
    },
    "/404": (_q, r) => r.writeHead(404).end(),
    "/always-304": (_q, r) => r.writeHead(304).end(),
    "/flaky": (_q, r) => {
      flaky += 1;
      if (flaky === 1) r.writeHead(500).end("restarting");
      else r.writeHead(200, { "content-type": "text/plain" }).end("back");
    },
    "/down": (_q, r) => r.writeHead(503, { "retry-after": "0" }).end(),
    "/closed-for-an-hour": (_q, r) => r.writeHead(503, { "retry-after": "3600" }).end(),
    "/down-too": (_q, r) => r.writeHead(503, { "retry-after": "1" }).end(),
  });
});
let flaky = 0;
after(() => server.close());

test("fetches with our user agent, decodes the header charset and gzip", async () => {
  const f = base();
  const page = await f.getText(server.url("/koi8"));
  assert.equal(page.text, "<p>Москва ответила Вашингтону.</p>");
  assert.equal(page.charset, "koi8-r");
  assert.equal(server.log.find((l) => l.path === "/koi8")?.headers["user-agent"], UA);
  assert.equal((await f.getText(server.url("/gz"))).text, "compressed body");
});

test("conditional GET: ETag remembered, 304 reported as not modified, cache survives a JSON round trip", async () => {
  const f = base();
  const first = await f.get(server.url("/etag"), { conditional: true });
  assert.equal(first.body.toString(), "fresh");
  const saved = JSON.parse(JSON.stringify(f.cache));
  assert.deepEqual(saved[server.url("/etag")], { etag: '"v1"', lastModified: "Fri, 01 Aug 2025 10:00:00 GMT" });
  const again = base({ cache: new ValidatorCache(saved) });
  const second = await again.get(server.url("/etag"), { conditional: true });
  assert.equal(second.notModified, true);
  assert.equal(second.status, 304);
  const last = server.log.filter((l) => l.path === "/etag").at(-1)!;
  assert.equal(last.headers["if-modified-since"], "Fri, 01 Aug 2025 10:00:00 GMT");
});

test("a download cut short leaves no validators, so the next round reads the page again instead of a 304", async () => {
  const f = base();
  const first = await f.get(server.url("/cut-etag"), { conditional: true });
  assert.equal(first.cut, true);
  assert.deepEqual(f.cache.headersFor(server.url("/cut-etag")), {});
  const second = await f.get(server.url("/cut-etag"), { conditional: true });
  assert.equal(second.notModified, false);
});

test("robots.txt: our group's Disallow is respected, the longest rule wins", async () => {
  const f = base();
  await assert.rejects(f.get(server.url("/private/secret")), fails("FETCH_FAILED", /robots\.txt .* disallows/));
  assert.equal((await f.get(server.url("/private/ok"))).body.toString(), "allowed by a longer Allow rule");
  assert.equal(server.log.filter((l) => l.path === "/private/secret").length, 0);
});

test("redirects: followed up to 5, loops and longer chains refused, non-http targets refused", async () => {
  const f = base();
  const r = await f.getText(server.url("/r1"));
  assert.equal(r.finalUrl, server.url("/koi8"));
  assert.match(r.text!, /Москва/);
  // the loop is named by the addresses that go round it
  const loop = `redirect loop (${server.url("/loop-a")} → ${server.url("/loop-b")} → ${server.url("/loop-a")})`;
  await assert.rejects(f.get(server.url("/loop-a")), (e: Error) => e.message.includes(loop));
  await assert.rejects(f.get(server.url("/chain0")), fails("FETCH_FAILED", /too many redirects \(more than 5\)/));
  assert.equal((await f.get(server.url("/chain2"))).body.toString(), "end of chain");
  // named under the URL asked for, with where it led
  await assert.rejects(
    f.get(server.url("/to-file")),
    (e: AppError) =>
      e.where === server.url("/to-file") &&
      /: redirected to file:\/\/\/.*: only http and https URLs are fetched, not file:$/.test(e.message),
  );
});

test("a 304 Not Modified to a request without validators is an error, not an unchanged page", async () => {
  const f = base();
  for (const conditional of [false, true])
    await assert.rejects(
      f.get(server.url("/always-304"), { conditional }),
      fails("FETCH_FAILED", /HTTP 304 Not Modified to a request that sent no validators/),
    );
});

test("timeouts and HTTP errors are clear errors; a page over the size cap (streamed 50 MB, gzipped 2 MB) is read up to it", async () => {
  const hasty = base({ timeoutMs: 300 });
  const t0 = Date.now();
  await assert.rejects(hasty.get(server.url("/hang")), fails("FETCH_FAILED", /\/hang: timed out after 300 ms/));
  assert.ok(Date.now() - t0 < 2000);
  // The capped reads get the usual timeout: a busy machine can take more than 300 ms to stream a megabyte.
  const f = base({ maxBytes: 1024 * 1024 });
  // a page over the cap is read up to it and marked, so the user gets its article and a warning
  const huge = await f.get(server.url("/huge"));
  assert.deepEqual(
    [huge.body.length, huge.capped, huge.body.every((b) => b === 0x61)],
    [1024 * 1024, 1024 * 1024, true],
  );
  assert.match(
    fetchWarnings(huge).warnings![0]!,
    /larger than the 1\.0 MB download cap: only its first 1\.0 MB were read/,
  );
  const declared = await f.get(server.url("/declared-huge"));
  assert.deepEqual([declared.body.length, declared.capped], [1024 * 1024, 1024 * 1024]);
  // the character the cap split is left off, so the page stays UTF-8 (with it, it was read as windows-1252)
  const split = await f.get(server.url("/cut-in-a-character"));
  assert.deepEqual([split.body.length, split.capped], [1024 * 1024 - 1, 1024 * 1024]);
  assert.match(decodeBytes(split.body, { contentType: split.contentType }).text, /^<p>Russia’s foreign/);
  await assert.rejects(f.get(server.url("/404")), fails("FETCH_FAILED", /HTTP 404/));
});

test("a 5xx or 429 is asked once more (after its Retry-After, when short) before it is the page's failure", async () => {
  const f = base();
  const asked = (path: string) => server.log.filter((l) => l.path === path).length;
  assert.equal((await f.get(server.url("/flaky"))).body.toString(), "back");
  assert.equal(asked("/flaky"), 2);
  await assert.rejects(f.get(server.url("/down")), fails("FETCH_FAILED", /\/down: HTTP 503 \(asked twice\)$/));
  assert.equal(asked("/down"), 2);
  // Asked to come back in an hour: not waited for, and not asked again now.
  await assert.rejects(f.get(server.url("/closed-for-an-hour")), fails("FETCH_FAILED", /: HTTP 503$/));
  assert.equal(asked("/closed-for-an-hour"), 1);
  await assert.rejects(f.get(server.url("/404")), fails("FETCH_FAILED", /: HTTP 404$/));
});

test("a host whose page failed when asked twice is asked once per page until it answers again", async () => {
  const f = base();
  const asked = (path: string) => server.log.filter((l) => l.path === path).length;
  const before = asked("/down-too");
  await assert.rejects(f.get(server.url("/down")), fails("FETCH_FAILED", /HTTP 503 \(asked twice\)$/));
  // Not asked again, so no Retry-After wait: a round over a host that is down does not add a wait per page.
  await assert.rejects(f.get(server.url("/down-too")), fails("FETCH_FAILED", /\/down-too: HTTP 503$/));
  assert.equal(asked("/down-too") - before, 1);
  // Once the host answers, a failing page is asked twice again.
  assert.equal((await f.get(server.url("/koi8"))).status, 200);
  await assert.rejects(f.get(server.url("/down-too")), fails("FETCH_FAILED", /HTTP 503 \(asked twice\)$/));
  assert.equal(asked("/down-too") - before, 3);
});

test("retryWait reads Retry-After as seconds or a date, and declines long waits", () => {
  const now = Date.parse("2025-08-01T10:00:00Z");
  assert.equal(retryWait(undefined, now), 0);
  assert.equal(retryWait("2", now), 2000);
  assert.equal(retryWait("Fri, 01 Aug 2025 10:00:05 GMT", now), 5000);
  assert.equal(retryWait("Fri, 01 Aug 2025 09:00:00 GMT", now), 0);
  assert.equal(retryWait("120", now), undefined);
  assert.equal(retryWait("soon", now), 0);
});

test("loopback refused unless allowed: by IP literal and after DNS resolution", async () => {
  const f = base({ allowPrivateNetwork: false, respectRobots: false });
  await assert.rejects(f.get(server.url("/koi8")), fails("FETCH_FAILED", /refused: 127\.0\.0\.1 is a loopback/));
  const viaDns = server.url("/koi8").replace("127.0.0.1", "localhost");
  await assert.rejects(f.get(viaDns), fails("FETCH_FAILED", /refused: localhost → (127\.0\.0\.1|::1)/));
  const withRobots = base({ allowPrivateNetwork: false });
  await assert.rejects(withRobots.get(server.url("/koi8")), fails("FETCH_FAILED", /refused/));
});

test("per-host rate limit spaces requests to one host", async () => {
  // Arrival times are read at the server, so the first request's connection setup can shift them under load; the
  // check asks for 1.5 intervals over the three requests (without the limit they arrive within a few ms).
  const f = base({ perHostIntervalMs: 300 });
  const before = server.log.length;
  await Promise.all([f.get(server.url("/gz")), f.get(server.url("/gz")), f.get(server.url("/gz"))]);
  const times = server.log
    .slice(before)
    .filter((l) => l.path === "/gz")
    .map((l) => l.at);
  assert.equal(times.length, 3);
  assert.ok(times[2]! - times[0]! >= 450, `gaps: ${times.map((t) => t - times[0]!)}`);
});
