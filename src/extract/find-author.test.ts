import assert from "node:assert/strict";
import { test } from "node:test";
import { parseHTML } from "linkedom";
import { bylineFromPage, findAuthor, ldNames } from "./find-author.ts";
import { cleanByline } from "./find-author-clean.ts";
import { extractMetadata } from "./html-metadata.ts";

const doc = (html: string) =>
  (parseHTML(`<html><body class="single comments-open">${html}</body></html>`) as unknown as { document: Document })
    .document;

test("bylines lose lead words, dates, times and roles in several languages", () => {
  assert.equal(cleanByline("By Jane Roe, 12 May 2024"), "Jane Roe");
  assert.equal(cleanByline("Von Isabella Beyer am 24.07.2017 - 18:30"), "Isabella Beyer");
  assert.equal(cleanByline("Post author By Helge Fahrnberger"), "Helge Fahrnberger");
  assert.equal(cleanByline("Автор: Иван Петров | 17.05.2024"), "Иван Петров");
  assert.equal(cleanByline("Par Chokri GHARBI"), "Chokri GHARBI");
  assert.equal(cleanByline("Sara Zinnecker Stand: 25.01.2022"), "Sara Zinnecker");
  assert.equal(cleanByline("https://example.org/author/jane"), undefined);
  assert.equal(cleanByline("admin"), undefined);
  assert.equal(cleanByline("Pressemitteilung von Katja Kipping"), "Katja Kipping");
  assert.equal(cleanByline("Ein Gastbeitrag von Jan Roe"), "Jan Roe");
});

test("the byline printed in the page: vcard, rel=author, byline blocks; never a commenter", () => {
  assert.equal(
    bylineFromPage(
      doc(
        '<span class="byline"> von <span class="author vcard"><a class="url fn n" href="/author/heiko/">Heiko</a></span></span>',
      ),
    ),
    "Heiko",
  );
  assert.equal(
    bylineFromPage(
      doc(
        '<div class="comments"><a rel="author">Troll</a></div><div class="post-author-name">Par <a>Chokri GHARBI</a></div>',
      ),
    ),
    "Chokri GHARBI",
  );
  assert.equal(
    bylineFromPage(doc('<ol class="comment-list"><li><span class="author">Troll</span></li></ol>')),
    undefined,
  );
});

test("JSON-LD people first, organisations skipped; the site's own name is no byline", () => {
  const d = doc('<span class="byline">By Emily Burack</span>');
  assert.equal(
    findAuthor(d, {
      ld: [
        { "@type": "Person", name: "A. One" },
        { "@type": "Person", name: "B. Two" },
      ],
    }),
    "A. One; B. Two",
  );
  assert.equal(findAuthor(d, { ld: { "@type": "Organization", name: "Times" } }), "Emily Burack");
  assert.equal(
    findAuthor(doc("<p>x</p>"), { ld: undefined, meta: "Caucasus Daily", site: "Caucasus Daily" }),
    undefined,
  );
});

test("a byline in the article's own footer or under a sidebar-named wrapper counts; a commenter's never", () => {
  const inFooter = doc(
    '<div id="sidebar" class="one-sidebar"><article class="post h-entry"><p>Text</p><footer class="meta"><address class="author h-card"><span itemprop="name">Frank Boës</span></address></footer></article></div>',
  );
  assert.equal(bylineFromPage(inFooter), "Frank Boës");
  const pageFooter = doc('<article><p>Text</p></article><footer><span class="author">Web Team</span></footer>');
  assert.equal(bylineFromPage(pageFooter), undefined);
  const comments = doc(
    '<article><p>Text</p><section class="vhb-comments-container"><span itemprop="author" class="vhb-user">Herr <span itemprop="name">Steffen Ecks</span></span></section></article>',
  );
  assert.equal(bylineFromPage(comments), undefined);
});

test("bylines lose English dates, photo credits, roles, weekdays and handles; a date alone is no name", () => {
  assert.equal(cleanByline("Poppy Reid Feb 21, 2020"), "Poppy Reid");
  assert.equal(cleanByline("Christian Thiele, 07 Dezember, 2022"), "Christian Thiele");
  assert.equal(cleanByline("Gàbor Muniér , Datum: 15.Jun.19 , Anzahl der Kommentare: 0"), "Gàbor Muniér");
  assert.equal(cleanByline("Christoph Hein Chefredakteur"), "Christoph Hein");
  assert.equal(cleanByline("Tomas Spahn Fr, 12.03.2021"), "Tomas Spahn");
  assert.equal(cleanByline("Interview: Jens Bergmann Foto: Michael Hudler"), "Jens Bergmann");
  assert.equal(cleanByline("Williams Perdomo @wperdomod"), "Williams Perdomo");
  assert.equal(cleanByline("r23 »"), "r23");
  assert.equal(cleanByline("freeman1984"), "freeman1984");
  assert.equal(cleanByline("November 8, 2023"), undefined);
  assert.equal(cleanByline("@NatGeoUK"), undefined);
  assert.equal(cleanByline("Veröffentlicht"), undefined);
});

test("microdata Person names and links to an author's archive page are bylines", () => {
  assert.equal(
    bylineFromPage(
      doc(
        '<p><em>Von <span itemscope itemtype="http://schema.org/Person"><meta itemprop="name" content="Cosima Künzel">Cosima Künzel</span></em></p>',
      ),
    ),
    "Cosima Künzel",
  );
  assert.equal(
    bylineFromPage(doc('<address>By <a href="http://example.org/author/tanderson/"> Tim Anderson </a></address>')),
    "Tim Anderson",
  );
  assert.equal(bylineFromPage(doc('<a href="/topics/author-interviews/">Interviews</a>')), undefined);
});

test("a JSON-LD author given by reference is looked up in the graph", () => {
  const graph = {
    "@context": "https://schema.org",
    "@graph": [
      {
        "@type": "Article",
        headline: "Solopreneur",
        datePublished: "2020-02-14",
        author: { "@id": "https://x.org/#p1" },
      },
      { "@type": "Person", "@id": "https://x.org/#p1", name: "Doris Schuppe" },
    ],
  };
  const d = doc(`<script type="application/ld+json">${JSON.stringify(graph)}</script><h1>Solopreneur</h1>`);
  assert.equal(extractMetadata(d).byline, "Doris Schuppe");
});

test("a login or bare first name in the metadata gives way to the full name printed in the byline", () => {
  const d = doc('<p class="post-byline">von <span class="author">Nils Pickert</span></p>');
  assert.equal(findAuthor(d, { ld: undefined, meta: "Nils" }), "Nils Pickert");
  assert.equal(findAuthor(d, { ld: { "@type": "Person", name: "nils.pickert" } }), "Nils Pickert");
  // a full name in the metadata stands, whatever the page prints
  assert.equal(findAuthor(d, { ld: undefined, meta: "Jane Roe" }), "Jane Roe");
  // a first name with no fuller byline in the page stays
  assert.equal(findAuthor(doc("<p>Text</p>"), { ld: undefined, meta: "Lynn" }), "Lynn");
  assert.equal(cleanByline("Redacci&oacute;n Diario Pagina Siete"), "Redacción Diario Pagina Siete");
});

test("bylines printed as a label and a name, as a short paragraph, or after a date", () => {
  assert.equal(
    bylineFromPage(
      doc("<p><span>Datum:</span> 19.11.2021<br><span>Autor:</span> Fritz Imhof<br><span>Quelle:</span> x</p>"),
    ),
    "Fritz Imhof",
  );
  assert.equal(
    bylineFromPage(doc('<h4>Autor</h4><p class="meta-text"><a href="/profil/1">Nikolai Huke</a></p>')),
    "Nikolai Huke",
  );
  assert.equal(
    bylineFromPage(doc("<p>Text of the article.</p><p><strong>Eine Kolumne von Nils Pickert</strong></p>")),
    "Nils Pickert",
  );
  assert.equal(bylineFromPage(doc("<p>Auteur : Kossivi Tiassou </p>")), "Kossivi Tiassou");
  // an ordinary sentence with "by" in it is no byline
  assert.equal(bylineFromPage(doc("<p>It was written by hand in the end.</p>")), undefined);
  assert.equal(cleanByline("Posted on September 21, 2020 by Adi Tzlil"), "Adi Tzlil");
});

test("Drupal 'submitted' lines, reporter links, a '| By' label and Yoast's written-by card", () => {
  assert.equal(
    bylineFromPage(
      doc('<div class="submitted">Gespeichert von <span class="username">rasos</span> am 24. Juli 2017 - 18:55</div>'),
    ),
    "rasos",
  );
  assert.equal(
    bylineFromPage(doc('<div class="story">By&nbsp;<a href="/reporters/jose-de-la-cruz">Jose de la Cruz</a></div>')),
    "Jose de la Cruz",
  );
  assert.equal(
    bylineFromPage(
      doc('<p><span class="screen-reader-text">| By </span> <span>Cara Stiles</span> | <time>April 13</time></p>'),
    ),
    "Cara Stiles",
  );
  const page = doc(
    '<meta name="twitter:label1" content="Verfasst von"><meta name="twitter:data1" content="Karoline Herr"><h1>Kolumne</h1>',
  );
  assert.equal(extractMetadata(page).byline, "Karoline Herr");
});

test("a one-line span or block that is a byline, before a bar and a date", () => {
  assert.equal(bylineFromPage(doc('<span class="teaser-cat"> von Andreas Kürten </span>')), "Andreas Kürten");
  assert.equal(
    bylineFromPage(
      doc('<div class="metaInfo">Ein Artikel von <strong>Pamela Sladky</strong> | 27.01.2022 - 12:45</div>'),
    ),
    "Pamela Sladky",
  );
  assert.equal(bylineFromPage(doc("<span>made by hand</span>")), undefined);
});

test("organisations, reviewers and phrases are no byline; name particles are fine", () => {
  assert.equal(cleanByline("Hanns-Seidel-Stiftung e.V."), undefined);
  assert.equal(cleanByline("Geprüft von Dr. med. Stefan Frädrich"), undefined);
  assert.equal(cleanByline("deinen Hochzeitsbloggern"), undefined);
  assert.equal(cleanByline("und Interview: Harald Willenbrock"), undefined);
  assert.equal(cleanByline("de la Cruz"), "de la Cruz");
  assert.equal(cleanByline("der Michel"), "der Michel");
});

test("short bylines: a date then the name, 'Posted by' and one name, a label in a block of its own", () => {
  assert.equal(
    bylineFromPage(doc('<h2>Stars <span style="font-size:12px">06.11.2023 13:30 von Olga </span></h2>')),
    "Olga",
  );
  assert.equal(bylineFromPage(doc("<p>Posted by Konstantin @ 12:00 am </p>")), "Konstantin");
  assert.equal(bylineFromPage(doc("<span>US-Sport in Zeiten von Corona</span>")), undefined);
  assert.equal(
    bylineFromPage(
      doc(
        '<div class="row"><div class="col">Autor:</div><div class="col"><a href="/redaktion">Redaktion Gelbe Liste</a></div></div>',
      ),
    ),
    "Redaktion Gelbe Liste",
  );
  assert.equal(
    bylineFromPage(doc('<h5 class="field field--name-field-term-author field--label-hidden">Christian Mihatsch</h5>')),
    "Christian Mihatsch",
  );
});

test("a weekday before a date, relative times and a first name completed by any later byline", () => {
  assert.equal(cleanByline("Von Tomas Spahn Fr, 18. Oktober 2019"), "Tomas Spahn");
  assert.equal(cleanByline("Houzz Deutschlandvor 5 StundenMehr"), "Houzz Deutschland");
  assert.equal(cleanByline("Jane Roe 3 hours ago"), "Jane Roe");
  const d = doc(
    '<a href="/author/nils/">Nils</a><p>Text of the column.</p><p><strong>Eine Kolumne von Nils Pickert</strong></p>',
  );
  assert.equal(findAuthor(d, { ld: undefined, meta: "Nils" }), "Nils Pickert");
});

test("copyright signs, glued share buttons, doubled names and headlines are cleaned or refused", () => {
  assert.equal(cleanByline("© Kathrin Führes Kathrin Führes"), "Kathrin Führes");
  assert.equal(cleanByline("Michael Hingstonfacebooktwitterflipboardwhatsapp"), "Michael Hingston");
  assert.equal(cleanByline("Zuletzt geändert am 12.10.2021"), undefined);
  assert.equal(cleanByline("A-Z"), undefined);
  assert.equal(
    bylineFromPage(doc("<div><span>09.02.2022</span> <h3>Auf den Spuren von Rafael Nadal</h3></div>")),
    undefined,
  );
  assert.equal(bylineFromPage(doc("<p>Blog Beitrag von Margarita Koreneva</p>")), "Margarita Koreneva");
});

test("the publication's name from one part of og:site_name, or as initials, gives way to the printed byline", () => {
  const furche = doc(
    '<a href="/autor/ursula-baatz-1270" rel="author"><h2 class="author__name"> Ursula Baatz </h2></a>',
  );
  assert.equal(
    findAuthor(furche, { ld: undefined, meta: "Die FURCHE", site: "Achtsam durch die Krise | Die FURCHE" }),
    "Ursula Baatz",
  );
  const initials = doc(
    '<span class="author">JF</span><p>Text</p><li class="post-meta"><a href="/author/boris-t-kaiser/">Boris T. Kaiser</a></li>',
  );
  assert.equal(findAuthor(initials, { ld: undefined }), "Boris T. Kaiser");
  assert.equal(findAuthor(doc('<span class="author">AP</span>'), { ld: undefined }), "AP");
});

test("French author classes and German 'Autoren' paragraphs with two names", () => {
  assert.equal(
    bylineFromPage(doc('<div class="dates">par <span class="auteurs">Didier Roy</span>, 21 juin 2018</div>')),
    "Didier Roy",
  );
  assert.equal(
    bylineFromPage(doc("<p>Text des Artikels.</p><p>Autoren Jelko Djuren und Jutta Klaukien</p>")),
    "Jelko Djuren und Jutta Klaukien",
  );
  assert.equal(bylineFromPage(doc("<p>Autorin: Uta Staschewski</p>")), "Uta Staschewski");
});

test("a printed byline listing every metadata author is given as printed", () => {
  const two = doc('<p class="byline">Von Benjamin Fischer und Marcus Theurer</p>');
  const ld = [
    { "@type": "Person", name: "Benjamin Fischer" },
    { "@type": "Person", name: "Marcus Theurer" },
  ];
  assert.equal(findAuthor(two, { ld }), "Benjamin Fischer und Marcus Theurer");
  const more = doc('<span class="author-name">Rudolf Fischer, Simon Kohler</span>');
  assert.equal(findAuthor(more, { ld: { "@type": "Person", name: "Rudolf Fischer" } }), "Rudolf Fischer, Simon Kohler");
  // a role after the name is no second author
  const role = doc('<span class="author-name">Mathilda Trausch, Online-Redaktion</span>');
  assert.equal(findAuthor(role, { ld: { "@type": "Person", name: "Mathilda Trausch" } }), "Mathilda Trausch");
});

test("a paper's citation_author outranks a generic author meta tag", () => {
  const page = (
    parseHTML(`<html><head><meta name="author" content="NH. Shear, SP. Spielberg,">
<meta name="citation_author" content="Marwan H. Adwan"></head><body><p>Abstract</p></body></html>`) as unknown as {
      document: Document;
    }
  ).document;
  assert.equal(extractMetadata(page).byline, "Marwan H. Adwan");
});

test("a label wrapped in blocks of its own is followed by the name in the next block", () => {
  const d = doc(
    "<div class=\"field\"> <p class='label'><strong>By</strong></p> </div><!-- field --> <div class=\"field\"> <p class='full-name'>Todd Bates</p> </div>",
  );
  assert.equal(bylineFromPage(d), "Todd Bates");
  assert.equal(findAuthor(d, { ld: undefined, meta: "Todd" }), "Todd Bates");
});

test("a line of a numeric date, a dash and a name is a byline", () => {
  const d = doc('<h1>Variablen und ihr Zuhause</h1><p class="text-muted">11.12.2019 - Amelie Loevenich</p>');
  assert.equal(bylineFromPage(d), "Amelie Loevenich");
  // a date and a topic is no byline
  assert.equal(bylineFromPage(doc("<p>11.12.2019 - Neue Regeln für alle</p>")), undefined);
});

test("a printed byline that is the site's name gives way to the next one", () => {
  const d = doc(
    '<span class="author">The Planetary Press</span><p>Lead.</p><p><em>Written by: <a href="/x">Julie Mollins</a> </em></p>',
  );
  assert.equal(findAuthor(d, { ld: undefined, site: "The Planetary Press" }), "Julie Mollins");
});

test("a labelled author line with the author's role after a comma names the author", () => {
  const signed = (line: string) =>
    bylineFromPage(doc(`<h1>Große Aufgaben</h1><p>Text.</p><p><strong>${line}</strong></p>`));
  assert.equal(signed("Autorin: Uta Staschewski, Projektleiterin der HSS in Tunesien."), "Uta Staschewski");
  assert.equal(signed("Author: Jane Roe, senior fellow at the institute"), "Jane Roe");
  // a sentence that merely mentions authors is no byline
  assert.equal(signed("Autoren wie Thomas Mann, Hermann Hesse und andere schrieben hier."), undefined);
});

test("a Creative Commons licence in the sidebar names the author the initials stand for", () => {
  const d = doc(
    '<article><h1>Nach langer Zeit</h1><p>Posted by <a rel="author" href="/author/dt/">DT</a></p><p>Text.</p></article>' +
      '<aside class="widget"><span>Ein Tagebuch</span> von <a href="/" rel="cc:attributionURL">Donald Townsend</a> steht unter einer <a rel="license" href="https://creativecommons.org/licenses/by/3.0/">CC-Lizenz</a>.</aside>',
  );
  assert.equal(findAuthor(d, { ld: undefined }), "Donald Townsend");
});

test("a masthead marked up as an author hCard, linking to the front page, is the site and not the author", () => {
  const d = doc(
    '<h1 class="vcard author"><a href="http://archiv.example.de/" class="fn">Krimiblog-Archiv</a></h1>' +
      '<div class="post hentry"><h3 class="entry-title">Ein Musikvideo</h3><h4 class="vcard author">vom <span class="fn">Krimiblogger</span></h4><p>Text.</p></div>',
  );
  assert.equal(bylineFromPage(d), "Krimiblogger");
  // an author's own link goes to the archive of their posts
  const own = doc('<span class="author vcard"><a class="fn" href="/author/jane-roe/">Jane Roe</a></span>');
  assert.equal(bylineFromPage(own), "Jane Roe");
  // a one-author blog may link its author's byline home; only a masthead's link home names the site
  const blog = doc('<h2>Post</h2><p class="byline">By <a rel="author" href="https://janeroe.net/">Jane Roe</a></p>');
  assert.equal(bylineFromPage(blog), "Jane Roe");
});

test("the byline line of a teaser for another article is not this article's byline", () => {
  const d = doc(
    '<article><h1>Die Minze als Mutmacher</h1><p>Text.</p></article><div><p class="c-teaser__byline text__byline">Kultur</p></div>',
  );
  assert.equal(bylineFromPage(d), undefined);
});

test("labelled bylines in Russian, Ukrainian, Turkish and Azerbaijani, with one name or several", () => {
  const line = (html: string) => bylineFromPage(doc(`<h1>Заголовок</h1>${html}<p>Текст статьи.</p>`));
  assert.equal(line("<p>Автор: Иван Петров</p>"), "Иван Петров");
  assert.equal(line("<p>Текст: Олег Смирнов</p>"), "Олег Смирнов");
  assert.equal(line("<p>Автори: Іван Петренко та Марія Коваль</p>"), "Іван Петренко та Марія Коваль");
  assert.equal(line("<p>Yazar: Ahmet Yılmaz</p>"), "Ahmet Yılmaz");
  assert.equal(line("<p>Müəllif: Elçin Əliyev</p>"), "Elçin Əliyev");
  assert.equal(line('<div><span>Yazar:</span> <a href="/x">Ahmet Yılmaz</a></div>'), "Ahmet Yılmaz");
  assert.equal(cleanByline("Автор: Іван Петренко | 17.05.2024"), "Іван Петренко");
  // a photo credit is no byline, and "Текст" without a colon is a word, not a label
  assert.equal(line("<p>Фото: Иван Петров</p>"), undefined);
  assert.equal(line("<p><b>Текст</b> Иван Петров</p>"), undefined);
});

test("a paragraph holding a copyright sign and a person's name names the author; a picture credit does not", () => {
  const page = (html: string) => bylineFromPage(doc(`<h1>Filmbüro</h1><p>Text des Beitrags.</p>${html}`));
  assert.equal(page("<p>© 2019 Sven Schreivogel</p>"), "Sven Schreivogel");
  assert.equal(page("<figure><img src=x.jpg><figcaption><p>© Jane Roe</p></figcaption></figure>"), undefined);
  assert.equal(page("<p>Copyright Infringement Notification</p>"), undefined);
  assert.equal(page("<p>© 2022 Energie Baden-Württemberg AG</p>"), undefined);
});

test("bylines lose a glued weekday, an 'Analysis by' lead and glued blocks; files and scripts are no names", () => {
  assert.equal(cleanByline("Jeff FoustMonday, November 18, 2019"), "Jeff Foust");
  assert.equal(cleanByline("Mike Wuerthele and Malcolm Owen Monday, Nov 18, 2019"), "Mike Wuerthele and Malcolm Owen");
  assert.equal(cleanByline("Analysis by Chris Cillizza"), "Chris Cillizza");
  assert.equal(cleanByline("By ERIC TUCKERAssociated Press"), "ERIC TUCKER Associated Press");
  assert.equal(cleanByline("humans.txt"), undefined);
  assert.equal(cleanByline("(adsbygoogle = window.adsbygoogle || []).push({});"), undefined);
  // a surname in capitals followed by its own capitalised word stays one name ("McDONALD" is not glued)
  assert.equal(cleanByline("By Ronald McDONALD"), "Ronald McDONALD");
});

test("gendered German labels, 'for The Publication' tails, placeholder names and Person objects kept as strings", () => {
  assert.equal(cleanByline("Autor/in: Korinna Hennig"), "Korinna Hennig");
  assert.equal(cleanByline("Autor*innen: Jan Roe"), "Jan Roe");
  assert.equal(cleanByline("By Glen Owen And Brendan Carlin For The Mail On Sunday"), "Glen Owen And Brendan Carlin");
  assert.equal(cleanByline("Charles Walton for SurgeZirc UK"), "Charles Walton");
  assert.equal(cleanByline("publisher"), undefined);
  assert.deepEqual(ldNames('{ "@type":"Person", "name":"Alice Wu" }'), ["Alice Wu"]);
  assert.deepEqual(ldNames("{ not json }"), []);
});

test("a Creative Commons credit under a picture names the photographer, not the author", () => {
  const d = doc(
    '<h1>Post</h1><figure><img src="x.jpg"><figcaption>Foto: <a property="cc:attributionName" href="https://flickr.com/x">Max Muster</a></figcaption></figure><p>Text.</p>',
  );
  assert.equal(bylineFromPage(d), undefined);
});
