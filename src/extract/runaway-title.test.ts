import assert from "node:assert/strict";
import { test } from "node:test";
import { extractArticle } from "./index.ts";
import { closeRunawayTitle } from "./runaway-title.ts";

const PAGE =
  "<html><head><title>Aliyev meets Tokayev<body><div><p>On Monday Azerbaijan and Kazakhstan signed a transit deal in Baku, officials said.</p></div></body></html>";

test("a <title> left open is closed before the first tag after it", () => {
  assert.equal(
    closeRunawayTitle("<title lang=en>Aliyev meets Tokayev\n<body><p>x</p>"),
    "<title lang=en>Aliyev meets Tokayev\n</title><body><p>x</p>",
  );
  // a closed title (in any case) and a title with nothing after it are left alone
  assert.equal(closeRunawayTitle("<title>A</TITLE><body><p>x</p>"), undefined);
  assert.equal(closeRunawayTitle("<html><title>Only a title"), undefined);
  assert.equal(closeRunawayTitle("<html><body><p>No title</p>"), undefined);
  // "<titles>" is no title tag
  assert.equal(closeRunawayTitle("<titles>x<p>y</p>"), undefined);
});

test("a page whose <title> is never closed gives its article and its title, not 'no article body found'", () => {
  const a = extractArticle({ id: "runaway.html", html: PAGE });
  assert.equal(a.title, "Aliyev meets Tokayev");
  assert.match(a.text, /^On Monday Azerbaijan and Kazakhstan signed a transit deal/);
});
