import assert from "node:assert/strict";
import { test } from "node:test";
import { fileKind, rootElement } from "./file-kind.ts";

const XHTML = `<?xml version="1.0" encoding="UTF-8"?>
<!-- saved from the site -->
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title></head><body><p>x</p></body></html>`;

test("rootElement skips the declaration, comments and doctype, and drops a namespace prefix", () => {
  assert.equal(rootElement(XHTML), "html");
  assert.equal(rootElement('\uFEFF<?xml version="1.0"?><rss version="2.0"><channel/></rss>'), "rss");
  assert.equal(rootElement('<rdf:RDF xmlns:rdf="x"></rdf:RDF>'), "rdf");
  assert.equal(rootElement('<!DOCTYPE x [ <!ENTITY a "b"> ]><feed xmlns="x"/>'), "feed");
  assert.equal(rootElement("plain words"), undefined);
});

test("an XHTML page saved as .xml is a page; feeds and other .xml files stay feeds", () => {
  assert.equal(fileKind("saved/page.xml", XHTML), "html");
  assert.equal(fileKind("PAGE.XML", XHTML.replace("<html", "<x:html")), "html");
  assert.equal(fileKind("news.xml", '<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>'), "feed");
  // An XHTML page that happens to be named .rss is still read as a page: what it is decides.
  assert.equal(fileKind("news.rss", XHTML), "html");
  // Not a page: read as a feed, which then names what it is not.
  assert.equal(fileKind("sitemap.xml", '<?xml version="1.0"?><urlset></urlset>'), "feed");
  assert.equal(fileKind("notes.txt", XHTML), "text");
  assert.equal(fileKind("unnamed", XHTML), "html");
});
