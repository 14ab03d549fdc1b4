import assert from "node:assert/strict";
import test from "node:test";
import { checkInput, MAX_HTML_CHARS, MAX_TEXT_CHARS } from "./check-input.ts";

test("a plain text of a few MB (a report, a transcript) is read whole up to the HTML cap, and cut only past it", () => {
  const paragraph = "Russia criticised Georgia on Monday, officials said. The talks will continue.\n\n";
  const long = paragraph.repeat(Math.ceil(2_500_000 / paragraph.length));
  assert.equal(checkInput({ id: "t", text: long }).content, long);
  assert.equal(MAX_TEXT_CHARS, MAX_HTML_CHARS);
  const over = long + long;
  assert.equal(checkInput({ id: "t", text: over }).content.length, MAX_TEXT_CHARS);
});

test("an HTML page over its cap is cut after its scripts are dropped", () => {
  const page = `<html><body><script>${"x".repeat(MAX_HTML_CHARS)}</script><p>Russia criticised Georgia.</p></body></html>`;
  const { kind, content } = checkInput({ id: "h", html: page });
  assert.equal(kind, "html");
  assert.ok(content.includes("<p>Russia criticised Georgia.</p>"));
  assert.ok(!content.includes("<script>"));
});
