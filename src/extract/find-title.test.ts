import assert from "node:assert/strict";
import { test } from "node:test";
import { parseHTML } from "linkedom";
import { decodeEntities, findTitle, headingText } from "./find-title.ts";

const doc = (html: string) =>
  (parseHTML(`<html><body>${html}</body></html>`) as unknown as { document: Document }).document;

test("kickers, topic labels and screen-reader separators inside the <h1> are left out", () => {
  const h1 = (html: string) => headingText(doc(`<h1>${html}</h1>`).querySelector("h1")!);
  assert.equal(
    h1(
      '<span class="article-heading__kicker">Klimaschutz</span><span class="visually-hidden">: </span><span class="article-heading__title">Bohren, bis es heiß wird</span>',
    ),
    "Bohren, bis es heiß wird",
  );
  assert.equal(
    h1('<span class="dachzeile">Interne Unterlagen</span> <span class="headline">Daten gehackt</span>'),
    "Daten gehackt",
  );
  assert.equal(
    h1("Zuschauerrückkehr bei den Clubs<br><small>02.02.2022 • Presse</small>"),
    "Zuschauerrückkehr bei den Clubs",
  );
  assert.equal(h1("<span>Open Progress</span><span>Why thinking wins</span>"), "Open Progress Why thinking wins");
  assert.equal(h1("<span>Frauen im THW</span>: Gegenwart"), "Frauen im THW: Gegenwart");
  // a numeric date printed before the headline is no part of it; a year that begins the headline is
  assert.equal(h1("23.01.2022 - Dorothea Wierer darf jubeln"), "Dorothea Wierer darf jubeln");
  assert.equal(h1("2022 - das Jahr der Wende"), "2022 - das Jahr der Wende");
});

test("the headline is the heading the metadata agrees with, not the blog's name in the <h1>", () => {
  const d = doc(
    '<h1 class="site-title"><a href="/">Literaturgefluester</a></h1><h2 class="entry-title">Ins neue Jahr</h2>',
  );
  assert.equal(
    findTitle(d, { metaTitles: ["Ins neue Jahr | Literaturgefluester"], site: "Literaturgefluester" }),
    "Ins neue Jahr",
  );
  const plain = doc("<h1>Seelenradio</h1><h2>Nummer zwei: Leo</h2><h2>Archiv</h2>");
  assert.equal(
    findTitle(plain, { metaTitles: ["Nummer zwei: Leo – seelenradio"], host: "seelenradio.de" }),
    "Nummer zwei: Leo",
  );
});

test("a single <h1> close to the metadata title wins over a teaser heading inside that title", () => {
  const d = doc("<h1>Saftiger Zitronenkuchen vom Blech: einfach köstlich!</h1><h2>Zitronenkuchen vom Blech</h2>");
  assert.equal(
    findTitle(d, {
      metaTitles: ["Saftiger Zitronenkuchen vom Blech | Backen macht glücklich"],
      site: "Backen macht glücklich",
    }),
    "Saftiger Zitronenkuchen vom Blech: einfach köstlich!",
  );
});

test("without headings the metadata title is used, its entities decoded once more", () => {
  assert.equal(
    decodeEntities("Record of the Week: Luboku, &#039;Pale Blue Dot&#039; &amp; more"),
    "Record of the Week: Luboku, 'Pale Blue Dot' & more",
  );
  const d = doc("<p>No headings here at all.</p>");
  assert.equal(
    findTitle(d, { metaTitles: ["Baku &amp; Ankara sign memorandum | Caucasus Daily"], site: "Caucasus Daily" }),
    "Baku & Ankara sign memorandum",
  );
});

test("an <h1> that repeats the title's trailing segment is the site's name, not the headline", () => {
  const d = doc("<h1>Liebe geht durch den Magen</h1><p>Rezept</p>");
  assert.equal(
    findTitle(d, { metaTitles: ["Rinderleber mit Apfel und Zwiebel | Liebe geht durch den Magen"] }),
    "Rinderleber mit Apfel und Zwiebel",
  );
  // a trailing segment longer than what it follows is the headline itself ("Site - Section - Headline")
  const news = doc("<h1>Illegale Migration über Polen: Bereits 9.087 Feststellungen im Jahr</h1>");
  assert.equal(
    findTitle(news, {
      metaTitles: ["Bundespolizei - Aktuelles - Illegale Migration über Polen: Bereits 9.087 Feststellungen im Jahr"],
    }),
    "Illegale Migration über Polen: Bereits 9.087 Feststellungen im Jahr",
  );
  // a blog's name before a colon, when another title is the post's own
  const blog = doc('<h1 class="title">privacy policy</h1>');
  assert.equal(
    findTitle(blog, { metaTitles: ["SibenLab privacy policy", "privacy policy: SibenLab privacy policy"] }),
    "SibenLab privacy policy",
  );
});

test("an <h1> that closes the title after a block the template names the page title is the site's name", () => {
  const wiki = doc('<h1>Home Brewers Wiki</h1><div id="page-title">Brewing Basics</div><p>Malt, water, hops.</p>');
  assert.equal(findTitle(wiki, { metaTitles: ["Brewing Basics - Home Brewers Wiki"] }), "Brewing Basics");
  // an <h1> that is itself a metadata title is the headline, after whatever kicker the <title> opens with
  const kicker = doc('<h3 class="pre-title">Interview</h3><h1 class="title">Why rivers change course</h1>');
  assert.equal(
    findTitle(kicker, { metaTitles: ["Why rivers change course", "Interview - Why rivers change course"] }),
    "Why rivers change course",
  );
});

test("hidden, duplicated and breadcrumb headings do not compete with the headline", () => {
  const hidden = doc('<h1 class="header pagetitle hidden">News</h1><h1>Auf das erste Elektron kommt es an</h1>');
  assert.equal(
    findTitle(hidden, { metaTitles: ["Auf das erste Elektron kommt es an", "News - Eawag"] }),
    "Auf das erste Elektron kommt es an",
  );
  const twice = doc("<h1>Parallels Desktop for Mac</h1><p>x</p><h1>Parallels Desktop for Mac</h1>");
  assert.equal(
    findTitle(twice, {
      metaTitles: ["Run Windows on Mac - Parallels Desktop Virtual Machine for Mac"],
      host: "parallels.com",
    }),
    "Parallels Desktop for Mac",
  );
  const crumb = doc(
    '<h1 class="id-Breadcrumb-element-link">Nordkorea: Kim Jong Un - Der Diktator ist zurück</h1><h2 class="headline">Kim Jong Un: Der Diktator ist zurück</h2>',
  );
  assert.equal(
    findTitle(crumb, { metaTitles: ["Kim Jong Un: Der Diktator ist zurück"] }),
    "Kim Jong Un: Der Diktator ist zurück",
  );
  const logo = doc('<h1 class="post_title aungblogtitle">Alkohol auf dem Boot</h1>');
  assert.equal(
    findTitle(logo, { metaTitles: ["Alkohol auf dem Boot – Erfahre mehr zu den Risiken"] }),
    "Alkohol auf dem Boot",
  );
});

test("a kicker is whole words before the title, and a sub-headline span inside the <h1> is one", () => {
  const d = doc("<h1>Chorgeschichte</h1>");
  assert.equal(
    findTitle(d, { metaTitles: ["Geschichte - St. Georgs Chorknaben Ulm"], host: "chorknaben-ulm.de" }),
    "Chorgeschichte",
  );
  const h1 = doc(
    '<h1><span class="article__subheadline">Open Progress</span><br><span class="article__headline">Why thinking wins</span></h1>',
  ).querySelector("h1")!;
  assert.equal(headingText(h1), "Why thinking wins");
  assert.equal(headingText(doc("<h2>[> Jens Weber</h2>").querySelector("h2")!), "Jens Weber");
  assert.equal(headingText(doc("<h2>[Rezi] Love is War</h2>").querySelector("h2")!), "[Rezi] Love is War");
});

test("a heading equal to og:title beats an <h1> that only resembles the <title>; the closest of several <h1>s wins", () => {
  const d = doc("<h1>Betriebliche Altersvorsorge</h1><h2>Mit Hilfe des Chefs für die Rente sparen</h2>");
  const titleTag = "Betriebliche Altersvorsorge (bAV) - Wann lohnt die Betriebsrente? - Finanztip";
  assert.equal(
    findTitle(d, { metaTitles: ["Mit Hilfe des Chefs für die Rente sparen", titleTag], site: "Finanztip", titleTag }),
    "Mit Hilfe des Chefs für die Rente sparen",
  );
  const several = doc(
    "<h1>Mein cosy Home Gift Guide bei Westwing</h1><h1>Unser Newsletter: Liebe im Posteingang</h1><h1>Unser Newsletter: Liebe im Posteingang!</h1>",
  );
  assert.equal(
    findTitle(several, { metaTitles: ["Christmas Gift Guide | Journelles | Jetzt entdecken!"], site: "Journelles" }),
    "Mein cosy Home Gift Guide bei Westwing",
  );
});

test("a page without an <h1> whose one <h2> is its title", () => {
  const d = doc("<h2>Bootsdienst Ausbildung</h2><p>Text</p>");
  assert.equal(findTitle(d, { metaTitles: ["Feuerwehr Oldenburg - Ausbildung"] }), "Bootsdienst Ausbildung");
  // navigation labels for screen readers are no rival <h2>s
  const labelled = doc(
    '<h2 class="sr-only">Hauptnavigation</h2><h2 class="text-hide">Inhalt</h2><h2>Schwache Profile</h2><p>Text</p>',
  );
  assert.equal(findTitle(labelled, { metaTitles: ["Wochenbericht 14. Januar - SLF"] }), "Schwache Profile");
  // an empty <h1> (the logo's slot) is no heading
  const logo = doc('<h1><a href="/"><img src="logo.png"></a></h1><h2>Der neue Trend: Muss- statt Wunschkoalition</h2>');
  assert.equal(
    findTitle(logo, { metaTitles: ["carta.info"], host: "carta.info" }),
    "Der neue Trend: Muss- statt Wunschkoalition",
  );
  const listing = doc("<h2>Kategorien</h2><h2>Archiv</h2>");
  assert.equal(findTitle(listing, { metaTitles: ["Mein Blog - Startseite"] }), "Mein Blog - Startseite");
});

test("the metadata title is given as the page prints it, with the typeset dashes of its heading", () => {
  // a sidebar of section headings comes first; the post's heading is further down
  const sidebar = ["Burlesque", "Vintage", "Rockabilly", "Korsetts"].map(
    (s) => `<h2>Top in ${s}</h2><h2>Neu in ${s}</h2>`,
  );
  const d = doc(`${sidebar.join("")}<h2>Korsetts &#8211; Shops, Designer, online kaufen</h2>`);
  assert.equal(
    findTitle(d, { metaTitles: ["Korsetts - Shops, Designer, online kaufen"], site: "Pinup-Fashion.de" }),
    "Korsetts – Shops, Designer, online kaufen",
  );
});

test("without an <h1>, the <h2> that says what the title says, or the one the template names the page title", () => {
  const named = doc(
    '<h2>Unsere Leistungen</h2><h2 class="sp-page-title-heading">Gut zu Wissen</h2><h3 class="sp-page-title-sub-heading">Alles außer gewöhnlich</h3>',
  );
  assert.equal(
    findTitle(named, { metaTitles: ["Den Vertrieb auslagern - Anders als andere oder gut zu Wissen"] }),
    "Gut zu Wissen",
  );
  const d = doc(
    '<h2 class="text-hide">Neubau Werkstatt Neubau WSL</h2><h2>Übersicht</h2><h2>Projektwettbewerb Neubau Werkstatt WSL</h2>',
  );
  assert.equal(
    findTitle(d, { metaTitles: ["Neubau Werkstatt - Neubau WSL"] }),
    "Projektwettbewerb Neubau Werkstatt WSL",
  );
});

test("a quotation before the colon of an <h1> is part of the headline, a topic kicker is not", () => {
  const quoted = doc('<h1>"Pure Leere": Kramer verpasst die Spiele in Peking</h1>');
  const metaTitles = ["Kramer verpasst die Spiele in Peking - skispringen.com"];
  assert.equal(
    findTitle(quoted, { metaTitles, site: "skispringen.com" }),
    '"Pure Leere": Kramer verpasst die Spiele in Peking',
  );
  const kicker = doc("<h1>Skispringen: Kramer verpasst die Spiele in Peking</h1>");
  assert.equal(findTitle(kicker, { metaTitles, site: "skispringen.com" }), "Kramer verpasst die Spiele in Peking");
});

test("without any heading, a block the template names the headline beats the SEO <title>", () => {
  const d = doc(
    '<div class="teaser"><p>Mehr Platz im Schrank</p></div><div class="l-headline"><span class="l-bold">Die besten Tricks von Marie Kondo für den Kleiderschrank</span></div><div class="l-subline">Ordnung leicht gemacht</div>',
  );
  assert.equal(
    findTitle(d, { metaTitles: ["Magic Cleaning | sheego Magazin"], site: "sheego" }),
    "Die besten Tricks von Marie Kondo für den Kleiderschrank",
  );
  // a page with an <h1> keeps it
  const h1 = doc('<h1>Magic Cleaning</h1><div class="l-headline">Die besten Tricks von Marie Kondo</div>');
  assert.equal(findTitle(h1, { metaTitles: ["Magic Cleaning | sheego Magazin"], site: "sheego" }), "Magic Cleaning");
});

test("a metadata title in capitals gives way to the same words as the publisher typed them", () => {
  const d = doc("<p>Text.</p>");
  assert.equal(
    findTitle(d, {
      metaTitles: ["BAKU AND ANKARA SIGN A GAS DEAL", "Baku and Ankara sign a gas deal | Caucasus Daily"],
      site: "Caucasus Daily",
    }),
    "Baku and Ankara sign a gas deal",
  );
  // a heading the page shows in capitals is the headline readers see; capitals typed everywhere stay capitals
  const shown = doc("<h1>BAKU AND ANKARA SIGN A GAS DEAL</h1>");
  assert.equal(
    findTitle(shown, { metaTitles: ["Baku and Ankara sign a gas deal"] }),
    "BAKU AND ANKARA SIGN A GAS DEAL",
  );
  const shouted = doc("<p>Text.</p>");
  assert.equal(findTitle(shouted, { metaTitles: ["NATO SUMMIT OPENS | Daily"], site: "Daily" }), "NATO SUMMIT OPENS");
});

test("a headline printed over the <h1> and the line after it is joined when a metadata title says both", () => {
  const og = "Aliyev and Tokayev discuss Caspian transit";
  assert.equal(
    findTitle(doc("<div><h1>Aliyev and Tokayev</h1><h2>discuss Caspian transit</h2></div><p>Text.</p>"), {
      metaTitles: [og],
    }),
    og,
  );
  // a subheading the metadata does not join to the <h1> stays out
  assert.equal(
    findTitle(doc("<div><h1>Aliyev and Tokayev meet</h1><h2>Transit on the agenda</h2></div><p>Text.</p>"), {
      metaTitles: ["Aliyev and Tokayev meet | Site"],
    }),
    "Aliyev and Tokayev meet",
  );
});

test("on a blog's index page, whose title is a word or two no heading shows, the first entry is the headline", () => {
  const index = doc(
    '<h1 class="site-title">Occupy Blog</h1><h2 class="entry-title"><a href="/a">Liebe Menschen Europas</a></h2>' +
      '<h2 class="entry-title"><a href="/b">Sei doch nicht so negativ</a></h2>',
  );
  assert.equal(findTitle(index, { metaTitles: ["blog | Occupy Blog"], site: "Occupy Blog" }), "Liebe Menschen Europas");
  // one entry is a post page, and a title of more words is the page's own name
  const post = doc('<h1 class="site-title">Occupy Blog</h1><h2 class="entry-title">Liebe Menschen Europas</h2>');
  assert.equal(findTitle(post, { metaTitles: ["blog | Occupy Blog"], site: "Occupy Blog" }), "blog");
  const listing = doc(
    '<h1 class="site-title">Occupy Blog</h1><h2 class="entry-title">Liebe Menschen Europas</h2><h2 class="entry-title">Sei doch nicht so negativ</h2>',
  );
  assert.equal(findTitle(listing, { metaTitles: ["Alle Beiträge aus 2014 | Occupy Blog"] }), "Alle Beiträge aus 2014");
});

test("an article page whose related posts (entry-title <h3>s) come before its own <h2> headline is no blog index", () => {
  const related = (t: string) => `<h3 class="entry-title"><a href="/x">${t}</a></h3>`;
  const page = doc(
    `<h1 class="site-title">Caspian Notes</h1><aside>${related("Georgia hosts summit")}${related("Kazakh oil exports rise")}</aside>` +
      '<article><h2 class="entry-title">Armenia and Azerbaijan resume talks in Baku</h2><p>Talks resumed.</p></article>',
  );
  // the metadata's one word stays, as before the index rule: a related post's headline would name another story
  assert.equal(findTitle(page, { metaTitles: ["Analysis | Caspian Notes"], site: "Caspian Notes" }), "Analysis");
});

test("without an <h1>, a block marked as the article's headline (schema.org microdata) is the title", () => {
  const d = doc(
    '<nav><h2>Menu</h2><h2>Sections</h2></nav><article><div itemprop="headline">Baku and Astana sign transit deal</div><p>Text.</p></article>',
  );
  assert.equal(
    findTitle(d, { metaTitles: ["Caspian Courier"], site: "Caspian Courier" }),
    "Baku and Astana sign transit deal",
  );
});

test("a title whose headline slot was left empty names only the site: the first heading is the title", () => {
  const d = doc(
    '<h1 class="logo"></h1><h2><span>Ferry timetable changes on the Caspian</span></h2><h2>Ticket offices</h2><h2>Ports</h2>',
  );
  assert.equal(
    findTitle(d, { metaTitles: ["Caspian Ferries -"], titleTag: "Caspian Ferries -" }),
    "Ferry timetable changes on the Caspian",
  );
  // a title with its headline keeps it
  assert.equal(
    findTitle(d, {
      metaTitles: ["Port strike ends - Caspian Ferries"],
      titleTag: "Port strike ends - Caspian Ferries",
      site: "Caspian Ferries",
    }),
    "Port strike ends",
  );
});
