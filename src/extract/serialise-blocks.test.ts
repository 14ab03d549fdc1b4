import assert from "node:assert/strict";
import { test } from "node:test";
import { collapseSpace } from "./serialise-blocks.ts";

test("collapseSpace collapses and trims white space exactly as the regular expression does", () => {
  const samples = [
    "",
    " ",
    "plain words",
    "two  spaces",
    "tab\there",
    "line\nbreak",
    " leading",
    "trailing ",
    "\u00a0nbsp\u00a0inside\u00a0",
    "a \u2003b",
    "ends with\n",
    "x",
    "\u3000",
    "one space at the end of a run \n\n next paragraph",
  ];
  for (const s of samples) assert.equal(collapseSpace(s), s.replace(/\s+/g, " ").trim(), JSON.stringify(s));
});

test("collapseSpace returns a clean line itself rather than a copy", () => {
  const clean = "Moscow summoned the ambassador on Monday.";
  assert.equal(collapseSpace(clean), clean);
});
