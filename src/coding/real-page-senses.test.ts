// Senses of trigger words met on real news pages (the hand audit, docs/event-audit.md), in sentences written for this
// test: each line below gave a wrong code before its pattern in data/cameo/patterns.txt or its sense in
// real-page-senses.ts.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

const dyads = (text: string) => dyadsOf(text, 3);

describe("real-page senses", () => {
  it("trade talks are a negotiation (046), not trade done (061)", () => {
    assert.deepEqual(dyads("Canada's president has brought his love of drama to trade talks with Brazil."), [
      "CAN>BRA:046",
      "BRA>CAN:046",
    ]);
    assert.deepEqual(dyads("Mexico is pursuing trade negotiations with Japan."), ["MEX>JPN:046", "JPN>MEX:046"]);
  });
  it("talks scuttled or torpedoed by one side are halted by it (164), not held", () => {
    assert.deepEqual(dyads("Kenya scuttled the talks with Ethiopia in May."), ["KEN>ETH:164"]);
    assert.deepEqual(dyads("Kenya torpedoed the negotiations with Ethiopia."), ["KEN>ETH:164"]);
  });
  it("an attack on a policy or an institution's independence is criticism (111), not force", () => {
    assert.deepEqual(
      dyads("The Indian premier launched a rabid attack against the independence of the Nepalese judiciary."),
      ["IND>NPL:111"],
    );
    assert.deepEqual(dyads("Ukraine's president attacked Russia's policy on grain."), ["UKR>RUS:111"]);
    assert.deepEqual(dyads("France launched an attack against Mali's rebels."), ["FRA>MLI:190"]);
  });
  it("a crowd gathering at a border or a square meets no one (no 040)", () => {
    assert.deepEqual(
      dyads("Syrians fleeing the war gathered at the border checkpoint, trying to cross over to Jordan."),
      [],
    );
    assert.deepEqual(dyads("Thousands of Afghans gathered at the border crossing with Iran."), []);
    assert.deepEqual(dyads("Ministers from Kenya gathered in Nairobi with Ethiopian officials."), ["KEN>ETH:046"]);
  });
  it("a weather warning warns of nature, not of an act (no 130)", () => {
    assert.deepEqual(
      dyads(
        "Storm Ciaran prompted amber weather warnings from the UK Met Office and red weather warnings from Meteo France.",
      ),
      [],
    );
    assert.deepEqual(dyads("Brazil issued flood warnings to Paraguay."), []);
    assert.deepEqual(dyads("Brazil issued a warning to Paraguay."), ["BRA>PRY:130"]);
  });
  it("a market rally or a campaign rally is no protest (no 141), one held against someone is", () => {
    assert.deepEqual(dyads("Traders in India expect a year-end rally in bank stocks, a Chinese analyst said."), []);
    assert.deepEqual(dyads("Peru's president held a campaign rally with Bolivian migrants in Chile."), []);
    assert.deepEqual(dyads("Thousands of Serbs held an election rally against Kosovo's government."), ["SRB>XKX:141"]);
    assert.deepEqual(dyads("Georgians held a rally outside the Russian embassy."), ["GEO>RUS:141"]);
  });
  it("exporting a sport or an idea is no trade (no 061), and 'relating to' names a topic (no 060)", () => {
    assert.deepEqual(dyads("The British Army played an important role in exporting polo from India to Argentina."), []);
    assert.deepEqual(dyads("Iran has long sought to export its revolution to Iraq."), []);
    assert.deepEqual(dyads("India exported cricket bats to Australia."), ["IND>AUS:061"]);
    assert.deepEqual(
      dyads("The ICC is expected to take decisions on two cases, including relating to Israeli settlements."),
      [],
    );
  });
  it("a ship or cargo 'bound for' a state is headed there (no 060); binding oneself to a state still codes", () => {
    // The interception itself is a seizure of the Turkish ship (171); where it was bound adds no 060.
    assert.deepEqual(dyads("Greek coast guards intercepted a Turkish ship bound for Libya."), ["GRC>TUR:171"]);
    assert.deepEqual(dyads("Customs officers in Turkey seized drone parts bound for Syria."), []);
    assert.deepEqual(dyads("Serbia bound itself to Russia with a gas deal."), ["SRB>RUS:031"]);
  });
  it("a negotiating point, market valuations 'supported by' and a trade figure that changes are no acts", () => {
    assert.deepEqual(dyads("Canada wanted to keep that as a negotiating point with Mexico."), []);
    assert.deepEqual(dyads("Kenya held negotiations with Ethiopia."), ["KEN>ETH:046", "ETH>KEN:046"]);
    assert.deepEqual(dyads("Brazil's valuations are being supported by expectations of a China-US trade deal."), []);
    assert.deepEqual(dyads("Brazil supported Argentina."), ["BRA>ARG:051"]);
    assert.deepEqual(
      dyads(
        "Brazil's valuations are being supported by a combination of factors, including low bond yields, expectations of a China-US trade deal and reforms.",
      ),
      [],
    );
    assert.deepEqual(dyads("Brazil's growth is driven by low bond yields and a weak currency against Argentina."), []);
    assert.deepEqual(dyads("Peru yielded to Chile's demands."), ["PER>CHL:080"]);
    assert.deepEqual(
      dyads("U.S. imports of intermediate goods from China, such as motors, have seen price increases."),
      [],
    );
    assert.deepEqual(dyads("Japan halted imports of seafood from China."), ["JPN>CHN:160"]);
    // A quoted kind of goods and a list of examples may stand between the figure and its change.
    const turkey = `Turkey's imports of "industrial goods" from Russia, such as steel, pipes, fertiliser and cables,`;
    assert.deepEqual(dyads(`${turkey} have seen large price increases.`), []);
    const brazil = `Brazil imports of "capital goods" from Germany, such as turbines, presses and lathes,`;
    assert.deepEqual(dyads(`${brazil} rose sharply last year.`), []);
    assert.deepEqual(
      dyads("India resumed imports of goods from Pakistan, such as cement, dates and gypsum, on Monday."),
      ["IND>PAK:061"],
    );
  });
  it("harm done to an economy or its trades is a loss, not violence (no 180); harm done to people is", () => {
    assert.deepEqual(dyads("US tariffs hurt Chinese exporters."), []);
    assert.deepEqual(dyads("Russia's gas cuts harmed German industry."), []);
    assert.deepEqual(dyads("Russian troops harmed Ukrainian civilians."), ["RUS>UKR:180"]);
    assert.deepEqual(dyads("Israeli strikes hurt Palestinian farmers in Gaza."), ["ISR>PSE:180"]);
  });
  it("being under pressure is a state one is in (no 100), unless the sentence names who presses", () => {
    assert.deepEqual(dyads("Japan has been under pressure at home for giving too much to China."), []);
    assert.deepEqual(dyads("Turkey came under pressure from Russia to close the straits."), ["RUS>TUR:100"]);
  });

  it("a rally one named person holds or speaks at is no protest (no 141); a crowd's or one against someone is", () => {
    assert.deepEqual(dyads("Erdogan told a rally in Istanbul that Turkey would not bow."), []);
    assert.deepEqual(dyads("Obama said at a rally in Ohio that the deal was good."), []);
    assert.deepEqual(
      dyads("The debate was held in Denver, a few miles from where former president Obama was holding a rally."),
      [],
    );
    assert.deepEqual(dyads("Pashinyan held a rally against Russia in Yerevan."), ["ARM>RUS:141"]);
    assert.deepEqual(dyads("Thousands of Armenians rallied in Yerevan against Russia."), ["ARM>RUS:141"]);
  });
  it("a rally one politician or a party holds is a campaign event whatever the office, now or once (no 141)", () => {
    assert.deepEqual(dyads("Former Ohio governor Ted Strickland held a rally in Dayton."), []);
    assert.deepEqual(dyads("The former prime minister was holding a rally in Tbilisi."), []);
    assert.deepEqual(dyads("Kenya's former deputy president held a rally in Nakuru."), []);
    assert.deepEqual(dyads("The ruling party held a rally in Yerevan."), []);
    assert.deepEqual(dyads("Armenia's former president held a rally against Russia in Yerevan."), ["ARM>RUS:141"]);
    assert.deepEqual(dyads("The opposition party held a rally in Tbilisi."), ["GEO>GEO:141"]);
  });

  it("a capitalised word inside a name is no act; a headline's verb after a party still is", () => {
    assert.deepEqual(dyads("Students in Britain started a Campaign to Boycott Israeli Goods."), []);
    assert.deepEqual(dyads("Human Rights Watch accused Russia of war crimes."), ["HRW>RUS:112"]);
    // In a headline "Biden" is the president though a capital follows ("Condemns"), so his act is coded too.
    assert.deepEqual(dyads("Russia Attacks Ukraine As Biden Condemns Moscow"), ["RUS>UKR:190", "USA>RUS:110"]);
  });

  it("paying a visit is a visit (042), firing back that is a retort, a hospital built for a people is aid (073)", () => {
    assert.deepEqual(dyads("Esper met with officials and paid a visit to the city's old prison in Hanoi."), [
      "USA>VNM:042",
    ]);
    assert.deepEqual(dyads("Erdogan met officials and paid a visit to Baku."), ["TUR>AZE:042"]);
    assert.deepEqual(
      dyads("It became a row, with Israel saying Hamas used it and the Jordanian government firing back that it paid."),
      [],
    );
    assert.deepEqual(dyads("Israeli troops fired back at Palestinian gunmen."), ["ISR>PSE:190"]);
    assert.deepEqual(dyads("Japan built a new hospital for Afghan villagers."), ["JPN>AFG:073"]);
    assert.deepEqual(dyads("China built a railway in Kenya."), ["CHN>KEN:061"]);
  });

  it("a threat named as what something is describes a danger (no 130); a threat issued or made is one", () => {
    assert.deepEqual(dyads("China's military buildup is a serious threat to Taiwan."), []);
    assert.deepEqual(dyads("Iran's drone programme remains a threat to Israel."), []);
    assert.deepEqual(dyads("Putin made a veiled threat to Finland."), ["RUS>FIN:130"]);
    assert.deepEqual(dyads("Russia's threat to cut gas angered Moldova."), ["RUS>MDA:130"]);
  });
});
