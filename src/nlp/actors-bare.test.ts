import assert from "node:assert/strict";
import { test } from "node:test";
import { findActorMentions } from "./actors.ts";

/** The two sentences of `text`, split after the full stop at `stop`, and the mentions found in them. */
function inTwoSentences(text: string, stop: number, date: string): [string, string | undefined, number][] {
  const sentences = [
    { index: 0, start: 0, end: stop, text: text.slice(0, stop) },
    { index: 1, start: stop + 1, end: text.length, text: text.slice(stop + 1) },
  ];
  return findActorMentions(text, sentences, { date }).map((m) => [m.text, m.actor.code, m.sentence]);
}

const find = (text: string) =>
  findActorMentions(text, [], { date: "2010-05-01" }).map((m) => [m.text, m.actor.code, m.actor.role ?? ""]);

test("a bare group takes the one state its sentence names", () => {
  assert.deepEqual(find("Kenyan police said demonstrators burned tyres in the capital."), [
    ["Kenyan police", "KEN", "police"],
    ["demonstrators", "KEN", "protesters"],
  ]);
  assert.deepEqual(find("Insurgents shelled a town in northern Mali."), [
    ["Insurgents", "MLI", "rebels"],
    ["Mali", "MLI", ""],
  ]);
  assert.deepEqual(find("The opposition accused the government of Ghana of fraud."), [
    ["The opposition", "GHA", "opposition"],
    ["government of Ghana", "GHA", "government"],
  ]);
});

test("a bare group is left out when the sentence names several states or none", () => {
  assert.deepEqual(find("Rebels said Peru and Chile had met."), [
    ["Peru", "PER", ""],
    ["Chile", "CHL", ""],
  ]);
  assert.deepEqual(find("Rebels attacked a convoy at dawn."), []);
});

test("without a state in its sentence, a bare group takes the one state the text names", () => {
  const text = "Fighting spread across Chad. Rebels seized two towns.";
  assert.deepEqual(inTwoSentences(text, 28, "2010-05-01"), [
    ["Chad", "TCD", 0],
    ["Rebels", "TCD", 1],
  ]);
});

test("a role word owned by a name before it is not a bare group", () => {
  // The organisation keeps its officials; the possessive's owner keeps its army.
  assert.deepEqual(find("U.N. officials and Ghana's army met."), [
    ["U.N", "UN", ""],
    ["Ghana's army", "GHA", "military"],
  ]);
  // A compound modifier is no actor: "government-held" names a place, not the government.
  assert.deepEqual(find("Shells hit a government-held district of Niger."), [["Niger", "NER", ""]]);
});

test("a government title before a name the gazetteer lacks is one government mention", () => {
  assert.deepEqual(find("President Ruben Okwe Mbatha visited a hospital in Senegal."), [
    ["President Ruben Okwe Mbatha", "SEN", "government"],
    ["Senegal", "SEN", ""],
  ]);
  assert.deepEqual(find("Prime Minister Karim el Said spoke in Tunis."), [
    ["Prime Minister Karim el Said", "TUN", "government"],
    ["Tunis", "TUN", ""],
  ]);
  // Military and judicial titles give their own role.
  assert.deepEqual(find("General Jean-Paul Mbeki inspected a base in Gabon."), [
    ["General Jean-Paul Mbeki", "GAB", "military"],
    ["Gabon", "GAB", ""],
  ]);
  assert.deepEqual(find("Judge Maria Quenta ordered the arrest, Bolivian media said."), [
    ["Judge Maria Quenta", "BOL", "judiciary"],
    ["Bolivian media", "BOL", "media"],
  ]);
  // A title that is not an office ("Mr") adds nothing.
  assert.deepEqual(find("Mr Oumar Kebede visited Senegal."), [["Senegal", "SEN", ""]]);
});

test("a role phrase before 'in' or 'of' and a state is that state's actor; troops in a state are not", () => {
  assert.deepEqual(find("Rebels in the Central African Republic rejected the deal."), [
    ["Rebels in the Central African Republic", "CAF", "rebels"],
  ]);
  assert.deepEqual(find("Police in Uganda detained ten."), [["Police in Uganda", "UGA", "police"]]);
  assert.deepEqual(find("Chinese workers in Zambia protested."), [
    ["Chinese workers", "CHN", "civilians"],
    ["Zambia", "ZMB", ""],
  ]);
  assert.deepEqual(find("Troops in Mali and Niger withdrew."), [
    ["Mali", "MLI", ""],
    ["Niger", "NER", ""],
  ]);
});

test("bare soldiers are not given the sentence's state: troops are often in someone else's country", () => {
  assert.deepEqual(find("Soldiers crossed into Gabon."), [["Gabon", "GAB", ""]]);
  assert.deepEqual(find("The army shelled a village in Gabon."), [
    ["The army", "GAB", "military"],
    ["Gabon", "GAB", ""],
  ]);
});

test("'the country's' role phrase belongs to the state in view", () => {
  assert.deepEqual(find("Fighting in Yemen worsened as the country's army retreated."), [
    ["Yemen", "YEM", ""],
    ["the country's army", "YEM", "military"],
  ]);
  // Two states in view: whose country is unclear, so no mention.
  assert.deepEqual(find("Peru and Chile met; the country's president spoke."), [
    ["Peru", "PER", ""],
    ["Chile", "CHL", ""],
  ]);
});

test("a faith or a people of several states before an armed-group noun takes its sentence's one state", () => {
  const found = (t: string) =>
    findActorMentions(t, [], { date: "1994-06-01" }).map((m) => `${m.text}=${m.actor.code}/${m.actor.role}`);
  assert.deepEqual(found("Bosnian Serbs demanded a truce with Moslem forces in east Bosnia."), [
    "Bosnian Serbs=BIH/civilians",
    "Moslem forces=BIH/rebels",
    "Bosnia=BIH/undefined",
  ]);
  assert.deepEqual(found("Iraqi police said Sunni insurgents and Shiite militiamen clashed."), [
    "Iraqi police=IRQ/police",
    "Sunni insurgents=IRQ/rebels",
    "Shiite militiamen=IRQ/rebels",
  ]);
  // Two states named, neither as the place the group acts in: no guess.
  assert.deepEqual(found("Shiite militiamen fired on Israeli troops from Lebanon."), [
    "Israeli troops=ISR/military",
    "Lebanon=LBN/undefined",
  ]);
  // The state named as the place ("in southern Lebanon") is the group's.
  assert.deepEqual(
    found("Shiite militiamen attacked Israeli troops in southern Lebanon.")[0],
    "Shiite militiamen=LBN/rebels",
  );
});

test("a state named as another's neighbour ('X's border with Y') leaves an unnamed group to the possessor", () => {
  assert.deepEqual(find("Militants shelled farms near Kyrgyzstan's border with Tajikistan.")[0], [
    "Militants",
    "KGZ",
    "rebels",
  ]);
  assert.deepEqual(find("Ethnic Armenians rallied near Georgia's frontier with the Republic of Armenia.")[0], [
    "Ethnic Armenians",
    "GEO",
    "civilians",
  ]);
  // Without a possessor, the border names the one state, and two states leave the group out.
  assert.deepEqual(find("Militants shelled farms on the border with Tajikistan.")[0], ["Militants", "TJK", "rebels"]);
  assert.deepEqual(find("Militants shelled farms in Kyrgyzstan and Tajikistan.")[0], ["Kyrgyzstan", "KGZ", ""]);
});

test("an unnamed armed group takes the state named as the place it acts in, not its victims'", () => {
  assert.deepEqual(find("Gunmen kidnapped two Norwegian engineers in Bamako."), [
    ["Gunmen", "MLI", "rebels"],
    ["Norwegian engineers", "NOR", "civilians"],
    ["Bamako", "MLI", ""],
  ]);
  assert.deepEqual(find("Insurgents ambushed a Canadian convoy in Afghanistan."), [
    ["Insurgents", "AFG", "rebels"],
    ["Canadian", "CAN", ""],
    ["Afghanistan", "AFG", ""],
  ]);
  assert.deepEqual(find("Gunmen kidnapped two Chinese engineers in northern Nigeria.")[0], ["Gunmen", "NGA", "rebels"]);
  // other unnamed groups are not placed by where they are: protesters in a capital may be foreigners' or the state's
  assert.deepEqual(find("Protesters rallied against Israeli policy in Jordan."), [
    ["Israeli", "ISR", ""],
    ["Jordan", "JOR", ""],
  ]);
});

test("an unnamed armed group in a sentence naming no one state takes the state of the place it acts in", () => {
  assert.deepEqual(find("Masked gunmen raided a checkpoint in Ingushetia."), [["Masked gunmen", "RUS", "rebels"]]);
  assert.deepEqual(find("Militants ambushed a patrol near Kandahar."), [["Militants", "AFG", "rebels"]]);
  // no place, places in two states, a place left, another role, or states named (whose the group is is the coder's)
  assert.deepEqual(find("Insurgents blew up a bridge before dawn."), []);
  assert.deepEqual(find("Gunmen struck markets in Mosul and Kharkiv."), []);
  assert.deepEqual(find("Police detained two students in Ingushetia."), []);
  assert.deepEqual(find("Insurgents were driven from Kandahar."), []);
  assert.deepEqual(find("Gunmen shot two Dutch tourists and a Belgian guide in Karachi.")[0], [
    "Dutch tourists",
    "NLD",
    "civilians",
  ]);
});

test("men named only by their arms, a mask or being unknown are an armed group, as gunmen are", () => {
  assert.deepEqual(find("Masked men seized two Italian engineers in Niger."), [
    ["Masked men", "NER", "rebels"],
    ["Italian engineers", "ITA", "civilians"],
    ["Niger", "NER", ""],
  ]);
  assert.deepEqual(find("A gunman shot dead a policeman in southern Colombia."), [
    ["gunman", "COL", "rebels"],
    ["Colombia", "COL", ""],
  ]);
  assert.deepEqual(find("Unknown attackers burned a bus near the border with Chad."), [
    ["Unknown attackers", "TCD", "rebels"],
    ["Chad", "TCD", ""],
  ]);
  assert.deepEqual(find("Assailants and a suicide bomber struck a market in Yemen."), [
    ["Assailants", "YEM", "rebels"],
    ["suicide bomber", "YEM", "rebels"],
    ["Yemen", "YEM", ""],
  ]);
});

test("attackers with no word that makes them unknown or armed are no armed group (a team's forwards)", () => {
  assert.deepEqual(find("Their attackers struggled as Ghana lost to Senegal."), [
    ["Ghana", "GHA", ""],
    ["Senegal", "SEN", ""],
  ]);
  assert.deepEqual(find("The men of Portugal's squad trained hard."), [["Portugal", "PRT", ""]]);
});

test("a mob or an angry crowd is a crowd, of the state its sentence names", () => {
  assert.deepEqual(find("An angry mob in Kenya burned tyres."), [
    ["angry mob", "KEN", "protesters"],
    ["Kenya", "KEN", ""],
  ]);
  assert.deepEqual(find("Mobs looted shops in Bolivia."), [
    ["Mobs", "BOL", "protesters"],
    ["Bolivia", "BOL", ""],
  ]);
});

test("a crowd at a state's embassy or consulate is of the place the outpost stands in, not of its state", () => {
  assert.deepEqual(find("Protesters burned effigies outside the Russian consulate in Lviv."), [
    ["Protesters", "UKR", "protesters"],
    ["Russian consulate", "RUS", "government"],
  ]);
  assert.deepEqual(find("Police guarded the US embassy in Moscow."), [
    ["Police", "RUS", "police"],
    ["US embassy", "USA", "government"],
    ["Moscow", "RUS", ""],
  ]);
  // With no place named, the crowd is of no state the sentence names.
  assert.deepEqual(find("Protesters rallied outside the Russian embassy."), [["Russian embassy", "RUS", "government"]]);
});

test("a mob is a crowd only as a noun of its own: not a mob boss, mob ties, a flash mob or the Mob", () => {
  assert.deepEqual(find("Italian police arrested a mob boss in Sicily."), [["Italian police", "ITA", "police"]]);
  assert.deepEqual(find("A flash mob danced outside the Kremlin."), [["the Kremlin", "RUS", "government"]]);
  assert.deepEqual(find("Police in Italy said the Mob ran the port."), [["Police in Italy", "ITA", "police"]]);
  assert.deepEqual(find("The mob, armed with sticks, attacked a bus in Kenya."), [
    ["mob", "KEN", "protesters"],
    ["Kenya", "KEN", ""],
  ]);
  assert.deepEqual(find("An angry mob attacked the Chinese embassy in Islamabad."), [
    ["angry mob", "PAK", "protesters"],
    ["Chinese embassy", "CHN", "government"],
    ["Islamabad", "PAK", ""],
  ]);
});

test("a mob before a present-tense verb is a crowd after 'the', 'a' or 'an', but a plural it modifies is not", () => {
  assert.deepEqual(find("The mob storms the parliament in Kenya."), [
    ["mob", "KEN", "protesters"],
    ["parliament in Kenya", "KEN", "government"],
  ]);
  assert.deepEqual(find("An angry crowd gathers outside the Chinese embassy in Islamabad."), [
    ["angry crowd", "PAK", "protesters"],
    ["Chinese embassy", "CHN", "government"],
    ["Islamabad", "PAK", ""],
  ]);
  assert.deepEqual(find("Police in Italy said the mob bosses met in Sicily."), [["Police in Italy", "ITA", "police"]]);
  assert.deepEqual(find("Police in Italy said the mob ties of the mayor ran deep."), [
    ["Police in Italy", "ITA", "police"],
  ]);
  assert.deepEqual(find("Italian police arrested a man with mob links in Sicily."), [
    ["Italian police", "ITA", "police"],
  ]);
});

test("a group at an embassy takes no state the rest of the text names; only the place the sentence gives", () => {
  const text = "Kazakhstan and Russia signed a gas deal. Police guarded the Russian embassy.";
  assert.deepEqual(inTwoSentences(text, 40, "2025-03-01"), [
    ["Kazakhstan", "KAZ", 0],
    ["Russia", "RUS", 0],
    ["Russian embassy", "RUS", 1],
  ]);
  const placed = "Kazakhstan and Russia signed a gas deal. Police guarded the Russian embassy in Astana.";
  assert.deepEqual(inTwoSentences(placed, 40, "2025-03-01"), [
    ["Kazakhstan", "KAZ", 0],
    ["Russia", "RUS", 0],
    ["Police", "KAZ", 1],
    ["Russian embassy", "RUS", 1],
    ["Astana", "KAZ", 1],
  ]);
});

test("a counterpart's state is the other side's: it gives no state to the officials around it", () => {
  assert.deepEqual(find("Defense Minister Ali Nasser met his Iraqi counterpart."), [["Iraqi", "IRQ", ""]]);
  assert.deepEqual(find("Defense Minister Ali Nasser met his Iraqi counterpart in Amman.")[0], [
    "Defense Minister Ali Nasser",
    "JOR",
    "government",
  ]);
});

test("unnamed rebels paired with a state by 'and' are of that state, not of the city where the pair meets", () => {
  const rebels = (text: string) => find(text).find(([, , role]) => role === "rebels")?.[1];
  assert.equal(rebels("Sudan and the southern rebels signed a ceasefire in Nairobi on Wednesday."), "SDN");
  assert.equal(rebels("Ivory Coast's government and rebels will meet in Lome next week."), "CIV");
  assert.equal(rebels("Rebels and the Sudanese government met in Addis Ababa."), "SDN");
  // A state named as the place of the act still wins over the partner, and a lone group still takes the place.
  assert.equal(rebels("Russia and separatist rebels in eastern Ukraine violated the ceasefire."), "UKR");
  assert.equal(rebels("Gunmen kidnapped two Japanese engineers in Nigeria."), "NGA");
  assert.equal(rebels("Government troops fought rebels near Goma."), "COD");
});

test("a titled person the gazetteer does not list takes no state from another person in the sentence", () => {
  const text = "Azerbaijan sent envoys to Moscow. Deputy Foreign Minister Elnur Mammadov met Mikhail Galuzin.";
  // Galuzin is Russia's; the unnamed minister is of the text's other state.
  assert.deepEqual(inTwoSentences(text, text.indexOf(".") + 1, "2023-08-25").slice(2), [
    ["Foreign Minister Elnur Mammadov", "AZE", 1],
    ["Mikhail Galuzin", "RUS", 1],
  ]);
  // Alone, the sentence does not say whose minister he is.
  assert.deepEqual(
    findActorMentions("Deputy Foreign Minister Elnur Mammadov met Mikhail Galuzin.", [], { date: "2023-08-25" }).map(
      (m) => m.actor.code,
    ),
    ["RUS"],
  );
  // A state word in the sentence still says it.
  assert.deepEqual(find("Foreign Minister Elnur Mammadov of Azerbaijan met Sergei Lavrov.")[0], [
    "Foreign Minister Elnur Mammadov",
    "AZE",
    "government",
  ]);
});
