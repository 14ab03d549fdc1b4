import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import type { ActorMention } from "../domain/index.ts";
import { findActorMentions } from "./actors.ts";

const shared = new URL("../../../shared/", import.meta.url);
const find = (text: string, date = "2025-08-01", datelinePlace?: string) =>
  findActorMentions(text, [], { date, datelinePlace });
const one = (text: string, date?: string): ActorMention => {
  const ms = find(text, date);
  assert.equal(ms.length, 1, `one mention in ${JSON.stringify(text)}: ${JSON.stringify(ms)}`);
  return ms[0];
};
/** [text, code, role] of each mention. */
const triples = (text: string, date = "2010-05-01") =>
  find(text, date).map((m) => [m.text, m.actor.code, m.actor.role ?? ""]);
/** [text, code] of each mention. */
const pairs = (text: string, date: string) => find(text, date).map((m) => [m.text, m.actor.code]);

test("seed page: every required actor is found and the Berlin dateline gives nothing", () => {
  const seed = JSON.parse(readFileSync(new URL("gold/seed.json", shared), "utf8"));
  const raw = readFileSync(new URL(seed.input, shared), "utf8");
  const body = raw.slice(raw.indexOf("Berlin, August 1, 2025"));
  const ms = find(body, "2025-08-01", "Berlin");
  const codes = new Set(ms.map((m) => m.actor.code));
  for (const code of seed.actors_required) assert.ok(codes.has(code), `missing ${code}`);
  assert.ok(!ms.some((m) => m.text === "Berlin"), "dateline place became an actor");
  const aliyev = ms.find((m) => m.text.includes("Ilham Aliyev"));
  assert.deepEqual(aliyev?.actor, { code: "AZE", person: "Ilham Aliyev", role: "government" });
  assert.equal(aliyev?.kind, "person");
  const pm = ms.find((m) => m.text.includes("Pashinyan"));
  assert.equal(pm?.text, "PM Nikol Pashinyan");
  assert.deepEqual(pm?.actor, { code: "ARM", person: "Nikol Pashinyan", role: "government" });
  const kremlin = ms.find((m) => m.text === "the Kremlin");
  assert.deepEqual(kremlin && { kind: kremlin.kind, ...kremlin.actor }, {
    kind: "seat",
    code: "RUS",
    role: "government",
  });
  assert.equal(ms.find((m) => m.text === "Baku")?.kind, "capital");
});

test("a dateline at the start of the text gives no mention, the same city later does", () => {
  const ms = find("MOSCOW (Reuters) - Moscow said it would respond.");
  assert.deepEqual(
    ms.map((m) => [m.text, m.start]),
    [["Moscow", 19]],
  );
  assert.equal(find("Berlin, August 1, 2025 — Russia warned.", "2025-08-01", "Berlin").length, 1);
});

test("possessives with straight and curly apostrophes", () => {
  assert.equal(one("Russia's army moved.").actor.code, "RUS");
  assert.deepEqual(one("Moscow’s threats grew.").actor, { code: "RUS" });
  const m = one("Russia’s Foreign Ministry protested.");
  assert.deepEqual(m.actor, { code: "RUS", role: "government" });
  assert.equal(m.text, "Russia’s Foreign Ministry");
});

test("case rules: the pronoun 'us' and the bird are not states, acronyms are", () => {
  assert.equal(find("He told us the turkey was dry and the china was old.").length, 0);
  assert.equal(one("The US imposed sanctions.").actor.code, "USA");
  assert.equal(one("U.S. officials met.").actor.code, "USA");
});

test("people are resolved by their term of office at the article date", () => {
  const before = one("Petro Poroshenko met envoys.", "2018-03-01");
  assert.deepEqual(before.actor, { code: "UKR", person: "Petro Poroshenko", role: "government" });
  const after = one("Petro Poroshenko met envoys.", "2023-03-01");
  assert.deepEqual(after.actor, { code: "UKR", person: "Petro Poroshenko" });
});

test("a surname alone counts only after a full mention or a title", () => {
  assert.equal(find("Hasanov arrived.").length, 0);
  const ms = find("Zakir Hasanov arrived. Later Hasanov left.");
  assert.deepEqual(
    ms.map((m) => m.actor.person),
    ["Zakir Hasanov", "Zakir Hasanov"],
  );
  assert.equal(one("Defence Minister Hasanov arrived.").actor.code, "AZE");
  assert.equal(one("Mirzoyan arrived.").actor.person, "Ararat Mirzoyan"); // a distinctive surname may stand alone
});

test("state words with titles join the person; role words attach to states", () => {
  const m = one("Armenian Prime Minister Nikol Pashinyan said");
  assert.equal(m.text, "Armenian Prime Minister Nikol Pashinyan");
  assert.deepEqual(one("Azerbaijani police detained them.").actor, { code: "AZE", role: "police" });
  assert.deepEqual(one("the Georgian opposition marched").actor, { code: "GEO", role: "opposition" });
  assert.deepEqual(one("the Foreign Ministry of Russia said").actor, { code: "RUS", role: "government" });
});

test("compound mentions share the role word", () => {
  const ms = find("airstrikes against Russian and Belarusian soldiers");
  assert.deepEqual(
    ms.map((m) => m.actor),
    [
      { code: "RUS", role: "military" },
      { code: "BLR", role: "military" },
    ],
  );
});

test("organisations, the West, companies, state media and breakaway regions", () => {
  assert.equal(one("NATO expanded.").actor.code, "NATO");
  assert.equal(one("the Collective Security Treaty Organization met").actor.code, "CSTO");
  assert.equal(one("The West responded.").actor.code, "WEST");
  assert.equal(one("Western diplomats walked out.").actor.code, "WEST");
  assert.equal(one("the UN Security Council voted").actor.code, "UN");
  assert.deepEqual(one("Armenia's Security Council met").actor, { code: "ARM", role: "government" });
  assert.deepEqual(one("Gazprom cut supplies.").actor, { code: "RUS", role: "business" });
  assert.deepEqual(one("TASS reported").actor, { code: "RUS", role: "media" });
  assert.deepEqual(one("SOCAR signed a deal").actor, { code: "AZE", role: "business" });
  assert.deepEqual(one("Transnistria held a vote").actor, { code: "MDA", sector: "PRE", patron: "RUS" });
  assert.deepEqual(one("the Donetsk People's Republic said").actor, { code: "UKR", sector: "PRE", patron: "RUS" });
  assert.equal(find("The Washington Post reported").length, 0);
});

test("group words: misspelt guerrillas, militiamen, high courts, regional demonyms and armed groups", () => {
  assert.deepEqual(triples("Somali guerillas ambushed a convoy."), [["Somali guerillas", "SOM", "rebels"]]);
  assert.deepEqual(triples("Chadian militiamen looted a depot."), [["Chadian militiamen", "TCD", "rebels"]]);
  assert.deepEqual(triples("Kenya's high court halted the sale."), [["Kenya's high court", "KEN", "judiciary"]]);
  assert.deepEqual(triples("Tibetan monks marched."), [["Tibetan", "CHN", ""]]);
  assert.deepEqual(triples("Chechen fighters surrendered."), [["Chechen fighters", "RUS", "rebels"]]);
  assert.deepEqual(triples("The Kosovo Liberation Army fired first."), [["Kosovo Liberation Army", "XKX", "rebels"]]);
  assert.deepEqual(triples("The ILO urged Qatar to act."), [
    ["ILO", "UN", ""],
    ["Qatar", "QAT", ""],
  ]);
});

test("a person named with other middle names than listed is still that person", () => {
  const ms = find("Sudan's leader: President Omar El Bashir met Omar Hassan al-Bashir's aides.", "2005-01-01");
  const people = ms.filter((m) => m.kind === "person").map((m) => [m.text, m.actor.code, m.actor.person]);
  assert.deepEqual(people, [
    // The curated table names him (president until April 2019); Phoenix's record gives its other spellings.
    ["President Omar El Bashir", "SDN", "Omar al-Bashir"],
    ["Omar Hassan al-Bashir", "SDN", "Omar al-Bashir"],
  ]);
  // Given name and surname of a listed person with a different first word are no match.
  assert.equal(find("Ahmed Hassan al-Bashir spoke.", "2005-01-01").length, 0);
});

test("a blocker with 'the' wins over an entry that starts at 'the'; X-led forces are X's", () => {
  assert.deepEqual(triples("Shots were fired in the West Bank on Monday."), []);
  assert.deepEqual(triples("Moscow blamed the West."), [
    ["Moscow", "RUS", ""],
    ["the West", "WEST", ""],
  ]);
  assert.deepEqual(triples("Nigerian-led forces entered the town."), [["Nigerian-led forces", "NGA", "military"]]);
});

test("groups whose standing changed are coded by the article date; the Islamic State has no home state", () => {
  const actor = (t: string, date: string) => find(t, date).map((m) => m.actor);
  assert.deepEqual(actor("The SPLA shelled a garrison.", "1998-03-01"), [{ code: "SDN", role: "rebels" }]);
  assert.deepEqual(actor("The SPLA shelled a garrison.", "2014-03-01"), [{ code: "SSD", role: "military" }]);
  // Hayat Tahrir al-Sham fought Assad's army until it took Damascus on 8 December 2024; then its forces were the state's.
  assert.deepEqual(actor("HTS shelled a garrison.", "2020-03-01"), [{ code: "SYR", role: "rebels" }]);
  assert.deepEqual(actor("HTS shelled a garrison.", "2025-01-10"), [{ code: "SYR", role: "military" }]);
  // Russia's Africa Corps (its defence ministry's force in the Sahel since 2024) is Russia's military, as Wagner is.
  assert.deepEqual(actor("The Africa Corps shelled a garrison.", "2025-03-01"), [{ code: "RUS", role: "military" }]);
  assert.deepEqual(actor("Envoys met the SPLM/A in Nairobi.", "1998-03-01"), [
    { code: "SDN", role: "rebels" },
    { code: "KEN" },
  ]);
  assert.deepEqual(actor("ISIL seized an oil field.", "2015-03-01"), [{ code: "IMG", role: "rebels" }]);
});

test("a comma after a noun ends a list of state words; an abbreviation's full stop does not", () => {
  assert.deepEqual(triples("Shots were heard near Chad, Sudanese officials said."), [
    ["Chad", "TCD", ""],
    ["Sudanese officials", "SDN", "government"],
  ]);
  assert.deepEqual(triples("Polish, Czech and Slovak troops trained together."), [
    ["Polish", "POL", "military"],
    ["Czech", "CZE", "military"],
    ["Slovak troops", "SVK", "military"],
  ]);
  assert.deepEqual(triples("U.S. and Iranian negotiators met."), [
    ["U.S", "USA", "government"],
    ["Iranian negotiators", "IRN", "government"],
  ]);
});

test("a group based in a state is that state's; a given name and distinctive surname name a listed person", () => {
  assert.deepEqual(one("A terror group based in Mali claimed the attack.", "2010-05-01").actor, {
    code: "MLI",
    role: "rebels",
  });
  const zarif = one("Critics said Mohammad Zarif ignored them.", "2015-01-01");
  assert.deepEqual([zarif.text, zarif.actor.code], ["Mohammad Zarif", "IRN"]);
  // Part of a longer capitalised name, or a surname that is also a given name ("Omar Bashir"): no match.
  assert.equal(find("She won the Mohammad Zarif Prize.", "2015-01-01").length, 0);
  assert.equal(find("Critics said Omar Bashir ignored them.", "2005-01-01").length, 0);
});

test("the maker of a thing is no party, and gives a bare group no state", () => {
  assert.deepEqual(find("Rebels downed a Russian-made helicopter.", "2010-05-01"), []);
  assert.deepEqual(pairs("French-built jets bombed Libyan positions.", "2011-05-01"), [["Libyan", "LBY"]]);
});

test("a person named with an organisation's office acts for the organisation", () => {
  assert.deepEqual(pairs("OSCE envoy Diego Cordovez met the prime minister of Chad.", "2010-05-01"), [
    ["OSCE envoy Diego Cordovez", "OSCE"],
    ["prime minister of Chad", "TCD"],
  ]);
  // A verb between them: two parties.
  const two = find("The OSCE told Diego Cordovez to wait.", "2010-05-01");
  assert.deepEqual(
    two.map((m) => m.actor.code),
    ["OSCE", "ECU"],
  );
});

test("regional bodies are organisations, not the state of the city they are named after", () => {
  const codes = (t: string) => pairs(t, "1990-05-01");
  assert.deepEqual(codes("The Warsaw Pact and the Paris Club met."), [
    ["Warsaw Pact", "WARSAWPACT"],
    ["Paris Club", "PARISCLUB"],
  ]);
  assert.deepEqual(codes("Namibia asked the Non-Aligned Movement and the OAU for help."), [
    ["Namibia", "NAM"],
    ["Non-Aligned Movement", "NONALIGNED"],
    ["OAU", "OAU"],
  ]);
  assert.deepEqual(codes("The CSCE sent monitors."), [["CSCE", "OSCE"]]);
});

test("leaders beyond Europe and Asia's north carry their terms too", () => {
  const actor = (t: string, date: string) => one(t, date).actor;
  assert.deepEqual(actor("Joseph Aoun toured the south.", "2020-05-01"), {
    code: "LBN",
    person: "Joseph Aoun",
    role: "military",
  });
  assert.deepEqual(actor("Joseph Aoun toured the south.", "2025-03-01"), {
    code: "LBN",
    person: "Joseph Aoun",
    role: "government",
  });
  assert.equal(actor("Hemedti spoke.", "2021-05-01").code, "SDN");
});

test("a name that is no English word is found in lower case; one that is stays capitalised", () => {
  const codes = (t: string) => pairs(t, "2012-05-01");
  // The embassy's state is not where the police stand, so the police are the other state's.
  assert.deepEqual(codes("Police dispersed tunisian protesters near the iSrael embassy."), [
    ["Police", "TUN"],
    ["tunisian protesters", "TUN"],
    ["iSrael embassy", "ISR"],
  ]);
  assert.deepEqual(codes("We ate turkey in china and flew to chad."), []);
});

test("peoples and movements of one state: Moro, Basque, Tigrayan, Zapatista", () => {
  const codes = (t: string) => triples(t, "2000-05-01");
  assert.deepEqual(codes("Moro guerrillas and Basque separatists were named."), [
    ["Moro guerrillas", "PHL", "rebels"],
    ["Basque separatists", "ESP", "rebels"],
  ]);
  assert.deepEqual(codes("Tigrayan forces met the Zapatistas."), [
    ["Tigrayan forces", "ETH", "military"],
    ["Zapatistas", "MEX", "rebels"],
  ]);
});

test("a ruling camp's name between a state and its role word keeps the role with the state", () => {
  const found = (t: string) => find(t, "1986-06-01").map((m) => `${m.text}=${m.actor.code}/${m.actor.role}`);
  assert.deepEqual(found("Nicaragua's Sandinista government closed the paper."), [
    "Nicaragua's Sandinista government=NIC/government",
  ]);
  assert.deepEqual(found("China's Communist leaders met Iraq's caretaker government."), [
    "China's Communist leaders=CHN/government",
    "Iraq's caretaker government=IRQ/government",
  ]);
});

test("a private person from a city is that city's state's ('a missionary from Calgary'), as is one named by a state word", () => {
  assert.deepEqual(triples("A Christian missionary from Calgary was arrested in Lebanon.", "2025-08-01"), [
    ["missionary from Calgary", "CAN", "civilians"],
    ["Lebanon", "LBN", ""],
  ]);
  assert.deepEqual(triples("A tourist from Lyon was detained in Iran.", "2025-08-01")[0], [
    "tourist from Lyon",
    "FRA",
    "civilians",
  ]);
  assert.deepEqual(triples("A French doctor was kidnapped in Mali.", "2025-08-01")[0], [
    "French doctor",
    "FRA",
    "civilians",
  ]);
});

test("volunteers are no civilians: in war news they are as often fighters ('Russian volunteer fighters')", () => {
  assert.deepEqual(triples("Russian volunteer fighters crossed into Belgorod.", "2023-05-22"), [
    ["Russian", "RUS", ""],
    ["fighters", "RUS", "rebels"],
  ]);
  assert.ok(
    !triples("Chechen volunteers shelled Ukrainian villages.", "2023-04-02").some(([, , role]) => role === "civilians"),
  );
});

test("a state word or a city's role phrase before a titled person makes one mention of the person", () => {
  const found = (t: string, date: string) =>
    findActorMentions(t, [], { date }).map((m) => `${m.text}=${m.actor.code}/${m.actor.role ?? ""}`);
  // Phoenix lists "President Salva Kiir" with his title; the demonym's role words had swallowed the title.
  assert.deepEqual(found("South Sudanese President Salva Kiir met Ethiopian troops.", "2019-05-01"), [
    "South Sudanese President Salva Kiir=SSD/government",
    "Ethiopian troops=ETH/military",
  ]);
  assert.deepEqual(found("Tbilisi Mayor Kakha Kaladze criticised Brussels.", "2024-03-01"), [
    "Tbilisi Mayor Kakha Kaladze=GEO/government",
    "Brussels=EU/government",
  ]);
  // A city's official not listed stays the city's role phrase.
  assert.deepEqual(
    found("Kharkiv Mayor Petro Bondar criticised Brussels.", "2024-03-01")[0],
    "Kharkiv Mayor=UKR/government",
  );
  assert.deepEqual(
    found("Kyiv Mayor Vitali Klitschko criticised Brussels.", "2024-03-01")[0],
    "Kyiv Mayor Vitali Klitschko=UKR/government",
  );
});

test("a state's letters marking a currency are money, no party: US$, HK$, NZ$", () => {
  const found = (t: string) => findActorMentions(t, [], { date: "2025-08-01" }).map((m) => `${m.text}=${m.actor.code}`);
  assert.deepEqual(found("Ghana paid US$12.5 million to Togo."), ["Ghana=GHA", "Togo=TGO"]);
  assert.deepEqual(found("Peru lent NZ$3 million to Fiji."), ["Peru=PER", "Fiji=FJI"]);
  assert.deepEqual(found("The US gave Fiji $3 million."), ["US=USA", "Fiji=FJI"]);
});

test("a breakaway's people, capital and de facto authorities are its parent state with sector PRE", () => {
  const pre = (code: string, patron?: string, role?: string) => ({
    code,
    sector: "PRE",
    ...(patron ? { patron } : {}),
    ...(role ? { role } : {}),
  });
  assert.deepEqual(one("Turkish Cypriots voted.").actor, pre("CYP", "TUR"));
  assert.deepEqual(one("The Turkish Cypriot authorities protested.").actor, pre("CYP", "TUR", "government"));
  assert.deepEqual(one("Greek Cypriots voted.").actor, { code: "CYP" });
  assert.deepEqual(one("Stepanakert protested.", "2020-10-01").actor, pre("AZE", "ARM"));
  assert.deepEqual(one("Karabakh Armenians protested.", "2020-10-01").actor, pre("AZE", "ARM"));
  assert.deepEqual(one("Somaliland protested.").actor, pre("SOM"));
});

test("a Turkmen leader's surname alone, in any common spelling, is the president of the day", () => {
  for (const name of ["Berdymukhammedov", "Berdimuhamedov", "Berdimuhamedow"]) {
    assert.equal(one(`${name} arrived.`, "2015-05-01").actor.person, "Gurbanguly Berdimuhamedov");
    assert.equal(one(`${name} arrived.`, "2025-08-01").actor.person, "Serdar Berdimuhamedov");
  }
});

test("state companies of mining, nuclear power, energy, arms and rail map to their state; private firms to none", () => {
  assert.deepEqual(one("Zijin Mining bought the mine.").actor, { code: "CHN", role: "business" });
  assert.deepEqual(one("Orano lost its licence.").actor, { code: "FRA", role: "business" });
  assert.deepEqual(one("Hidroelectrica signed the contract.").actor, { code: "ROU", role: "business" });
  assert.deepEqual(one("Uralvagonzavod delivered tanks.").actor, { code: "RUS", role: "business" });
  assert.deepEqual(one("Ukrposhta resumed deliveries.").actor, { code: "UKR", role: "business" });
  assert.deepEqual(one("Rossiyskaya Gazeta reported").actor, { code: "RUS", role: "media" });
  // Privately owned: no state acts through them.
  for (const firm of ["Lukoil", "Novatek", "Baykar", "Huawei"]) assert.equal(find(`${firm} signed a deal.`).length, 0);
  // Acronyms that are also given names are left out ("Gail" is no Indian gas company).
  assert.equal(find("Gail signed a deal.").length, 0);
  // ...and acronyms of better-known bodies: ASCO in the news is the oncologists' society, not Azerbaijan's shipping.
  assert.equal(find("Doctors at ASCO presented new data.").length, 0);
});

test("a company the state took over is its state's only from the takeover on", () => {
  assert.deepEqual(one("PrivatBank froze the accounts.", "2018-05-01").actor, { code: "UKR", role: "business" });
  assert.equal(find("PrivatBank froze the accounts.", "2015-05-01").length, 0);
  assert.deepEqual(one("Uniper sued the supplier.", "2023-05-01").actor, { code: "DEU", role: "business" });
  assert.equal(find("Uniper signed a gas contract.", "2019-05-01").length, 0);
});
