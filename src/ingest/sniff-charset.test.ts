import assert from "node:assert/strict";
import { test } from "node:test";
import iconv from "iconv-lite";
import { charsetAccuracy } from "../../scripts/charset-accuracy.ts";
import { sniffCharset } from "./sniff-charset.ts";

test("invented texts in each language and legacy charset are read back as written (test/fixtures/charsets)", () => {
  // Before the language words (session 15) Icelandic read 0 of 10, Croatian 6 of 20 and Slovene 10 of 16.
  for (const row of charsetAccuracy()) {
    assert.deepEqual(row.misses, [], `${row.language} in ${row.charset}: ${row.right}/${row.total}`);
  }
});

test("Icelandic is not read as Turkish, nor Croatian ć as Danish æ; Turkish without its words stays Turkish", () => {
  const cases: [string, string][] = [
    ["Utanríkisráðherra Íslands fundaði með sendiherra Noregs á þriðjudag.", "windows-1252"],
    ["Ministar je rekao da će vlada predstaviti novi zakon.", "windows-1250"],
    ["Vlada je v četrtek sprejela sklep.", "iso-8859-2"],
    // no Turkish word among these, and ş, ı read as windows-1252 are Icelandic þ and Czech ý
    ["Başbakan konuştu.", "windows-1254"],
    ["Cumhurbaşkanı İzmir'e gitti", "windows-1254"],
    ["Hæren øver i Finnmark.", "windows-1252"],
  ];
  for (const [text, charset] of cases) {
    const got = sniffCharset(iconv.encode(text, charset));
    assert.equal(got.text, text, `${charset} read as ${got.charset}`);
  }
});

test("an English page naming a foreign person or place stays windows-1252: its 'a', 'to', 'do' and 's' are no Czech", () => {
  // each was read as iso-8859-2 ("Peńa", "Sřren", "Ĺland") when English function words counted as Czech or Polish
  for (const text of [
    "Peña Nieto said it is time to do more to help Mexico.",
    "Søren Kierkegaard is a name to know, so do read it.",
    "Jean-Yves Le Drian met Åland's premier to talk about a deal in Mariehamn.",
  ]) {
    const got = sniffCharset(iconv.encode(text, "windows-1252"));
    assert.equal(got.text, text, `read as ${got.charset}`);
  }
});
