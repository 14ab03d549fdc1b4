import assert from "node:assert/strict";
import test from "node:test";
import { truncationWarning } from "../domain/index.ts";
import { checkInput, MAX_HTML_CHARS, MAX_TEXT_CHARS } from "./check-input.ts";

test("a plain text of a few MB (a report, a transcript) is read whole up to the HTML cap, and cut only past it", () => {
  const paragraph = "Russia criticised Georgia on Monday, officials said. The talks will continue.\n\n";
  const long = paragraph.repeat(Math.ceil(2_500_000 / paragraph.length));
  assert.equal(checkInput({ id: "t", text: long }).content, long);
  assert.equal(MAX_TEXT_CHARS, MAX_HTML_CHARS);
  assert.equal(checkInput({ id: "t", text: long }).truncated, undefined);
  const over = long + long;
  const checked = checkInput({ id: "t", text: over });
  assert.equal(checked.content.length, MAX_TEXT_CHARS);
  // The cut is reported, so the user can be told what was dropped.
  assert.deepEqual(checked.truncated, { kind: "text", length: over.length, kept: MAX_TEXT_CHARS });
  assert.equal(
    truncationWarning(checked.truncated!),
    `only the first 3,000,000 of its ${over.length.toLocaleString("en-US")} characters were read (the cap on one text); the last ${(over.length - MAX_TEXT_CHARS).toLocaleString("en-US")} were dropped`,
  );
});

test("an HTML page over its cap is cut after its scripts are dropped", () => {
  const page = `<html><body><script>${"x".repeat(MAX_HTML_CHARS)}</script><p>Russia criticised Georgia.</p></body></html>`;
  const { kind, content } = checkInput({ id: "h", html: page });
  assert.equal(kind, "html");
  assert.ok(content.includes("<p>Russia criticised Georgia.</p>"));
  assert.ok(!content.includes("<script>"));
  // Only scripts were left out: nothing the reader would see, so no warning.
  assert.equal(checkInput({ id: "h", html: page }).truncated, undefined);
});

test("an HTML page whose markup is over the cap even without its scripts is cut, and the cut reported", () => {
  const paragraphs = "<p>Russia criticised Georgia on Monday, officials said.</p>\n".repeat(60_000);
  const page = `<html><body><script>var x = 1;</script>${paragraphs}</body></html>`;
  const checked = checkInput({ id: "h", html: page });
  assert.equal(checked.content.length, MAX_HTML_CHARS);
  assert.deepEqual(checked.truncated, { kind: "html", length: page.length, kept: MAX_HTML_CHARS });
  assert.match(
    truncationWarning(checked.truncated!),
    /^a page of 3,600,053 characters: only the first 3,000,000 characters of its markup/,
  );
});
