// Background around a trigger: adverbial clauses and scene-setting phrases are not the main act.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

const dyads = (text: string) => dyadsOf(text, 2);

describe("background clauses and phrases", () => {
  it("an actor inside an adverbial clause after the object is not the main act's target", () => {
    // Neither "demanded a truce" aimed at Turkey nor Turkish aid aimed at the villagers across the clause boundary.
    const got = dyads("Armenian villagers demanded a truce with the militias before allowing Turkish aid convoys in.");
    assert.deepEqual(got, []);
  });
  it("a clause whose subject holds an 'of' ('since the invasion of Ukraine began') still ends the object search", () => {
    assert.deepEqual(
      dyads("Putin has signaled his intentions to de-ratify the agreement since the invasion of Ukraine began."),
      [],
    );
    assert.deepEqual(dyads("Canada has praised Peru since the invasion of Chile began."), ["CAN>PER:05"]);
  });
  it("a noun trigger in a 'despite' phrase sets the scene; it is not a second act", () => {
    assert.deepEqual(
      dyads("Armenia and Azerbaijan ended the week without a deal, despite hours of tense negotiations."),
      [],
    );
  });
  it("a noun act after 'regarding' or 'concerning' is a topic, unless it names its own agent", () => {
    assert.deepEqual(dyadsOf("Japan shared its experience regarding trade negotiations with the United States."), []);
    assert.deepEqual(dyadsOf("Chile gave advice concerning talks with Peru."), []);
    assert.deepEqual(dyadsOf("Azerbaijan lodged a protest regarding the detention of its citizens by Russia.", 3), [
      "RUS>AZE:173",
    ]);
  });

  it("an act that marks where a stretch of time began is a reference, even with its own agent", () => {
    assert.deepEqual(dyads("Tensions in the Baltic have risen since Russia's invasion of Ukraine."), []);
    assert.deepEqual(
      dyads(
        "Norway wanted the measures adopted before the second anniversary of Moscow's full-scale invasion of Ukraine.",
      ),
      [],
    );
    // A recent act the sentence follows on is still reported.
    assert.deepEqual(
      dyads(
        "Following Hungary's expulsion of two Serbian diplomats last week, Serbia expelled two Hungarian diplomats.",
      ),
      ["HUN>SRB:16", "SRB>HUN:16"],
    );
  });
  it("prisoners rioting in a foreign state's jail protest against that state's government", () => {
    assert.deepEqual(dyads("Georgian prisoners rioted on Monday at a jail in southern Russia."), ["GEO>RUS:14"]);
  });
  it("a verb in an adverbial clause with its own subject does not take the main clause's subject", () => {
    const got = dyads(
      "Armenia and Azerbaijan held talks in Moscow, the first since the two countries fought a war in 2020.",
    );
    assert.deepEqual(got, ["ARM>AZE:04", "AZE>ARM:04"]);
  });
  it("a coordinated subject ('helicopters and tanks shelled') is one subject, not a new clause", () => {
    assert.deepEqual(dyads("Russian helicopters and tanks shelled Georgian positions."), ["RUS>GEO:19"]);
  });
  it("a verb in a 'that' clause with a subject of its own does not take a subject from before 'that'", () => {
    const got = dyads(
      "Georgia demanded an admission by Moscow that Soviet security forces deported Georgian families.",
    );
    assert.ok(!got.some((d) => d.startsWith("GEO>GEO")), JSON.stringify(got));
  });
  it("a purpose infinitive after a light verb's noun act ('began a hunger strike to demand') is that act's purpose", () => {
    const got = dyads("Armenian farmers began a hunger strike to demand the return of land seized by Armenian police.");
    assert.equal(got.length, 1, JSON.stringify(got));
  });
  it("a participle elaborating a coded verb ('demonstrated calling for') is the same act, not a second one", () => {
    const got = dyads(
      "Thousands of Armenian protesters demonstrated in Yerevan on Sunday calling for independence from Russia.",
    );
    assert.equal(got.length, 1, JSON.stringify(got));
  });
  it("an act set in a war the sentence dates years before the article is history, not news", () => {
    assert.deepEqual(dyads("Israel captured the Sinai from Egypt in the 1967 war."), []);
    assert.deepEqual(dyads("Russia occupied the two regions during the 2008 war with Georgia."), []);
    assert.deepEqual(dyads("Iraq invaded Kuwait during the 1990 Gulf War."), []);
    assert.deepEqual(dyads("Russia shelled Kharkiv in the war on Monday."), ["RUS>UKR:19"]);
    assert.deepEqual(dyads("Israel and Hamas signed a truce ending the 2021 war."), ["ISR>PSE:05", "PSE>ISR:05"]);
  });
});

describe("inPeriodPhrase", () => {
  it("an act named as the stretch of time around the sentence's act is background, whoever its parties", () => {
    assert.deepEqual(dyads("The visit came during a period of negotiations between France, Germany and Poland."), []);
    assert.deepEqual(dyads("The summit opens at a time of talks between Greece and Turkey."), []);
    assert.deepEqual(dyads("After years of talks with Portugal, Brazil signed a treaty with Angola."), [
      "BRA>AGO:05",
      "AGO>BRA:05",
    ]);
  });

  it("a scene phrase without a stretch of time keeps the sentence's own act and its parties", () => {
    assert.deepEqual(dyads("Amid talks with Cuba, Canada imposed sanctions on Venezuela."), ["CAN>VEN:16"]);
    assert.deepEqual(dyads("After two rounds of talks with Iran, France imposed new sanctions on Tehran."), [
      "FRA>IRN:16",
    ]);
  });
});

describe("a point in time named by what ended or began there", () => {
  it("'at the end of French rule', 'until the end of X': the party after 'of' only dates the act", () => {
    // the fight was read as against France
    assert.deepEqual(dyads("Chad and Libya fought over the strip until the end of French rule.").sort(), [
      "LBY>TCD:19",
      "TCD>LBY:19",
    ]);
    assert.deepEqual(dyads("Eritrean rebels fought at the end of Italian rule."), []);
  });
  it("a date is still a date, and a named party after other nouns is still a target", () => {
    assert.deepEqual(dyads("Ethiopia attacked Eritrea at the end of May."), ["ETH>ERI:19"]);
    assert.deepEqual(dyads("Ethiopia expelled the ambassador of Eritrea at the end of the talks."), ["ETH>ERI:16"]);
  });
});

describe("a participle after a comma", () => {
  it("is an act of its own when it does something to a party", () => {
    assert.ok(
      dyads("The Chilean minister met the Peruvian president, praising Lima's reforms.").includes("CHL>PER:05"),
    );
  });
  it("only says what the act did to the parties' ties when its object is their bond", () => {
    // the signing was coded again as cooperation (06) both ways
    assert.deepEqual(dyads("Kenya and Uganda signed a security pact, deepening their partnership.").sort(), [
      "KEN>UGA:05",
      "UGA>KEN:05",
    ]);
    assert.deepEqual(dyads("Chile hosted the Peruvian minister, strengthening ties with Lima."), ["CHL>PER:04"]);
  });
  it("a present-tense bond-building act in an 'as' or 'while' clause is the trend behind the news", () => {
    assert.deepEqual(dyads("The drills come as Georgia deepens military ties with Turkey."), []);
    assert.deepEqual(dyads("The visit came while Serbia strengthens its ties with China."), []);
    // told in the past, or as the sentence's own act, it was done
    assert.deepEqual(dyads("The remarks came as Georgia deepened military ties with Turkey on Monday."), [
      "GEO>TUR:06",
      "TUR>GEO:06",
    ]);
    assert.deepEqual(dyads("Georgia deepens military ties with Turkey."), ["GEO>TUR:06", "TUR>GEO:06"]);
  });
});
