// Coverage of CAMEO's verb classes: for each root, news sentences written for this test in varied tense, voice and
// construction that must code (with their direction), and near misses of the same verbs that must not: negated,
// hypothetical or non-political senses ("shares fell", "struck a ten-year high", "shot scenes").
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { codeText, dyadsOf } from "../../test/code-text.ts";

const dyads = (text: string) => dyadsOf(text, 3);
type Case = readonly [sentence: string, dyads: readonly string[]];

/** Every case is run, so one failure does not hide the others. */
function check(cases: readonly Case[]): void {
  const wrong = cases
    .map(([sentence, want]) => ({ sentence, want, got: dyads(sentence) }))
    .filter((c) => c.got.join(" ") !== c.want.join(" "));
  assert.deepEqual(wrong, []);
}

describe("CAMEO verb classes: what codes", () => {
  it("statements, appeals and intents (01-03)", () =>
    check([
      ["Turkey denied any involvement in the attack on Armenian positions.", ["TUR>ARM:016"]],
      ["France expressed its condolences to Morocco after the earthquake.", ["FRA>MAR:018"]],
      ["Washington urged Israel to show restraint in Gaza.", ["USA>ISR:020"]],
      ["Armenia called on Russia to honour its security commitments.", ["ARM>RUS:020"]],
      ["Ukraine asked Germany for more air defence systems.", ["UKR>DEU:023"]],
      ["Kyiv pressed Washington for more weapons.", ["UKR>USA:023"]],
      ["Iran asked Russia for talks.", ["IRN>RUS:020"]],
      ["Iran was urged by the IAEA to allow inspectors back into its nuclear sites.", ["IAEA>IRN:020"]],
      ["Kazakhstan offered to mediate between Uzbekistan and Tajikistan.", ["KAZ>UZB:039", "KAZ>TJK:039"]],
    ]));
  it("consultation and diplomatic cooperation (04-05)", () =>
    check([
      ["Xi Jinping hosted Vladimir Putin in Beijing.", ["CHN>RUS:040"]],
      ["The Indian prime minister visited Moscow last week.", ["IND>RUS:042"]],
      ["Putin sat down with Xi for three hours of talks.", ["RUS>CHN:040", "CHN>RUS:040"]],
      ["Qatar mediated between Israel and Hamas.", ["QAT>ISR:045", "QAT>PSE:045"]],
      ["Hungary praised Russia for its stance on energy.", ["HUN>RUS:051"]],
      ["Turkey threw its support behind Azerbaijan.", ["TUR>AZE:051"]],
      ["Pakistan put its full backing behind China.", ["PAK>CHN:051"]],
      ["Armenia and Azerbaijan signed a peace treaty in Washington.", ["ARM>AZE:057", "AZE>ARM:057"]],
    ]));
  it("material cooperation, aid and yielding (06-08)", () =>
    check([
      ["The United States sent Ukraine a new package of military aid.", ["USA>UKR:070"]],
      ["Japan approved a fresh tranche of financial assistance for Jordan.", ["JPN>JOR:070"]],
      ["Germany announced a new package of weapons for Ukraine.", ["DEU>UKR:072"]],
      ["China granted Zambia a loan of two billion dollars.", ["CHN>ZMB:071"]],
      ["Russia supplied Syria with fighter jets.", ["RUS>SYR:072"]],
      ["Moscow handed over the bodies of 500 Ukrainian soldiers.", ["RUS>UKR:084"]],
      ["Washington lifted sanctions on Venezuelan oil.", ["USA>VEN:085"]],
      ["Belarus pardoned a Lithuanian citizen.", ["BLR>LTU:084"]],
      ["Russia withdrew its troops from the Kherson region.", ["RUS>UKR:087"]],
    ]));
  it("demands, disapproval and rejection (10-12)", () =>
    check([
      ["The United States demanded that Russia release the American journalist.", ["USA>RUS:100"]],
      ["France condemned Russia's annexation of the four regions.", ["FRA>RUS:110"]],
      ["Iran accused Israel of sabotage at the Natanz facility.", ["IRN>ISR:112"]],
      ["The EU took issue with Hungary's new media law.", ["EU>HUN:111"]],
      ["Russia brushed aside French criticism of the elections.", ["RUS>FRA:120"]],
      ["Iran shrugged off American threats.", ["IRN>USA:120"]],
      ["Hungary rejected Ukraine's request for weapons transit.", ["HUN>UKR:120"]],
      ["Turkey blocked Sweden's bid to join NATO.", ["TUR>SWE:120"]],
      ["Hungary has repeatedly obstructed Ukraine's application.", ["HUN>UKR:120"]],
      ["China thwarted an attempt by Taiwan to join the WHO.", ["CHN>TWN:120"]],
      ["Russia stalled a resolution drafted by France.", ["RUS>FRA:120"]],
    ]));
  it("threats, protest and force posture (13-15)", () =>
    check([
      ["Russia threatened NATO with retaliation.", ["RUS>NATO:138"]],
      ["Thousands of Ukrainians protested outside the Russian embassy.", ["UKR>RUS:141"]],
      ["Russia massed troops along the Ukrainian border.", ["RUS>UKR:154"]],
    ]));
  it("reduced relations, coercion, assault and force (16-20)", () =>
    check([
      // crowd-control weapons are repression (175), not military force (190)
      ["Kenyan police fired tear gas at opposition supporters in Nairobi.", ["KEN>KEN:175"]],
      ["Israeli troops fired rubber bullets at Palestinian protesters.", ["ISR>PSE:175"]],
      ["Israeli troops fired at Palestinian gunmen.", ["ISR>PSE:190"]],
      ["Ukraine severed diplomatic relations with Russia.", ["UKR>RUS:161"]],
      ["Russia halted transit through Lithuania.", ["RUS>LTU:160"]],
      ["Belarus blocked shipments via Poland.", ["BLR>POL:160"]],
      ["Russia ordered twenty German diplomats out of the country.", ["RUS>DEU:161"]],
      ["Moscow instructed two Estonian diplomats to leave within a week.", ["RUS>EST:161"]],
      ["Mali asked the French ambassador to leave the country within 72 hours.", ["MLI>FRA:161"]],
      ["Mali told the French ambassador to leave.", ["MLI>FRA:161"]],
      ["The US told the Israeli government to stop the offensive.", ["USA>ISR:100"]],
      ["The European Union imposed new sanctions on Russia.", ["EU>RUS:163"]],
      ["The US hit Russian banks with sanctions.", ["USA>RUS:163"]],
      ["Washington slapped Iran with new tariffs.", ["USA>IRN:163"]],
      ["Iran detained a British national in Tehran.", ["IRN>GBR:173"]],
      ["China's seizure of a Philippine boat angered Manila.", ["CHN>PHL:171"]],
      ["Russian police raided the offices of an American company in Moscow.", ["RUS>USA:175"]],
      ["Russian forces shelled Kharkiv overnight.", ["RUS>UKR:194"]],
      ["Russian missiles struck Kharkiv.", ["RUS>UKR:190"]],
      ["Israeli jets pounded the Gaza Strip on Sunday.", ["ISR>PSE:190"]],
      ["Russian drones hit a power plant in Kharkiv.", ["RUS>UKR:190"]],
      ["Ukrainian drones struck an oil refinery in Ryazan.", ["UKR>RUS:190"]],
      ["Israel launched airstrikes against Iran.", ["ISR>IRN:195"]],
      ["Israeli jets raided Gaza.", ["ISR>PSE:195"]],
      ["Southern Lebanon was struck repeatedly on Monday by Israeli warplanes.", ["ISR>LBN:190"]],
      ["Russian troops used chemical weapons against Ukrainian soldiers.", ["RUS>UKR:204"]],
    ]));
});

describe("CAMEO verb classes: near misses that code nothing", () => {
  it("markets, weather, sport and film are no political acts", () =>
    check([
      ["Shares in Turkish banks fell sharply on Monday.", []],
      ["The German weather service issued warnings of heavy rain.", []],
      ["Turkey's lira hit a record low against the dollar.", []],
      ["Inflation in Kazakhstan struck a ten-year high.", []],
      ["The storm hit Odesa.", []],
      ["Russian drones hit a power plant.", []],
      ["The British film crew shot scenes in Georgia.", []],
      ["Russian stocks rallied after the central bank cut rates.", []],
      ["The Chinese team beat Japan in the final.", []],
      ["Armenian wrestlers fought Georgian rivals at the championship.", []],
      ["Chinese exports to Russia surged.", []],
      ["Putin was struck by Biden's remarks.", []],
      ["An Italian director filmed footage in Albania and shot a documentary in Serbia.", []],
    ]));
  it("negated and hypothetical acts are not done", () =>
    check([
      ["France could impose sanctions on Russia if talks fail.", []],
      ["The French president will not attend the summit in Moscow.", []],
      ["If Russia invades, Germany would stop the pipeline.", []],
      ["Protesters blocked the road to the airport.", []],
      ["The minister told the Turkish newspaper that talks would resume.", []],
    ]));
  it("an act investigated or inquired into is not the investigator's", () =>
    check([
      ["UN inspectors investigated the chemical attack in Syria.", []],
      ["The UN launched an inquiry into the bombing of the hospital in Aleppo.", []],
      ["Turkey investigated the attack on its embassy in Iraq.", []],
      ["The UN investigated Russian attacks on Ukraine.", ["UN>RUS:090"]],
    ]));
});

describe("constructions", () => {
  it("a demonym's people still act: protesters, refugees and troops", () =>
    check([
      ["Turkish protesters rallied outside the Swedish embassy.", ["TUR>SWE:141"]],
      ["Ukrainian refugees protested in Warsaw.", ["UKR>POL:140"]],
    ]));
  it("two parties joined by a hyphen before a noun act are both its agents", () =>
    check([
      ["US-China talks resumed in Geneva on Monday.", ["USA>CHN:046", "CHN>USA:046"]],
      ["India-Pakistan clashes erupted along the border.", ["IND>PAK:190", "PAK>IND:190"]],
      // A deal that collapsed was no signing (failed-deal.ts); one that came into force was signed.
      ["The EU-Turkey deal on migrants came into force.", ["EU>TUR:057", "TUR>EU:057"]],
      ["The EU-Turkey deal on migrants collapsed.", []],
      ["MOSCOW - Russia attacked Ukraine.", ["RUS>UKR:190"]],
    ]));
  it("appositions, possessive offices, shared subjects, nominal acts and long passives keep their direction", () =>
    check([
      ["Sergei Lavrov, Russia's foreign minister, met Antony Blinken in Geneva.", ["RUS>USA:040", "USA>RUS:040"]],
      ["Wang Yi, China's top diplomat, condemned Japan's decision to release the water.", ["CHN>JPN:110"]],
      ["Germany's chancellor met China's premier in Berlin.", ["DEU>CHN:040", "CHN>DEU:040"]],
      ["The United States condemned Russia and imposed new sanctions on Moscow.", ["USA>RUS:110", "USA>RUS:163"]],
      [
        "Russia held talks with Ukraine on Monday, and later accused Kyiv of stalling.",
        ["RUS>UKR:040", "UKR>RUS:040", "RUS>UKR:112"],
      ],
      ["Israel's bombardment of Gaza continued for a third week.", ["ISR>PSE:194"]],
      ["Two Georgian citizens were detained on Sunday by Russian border guards near South Ossetia.", ["RUS>GEO:173"]],
      ["Russia's annexation of Crimea was condemned by NATO.", ["RUS>UKR:192", "NATO>RUS:110"]],
    ]));
});

describe("a verb the date parser reads as a day", () => {
  it("is still a verb, and dates nothing ('sat down with' is no Saturday)", () => {
    const [event] = codeText("Putin sat down with Xi for talks.", "2025-08-01");
    assert.equal(event?.cameo, "040");
    assert.equal(event?.when, "2025-08-01");
  });
});

describe("sanctions agreed in a counted batch", () => {
  it("are imposed (163), and a batch agreed lifted is eased (085)", () => {
    check([
      ["EU governments agreed to impose a new raft of sanctions against Russia on Friday.", ["EU>RUS:163"]],
      ["The G7 agreed to adopt a fresh package of sanctions targeting Iran.", ["G7>IRN:163"]],
      ["The EU agreed to lift a package of sanctions on Belarus.", ["EU>BLR:085"]],
    ]);
  });
});
