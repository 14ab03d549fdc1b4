// "he" and "she" after a person no actor names (a player, a suspect, a private citizen) are that person's, not an
// actor's named sentences before or the addressee of a report: invented sentences, should / should not code.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

describe("personReferent", () => {
  it("a person named as subject before the pronoun is who acted, and is no party", () => {
    const donated = "Afterwards, an emotional Moreau announced she was donating her prize money to help Palestinians.";
    assert.deepEqual(dyadsOf(`The American team won on Sunday. ${donated}`, 2), []);
    const told = "When Keller was questioned, he told police he supported Ukraine.";
    assert.deepEqual(dyadsOf(`Russia sent more troops to the border. ${told}`, 2), []);
  });

  it("after a report, the pronoun is its speaker, not whom it was told to", () => {
    const told = "Garcia told German police he had met Iraqi officials in Basra.";
    assert.deepEqual(dyadsOf(`France protested on Monday. ${told}`, 2), []);
    assert.deepEqual(dyadsOf("The Iranian diplomat told German police he had met Iraqi officials.", 2), [
      "IRN>IRQ:04",
      "IRQ>IRN:04",
    ]);
  });

  it("a sentence whose subject is a person no actor names ends the previous subject's reach", () => {
    const text = "The Canadian player lost in three sets. Novak plays Schmidt in the final today. She praised Ukraine.";
    assert.deepEqual(dyadsOf(text, 2), []);
  });

  it("an actor's official, a speaking actor and a subject carried over a sentence keep their events", () => {
    assert.deepEqual(dyadsOf("Russian envoy Ivan Petrov said he had met Iraqi officials in Baghdad.", 2), [
      "RUS>IRQ:04",
      "IRQ>RUS:04",
    ]);
    assert.deepEqual(dyadsOf("The Kremlin told the United States it would expel American diplomats.", 2), [
      "RUS>USA:13",
    ]);
    assert.deepEqual(dyadsOf("Putin met Erdogan on Monday. He said he would visit Ankara in May.", 2), [
      "RUS>TUR:04",
      "TUR>RUS:04",
      "RUS>TUR:03",
    ]);
    const talks = "The Turkish president arrived in Baku. The talks lasted three hours. He praised Azerbaijan.";
    assert.deepEqual(dyadsOf(talks, 2), ["TUR>AZE:04", "TUR>AZE:05"]);
  });
});

describe("a pronoun joined to a named party in a subject", () => {
  it("'He and the Austrian chancellor signed': the pronoun is the previous subject, and both act together", () => {
    const text = "The Czech prime minister flew to Vienna. He and the Austrian chancellor signed a rail agreement.";
    assert.deepEqual([...new Set(dyadsOf(text, 2))].sort(), ["AUT>CZE:05", "CZE>AUT:04", "CZE>AUT:05"]);
    const talks = "Macron flew to Madrid on Tuesday. He and Pedro Sanchez discussed migration.";
    assert.deepEqual([...new Set(dyadsOf(talks, 2))].sort(), ["ESP>FRA:04", "FRA>ESP:04"]);
  });
});

describe("namedPerson and pronounAntecedent", () => {
  it("'he' after a sentence whose subject is a state is the one person that sentence names", () => {
    const text =
      "Modi held talks with his Nepali counterpart in Kathmandu. Nepal was the first country Modi visited this year. Later, he met the leaders of Bhutan.";
    assert.deepEqual(dyadsOf(text, 2).at(-2), "IND>BTN:04");
    // Two people named: no one of them is sure, so the state subject stays.
    const two = "Kazakhstan hosted Putin and Xi on Monday. He criticised Ukraine.";
    assert.deepEqual(dyadsOf(two, 2).at(-1), "KAZ>UKR:11");
  });

  it("'He met X. He said ...': a sentence led by 'he' keeps the person it stood for as the next 'he'", () => {
    const text = "Macron arrived in Tallinn on Friday. He met Orban on Saturday. He criticised Russia.";
    assert.equal(dyadsOf(text, 2).at(-1), "FRA>RUS:11");
  });
});

describe("pastObjectPronoun", () => {
  it("a party named in the reason after an object pronoun is not whom the act is done to", () => {
    assert.deepEqual(
      dyadsOf("Netanyahu thanked him for his leadership in confronting Iran's nuclear programme.", 2),
      [],
    );
    assert.deepEqual(dyadsOf("Erdogan praised her for standing up to Israel.", 2), []);
    assert.deepEqual(dyadsOf("Macron criticised them over their silence on Russia.", 2), []);
    // a named object still takes the act, and a that-clause's actor is untouched
    assert.deepEqual(dyadsOf("Netanyahu thanked Trump for his leadership.", 2), ["ISR>USA:05"]);
    assert.deepEqual(dyadsOf("Biden told him that Russia must withdraw.", 2), ["USA>RUS:10"]);
  });
});
