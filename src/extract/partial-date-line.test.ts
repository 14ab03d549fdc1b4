// Date lines with no full date: a day and month without a year, or a date relative to the day the page was served.
// The pages are invented, in the style of regional news sites.
import assert from "node:assert/strict";
import { test } from "node:test";
import { extractArticle } from "./index.ts";
import { agencyDateline, relativeDays, withYear, yearlessDayMonth } from "./partial-date-line.ts";

const PARA =
  "<p>Делегации двух стран обсудили поставки зерна, транзит через порты и график следующих встреч министров, а также вопросы безопасности на границе.</p>";
const page = (lang: string, header: string, dateLine: string, footer = "", aside = "") =>
  `<html lang="${lang}"><body><header>${header}</header><article><h1>Министры обсудили поставки зерна в регион</h1>${dateLine}${PARA}${PARA}</article>${aside}<footer>${footer}</footer></body></html>`;
const published = (html: string) => extractArticle({ id: "x", html }).published;

test("a day and month with no year after them, in the region's languages and CJK", () => {
  assert.deepEqual(yearlessDayMonth("17 мая, 10:45"), [5, 17]);
  assert.deepEqual(yearlessDayMonth("5 листопада, 14:20"), [11, 5]);
  assert.deepEqual(yearlessDayMonth("3 бер., 10:00"), [3, 3]);
  assert.deepEqual(yearlessDayMonth("May 17, 10:45 AM"), [5, 17]);
  assert.deepEqual(yearlessDayMonth("5月17日 10:20"), [5, 17]);
  // the dotted short form only beside a time
  assert.deepEqual(yearlessDayMonth("17.05, 10:45"), [5, 17]);
  assert.deepEqual(yearlessDayMonth("10:45 | 17.05"), [5, 17]);
  assert.equal(yearlessDayMonth("рост на 17.05 процента"), undefined);
  assert.equal(yearlessDayMonth("17.05.2024, 10:45"), undefined);
  // a full date is not a yearless one, nor are words that are no months
  assert.equal(yearlessDayMonth("17 мая 2024 г."), undefined);
  assert.equal(yearlessDayMonth("17 сент. 2024"), undefined);
  assert.equal(yearlessDayMonth("May 17, 2024"), undefined);
  assert.equal(yearlessDayMonth("2024年5月17日"), undefined);
  assert.equal(yearlessDayMonth("10 минут чтения"), undefined);
  assert.equal(yearlessDayMonth("4 out of 5 stars"), undefined);
  assert.equal(yearlessDayMonth("Mar 5 points"), undefined);
  assert.deepEqual(yearlessDayMonth("17 мая в 10:45"), [5, 17]);
});

test("relative date lines count days back from the day the page was served", () => {
  assert.equal(relativeDays("Вчера, 14:30"), 1);
  assert.equal(relativeDays("Сьогодні, 09:10"), 0);
  assert.equal(relativeDays("позавчора"), 2);
  assert.equal(relativeDays("2 години тому"), 0);
  assert.equal(relativeDays("3 дня назад"), 3);
  assert.equal(relativeDays("3 hours ago"), 0);
  assert.equal(relativeDays("昨天 10:20"), 1);
  assert.equal(relativeDays("3시간 전"), 0);
  assert.equal(relativeDays("Вчерашние новости"), undefined);
  // a time before the word, and the other languages of the region
  assert.equal(relativeDays("14:30, вчера"), 1);
  assert.equal(relativeDays("10:45 | Сьогодні"), 0);
  assert.equal(relativeDays("Кеше, 18:20"), 1);
  assert.equal(relativeDays("3 сағат бұрын"), 0);
  assert.equal(relativeDays("2 gün önce"), 2);
  assert.equal(relativeDays("Dünən, 12:00"), 1);
  assert.equal(relativeDays("გუშინ, 12:00"), 1);
  assert.equal(relativeDays("Երեկ, 12:00"), 1);
  assert.equal(relativeDays("wczoraj"), 1);
  assert.equal(relativeDays("Только что"), 0);
});

test("the year of a yearless date: the page's year, or the year before when the date would come after its latest", () => {
  assert.equal(withYear([5, 17], { year: 2024 }), "2024-05-17");
  assert.equal(withYear([12, 28], { year: 2025, latest: "2025-01-05" }), "2024-12-28");
  // a latest date from an older year (a related story) says nothing about this year's calendar
  assert.equal(withYear([5, 17], { year: 2025, latest: "2024-11-02" }), "2025-05-17");
  assert.equal(withYear([5, 17], {}), undefined);
});

test("a yearless date line gets the year of the page's copyright line or date bar", () => {
  // before: no date (the page prints no full date of its own)
  assert.equal(published(page("ru", "", `<div class="article-meta">17 мая, 10:45</div>`, "© 2008–2024")), "2024-05-17");
  assert.equal(
    published(
      page(
        "uk",
        "",
        `<div class="post-info">5 листопада, 14:20</div>`,
        "",
        `<aside class="related"><span>04.11.2024</span></aside>`,
      ),
    ),
    "2024-11-05",
  );
  // a date bar in January: a late-December date line is last year's
  assert.equal(
    published(page("ru", `<div class="today">5 января 2025</div>`, `<div class="meta">28 декабря, 18:00</div>`)),
    "2024-12-28",
  );
  // the date line sits in a long byline block, after the credits
  const credits = "Текст: Иван Петров, специальный корреспондент. Фото: Мария Сидорова. Редактор: Олег Кузнецов. ";
  assert.equal(
    published(
      page(
        "ru",
        "",
        `<div class="article-info"><p>${credits}${credits}</p><span class="x">17 мая, 10:45</span></div>`,
        "© 2024",
      ),
    ),
    "2024-05-17",
  );
  // no year anywhere on the page: no date rather than a guess
  assert.equal(published(page("ru", "", `<div class="article-meta">17 мая, 10:45</div>`)), undefined);
});

test("with no copyright line or printed date, the year comes from the dates in the page's links", () => {
  // before: no date (the page prints no year at all)
  const html = `<html lang="ja"><body><main><h1>新しい橋が完成して、人々が喜んでいます</h1><p class="article-date">[05月17日 10時20分]</p><p>町に新しい橋ができました。多くの人が橋を渡って、写真を撮っていました。</p><p>町の人は「とても便利になりました」と話していました。</p><a href="/news/html/20240515/k1001.html">ほかのニュース</a></main></body></html>`;
  assert.equal(published(html), "2024-05-17");
});

test("a relative date line counts back from the page's date bar", () => {
  // before: the date bar's day (today), not yesterday
  assert.equal(
    published(page("ru", `<div class="today">17 мая 2024</div>`, `<div class="meta">Вчера, 14:30</div>`)),
    "2024-05-16",
  );
  assert.equal(
    published(page("uk", `<span class="date">17.05.2024</span>`, `<div class="meta">2 години тому</div>`)),
    "2024-05-17",
  );
});

test("an unmarked short line right under the headline is a date line; a lead paragraph is not", () => {
  const bar = `<div class="today">17 мая 2024</div>`;
  // before: the date bar's day
  assert.equal(published(page("ru", bar, `<span>Вчера, 14:30</span>`)), "2024-05-16");
  const lead = `<p>Вчера министры двух стран обсудили поставки зерна, транзит через порты и график следующих встреч.</p>`;
  assert.equal(published(page("ru", bar, lead)), "2024-05-17");
  // nor is a short standfirst that opens with the same word (before: dated by a related story's day, 2024-11-03)
  const related = `<aside><span>04.11.2024</span></aside>`;
  const standfirst = `<div>Вчера в Кремле заявили о новых санкциях</div>`;
  assert.equal(published(page("ru", "", standfirst, "", related)), undefined);
  assert.equal(published(page("ru", "", `<div>3 часа назад</div>`, "", related)), "2024-11-04");
});

test("a partial date in a comment or a 'latest' list does not date the page", () => {
  const comments = `<div class="comments"><div class="comment-date">16 мая, 22:10</div></div>`;
  assert.equal(published(page("ru", "", comments, "© 2024")), undefined);
});

test("a news agency's dateline with no year takes the year of the dates the page prints", () => {
  // before: no date for either (the dateline gives no year, and the text's only full date sits in a photo credit)
  const text = [
    "Министры двух стран договорились о поставках зерна через порты",
    "Министры на встрече в столице - Агентство, 1920, 17.05.2024",
    "© Агентство / Фото",
    "МОСКВА, 17 мая — Агентство. Министры двух стран договорились о поставках зерна через черноморские порты, сообщили в правительстве.",
  ].join("\n");
  assert.equal(extractArticle({ id: "x", text }).published, "2024-05-17");
  const html = page(
    "uk",
    "",
    `<p>КИЇВ, 5 листопада. Агентство. Міністри двох країн домовилися про постачання зерна через порти.</p>`,
    "© 2024",
  );
  assert.equal(published(html), "2024-11-05");
  assert.deepEqual(agencyDateline("ASTANA, May 17 – Ministers agreed"), [5, 17]);
  // a full date, or a place followed by no date, is no yearless dateline
  assert.equal(agencyDateline("МОСКВА, 17 мая 2024 /ТАСС/."), undefined);
  assert.equal(agencyDateline("KYIV, Ukraine (AP) — Ministers agreed"), undefined);
});

test("a date line without a year beats a full date printed further down without a label", () => {
  // before: the short paragraph's date (2023-03-12), the first full date after the headline
  const cited = "<p>12.03.2023</p>";
  assert.equal(
    published(page("ru", "", `<div class="article-meta">17 мая, 10:45</div>${cited}`, "© 2024")),
    "2024-05-17",
  );
  // before: 2023-03-12; a relative line counts back from the date bar
  assert.equal(
    published(page("ru", `<div class="today">20 мая 2024</div>`, `<div class="meta">Вчера, 14:30</div>${cited}`)),
    "2024-05-19",
  );
  // a full date printed before the yearless line stays the page's
  assert.equal(
    published(page("ru", "", `<p>12.03.2023</p><div class="article-meta">17 мая, 10:45</div>`, "© 2024")),
    "2023-03-12",
  );
});

test("a full date that agrees with a yearless date line gives it its year", () => {
  // without the agreeing date: 2025-05-17, the year of the copyright line (an old story on a page served in 2025);
  // before the date line outranked unlabelled full dates, the credit's date won as the body's only full date
  // the credit line far below the headline, where no date line is looked for
  const credit = `${PARA}${PARA}<div>Фото: Агентство, 17.05.2023</div>`;
  assert.equal(
    published(page("ru", "", `<div class="article-meta">17 мая, 10:45</div>`, "© 2025", credit)),
    "2023-05-17",
  );
  // a date the prose talks about is no agreement
  const prose = `<p>Как сообщалось ранее, министры двух соседних стран впервые встретились в Баку 17 мая 2019 года, тогда стороны подписали меморандум о зерне.</p>`;
  assert.equal(
    published(page("ru", "", `<div class="article-meta">17 мая, 10:45</div>`, "© 2025", prose)),
    "2025-05-17",
  );
});

test("in a page's text, a yearless agency dateline beats a full date of another day printed above it", () => {
  // before: 2021-09-26, the photo credit of a related story inset above the dateline
  const text = [
    "Министры двух стран договорились о поставках зерна через порты",
    "Порт на Каспии - Агентство, 1920, 26.09.2021",
    "Вчера, 17:31",
    "Порт возобновил отгрузку зерна после ремонта причалов",
    "МОСКВА, 27 сен — Агентство. Министры двух стран договорились о поставках зерна через каспийские порты, сообщили в правительстве.",
    "Поставки начнутся в следующем месяце.",
  ].join("\n");
  assert.equal(extractArticle({ id: "x", text }).published, "2021-09-27");
  // a full date of the dateline's own day gives it its year, wherever the text prints it
  const sameDay = text.replace("26.09.2021", "27.09.2019");
  assert.equal(extractArticle({ id: "x", text: sameDay }).published, "2019-09-27");
});

test("a date bar's full date is no yearless agency dateline", () => {
  assert.equal(agencyDateline("Saturday, August 2, 2025\nLATEST"), undefined);
  assert.equal(agencyDateline("Суббота, 2 августа, 2025"), undefined);
  assert.deepEqual(agencyDateline("Saturday, August 2, 2025\nASTANA, May 17 – Ministers agreed"), [5, 17]);
});

test("a yearless line does not beat a full date labelled as the publication, nor is an update's line the story's", () => {
  // before: 2023-06-25 and 2024-05-14, the yearless lines above the page's own full date
  assert.equal(
    published(page("en", "", `<div class="article-meta">25 June</div><p>Published 12.05.2024</p>`, "© 2024")),
    "2024-05-12",
  );
  assert.equal(
    published(page("en", "", `<div class="article-meta">Updated 14 May</div><p>12.05.2024</p>`, "© 2024")),
    "2024-05-12",
  );
  // unlabelled, the yearless line still wins
  assert.equal(
    published(page("en", "", `<div class="article-meta">14 May</div><p>12.05.2023</p>`, "© 2024")),
    "2024-05-14",
  );
});

test("in a page's text, a yearless dateline further down opens another story and beats no full date", () => {
  // before: 2024-05-17 and 2023-06-14, a teaser's dateline and a programme's line below the story
  const story =
    "The transport ministers of both countries agreed on Tuesday to expand grain transit through the ports, officials said.";
  const text = (date: string, below: string) => [
    "Caspian Courier",
    "Ministers agree on grain transit",
    date,
    story,
    "The deal covers two million tonnes.",
    below,
  ];
  const teaser = "ASTANA, May 17 – The wheat harvest is expected to rise this year, the ministry said.";
  assert.equal(
    extractArticle({ id: "x", text: text("12 May 2024, 10:45", teaser).join("\n") }).published,
    "2024-05-12",
  );
  const programme = "Baku, 14 June – opening session with the ministers.";
  assert.equal(
    extractArticle({ id: "x", text: text("Published: 12.05.2024", programme).join("\n") }).published,
    "2024-05-12",
  );
});

test("an update's yearless line is no date line, and does not beat a full date further down", () => {
  // before: 2024-05-14 for both, the update's line
  const update = `<div class="article-meta">Обновлено 14 мая, 10:45</div>`;
  assert.equal(published(page("ru", "", `${update}${PARA}${PARA}${PARA}<p>12.05.2024</p>`, "© 2024")), "2024-05-12");
  assert.equal(
    published(page("ru", "", `${update}<div class="article-meta">12 мая, 09:00</div>`, "© 2024")),
    "2024-05-12",
  );
});
