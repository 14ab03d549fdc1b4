import assert from "node:assert/strict";
import { test } from "node:test";
import { parseHTML } from "linkedom";
import { parseFastDom } from "./fast-dom.ts";
import { bylineFromPage, findAuthor, ldNames } from "./find-author.ts";
import { cleanByline } from "./find-author-clean.ts";
import { extractMetadata } from "./html-metadata.ts";

const doc = (html: string) =>
  (parseHTML(`<html><body class="single comments-open">${html}</body></html>`) as unknown as { document: Document })
    .document;

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

test("a weekday before a date, relative times and a first name completed by any later byline", () => {
  assert.equal(cleanByline("Von Tomas Spahn Fr, 18. Oktober 2019"), "Tomas Spahn");
  assert.equal(cleanByline("Houzz Deutschlandvor 5 StundenMehr"), "Houzz Deutschland");
  assert.equal(cleanByline("Jane Roe 3 hours ago"), "Jane Roe");
  const d = doc(
    '<a href="/author/nils/">Nils</a><p>Text of the column.</p><p><strong>Eine Kolumne von Nils Pickert</strong></p>',
  );
  assert.equal(findAuthor(d, { ld: undefined, meta: "Nils" }), "Nils Pickert");
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

test("a printed byline that is the site's name gives way to the next one", () => {
  const d = doc(
    '<span class="author">The Planetary Press</span><p>Lead.</p><p><em>Written by: <a href="/x">Julie Mollins</a> </em></p>',
  );
  assert.equal(findAuthor(d, { ld: undefined, site: "The Planetary Press" }), "Julie Mollins");
});

test("a page whose only printed byline is the site's name is signed by the site; metadata alone naming it is not", () => {
  // a one-person blog named for its writer, a press office or an agency publishing under its own name
  const blog = doc('<h4 class="vcard author">von <span class="fn">zahlenzauberin</span></h4><p>Lead.</p>');
  assert.equal(findAuthor(blog, { ld: undefined, site: "Zahlenzauberin" }), "zahlenzauberin");
  const office = doc('<p class="byline">Von Caspian Courier</p><p>Lead.</p>');
  assert.equal(
    findAuthor(office, { ld: undefined, meta: "Caspian Courier", site: "Caspian Courier" }),
    "Caspian Courier",
  );
  assert.equal(
    findAuthor(doc("<p>x</p>"), { ld: undefined, meta: "Caspian Courier", site: "Caspian Courier" }),
    undefined,
  );
});

test("a Creative Commons licence in the sidebar names the author the initials stand for", () => {
  const d = doc(
    '<article><h1>Nach langer Zeit</h1><p>Posted by <a rel="author" href="/author/dt/">DT</a></p><p>Text.</p></article>' +
      '<aside class="widget"><span>Ein Tagebuch</span> von <a href="/" rel="cc:attributionURL">Donald Townsend</a> steht unter einer <a rel="license" href="https://creativecommons.org/licenses/by/3.0/">CC-Lizenz</a>.</aside>',
  );
  assert.equal(findAuthor(d, { ld: undefined }), "Donald Townsend");
});

test("the byline line of a teaser for another article is not this article's byline", () => {
  const d = doc(
    '<article><h1>Die Minze als Mutmacher</h1><p>Text.</p></article><div><p class="c-teaser__byline text__byline">Kultur</p></div>',
  );
  assert.equal(bylineFromPage(d), undefined);
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

test("byline markup read from the extractor's own DOM: itemprop, rel and property, as a DOM reads them", () => {
  const fast = (html: string) =>
    parseFastDom(`<html><body class="single comments-open">${html}</body></html>`) as unknown as Document;
  const cases: [string, string | undefined][] = [
    [
      '<div itemprop="author" itemscope><span itemprop="name">Frank Boës</span></div><p class="author">Troll</p>',
      "Frank Boës",
    ],
    ['<p><span class="x" itemprop="author">Ada Lovelace</span></p>', "Ada Lovelace"],
    ['<p>Posted by <a href="/x" rel="author">Jane Roe</a></p>', "Jane Roe"],
    ['<p>Text <a href="/x" rel="cc:attributionURL">Donald Townsend</a></p>', "Donald Townsend"],
    ['<p>Text <a href="/x" property="cc:attributionName">Max Muster</a></p>', "Max Muster"],
    // the first of a repeated attribute counts, as in a browser
    ['<p><a href="/x" rel="author" rel="nofollow">Jane Roe</a></p>', "Jane Roe"],
    ['<p><a href="/x" rel="nofollow" rel="author">Jane Roe</a></p>', undefined],
  ];
  for (const [html, byline] of cases) {
    assert.equal(bylineFromPage(fast(html)), byline, html);
    assert.equal(bylineFromPage(doc(html)), byline, html);
  }
  // attribute names are read without regard to case (linkedom keeps them as typed, so only our DOM is asked)
  assert.equal(bylineFromPage(fast('<p><a href="/x" REL="author">Jane Roe</a></p>')), "Jane Roe");
});

test("metadata naming the site by its address or a fuller name gives way to a printed byline, and only to one", () => {
  const page = (meta: string, byline: string) =>
    extractMetadata(
      parseFastDom(
        `<html><head><title>Talks resume - Caspian Courier</title><meta name="author" content="${meta}"><meta property="og:site_name" content="Baku Daily"></head><body><h1>Talks resume</h1>${byline}<p>Text.</p></body></html>`,
      ) as unknown as Document,
      "https://www.caspian-courier.example/news/1",
    ).byline;
  assert.equal(page("Caspian Courier", '<p class="byline">By Jane Roe</p>'), "Jane Roe");
  assert.equal(page("Baku Daily News", '<p class="byline">By Jane Roe</p>'), "Jane Roe");
  // a one-person blog is named for its author: with no other byline the metadata stands
  assert.equal(page("Caspian Courier", ""), "Caspian Courier");
  // a person's name is kept over a printed byline
  assert.equal(page("John Doe", '<p class="byline">By Jane Roe</p>'), "John Doe");
  // a link to an author's other posts names no one
  assert.equal(cleanByline("Alle Beiträge"), undefined);
  assert.equal(cleanByline("View all posts"), undefined);
});

test("the site's name with its seat after a comma is the site, not a byline", () => {
  const d = doc("<p>x</p>");
  assert.equal(
    findAuthor(d, { ld: undefined, meta: "Caspian Courier, Baku, Azerbaijan", site: "Caspian Courier" }),
    undefined,
  );
  assert.equal(
    findAuthor(d, { ld: undefined, meta: "Jane Roe, John Doe", site: "Caspian Courier" }),
    "Jane Roe, John Doe",
  );
});

test("a byline after a long menu of plain lines is still read: the lines from the <h1> on have their own share", () => {
  const menu = Array.from({ length: 200 }, (_, i) => `<li><span>Item ${i}</span></li>`).join("");
  const page = parseFastDom(
    `<html><body><ul>${menu}</ul><h1>Schattiges Plätzchen</h1><div class="postDetails"><span>By Urs Gassner</span><label>|</label><span>27.06.2018</span></div><p>Text.</p></body></html>`,
  ) as unknown as Document;
  assert.equal(bylineFromPage(page), "Urs Gassner");
});

test("a <byline> element and a German 'durch' lead name the author", () => {
  assert.equal(bylineFromPage(doc("<h1>Börse</h1><byline>Von David Hutzler</byline><p>Text.</p>")), "David Hutzler");
  assert.equal(
    bylineFromPage(
      doc('<div class="post-meta"><a class="post-meta-author" href="/u/sm">durch Stephan Markus</a></div>'),
    ),
    "Stephan Markus",
  );
  assert.equal(cleanByline("durch Stephan Markus"), "Stephan Markus");
});

test("Joomla's article-info line names the writer in its createdby item", () => {
  // Joomla prints it without schema.org markup unless the template adds it
  const d = doc(
    '<div class="item-page"><h2>Talks resume</h2><dl class="article-info"><dd class="createdby">Geschrieben von <span>Anna Schmidt</span></dd><dd class="published">03. Mai 2024</dd></dl><p>Lead.</p></div>',
  );
  assert.equal(bylineFromPage(d), "Anna Schmidt");
});

test("a byline printed as one of the least headings is read like a plain line", () => {
  // before: undefined (only paragraphs and one-line spans and divs were read as plain byline lines)
  assert.equal(
    bylineFromPage(doc("<h1>Strompreise im Vergleich</h1><h5><em>Von Leonora Holling</em></h5><p>Der Text.</p>")),
    "Leonora Holling",
  );
  // a heading that is no byline stays none
  assert.equal(bylineFromPage(doc("<h1>Strompreise</h1><h5>Von Berlin nach Paris</h5>")), undefined);
});
