// Date bars and lists of other stories told by their words: their dates never date the page. Invented pages.
import assert from "node:assert/strict";
import { test } from "node:test";
import { parseHTML } from "linkedom";
import { datedLinkList, todayBar } from "./date-bar.ts";
import { extractArticle } from "./index.ts";

const el = (html: string) =>
  (parseHTML(`<html><body>${html}</body></html>`) as unknown as { document: Document }).document.body
    .firstElementChild!;

const PARA =
  "<p>Ministers of the two states discussed grain deliveries, transit through the Caspian ports and the schedule of their next meetings on border security.</p>";
const page = (top: string, dateLine = "", aside = "") =>
  `<html lang="en"><body><header>${top}</header><article><h1>Ministers discuss grain deliveries to the region</h1>${dateLine}${PARA}${PARA}</article>${aside}</body></html>`;
const published = (html: string) => extractArticle({ id: "x", html }).published;

test("a short line that opens with 'today' and gives a full date is a date bar", () => {
  assert.ok(todayBar(el("<div>Today is Monday, May 20, 2024</div>")));
  assert.ok(todayBar(el("<div><span>Сегодня</span> 20 мая 2024, понедельник</div>")));
  assert.ok(todayBar(el("<p>Bugün: 20 Mayıs 2024</p>")));
  // a date line with its time, a relative line, a word that goes on, and prose are no bars
  assert.ok(!todayBar(el("<div>Сегодня, 20 мая 2024, 14:30</div>")));
  assert.ok(!todayBar(el("<div>Сегодня, 14:30</div>")));
  assert.ok(!todayBar(el("<div>Todays deals: May 20, 2024</div>")));
  assert.ok(
    !todayBar(
      el(
        "<p>Today the ministers of both states signed the agreement they first discussed on May 20, 2024 in Baku.</p>",
      ),
    ),
  );
});

test("a list of links to other stories, two or more with their dates, is other stories' dates", () => {
  assert.ok(
    datedLinkList(
      el(
        '<ul><li><a href="/a">Grain train reaches Baku</a> 19.05.2024</li><li><a href="/b">Port strike ends</a> 18.05.2024</li></ul>',
      ),
    ),
  );
  // one dated item, or items that are mostly text, are not
  assert.ok(
    !datedLinkList(
      el(
        '<ul><li><a href="/a">Grain train reaches Baku</a> 19.05.2024</li><li><a href="/b">Port strike ends</a></li></ul>',
      ),
    ),
  );
  assert.ok(
    !datedLinkList(
      el(
        '<ul><li>On 19.05.2024 the first grain train reached the port of Baku after a week on the road <a href="/a">(map)</a></li><li>On 18.05.2024 the port strike ended after talks <a href="/b">(more)</a></li></ul>',
      ),
    ),
  );
});

test("a page's date bar or 'latest' list does not date it", () => {
  // before: the date bar's day (2024-05-20) for the first three, the latest story's (2024-05-19) for the fourth
  assert.equal(published(page(`<div class="top">Today is Monday, May 20, 2024</div>`)), undefined);
  assert.equal(published(page(`<div class="date">Today is Monday, May 20, 2024</div>`)), undefined);
  assert.equal(published(page(`<div>Today: <time datetime="2024-05-20">May 20, 2024</time></div>`)), undefined);
  const latest = `<div class="block"><h3>Latest news</h3><ul><li><a href="/a">Grain train reaches Baku</a> 19.05.2024</li><li><a href="/b">Port strike ends</a> 18.05.2024</li></ul></div>`;
  assert.equal(published(page("", "", latest)), undefined);
  // the article's own date line is still read, and a date bar still dates a relative line
  assert.equal(
    published(page(`<div class="top">Today is Monday, May 20, 2024</div>`, "<p>May 17, 2024</p>", latest)),
    "2024-05-17",
  );
  assert.equal(
    published(page(`<div class="top">Today is Monday, May 20, 2024</div>`, "<span>Yesterday, 14:30</span>")),
    "2024-05-19",
  );
});
