import assert from "node:assert/strict";
import { test } from "node:test";
import { parseHTML } from "linkedom";
import { bylineFromPage } from "./find-author.ts";

const doc = (html: string) =>
  (parseHTML(`<html><body class="single comments-open">${html}</body></html>`) as unknown as { document: Document })
    .document;

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

test("a 'sidebar' holding the page's <h1> is the content column; a sidebar without it stays an aside", () => {
  const column = doc(
    '<article><div id="sidebar" class="content-area"><h1>The First Decade</h1><span class="author vcard"><a rel="author" href="/author/ms/">Maximilian Steinbeis</a></span><p>Text.</p></div></article>',
  );
  assert.equal(bylineFromPage(column), "Maximilian Steinbeis");
  const aside = doc(
    '<main><h1>Headline</h1><p>Text.</p></main><div class="sidebar"><h3>Popular</h3><a rel="author" href="/author/wp/">Widget Person</a></div>',
  );
  assert.equal(bylineFromPage(aside), undefined);
});

test("the author of a teaser wrapped in its link to another story is not the article's", () => {
  const teaser = doc(
    '<h1>Olympische Spiele</h1><p>Text.</p><ul><li><a href="/handel/38474-other-story.html"><h4 class="item__title">Worauf Verbraucher Wert legen</h4><span class="item__author">Glory Global Solutions</span></a></li></ul>',
  );
  assert.equal(bylineFromPage(teaser), undefined);
  // a link to the author's own page, or an e-mail link, holds the byline itself
  assert.equal(
    bylineFromPage(doc('<a href="/people/jane-roe"><span class="author-name">Jane Roe</span></a><p>Text.</p>')),
    "Jane Roe",
  );
  assert.equal(
    bylineFromPage(doc('<p>Text.</p><a href="mailto:gw@example.org"><b>Von:</b><br>Götz Warnke</a>')),
    "Götz Warnke",
  );
});
