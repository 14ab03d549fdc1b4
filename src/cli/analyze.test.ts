import assert from "node:assert/strict";
import { test } from "node:test";
import { documentName } from "./analyze.ts";

test("a warning names a document by where it was read when that holds its id, else by its id and then where", () => {
  // a URL, a file given by path, a file in a folder given (its id is its path there), a file in a zip
  assert.equal(documentName("https://x.example/a", "https://x.example/a"), "https://x.example/a");
  assert.equal(documentName("transcript.txt", "/data/in/transcript.txt"), "/data/in/transcript.txt");
  assert.equal(documentName("2025/05/a.html", "/data/in/2025/05/a.html"), "/data/in/2025/05/a.html");
  assert.equal(documentName("pages.zip/a.html", "/data/pages.zip/a.html"), "/data/pages.zip/a.html");
  assert.equal(documentName("a.html", "C:\\data\\a.html"), "C:\\data\\a.html");
  // a JSONL line: the place names the line, not the document, even when the line's number ends like its id
  assert.equal(documentName("transcript-7", "stdin:3"), "transcript-7 (stdin:3)");
  assert.equal(documentName("1", "stdin:1"), "1 (stdin:1)");
  assert.equal(documentName("7", "feed.jsonl:17"), "7 (feed.jsonl:17)");
  assert.equal(documentName("a.html", "/data/ba.html"), "a.html (/data/ba.html)");
  assert.equal(documentName("report-7", undefined), "report-7");
});
