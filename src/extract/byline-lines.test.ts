import assert from "node:assert/strict";
import { test } from "node:test";
import { dropBylineLines } from "./byline-lines.ts";
import { extractArticle } from "./index.ts";

const prose = [
  "Azerbaijan detained several Russian nationals in Baku on Monday, including media staff accused of spying, officials said.",
  "Moscow summoned the Azerbaijani ambassador and demanded their release, calling the arrests a provocation.",
  "Officials in Baku said the arrests followed a lawful investigation into smuggling and illegal transfers of money.",
];
const body = (...lines: string[]) => lines.join("\n\n");

test("a line that prints exactly the found byline is dropped from the opening lines and as the closing signature", () => {
  assert.equal(dropBylineLines(body("By Jane Doe, Reuters", ...prose), "Jane Doe"), body(...prose));
  assert.equal(
    dropBylineLines(body(prose[0]!, "Von Tobias Kuske", prose[1]!), "Tobias Kuske"),
    body(prose[0]!, prose[1]!),
  );
  assert.equal(dropBylineLines(body(...prose, "Autor: Petra Ruland"), "Petra Ruland"), body(...prose));
  assert.equal(dropBylineLines(body("Jane Doe", ...prose), "Jane Doe"), body(...prose));
  assert.equal(dropBylineLines(body(...prose, "Jane Doe"), "Jane Doe"), body(...prose));
  assert.equal(dropBylineLines(body(...prose, "— Jane Doe"), "Jane Doe"), body(...prose));
  // a label or lead marks the line wherever it stands
  assert.equal(dropBylineLines(body(...prose, "Written by: Jane Doe", ...prose), "Jane Doe"), body(...prose, ...prose));
});

test("a line that only mentions the author, another name, or a bare name inside the text stays", () => {
  const kept = [
    body("Das Gespräch führte Jane Doe.", ...prose),
    body("Über Jane Doe", ...prose),
    body("By John Roe", ...prose),
    body(...prose, ...prose, "Jane Doe", ...prose),
    body(`${prose[0]} Jane Doe reported it first, by her own account.`, prose[1]!),
    // a quotation's attribution and an interview's speaker inside the text
    body(...prose, ...prose, "— Jane Doe", ...prose),
    body(...prose, ...prose, "Jane Doe:", ...prose),
  ];
  for (const text of kept) assert.equal(dropBylineLines(text, "Jane Doe"), text);
  assert.equal(dropBylineLines(body("By Jane Doe", ...prose), undefined), body("By Jane Doe", ...prose));
  // a text that is only its byline keeps it
  assert.equal(dropBylineLines("By Jane Doe", "Jane Doe"), "By Jane Doe");
});

test("an extracted page keeps its byline as metadata and not as the body's first paragraph", () => {
  const html = `<html lang="en"><head><title>Baku detains Russians</title><meta name="author" content="Jane Doe"></head><body><article>
<h1>Baku detains Russians</h1><p>By Jane Doe</p>${prose.map((p) => `<p>${p}</p>`).join("")}
</article></body></html>`;
  const a = extractArticle({ id: "byline", html });
  assert.equal(a.byline, "Jane Doe");
  assert.equal(a.text, body(...prose));
});
