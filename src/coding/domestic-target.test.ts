// Force inside one state against a group named only by a common noun; sentences are made up, not from the suites.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { codeText } from "../../test/code-text.ts";

const pairs = (text: string) =>
  codeText(text).map((e) => `${e.source}/${e.sourceActor?.role ?? ""}>${e.target}/${e.targetActor?.role ?? ""}`);

describe("domestic targets", () => {
  it("rebels striking officials or villagers strike their own state's side", () => {
    assert.deepEqual(pairs("Colombian rebels kidnapped a local mayor."), ["COL/rebels>COL/government"]);
  });
  it("a state's forces striking rebels in their own state strike its rebels", () => {
    assert.deepEqual(pairs("The Sudanese army attacked rebel positions near Khartoum."), ["SDN/military>SDN/rebels"]);
  });
  it("with no place at home, forces fighting rebels may be abroad: no pair is made up", () => {
    assert.deepEqual(pairs("The Sudanese army attacked rebel positions."), []);
  });
  it("a state's forces striking common people name no target", () => {
    assert.deepEqual(pairs("Sudanese troops killed five villagers."), []);
  });
  it("bare insurgents take the state of the troops fighting them only on that state's soil", () => {
    assert.deepEqual(pairs("Iraqi forces killed 12 insurgents near Mosul."), ["IRQ/military>IRQ/rebels"]);
    assert.deepEqual(pairs("US troops killed 12 insurgents on Tuesday."), []);
    assert.deepEqual(pairs("Militants attacked US troops on Tuesday."), []);
  });
  it("a state striking bare militants is no state fighting itself unless the sentence, or most of the article, is at home", () => {
    assert.deepEqual(pairs("The United States killed 20 militants."), []);
    const abroad = "Turkish jets took off from Diyarbakir and struck targets near Dohuk and Zakho.";
    // the strikes near Dohuk and Zakho are on Iraq's soil; the militants killed are no second event against Turkey
    assert.deepEqual(pairs(`${abroad} Turkey said it had killed 30 militants.`), ["TUR/military>IRQ/"]);
    assert.deepEqual(pairs("Pakistan killed 20 militants in North Waziristan."), ["PAK/>PAK/rebels"]);
    const home = "Nigerian troops clashed with militants near Maiduguri on Monday.";
    assert.deepEqual(pairs(`${home} Nigeria said it had killed 30 militants.`), [
      "NGA/military>NGA/rebels",
      "NGA/>NGA/rebels",
    ]);
  });
  it("a people named by its demonym acts against its own government as the people, not as the state", () => {
    assert.deepEqual(pairs("Thousands of Serbs protested against the government."), ["SRB/protesters>SRB/government"]);
    assert.deepEqual(pairs("Armenians marched against the Armenian prime minister."), [
      "ARM/protesters>ARM/government",
    ]);
  });
  it("an armed group named with its people or movement stays in the state it fights", () => {
    assert.deepEqual(pairs("Kurdish rebels killed two Turkish soldiers."), ["TUR/rebels>TUR/military"]);
    assert.deepEqual(pairs("The Philippine army attacked Muslim separatists."), ["PHL/military>PHL/rebels"]);
    assert.deepEqual(pairs("Colombian troops killed 12 leftist guerrillas in the jungle."), [
      "COL/military>COL/rebels",
    ]);
  });
  it("bare militants striking a government act against their own state", () => {
    assert.deepEqual(pairs("Militants shelled the Syrian government's headquarters."), ["SYR/rebels>SYR/government"]);
  });
  it("a state's forces strike its own people where the sentence puts them at home, or says 'own'", () => {
    assert.deepEqual(pairs("Sudanese troops killed civilians in Darfur."), ["SDN/military>SDN/civilians"]);
    assert.deepEqual(pairs("Syrian forces shelled their own citizens."), ["SYR/military>SYR/civilians"]);
    // abroad, the victims are the place's state; with no place, whose people they are is not said
    assert.deepEqual(pairs("Ethiopian troops killed 20 civilians in Somalia."), ["ETH/military>SOM/"]);
    assert.deepEqual(pairs("Russian soldiers killed civilians."), []);
  });
  it("an unnamed armed group acts for the state where it acts, not for its foreign victims'", () => {
    assert.deepEqual(pairs("Gunmen killed three Dutch aid workers in Grozny."), ["RUS/rebels>NLD/civilians"]);
    assert.deepEqual(pairs("Militants abducted two Chinese engineers in Nigeria."), ["NGA/rebels>CHN/civilians"]);
    assert.deepEqual(pairs("Insurgents shot dead a Canadian diplomat in Kabul."), ["AFG/rebels>CAN/government"]);
  });
  it("troops fighting an unnamed group abroad fight the group of the place's state", () => {
    assert.deepEqual(pairs("Danish troops killed six insurgents near Kandahar."), ["DNK/military>AFG/rebels"]);
  });
  it("with no place named, a group whose only state is its foreign victims' makes no pair", () => {
    assert.deepEqual(pairs("Gunmen killed four Belgian tourists."), []);
    assert.deepEqual(pairs("Militants killed two Iraqi civilians on Sunday."), ["IRQ/rebels>IRQ/civilians"]);
  });
  it("men named by how they look or by what is not known of them are as unnamed as gunmen", () => {
    assert.deepEqual(pairs("Unknown gunmen abducted two Chinese engineers in Lagos."), ["NGA/rebels>CHN/civilians"]);
    assert.deepEqual(pairs("Masked men shot dead a Canadian diplomat in Peshawar."), ["PAK/rebels>CAN/government"]);
    assert.deepEqual(pairs("Unknown attackers killed a Pakistani police officer in Peshawar."), [
      "PAK/rebels>PAK/police",
    ]);
    // no place: the foreign victims' state is not theirs, nor is the state of troops who may fight them abroad
    assert.deepEqual(pairs("Hooded gunmen shot dead two Italian tourists."), []);
    assert.deepEqual(pairs("French troops killed masked gunmen."), []);
  });
  it("a group named by its creed or people is no more its foreign victims' than gunmen are", () => {
    assert.deepEqual(pairs("Shiite militiamen killed two French tourists."), []);
    assert.deepEqual(pairs("Kurdish rebels kidnapped three German tourists."), []);
    assert.deepEqual(pairs("Tamil rebels killed two Sri Lankan soldiers."), ["LKA/rebels>LKA/military"]);
  });
  it("one unnamed armed man acts for no state, neither the host's nor anyone's", () => {
    assert.deepEqual(pairs("A gunman attacked the Danish embassy in Tunis, wounding a guard."), []);
    assert.deepEqual(pairs("An unidentified assailant stabbed a Chinese engineer in Karachi."), []);
    // a band of gunmen is still a group the place's state answers for
    assert.deepEqual(pairs("Unknown gunmen abducted two Chinese engineers in Lagos."), ["NGA/rebels>CHN/civilians"]);
    // named by his people, he is theirs
    assert.deepEqual(pairs("A Palestinian gunman shot two Israeli soldiers near Hebron."), ["PSE/>ISR/military"]);
  });
  it("irregulars killing anyone but soldiers use unconventional violence (180); a fight with soldiers is 190", () => {
    const codes = (text: string) => codeText(text).map((e) => e.cameo);
    assert.deepEqual(codes("Gunmen shot dead two Pakistani policemen in Karachi."), ["180"]);
    assert.deepEqual(codes("Gunmen killed three Dutch aid workers in Grozny."), ["180"]);
    assert.deepEqual(codes("Rebels killed five Malian soldiers near Gao."), ["190"]);
    assert.deepEqual(codes("Danish troops killed six insurgents near Kandahar."), ["190"]);
  });
});
