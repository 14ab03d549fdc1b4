import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { gunzipSync } from "node:zlib";
import fc from "fast-check";
import { Parser } from "htmlparser2";
import { parseHtmlEvents, type TreeHandler } from "./html-tree-events.ts";

/** Every event a handler hears, in order. */
function recorder(out: unknown[]): TreeHandler {
  return {
    onopentagname: (name) => out.push("open", name),
    onattribute: (name, value) => out.push("attr", name, value),
    ontext: (data) => out.push("text", data),
    onclosetag: (name, implied) => out.push("close", name, implied),
  };
}

function assertSameEvents(html: string, label: string): number {
  const expected: unknown[] = [];
  new Parser(recorder(expected), { decodeEntities: false, lowerCaseTags: true }).end(html);
  const actual: unknown[] = [];
  parseHtmlEvents(html, recorder(actual));
  assert.deepEqual(actual, expected, label);
  return expected.length;
}

// Markup that reaches every tree rule: implied closes of each kind, void elements, stray end tags (</p>, </br>,
// </div> with nothing open), self-closing tags inside and outside <svg>/<math> and their integration points,
// unclosed elements at the end, names in capitals, and names the known-name table holds or not.
const PIECES = [
  ..."<p>|<P>|</p>|<div>|</DIV>|<li>|</li>|<ul>|</ul>|<table>|<tr>|<td>|<th>|</tr>|<thead>|<tbody>|<tfoot>".split("|"),
  ..."<dd>|<dt>|<rt>|<rp>|<option>|<optgroup>|<select>|<input>|<button>|<h1>|</h1>|<hr>|<br>|</br>|<br/>".split("|"),
  ..."<img src=x>|<svg>|</svg>|<math>|</math>|<mi>|</mi>|<title>|</title>|<desc>|<foreignObject>|<path/>".split("|"),
  ..."<g/>|<span/>|<body>|</body>|<head>|</head>|<html>|</html>|<link>|<script>|</script>|<custom-el>".split("|"),
  ..."</custom-el>|<Ünïcode>|</ünïcode>|<a href='x' class=\"c\" CLASS=d>|</a>|text|&amp; | |\n|<|</".split("|"),
];

test("the same tree events as htmlparser2's Parser on random markup", () => {
  let total = 0;
  const page = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 30 }).map((p) => p.join(""));
  fc.assert(
    fc.property(page, (html) => {
      total += assertSameEvents(html, JSON.stringify(html));
    }),
    { numRuns: 3000, seed: 11 },
  );
  assert.ok(total > 30_000, `the random pages made only ${total} events`);
});

test("the same tree events as htmlparser2's Parser on real news pages", () => {
  const dir = new URL("../../../shared/trafilatura-eval/html/", import.meta.url);
  let total = 0;
  for (const file of readdirSync(dir)
    .sort()
    .filter((_, i) => i % 25 === 0)) {
    const raw = readFileSync(new URL(file, dir));
    total += assertSameEvents((file.endsWith(".gz") ? gunzipSync(raw) : raw).toString("utf8"), file);
  }
  assert.ok(total > 50_000, `the pages made only ${total} events`);
});
