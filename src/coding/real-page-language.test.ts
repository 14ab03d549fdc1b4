// Sentences in other languages, written for this test: English patterns must not read them ("die" is no death,
// "Protest gegen ..." no protest the coder can place). Each foreign line here gave an event before the check.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";
import { countFunctionWords, functionWordLanguage, isForeignText } from "./real-page-language.ts";

const dyads = (text: string) => dyadsOf(text, 2);

describe("real pages: a sentence in another language codes nothing", () => {
  it("German lines naming states or capitals give no event", () => {
    assert.deepEqual(
      dyads("Israel und die USA, die die Ausarbeitung eines neuen Abkommens ablehnen, stehen in der Kritik."),
      [],
    );
    assert.deepEqual(dyads("Protest gegen die Regierung in Wien"), []);
    assert.deepEqual(dyads("Protest gegen Russland in Berlin"), []);
  });
  it("English sentences quoting another language or naming a 'von der' still code", () => {
    assert.deepEqual(dyads("Germany criticised Russia for the attack on Ukraine."), ["DEU>RUS:11"]);
    assert.deepEqual(dyads("Ursula von der Leyen met the president of Ukraine in Kyiv on Monday."), [
      "EU>UKR:04",
      "UKR>EU:04",
    ]);
    assert.deepEqual(dyads("Demonstrators protested against the government in Berlin, chanting 'Wir sind das Volk'."), [
      "DEU>DEU:14",
    ]);
  });
});

describe("real pages: a text in another language as a whole is not coded", () => {
  const german =
    "Die Regierung in Berlin hat am Montag neue Hilfen beschlossen. Sie sollen vor allem kleinen Betrieben helfen, " +
    "die unter den hohen Preisen leiden. Der Minister sagte, das Paket werde noch vor dem Winter wirken. " +
    "Kritik kam von der Opposition, die mehr Geld für Familien fordert. ";
  it("a German text, even one quoting an English line, is another language's", () => {
    assert.equal(isForeignText(german), true);
    assert.equal(isForeignText(`${german}As a 1780 letter put it: "The Indians arrived safe in Sandusky."`), true);
  });
  it("an English text, even one quoting German lines, and a short foreign headline alone are not", () => {
    const english =
      "Germany criticised Russia for the attack on Ukraine. The government in Berlin said it would send more air " +
      "defence systems to Kyiv, and that the decision had been taken after talks with its allies. ";
    assert.equal(isForeignText(english), false);
    assert.equal(isForeignText(`${english}Protesters chanted "Wir sind das Volk" and "Nie wieder ist jetzt".`), false);
    assert.equal(isForeignText("Protest gegen die Regierung in Wien"), false);
  });
  it("names which language each function word belongs to", () => {
    assert.equal(functionWordLanguage("the"), "english");
    assert.equal(functionWordLanguage("und"), "foreign");
    assert.equal(functionWordLanguage("die"), undefined);
  });
});

describe("real pages: function words are counted over letter runs as /\\p{L}+/gu reads them", () => {
  // The reading the hand scan must match: every letter run of the lower-cased text, looked up.
  function byRegex(text: string): { english: number; foreign: number } {
    const counts = { english: 0, foreign: 0 };
    for (const [word] of text.toLowerCase().matchAll(/\p{L}+/gu)) {
      const language = functionWordLanguage(word);
      if (language) counts[language]++;
    }
    return counts;
  }
  // Pieces that meet at every kind of boundary: listed words in any case, accented and other scripts' letters,
  // letters whose lower case is longer ("İ") or other ("ẞ"), combining marks, apostrophes, hyphens, digits (ASCII
  // and not), astral letters and symbols, and lone surrogates.
  const PIECES = [
    ..."the of and was der und für über le été el más è não het il una della".split(" "),
    ..."The OF And WAS DER UND FÜR ÜBER LE ÉTÉ EL MÁS È NÃO HET Il".split(" "),
    ..."Berlin Kyiv São Erdoğan naïve straße STRASSE".split(" "),
    "İ",
    "İN",
    "ẞ",
    "ß",
    "ǅ",
    "Σ",
    "ς",
    "Москва",
    "и",
    "Ελλάδα",
    "και",
    "北京",
    "の",
    "한국",
    "e\u0301",
    "\u0301",
    "\u0307",
    "'",
    "’",
    "-",
    "‐",
    " ",
    "  ",
    "\n",
    ".",
    ",",
    "«",
    "»",
    "—",
    "0",
    "19",
    "²",
    "½",
    "٣",
    "Ⅻ",
    "𝐀",
    "𝒶",
    "𐐀",
    "𐐨",
    "😀",
    "\ud800",
    "\udc00",
  ];
  // A fixed pseudo-random sequence (a linear congruential generator): the same texts on every run.
  let state = 7;
  const next = (n: number) => {
    state = (state * 1103515245 + 12345) >>> 0;
    return (state >>> 8) % n;
  };
  it("gives the regex's counts on invented texts of every kind of boundary", () => {
    for (let t = 0; t < 3000; t++) {
      let text = "";
      for (let k = next(24); k >= 0; k--) text += PIECES[next(PIECES.length)];
      assert.deepEqual(countFunctionWords(text), byRegex(text), JSON.stringify(text));
    }
  });
  it("gives the regex's counts on texts written to meet the hard cases", () => {
    const texts = [
      "İthe and İN the", // "İ" lower-cases to "i" and a combining dot: "the" stands alone
      "ẞder und ẞ und",
      "the1 2und 3le4 COVID19 of",
      "the’s l'et d’und anti-der the-of",
      "𝐀the und𝐀 😀der😀 \ud800und\udc00 \udc00the\ud800",
      "théthe and e\u0301t\u00e9 und",
      "zwischenzwischen zwischen und und und und",
      "",
    ];
    for (const text of texts) assert.deepEqual(countFunctionWords(text), byRegex(text), JSON.stringify(text));
  });
});
