import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { gunzipSync } from "node:zlib";
import fc from "fast-check";
import { Tokenizer, type TokenizerCallbacks } from "htmlparser2";
import { HtmlTokenizer } from "./html-tokenizer.ts";

type Call = [string, ...number[]];

/** Every callback a tokenizer makes, with its arguments, in order. */
function calls(make: (cbs: TokenizerCallbacks) => { write(s: string): void; end(): void }, chunks: string[]): Call[] {
  const out: Call[] = [];
  const record =
    (name: string) =>
    (...args: number[]) =>
      out.push([name, ...args]);
  const names = [
    "onattribdata",
    "onattribentity",
    "onattribend",
    "onattribname",
    "oncdata",
    "onclosetag",
    "oncomment",
    "ondeclaration",
    "onend",
    "onopentagend",
    "onopentagname",
    "onprocessinginstruction",
    "onselfclosingtag",
    "ontext",
    "ontextentity",
  ];
  const cbs = Object.fromEntries(names.map((n) => [n, record(n)])) as unknown as TokenizerCallbacks;
  const tokenizer = make(cbs);
  for (const chunk of chunks) tokenizer.write(chunk);
  tokenizer.end();
  return out;
}

const OPTIONS = { xmlMode: false, decodeEntities: false };

function assertSameCalls(chunks: string[], label: string): number {
  const expected = calls((cbs) => new Tokenizer(OPTIONS, cbs), chunks);
  const actual = calls((cbs) => new HtmlTokenizer(OPTIONS, cbs), chunks);
  assert.deepEqual(actual, expected, label);
  return expected.length;
}

// Markup pieces that reach every state: special tags and their near misses, comments, CDATA, declarations,
// processing instructions, quotes of both kinds, unquoted values, self-closing tags, stray `<`, and the two control
// characters htmlparser2's case folding reads as `<` and `/` inside special tags.
const PIECES = [
  "<",
  ">",
  "/",
  "</",
  "<!",
  "<!--",
  "-->",
  "--->",
  "-",
  "<![CDATA[",
  "]]>",
  "]",
  "<?xml ",
  "<!DOCTYPE html>",
  '"',
  "'",
  "=",
  " ",
  "\n",
  "\t",
  "a",
  "B",
  "&amp;",
  "<p",
  "<P class=x",
  "<div id=\"a b\" data-x='1'",
  "<br/",
  "<img src=a.png /",
  "</p",
  "</div ",
  "<script",
  "<SCRIPT type=x>",
  "</script",
  "</ScRiPt>",
  "</scripts",
  "<style",
  "</style",
  "<title",
  "</title",
  "<textarea",
  "</textarea",
  "<xmp",
  "</xmp",
  "<svg",
  "</svg",
  "<s",
  "<t",
  "<tr",
  "text ",
  "\x1c",
  "\x0f",
  "<1",
  "< a",
  "<title>",
  "<script>",
  "/title>",
  "/script>",
  "title",
  "script",
];

// Edge cases spelled out: the control characters htmlparser2 reads as `<` or `/` in special tags (case folding by
// `| 0x20`), near misses of end tags, a `<` before an end tag, comments of odd lengths, and markup cut off at the end.
const CASES = [
  "<title>a\x1c/title>b",
  "<title>a<\x0ftitle>b",
  "<script>a\x1c/script>b</script>c",
  "<style>a</styles></style >b",
  "<script>if (a<</script>b",
  "<textarea><b></TEXTAREA>c",
  "<xmp><p></xmp\n>d",
  "<!---->a<!-- - -- --->b<!-->c",
  "<![CDATA[x]]]>y",
  "<p a=1 b='2' c=\"3\" d e/>f",
  "</ p>x</>y</1>z",
  '<div class="a',
  "<p>text<",
];

test("the same callbacks as htmlparser2's tokenizer on edge cases", () => {
  for (const html of CASES) assertSameCalls([html], JSON.stringify(html));
});

test("the same callbacks as htmlparser2's tokenizer on random markup, whole and in chunks", () => {
  let total = 0;
  const page = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 40 }).map((p) => p.join(""));
  fc.assert(
    fc.property(page, fc.double({ min: 0, max: 1, noNaN: true }), (html, at) => {
      total += assertSameCalls([html], JSON.stringify(html));
      const cut = Math.floor(at * html.length);
      assertSameCalls([html.slice(0, cut), html.slice(cut)], `${JSON.stringify(html)} cut at ${cut}`);
    }),
    { numRuns: 3000, seed: 7 },
  );
  assert.ok(total > 10_000, `the random pages made only ${total} callbacks`);
});

test("the same callbacks as htmlparser2's tokenizer on real news pages", () => {
  const dir = new URL("../../../shared/article-extraction/html/", import.meta.url);
  const files = readdirSync(dir).sort();
  let total = 0;
  for (const file of files.filter((_, i) => i % 6 === 0)) {
    const raw = readFileSync(new URL(file, dir));
    const html = (file.endsWith(".gz") ? gunzipSync(raw) : raw).toString("utf8");
    total += assertSameCalls([html], file);
  }
  assert.ok(total > 100_000, `the pages made only ${total} callbacks`);
});

test("refuses the options it does not implement", () => {
  const cbs = {} as TokenizerCallbacks;
  assert.throws(() => new HtmlTokenizer({ xmlMode: true, decodeEntities: false }, cbs), /HTML only/);
  assert.throws(() => new HtmlTokenizer({ decodeEntities: true }, cbs), /decodeEntities/);
});
