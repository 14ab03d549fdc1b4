import assert from "node:assert/strict";
import { test } from "node:test";
import { hostName, stripSiteFromTitle } from "./find-title-site.ts";

test("site names and short labels come off metadata titles, dashes inside a headline stay", () => {
  assert.equal(stripSiteFromTitle("Ins neue Jahr | Literaturgefluester", "Literaturgefluester"), "Ins neue Jahr");
  assert.equal(stripSiteFromTitle("Brexit – the next round", "Daily"), "Brexit – the next round");
  assert.equal(
    stripSiteFromTitle("NEWS WEB EASY|子どもへの体罰を禁止する法律ができる"),
    "子どもへの体罰を禁止する法律ができる",
  );
});

test("CJK titles lose a short site name glued on with a bare dash", () => {
  assert.equal(
    stripSiteFromTitle("武汉的声音：有英勇的你，才有英雄的城！-新华网"),
    "武汉的声音：有英勇的你，才有英雄的城！",
  );
});

test("a breadcrumb title (site and three or more parts) loses its section labels", () => {
  assert.equal(
    stripSiteFromTitle(
      "Bembel Fanclub - Eintracht stellt Weichen für die Zukunft - Presse - News",
      undefined,
      "bembel-fanclub.de",
    ),
    "Eintracht stellt Weichen für die Zukunft",
  );
  // two segments after the site are no breadcrumb: a dash inside the headline stays
  assert.equal(
    stripSiteFromTitle("Bembel Fanclub - Eintracht gewinnt - knapp", undefined, "bembel-fanclub.de"),
    "Eintracht gewinnt - knapp",
  );
});

test("'::' and spaced slashes separate site and section names; a site name before a colon is a lead", () => {
  assert.equal(
    stripSiteFromTitle("Алиев встретился с Эрдоганом :: Политика :: РБК", "РБК", "rbc.ru"),
    "Алиев встретился с Эрдоганом",
  );
  assert.equal(
    stripSiteFromTitle("Токаев подписал указ / Tengrinews.kz", undefined, "tengrinews.kz"),
    "Токаев подписал указ",
  );
  assert.equal(stripSiteFromTitle("Интерфакс: Токаев посетит Баку", "Интерфакс", "interfax.ru"), "Токаев посетит Баку");
  // a kicker before the colon that is not the site stays, and so does a slash inside a headline
  assert.equal(
    stripSiteFromTitle("Cup-Vorschau: Stans freut sich", "Handball", "handball.ch"),
    "Cup-Vorschau: Stans freut sich",
  );
  assert.equal(stripSiteFromTitle("Brent / WTI: Öl wird teurer", "Börse", "boerse.de"), "Brent / WTI: Öl wird teurer");
});

test("a headline that mentions the site keeps its words; a segment the site's name closes after ' : ' goes", () => {
  assert.equal(
    stripSiteFromTitle(
      "gipfelbuch.ch - Outdoornews - Hochauflösende Schneekarten auf Gipfelbuch.ch",
      undefined,
      "gipfelbuch.ch",
    ),
    "Outdoornews - Hochauflösende Schneekarten auf Gipfelbuch.ch",
  );
  assert.equal(
    stripSiteFromTitle(
      "Vom Boden aus gedacht - Ann Cotten verwebt Lokales und Globales : literaturkritik.de",
      "literaturkritik.de",
      "literaturkritik.de",
    ),
    "Vom Boden aus gedacht",
  );
  // a short segment holding the site's name is the site ("Achtsam | Die FURCHE" on furche.at)
  assert.equal(
    stripSiteFromTitle("Achtsam durch die Krise | Die FURCHE", undefined, "furche.at"),
    "Achtsam durch die Krise",
  );
});

test("a section of a word or two just before the site's name comes off with it", () => {
  assert.equal(
    stripSiteFromTitle(
      "Aliyev and Tokayev discuss transit - Politics - Caspian Courier",
      undefined,
      "caspiancourier.com",
    ),
    "Aliyev and Tokayev discuss transit",
  );
  assert.equal(
    stripSiteFromTitle("Токаев посетит Баку - Новости мира - Интерфакс", "Интерфакс"),
    "Токаев посетит Баку",
  );
  // without the site's name after it, a dash inside the headline stays
  assert.equal(stripSiteFromTitle("Brexit - the next round - Daily", "Daily"), "Brexit - the next round");
  assert.equal(stripSiteFromTitle("Aliyev meets Tokayev - Analysis", "Daily"), "Aliyev meets Tokayev - Analysis");
});

test("a headline's own dashed tail before the site's name is no section and stays", () => {
  assert.equal(stripSiteFromTitle("Lindqvist wins - again - Courier", "Courier"), "Lindqvist wins - again");
  assert.equal(
    stripSiteFromTitle('Pasha says no - "never again" - Courier', "Courier"),
    'Pasha says no - "never again"',
  );
  assert.equal(
    stripSiteFromTitle("Lindqvist wins the vote - World News - Courier", "Courier"),
    "Lindqvist wins the vote",
  );
});

test("the name part of a host skips a country's generic second level", () => {
  assert.equal(hostName("caspian-courier.com"), "caspian-courier");
  assert.equal(hostName("elpais.com.uy"), "elpais");
  assert.equal(hostName("news.bbc.co.uk"), "bbc");
  assert.equal(hostName("edition.cnn.com"), "cnn");
  // a generic second level only counts before a country's code; "www" names no site
  assert.equal(hostName("www.go.com"), "go");
  assert.equal(hostName("www.co.net"), "co");
  assert.equal(hostName("www.com.uy"), undefined);
  assert.equal(
    stripSiteFromTitle("Gobierno acusa a Montecon - El Pais", undefined, "elpais.com.uy"),
    "Gobierno acusa a Montecon",
  );
});

test("a dash typed as two hyphens separates the site's name too; two hyphens inside a word do not", () => {
  assert.equal(
    stripSiteFromTitle("Caspian Courier -- Baku and Astana sign transit deal", "Caspian Courier"),
    "Baku and Astana sign transit deal",
  );
  assert.equal(stripSiteFromTitle("Transit deal signed --Caspian Courier", "Caspian Courier"), "Transit deal signed");
  assert.equal(stripSiteFromTitle("The co--operation talks", "Caspian Courier"), "The co--operation talks");
});

test("a site name glued to the headline goes when the title names the site again after a separator", () => {
  assert.equal(
    stripSiteFromTitle("Kazakh grain train reaches BakuCaspian Courier | Caspian Courier", "Caspian Courier"),
    "Kazakh grain train reaches Baku",
  );
  // a headline that merely ends in a word of the site's name keeps it
  assert.equal(stripSiteFromTitle("Talks in Baku | Baku", "Baku"), "Talks in Baku");
});
