// End to end in Debian Chromium: map → country → article with highlighted evidence; a hostile page runs nothing.
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";
import { loadConfig } from "../src/config/index.ts";
import { ensureWebBuilt, type RunningServer, startServer } from "../src/server/index.ts";
import { openStore } from "../src/store/index.ts";
import { type Fixture, populatedStore } from "./api-fixture.ts";

const CHROMIUM = "/usr/bin/chromium";
const ARTIFACTS = fileURLToPath(new URL("../test-artifacts/", import.meta.url));
const missing = !existsSync(CHROMIUM);
// Skipping is allowed only on a developer machine without Chromium; in CI a missing browser is a failure.
const skip = missing && !process.env.CI ? `${CHROMIUM} not found: install it with .ci/browser.sh` : false;

let dir: string;
let fx: Fixture;
let server: RunningServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];

/** Posts documents to the running server's ingest endpoint, as the dashboard's users' tools would. */
async function ingest(documents: object[]): Promise<void> {
  const res = await fetch(`${server.url}/api/ingest`, {
    method: "POST",
    headers: { authorization: "Bearer browser-test-token", "content-type": "application/json" },
    body: JSON.stringify({ documents }),
  });
  assert.equal(res.status, 200, await res.text());
}

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

describe("dashboard in Chromium", { skip }, () => {
  before(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    await ensureWebBuilt();
    dir = mkdtempSync(join(tmpdir(), "orbit-browser-"));
    fx = await populatedStore(dir);
    server = await startServer({
      store: fx.store,
      config: loadConfig({ db: fx.db, token: "browser-test-token" }, {}),
      port: 0,
      host: "127.0.0.1",
      rateLimit: false,
    });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-quic",
        "--no-first-run",
        "--disable-sync",
      ],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
    page.on("console", (msg) => {
      if (msg.type() === "error") problems.push(`console: ${msg.text()}`);
    });
    page.on("dialog", (d) => {
      problems.push(`dialog opened: ${d.message()}`);
      void d.dismiss();
    });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await fx?.store.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test("the map colours states by UN-vote alignment and a country opens by keyboard", async () => {
    await page.goto(`${server.url}/#/?year=2021`);
    await page.waitForSelector('svg.map path[data-code="ARM"][fill^="rgb"]');
    const fill = await page.getAttribute('path[data-code="ARM"]', "fill");
    const grey = await page.getAttribute('path[data-code="BRA"]', "fill");
    assert.notEqual(fill, grey, "a state with votes is coloured, one without is grey");
    assert.match((await page.textContent(".legend")) ?? "", /West share.*2021/);
    await shot("map-1280");
    await page.focus('path[data-code="ARM"]');
    await page.keyboard.press("Enter");
    await page.waitForURL(/#\/country\/ARM$/);
  });

  test("the country page shows its vote trend, event balance, change points and events with evidence", async () => {
    await page.waitForSelector(".chart canvas");
    assert.ok((await page.locator(".chart canvas").count()) >= 2);
    await page.waitForSelector("ol.events li.event blockquote.evidence");
    await page.waitForTimeout(300);
    await shot("country-ARM-1280");
    assert.match((await page.textContent("h1")) ?? "", /Armenia/);
    assert.ok(
      (await page.locator("ol.alerts li.alert").count()) >= 1,
      "the 2020 vote shift is listed as a change point",
    );
    // Counts carry their unit, and the index says what a point rests on.
    const partners = await page.locator("ul.partners li").allTextContents();
    assert.ok(partners.length > 0);
    for (const item of partners) assert.match(item, /\d+ acts?$/, item);
    // the fixture's Armenian events reach the 5 a year an index point needs, so the chart must be there
    const index = page.locator("figure.chart").filter({ hasText: "Event alignment index" });
    assert.equal(await index.count(), 1, "the event alignment index chart is shown");
    assert.match((await index.textContent()) ?? "", /years with fewer than 5 are left out/);
    // What the index rests on: reports and the distinct acts they make.
    assert.match((await index.textContent()) ?? "", /Behind it: [A-Z]+ \d+ events?, \d+ distinct acts?/);
  });

  test("on a store with no UN votes the vote chart says none are loaded, not that the state has no data", async () => {
    const empty = await openStore(join(dir, "no-votes.db"));
    const bare = await startServer({
      store: empty,
      config: loadConfig({ db: join(dir, "no-votes.db"), token: "browser-test-token" }, {}),
      port: 0,
      host: "127.0.0.1",
      rateLimit: false,
    });
    try {
      await page.goto(`${bare.url}/#/country/KAZ`);
      const votes = page.locator("figure.chart").filter({ hasText: "UN General Assembly votes" });
      await votes.locator("p.empty").waitFor();
      assert.match(
        (await votes.textContent()) ?? "",
        /No UN votes are loaded yet \(`orbit import unga DIR` loads them\)/,
      );
    } finally {
      await bare.close();
      await empty.close();
    }
  });

  test("an article opens with its event sentences highlighted, plus Latest and Related lists", async () => {
    await page.goto(`${server.url}/#/articles`);
    await page.click(`a[href="#/article/${fx.seedId}"]`);
    await page.waitForSelector(".article-text mark");
    const marks = await page.locator(".article-text mark").allTextContents();
    const detail = (await (await fetch(`${server.url}/api/articles/${fx.seedId}`)).json()) as {
      events: { evidence: { text: string } }[];
    };
    assert.ok(marks.length >= 3);
    for (const m of marks)
      assert.ok(
        detail.events.some((e) => m.includes(e.evidence.text)),
        m,
      );
    assert.ok((await page.locator("aside.side li").count()) >= 2, "Latest list");
    await shot("article-seed-1280");
  });

  test("a page full of scripts, handlers and javascript: links runs nothing", async () => {
    await page.goto(`${server.url}/#/article/${fx.hostileId}`);
    await page.waitForSelector(".article-text");
    await page.waitForTimeout(500);
    const report = await page.evaluate(() => {
      const body = document.querySelector(".article-text")!;
      return {
        pwned: (window as unknown as { __pwned?: string }).__pwned,
        elementsInText: [...body.querySelectorAll("*")].map((e) => e.tagName).filter((t) => t !== "MARK"),
        jsLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
        handlers: [...document.querySelectorAll("*")].filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name)))
          .length,
        text: body.textContent ?? "",
      };
    });
    assert.equal(report.pwned, undefined);
    assert.deepEqual(report.elementsInText, []);
    assert.equal(report.jsLinks, 0);
    assert.equal(report.handlers, 0);
    assert.match(report.text, /Armenia and Azerbaijan signed a peace agreement/);
    await shot("article-hostile-1280");
    // Clicking everything a reader can click on that page still runs nothing.
    for (const link of await page.locator("main a").all()) {
      const href = await link.getAttribute("href");
      assert.ok(href && !/^javascript:/i.test(href), String(href));
    }
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned), undefined);
  });

  test("events explorer, dyad and alerts pages; readable at phone width", async () => {
    await page.goto(`${server.url}/#/events?dyad=ARM:AZE&symmetric=1`);
    await page.waitForSelector("ol.events li.event");
    // The API's total: "1–50 of 312", so an analyst knows how much is left unread.
    const { total } = (await (await fetch(`${server.url}/api/events?dyad=ARM:AZE&symmetric=1&limit=1`)).json()) as {
      total: number;
    };
    const shown = Math.min(50, total);
    assert.equal(await page.textContent("p.status"), `1–${shown} of ${total} events shown.`);
    await shot("events-1280");
    await page.goto(`${server.url}/#/dyad/ARM/AZE`);
    await page.waitForSelector(".chart canvas");
    await shot("dyad-ARM-AZE-1280");
    await page.goto(`${server.url}/#/alerts`);
    await page.waitForSelector("ol.alerts li.alert");
    await shot("alerts-1280");
    const head = (await page.locator("ol.alerts li.alert .alert-head").first().textContent()) ?? "";
    assert.match(head, /^[A-Z]{3} moved (toward|away from) /, "the country's code once, as the link");
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}/#/country/ARM`);
    await page.waitForSelector("ol.events li.event");
    await page.waitForTimeout(300);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `page is ${overflow}px wider than the phone`);
    await shot("country-ARM-phone");
    await page.goto(`${server.url}/#/article/${fx.seedId}`);
    await page.waitForSelector(".article-text mark");
    await shot("article-seed-phone");
  });

  test("an organisation's page (EU) shows its events and partners, with no state-only measures to fail", async () => {
    await page.goto(`${server.url}/#/country/EU`);
    await page.waitForSelector("ol.events li.event blockquote.evidence");
    assert.match((await page.textContent("h1")) ?? "", /European Union/);
    assert.equal(await page.locator("p.error").count(), 0, (await page.locator("p.error").allTextContents()).join());
    assert.equal(await page.locator('a[href^="/api/brief/"]').count(), 0, "no brief for an organisation");
  });

  test("a state with one month of few events: both bars drawn, the index says it needs more events", async () => {
    const res = await fetch(`${server.url}/api/ingest`, {
      method: "POST",
      headers: { authorization: "Bearer browser-test-token", "content-type": "application/json" },
      body: JSON.stringify({
        documents: [
          {
            id: "few-geo",
            published: "2025-05-09",
            text: "Tbilisi, May 9, 2025 — Georgia signed a trade agreement with Turkey on Friday. Russia condemned Georgia on Thursday.",
          },
        ],
      }),
    });
    assert.equal(res.status, 200);
    await page.goto(`${server.url}/#/country/GEO`);
    await page.waitForSelector("ol.events li.event");
    await page.waitForTimeout(300);
    await shot("country-GEO-few-events");
    const charts = page.locator("figure.chart");
    const index = charts.filter({ hasText: "Event alignment index" });
    assert.match((await index.textContent()) ?? "", /Too few events with any pole yet/);
    assert.equal(await index.locator("canvas").count(), 0, "no empty axes for an index with no values");
    assert.equal(await charts.filter({ hasText: "cooperation vs conflict" }).locator("canvas").count(), 1);
    const brief = await page.getAttribute('a:text-is("Evidence brief")', "href");
    const md = await fetch(new URL(brief ?? "", server.url));
    assert.match(md.headers.get("content-type") ?? "", /^text\/markdown/);
    assert.match(await md.text(), /^# Georgia \(GEO\): alignment brief/);
  });

  test("a state's charts span where its evidence is and name what lies outside: a recalled 1991, a date to come", async () => {
    const month = (m: number) => String(m).padStart(2, "0");
    const documents = [
      // Twelve different reports (the same text twice would be stored once, as a reprint).
      ...[
        "rail",
        "grain",
        "potash",
        "tourism",
        "banking",
        "customs",
        "energy",
        "science",
        "film",
        "health",
        "water",
        "space",
      ].map((topic, m) => ({
        id: `blr-${topic}`,
        published: `2024-${month(m + 1)}-05`,
        text: `Minsk — Belarus signed a ${topic} agreement with ${["China", "Kazakhstan", "Armenia"][m % 3]} on Monday, after ${m + 2} rounds of ${topic} talks.`,
      })),
      {
        id: "blr-1991",
        published: "2024-12-20",
        text: "Minsk — Belarus signed a border treaty with Ukraine in 1991, officials recalled.",
      },
      {
        id: "blr-future",
        published: "2099-01-05",
        text: "Minsk — Belarus signed a trade agreement with Russia on Monday.",
      },
    ];
    await ingest(documents);
    await page.goto(`${server.url}/#/country/BLR`);
    await page.waitForSelector("ol.events li.event");
    await page.waitForTimeout(300);
    await shot("country-BLR-span");
    const balance = page.locator("figure.chart").filter({ hasText: "cooperation vs conflict" });
    const note = (await balance.locator(".chart-note").textContent()) ?? "";
    assert.match(
      note,
      /Not drawn: 2 events dated 1991, long before the rest .*; 2 events dated after \d{4}-\d\d-\d\d \(2099-01/,
    );
    // The axis starts at the evidence: a chart from 1991 would have hundreds of empty months.
    const series = (await (await fetch(`${server.url}/api/series?actor=BLR`)).json()) as { span: { from: string } };
    assert.equal(series.span.from, "2024-01");
    const leftOut = (await page.locator("p.left-out").textContent()) ?? "";
    assert.match(
      leftOut,
      /^2 events are dated after \d{4}-\d\d-\d\d \(the latest 2099-01-\d\d\) and left out of the alignment index/,
    );
  });

  test("a state whose every event is dated after today: the chart names them and the latest events leave them out", async () => {
    const documents = ["rail", "grain", "power"].map((topic, i) => ({
      id: `mng-future-${topic}`,
      published: `2099-0${i + 1}-05`,
      text: `Ulaanbaatar — Mongolia signed a ${topic} agreement with China.`,
    }));
    await ingest(documents);
    await page.goto(`${server.url}/#/country/MNG`);
    await page.waitForSelector("p.left-out");
    await page.waitForTimeout(300);
    await shot("country-MNG-future");
    const balance = page.locator("figure.chart").filter({ hasText: "cooperation vs conflict" });
    assert.match(
      (await balance.locator(".chart-note").textContent()) ?? "",
      /Not drawn: 6 events dated after \d{4}-\d\d-\d\d \(2099-01 to 2099-03; usually a plan or a deadline\)\.$/,
    );
    assert.equal(await balance.locator("canvas").count(), 0, "nothing drawn");
    const series = (await (await fetch(`${server.url}/api/series?actor=MNG`)).json()) as { span: { from: string } };
    assert.equal(series.span.from, new Date().toISOString().slice(0, 7));
    assert.equal(await page.locator("ol.events li.event").count(), 0, "no future event among the latest");
    assert.match((await page.locator("p.empty").last().textContent()) ?? "", /dated up to today/);
  });

  test("a state's chart and partners count distinct acts; a directed dyad chart counts its direction's acts", async () => {
    // Two articles on one mutual act: four reports (MDA→ROU and ROU→MDA, twice), one act.
    const documents = ["Chisinau", "Bucharest"].map((city) => ({
      id: `mda-${city}`,
      published: "2024-05-06",
      text: `${city} — Moldova and Romania signed a gas agreement on Monday.`,
    }));
    await ingest(documents);
    const series = (await (await fetch(`${server.url}/api/series?dyad=MDA:ROU&symmetric=1`)).json()) as {
      rows: { count: number; repeats: number; directedRepeats: number }[];
    };
    assert.deepEqual(
      series.rows.reduce((n, r) => [n[0]! + r.count, n[1]! + r.repeats, n[2]! + r.directedRepeats], [0, 0, 0]),
      [4, 3, 2],
    );
    await page.goto(`${server.url}/#/country/MDA`);
    await page.waitForSelector("ul.partners li");
    const partners = await page.locator("ul.partners li").allTextContents();
    assert.ok(partners.includes("MDA ↔ Romania 1 act"), partners.join("; "));
    const balance = page.locator("figure.chart").filter({ hasText: "Distinct acts involving this state per month" });
    assert.match((await balance.locator(".chart-note").textContent()) ?? "", /count once/);
    await page.goto(`${server.url}/#/dyad/MDA/ROU`);
    await page.waitForSelector("figure.chart");
    // Each direction did the act once; the second article's report of it counts no second act.
    for (const title of ["MDA → ROU: acts per month", "ROU → MDA: acts per month"]) {
      const directed = page.locator("figure.chart").filter({ hasText: title });
      assert.match((await directed.locator(".chart-note").textContent()) ?? "", /^1 distinct act from 2 reports/);
    }
  });

  test("the events map's year slider starts where the evidence does, not at a recalled year", async () => {
    await page.goto(`${server.url}/#/?source=events`);
    await page.waitForSelector("svg.map path[data-code]");
    await page.waitForTimeout(300);
    const all = (await (await fetch(`${server.url}/api/series`)).json()) as { span: { from: string; note: string } };
    assert.match(all.span.note, /dated 1991, long before the rest/);
    assert.equal(await page.getAttribute("#map-year", "min"), all.span.from.slice(0, 4));
  });

  test("Kosovo (XKX) and former states (YUG, DDR) get the vote and alert charts and the brief, as the API measures them", async () => {
    const res = await fetch(`${server.url}/api/ingest`, {
      method: "POST",
      headers: { authorization: "Bearer browser-test-token", "content-type": "application/json" },
      body: JSON.stringify({
        documents: [
          {
            id: "kosovo",
            published: "2025-05-09",
            text: "Pristina, May 9, 2025 — Kosovo signed a trade agreement with Albania on Friday.",
          },
        ],
      }),
    });
    assert.equal(res.status, 200);
    for (const [code, name] of [
      ["XKX", "Kosovo"],
      ["YUG", "Yugoslavia"],
      ["DDR", "East Germany"],
    ] as const) {
      const asked: string[] = [];
      const listen = (req: { url(): string }) => {
        const url = new URL(req.url());
        if (/^\/api\/(align|alerts)$/.test(url.pathname)) asked.push(`${url.pathname}?${url.searchParams}`);
      };
      page.on("request", listen);
      await page.goto(`${server.url}/#/country/${code}`);
      await page.waitForSelector("h2:text-is('Latest events')");
      page.off("request", listen);
      assert.match((await page.textContent("h1")) ?? "", new RegExp(`${name}\\s*${code}`), code);
      assert.ok(asked.includes(`/api/align?source=unga&country=${code}`), `${code}: ${asked.join(" ")}`);
      assert.ok(asked.includes(`/api/alerts?country=${code}`), `${code}: ${asked.join(" ")}`);
      assert.equal(await page.locator("p.error").count(), 0, (await page.locator("p.error").allTextContents()).join());
      const brief = await page.getAttribute('a:text-is("Evidence brief")', "href");
      assert.equal(brief, `/api/brief/${code}?format=md`, code);
      assert.equal((await fetch(new URL(brief, server.url))).status, 200, code);
    }
    await page.goto(`${server.url}/#/country/XKX`);
    await page.waitForSelector("ol.events li.event");
    await shot("country-XKX");
    const picker = await page.goto(`${server.url}/#/`).then(() => page.waitForSelector("#country-picker"));
    assert.ok(picker);
    assert.equal(await page.locator('#country-picker option[value="XKX"]').textContent(), "Kosovo");
  });

  test("an organisation with a digit or an underscore in its code (G7) has its page and dyads; junk does not", async () => {
    const res = await fetch(`${server.url}/api/ingest`, {
      method: "POST",
      headers: { authorization: "Bearer browser-test-token", "content-type": "application/json" },
      body: JSON.stringify({
        documents: [{ id: "g7", published: "2025-05-12", text: "The G7 condemned Russia on Monday." }],
      }),
    });
    assert.equal(res.status, 200);
    await page.goto(`${server.url}/#/country/G7`);
    await page.waitForSelector("ol.events li.event");
    assert.match((await page.textContent("h1")) ?? "", /G7/);
    await page.goto(`${server.url}/#/dyad/G7/RUS`);
    await page.waitForSelector(".chart canvas");
    assert.match((await page.textContent("h1")) ?? "", /G7 ↔ /);
    await page.goto(`${server.url}/#/country/${encodeURIComponent("R-US")}`);
    await page.waitForSelector("h1:text-is('Unknown country')");
    await page.goto(`${server.url}/#/country/CENTRAL_ASIA`);
    await page.waitForSelector("h2:text-is('Latest events')");
  });

  test("no script errors and no CSP violations on any page", () => {
    assert.deepEqual(problems, []);
  });
});
