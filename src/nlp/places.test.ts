import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { findPlaces } from "./places.ts";
import { tokenize } from "./tokenize.ts";

const seedPage = readFileSync(new URL("../../../shared/corpus/seed/000_0e0bef2aa06d10f3.txt", import.meta.url), "utf8");
const seed = seedPage.slice(seedPage.indexOf("Berlin, August 1"), seedPage.indexOf("Popular Articles")).trim();

function places(text: string): string[] {
  const found = findPlaces(text, tokenize(text).sentences);
  for (const p of found) assert.equal(text.slice(p.start, p.end), p.text);
  return found.map((p) => `${p.text}=${p.name}/${p.country}`);
}

test("seed page: the detentions are in Baku, the dateline is Berlin", () => {
  const { sentences } = tokenize(seed);
  const found = findPlaces(seed, sentences, { datelinePlace: "Berlin" });
  const baku = found.find((p) => p.name === "Baku")!;
  assert.equal(baku.country, "AZE");
  assert.ok(Math.abs(baku.lat! - 40.38) < 0.1 && Math.abs(baku.lon! - 49.89) < 0.1);
  assert.ok(sentences[baku.sentence]!.text.includes("detained several Russian nationals in Baku"));
  assert.equal(seed.slice(baku.start, baku.end), "Baku");
  const berlin = found.find((p) => p.name === "Berlin")!;
  assert.equal(berlin.country, "DEU");
  assert.equal(berlin.start, 0);
  // "protests from Baku" and the list of capitals are actors and rhetoric, not places where something happened.
  assert.equal(found.filter((p) => p.name === "Baku").length, 1);
});

test("cities after locative prepositions, with country and coordinates", () => {
  assert.deepEqual(places("A plane crashed near Aktau on Wednesday."), ["Aktau=Aktau/KAZ"]);
  assert.deepEqual(places("Two men died in Yekaterinburg."), ["Yekaterinburg=Yekaterinburg/RUS"]);
  assert.deepEqual(places("Talks were held in Chișinău and outside Tbilisi."), [
    "Chișinău=Chisinau/MDA",
    "Tbilisi=Tbilisi/GEO",
  ]);
  assert.deepEqual(places("Drones struck north of Kharkiv."), ["Kharkiv=Kharkiv/UKR"]);
  assert.deepEqual(places("Clashes erupted in Rostov-on-Don."), ["Rostov-on-Don=Rostov-on-Don/RUS"]);
});

test("English spellings missing from GeoNames come from the hand list", () => {
  assert.deepEqual(places("Ministers met in Geneva and in Kiev."), ["Geneva=Geneva/CHE", "Kiev=Kyiv/UKR"]);
  assert.deepEqual(places("Shelling in Kramatorsk."), ["Kramatorsk=Kramatorsk/UKR"]);
});

test("English and former names of large cities (GeoNames alternate names) find the city", () => {
  assert.deepEqual(places("A car bomb exploded in Basra on Monday."), ["Basra=Basra/IRQ"]);
  assert.deepEqual(places("Riots broke out in Bombay."), ["Bombay=Mumbai/IND"]);
  assert.deepEqual(places("Troops shelled Kharkov overnight."), ["Kharkov=Kharkiv/UKR"]);
  assert.deepEqual(places("Talks opened in Kishinev, then near Tiflis."), [
    "Kishinev=Chisinau/MDA",
    "Tiflis=Tbilisi/GEO",
  ]);
  assert.deepEqual(places("Fighting raged near Hodeidah and in Sana'a."), [
    "Hodeidah=Hodeidah/YEM",
    "Sana'a=Sanaa/YEM",
  ]);
  assert.deepEqual(places("A rally was held in Diyarbakir."), ["Diyarbakir=Diyarbakir/TUR"]);
  // Canton is not listed for Guangzhou: English news means the Ohio city or a Swiss canton.
  assert.deepEqual(places("He grew up in Canton, Ohio."), ["Canton=Canton/USA", "Ohio=Ohio/USA"]);
});

test("places listed after a place share its preposition; a capital opening a clause or a country's apposition not", () => {
  assert.deepEqual(places("Riots broke out in Bombay and Calcutta."), ["Bombay=Mumbai/IND", "Calcutta=Kolkata/IND"]);
  assert.deepEqual(places("Strikes hit targets in Kharkiv, Odesa and Dnipro on Monday."), [
    "Kharkiv=Kharkiv/UKR",
    "Odesa=Odesa/UKR",
    "Dnipro=Dnipro/UKR",
  ]);
  assert.deepEqual(places("Talks were held in Geneva and Vienna."), ["Geneva=Geneva/CHE", "Vienna=Vienna/AUT"]);
  assert.deepEqual(places("Fighting raged in Syria and Iraq."), ["Syria=Syria/SYR", "Iraq=Iraq/IRQ"]);
  assert.deepEqual(places("Protests erupted in Baku and Moscow condemned the arrests."), ["Baku=Baku/AZE"]);
  assert.deepEqual(places("A blast hit a market in Kharkiv, Ukraine, on Monday."), ["Kharkiv, Ukraine=Kharkiv/UKR"]);
});

test("a country name is a country, even where a city shares it", () => {
  assert.deepEqual(places("Elections were held in Armenia."), ["Armenia=Armenia/ARM"]);
  assert.deepEqual(places("Troops stayed in the U.S. for years."), ["U.S.=U.S./USA"]);
});

test("a region of a named country: the region (else its city) in that country", () => {
  assert.deepEqual(places("Fighting in Russia's Belgorod region went on."), ["Belgorod region=Belgorod/RUS"]);
  assert.deepEqual(places("A strike in Ukraine’s Donetsk region."), ["Donetsk=Donetsk/UKR"]);
});

test("namesakes: most populous, unless the article names a comparable namesake's country", () => {
  assert.deepEqual(places("Protests in Tripoli grew."), ["Tripoli=Tripoli/LBY"]);
  assert.deepEqual(places("Protests in Tripoli grew. Lebanon's army deployed."), ["Tripoli=Tripoli/LBN"]);
  assert.deepEqual(places("A summit in Geneva. The U.S. attended."), ["Geneva=Geneva/CHE"]);
});

test("borders and datelines", () => {
  assert.deepEqual(places("Shots were fired at the border with Azerbaijan."), [
    "the border with Azerbaijan=Azerbaijan border/AZE",
  ]);
  assert.deepEqual(places("MOSCOW (Reuters) - Russia said it would respond."), ["MOSCOW=Moscow/RUS"]);
  assert.deepEqual(places("KYIV, Ukraine — Drones hit the city."), ["KYIV=Kyiv/UKR"]);
  assert.deepEqual(places("GAZA CITY, Palestinian Territories: Four were killed."), ["GAZA CITY=Gaza City/PSE"]);
  assert.deepEqual(places("Pakistan, a key ally, objected."), []);
  assert.deepEqual(places("Montenegro Municipality Association (AKK) officials objected."), []);
});

test("no place without a locative cue, and no place out of a longer name or a common word", () => {
  assert.deepEqual(places("Moscow responded with threats."), []);
  assert.deepEqual(places("Hezbollah fires rockets at Israel from near Lebanon."), []);
  assert.deepEqual(places("Despite protests from Baku, Russia issued no apology."), []);
  assert.deepEqual(places("Rolofs, writing in Focus, argues so."), []);
  assert.deepEqual(places("The story ran in Washington Post columns."), []);
  assert.deepEqual(places("Trained in the West, held in March, deaths in Russian police custody."), []);
});

test("cities of Kosovo are in XKX, the one code Orbit uses for Kosovo", () => {
  const text = "Protests were held in Prizren on Sunday.";
  const [place] = findPlaces(text, tokenize(text).sentences);
  assert.equal(place?.country, "XKX");
});

test("the place a force verb hits or an army leaves: bare objects, 'attack on', 'withdrew … from'", () => {
  assert.deepEqual(places("Russian forces shelled Kharkiv on Tuesday."), ["Kharkiv=Kharkiv/UKR"]);
  assert.deepEqual(places("Overnight drones hit Odesa and struck the city of Dnipro."), [
    "Odesa=Odesa/UKR",
    "Dnipro=Dnipro/UKR",
  ]);
  assert.deepEqual(places("The missile attack on Lviv killed three."), ["Lviv=Lviv/UKR"]);
  assert.deepEqual(places("Russia withdrew its troops from Kherson."), ["Kherson=Kherson/UKR"]);
  assert.deepEqual(places("Ukraine pulled its forces out of Avdiivka."), ["Avdiivka=Avdiivka/UKR"]);
  // A capital that acts and a country are actors, not places; a participle after "the" describes its noun.
  assert.deepEqual(places("Troops shelled Kyiv and attacked Georgia."), []);
  assert.deepEqual(places("Soldiers beat detainees on the occupied West Bank."), []);
  assert.deepEqual(places("The vote hit Marcus Aurelius hard."), []);
});

test("the place forces are moved to: 'sent to', 'deployed … to', but no addressee and no state or acting capital", () => {
  assert.deepEqual(places("Russian troops were sent to Chechnya."), ["Chechnya=Chechnya/RUS"]);
  assert.deepEqual(places("Kyiv deployed two more brigades to Kharkiv last week."), ["Kharkiv=Kharkiv/UKR"]);
  assert.deepEqual(places("The army airlifted supplies into Mosul."), ["Mosul=Mosul/IRQ"]);
  // "to" after other verbs names an addressee or a goal; a state or a capital at the end of "sent to" is an actor.
  assert.deepEqual(places("Beijing wrote a letter to Kharkiv officials."), []);
  assert.deepEqual(places("The president spoke to Odesa residents."), []);
  assert.deepEqual(places("Turkey sent troops to Syria and a note to Moscow."), []);
  assert.deepEqual(places("The minister sent the bill to the Senate."), []);
});

test("regions GeoNames has no city for lie in their state: the Gaza Strip and West Bank in PSE", () => {
  assert.deepEqual(places("Israeli jets struck the Gaza Strip overnight."), ["Gaza Strip=Gaza Strip/PSE"]);
  assert.deepEqual(places("Clashes erupted in the West Bank and in the Donbas."), [
    "West Bank=West Bank/PSE",
    "Donbas=Donbas/UKR",
  ]);
});

test("first-level regions: a name before state, province or region is a place in its state", () => {
  assert.deepEqual(places("Gunmen raided a market in Zamfara state."), ["Zamfara state=Zamfara/NGA"]);
  assert.deepEqual(places("Floods struck villages in Kandahar Province."), ["Kandahar Province=Kandahar/AFG"]);
  // A region word makes Nigeria's Delta of Canada's city; alone, the city stays.
  assert.deepEqual(places("Pipelines burned in Delta state."), ["Delta state=Delta/NGA"]);
  assert.deepEqual(places("The ferry docked in Delta."), ["Delta=Delta/CAN"]);
  // A name no English word, city or state shares stands alone; a region shared by two states does not.
  assert.deepEqual(places("Troops patrolled in Baluchistan and in Balochistan."), ["Balochistan=Balochistan/PAK"]);
  assert.deepEqual(places("Farmers marched in Punjab province."), []);
});

test("a land several states share, before a word for a state, is no region of one state of its name", () => {
  // Papua New Guinea has a Gulf province and Turkmenistan a Balkan one; "the Gulf state" is a kind of state.
  assert.deepEqual(places("Gunmen attacked police in the Gulf state."), []);
  assert.deepEqual(places("Gunmen attacked police in the Gulf State."), []);
  assert.deepEqual(places("Elections were held in the Balkan state."), []);
  assert.deepEqual(places("Strikes spread in the Balkan country and in Balkan monarchies."), []);
  assert.deepEqual(places("Rains fell in Gulf province."), ["Gulf province=Gulf/PNG"]);
  assert.deepEqual(places("A landslide hit villages in the Gulf province of Papua New Guinea."), [
    "Papua New Guinea=Papua New Guinea/PNG",
  ]);
  assert.deepEqual(places("Gunmen raided a market in Zamfara state."), ["Zamfara state=Zamfara/NGA"]);
});

test("well-known regions without a region word: the Niger Delta is Nigeria's, not Niger", () => {
  assert.deepEqual(places("Oil spilled in the Niger Delta."), ["Niger Delta=Niger Delta/NGA"]);
  assert.deepEqual(places("A raid in South Waziristan and a vote in the Kurdistan Region."), [
    "South Waziristan=South Waziristan/PAK",
    "Kurdistan Region=Kurdistan Region/IRQ",
  ]);
});

test("the regions the actor gazetteer names (Casamance, Ogaden) are places in their state too", () => {
  assert.deepEqual(places("Soldiers clashed with separatists in Casamance."), ["Casamance=Casamance/SEN"]);
  assert.deepEqual(places("Fighting spread across the Ogaden."), ["Ogaden=Ogaden/ETH"]);
});

test("a place left after any verb of leaving or removing is a place", () => {
  assert.deepEqual(places("Rebels fled from Goma on Sunday."), ["Goma=Goma/COD"]);
  assert.deepEqual(places("Moscow redeployed troops from Kherson."), ["Kherson=Kherson/UKR"]);
  assert.deepEqual(places("Ukraine moved soldiers from Kharkiv."), ["Kharkiv=Kharkiv/UKR"]);
});

test("the place a noun of force or seizure, or a force verb's gerund, names after 'of'", () => {
  assert.deepEqual(places("Moscow's bombardment of Zaporizhzhia went on all night."), [
    "Zaporizhzhia=Zaporizhzhia/UKR",
  ]);
  assert.deepEqual(places("Residents recalled the Syrian shelling of Homs."), ["Homs=Homs/SYR"]);
  assert.deepEqual(places("Veterans of the siege of Vukovar met on Friday."), ["Vukovar=Vukovar/HRV"]);
  assert.deepEqual(places("The seizure of Kramatorsk would open the road west."), ["Kramatorsk=Kramatorsk/UKR"]);
  assert.deepEqual(places("The army prepared for the storming of Falluja."), ["Falluja=Fallujah/IRQ"]);
  // Other nouns' "of" names an office, a body or a kind of place, not a place hit.
  assert.deepEqual(places("The mayor of Odesa asked for more air defence."), []);
  assert.deepEqual(places("She left the University of Kent for the Bank of England."), []);
  // A country after "of" is an actor already ("the invasion of Ukraine"), not a place.
  assert.deepEqual(places("The invasion of Ukraine began in February."), []);
});

test("a place after a place noun with adjectives, a compass word, or as the subject of a passive of force", () => {
  assert.deepEqual(places("Missiles hit the port city of Mykolaiv overnight."), ["Mykolaiv=Mykolaiv/UKR"]);
  assert.deepEqual(places("Drones struck a depot in the Russian city of Bryansk."), ["Bryansk=Bryansk/RUS"]);
  assert.deepEqual(places("Gunmen attacked the northern town of Kupiansk."), ["Kupiansk=Kupiansk/UKR"]);
  assert.deepEqual(places("Turkish jets bombed targets in north-eastern Syria."), ["Syria=Syria/SYR"]);
  assert.deepEqual(places("Aid reached camps in southern Lebanon."), ["Lebanon=Lebanon/LBN"]);
  assert.deepEqual(places("Kharkiv was shelled by Russian forces."), ["Kharkiv=Kharkiv/UKR"]);
  assert.deepEqual(places("After midnight, Zaporizhzhia was struck again."), ["Zaporizhzhia=Zaporizhzhia/UKR"]);
  // A country or an acting capital before a passive is an actor, and a passive of no force names no place hit.
  assert.deepEqual(places("Ukraine was attacked by Russia."), []);
  assert.deepEqual(places("Kharkiv was praised by visitors."), []);
  // A large city's name before a region word names the land around it, not another state's namesake province.
  // (Gaza is also a Palestinian governorate: the region word leaves the two states' Gaza to the text, and the city is
  // Palestinian either way.)
  assert.deepEqual(places("Damage spread in the northern Gaza region."), ["Gaza=Gaza/PSE"]);
  assert.deepEqual(places("Floods in Delta state killed ten."), ["Delta state=Delta/NGA"]);
  // A compass word alone before a lower-case noun is no place.
  assert.deepEqual(places("Troops moved in northern areas."), []);
});

test("regions by their common English names (CLDR and a hand list) are places in their state", () => {
  assert.deepEqual(places("Heavy snow fell across Bavaria and Thuringia."), [
    "Bavaria=Bavaria/DEU",
    "Thuringia=Thuringia/DEU",
  ]);
  assert.deepEqual(places("Wildfires burned in Sicily and Sardinia."), ["Sicily=Sicily/ITA", "Sardinia=Sardinia/ITA"]);
  assert.deepEqual(places("Federal troops patrolled villages in Chechnya."), ["Chechnya=Chechnya/RUS"]);
  assert.deepEqual(places("Voters in Catalonia went to the polls."), ["Catalonia=Catalonia/ESP"]);
  assert.deepEqual(places("Fighting resumed in the Kurdistan region."), ["Kurdistan=Kurdistan/IRQ"]);
  // A name two states give (Kashmir: India's and Pakistan's) goes to the one the text names, else to none.
  assert.deepEqual(places("Indian police searched homes in Kashmir."), ["Kashmir=Kashmir/IND"]);
  assert.deepEqual(places("Pakistani officials toured camps in Kashmir."), ["Kashmir=Kashmir/PAK"]);
  assert.deepEqual(places("Snow closed roads in Kashmir."), []);
  // An adjective of a region's people is no place, and a capital keeps its own state (Al Quds governorate's English
  // name is Jerusalem); a city named like a region whose codes the sources number otherwise stays the city (Yuma).
  assert.deepEqual(places("Chechen fighters were seen in Syria."), ["Syria=Syria/SYR"]);
  assert.deepEqual(places("Talks were held in Jerusalem."), ["Jerusalem=Jerusalem/ISR"]);
  assert.deepEqual(places("Agents made arrests in Yuma."), ["Yuma=Yuma/USA"]);
});

test("a capital after words aiming speech at a party is that party, not a place", () => {
  assert.deepEqual(places("Moscow lashed out at Washington over the sanctions."), []);
  assert.deepEqual(places("Ankara took aim at Athens on Monday."), []);
  assert.deepEqual(places("Crowds gathered at Athens airport."), ["Athens=Athens/GRC"]);
});

test("a town's name written in capitals is an acronym: 'at the UN' is no town in India", () => {
  assert.deepEqual(places("Russia and Ukraine clashed at the UN."), []);
  assert.deepEqual(places("Delegates met at the UN in Geneva."), ["Geneva=Geneva/CHE"]);
  assert.deepEqual(places("Two men died in Yekaterinburg."), ["Yekaterinburg=Yekaterinburg/RUS"]);
});

test("aid meant for a place and ground left around it or in a count of its towns", () => {
  assert.deepEqual(places("The EU announced humanitarian aid for Darfur."), ["Darfur=Darfur/SDN"]);
  assert.deepEqual(places("Japan sent relief to the people of Aceh."), ["Aceh=Aceh/IDN"]);
  assert.deepEqual(places("Serb forces withdrew heavy weapons from around Gorazde."), ["Gorazde=Goražde/BIH"]);
  assert.deepEqual(places("Israel pulled its forces out of two West Bank towns."), ["West Bank=West Bank/PSE"]);
  // Supplies are not aid by name: "gas supplies to" a city names no place aid goes to.
  assert.deepEqual(places("Russia cut supplies for Narva."), []);
});

test("a town after a verb of moving goods and 'to' is a place, past a measure of the goods", () => {
  assert.deepEqual(places("The agency delivered 40 tonnes of medical supplies to Mosul."), ["Mosul=Mosul/IRQ"]);
  assert.deepEqual(places("The ministry shipped grain to Benghazi on Monday."), ["Benghazi=Benghazi/LBY"]);
  assert.deepEqual(places("Volunteers trucked food to Goma."), ["Goma=Goma/COD"]);
});

test("a place's own country after a comma is part of the place, unless it opens a clause", () => {
  // "The SCO summit in Samarkand, Uzbekistan, asked Belarus": Uzbekistan says where Samarkand is; it does not ask.
  assert.deepEqual(places("The SCO summit in Samarkand, Uzbekistan, asked Belarus to join."), [
    "Samarkand, Uzbekistan=Samarkand/UZB",
  ]);
  assert.deepEqual(places("Leaders met in Astana, Kazakhstan."), ["Astana, Kazakhstan=Astana/KAZ"]);
  // The country acts: it opens the main clause.
  assert.deepEqual(places("During the talks in Moscow, Russia agreed to supply gas."), ["Moscow=Moscow/RUS"]);
  // Another state's name after the comma is no place of the city's.
  assert.deepEqual(places("Talks in Geneva, Russia said, went well."), ["Geneva=Geneva/CHE"]);
  // Another country after the country's comma makes it the first of a list of parties.
  assert.deepEqual(places("After talks in Moscow, Russia, Kazakhstan and Belarus signed a deal."), [
    "Moscow=Moscow/RUS",
  ]);
});
