// Sentences in other languages, written for this test: English patterns must not read them ("die" is no death,
// "Protest gegen ..." no protest the coder can place). Each foreign line here gave an event before the check.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";
import { functionWordLanguage, isForeignText } from "./real-page-language.ts";

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
    assert.deepEqual(dyads("Ursula von der Leyen met the president of Ukraine in Kyiv on Monday."), ["EU>UKR:04"]);
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
