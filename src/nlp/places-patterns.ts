// The text patterns of the place finder: a place's name, the words that put a place after them ("in", "near", "the
// port city of"), and the force and leaving words whose object or passive subject is the place hit or left.
import { LEAVE_VERB_FORMS, verbForms } from "./places-leave-verbs.ts";

const WORD = "\\p{Lu}[\\p{L}\\p{M}'’.-]*";
/** Lower-case particles inside place names: "Rostov-on-Don", "Sharm el-Sheikh", "Rio de Janeiro". */
const PARTICLE = "(?:el|al|de|del|da|do|dos|du|la|le|les|on|upon|am|an|sur|na|ad|ash|as)";
export const NAME = `${WORD}(?:\\s+(?:${PARTICLE}[\\s-]+)?${WORD}){0,4}`;
/** Words that put a place after them: "in", "near", "outside", "north of"; "from" and "to" are left out, since
 * "protests from Baku" and "a message to Moscow" name a state acting, not a place. */
const LOCATIVE =
  "\\b(?:in|near|at|outside|around|inside|across|throughout|within|off|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\\s+of|on\\s+the\\s+outskirts\\s+of)";
/**
 * What may stand between a preposition or force word and the place's name: "the port city of Odesa", "the Russian city
 * of Ryazan", "the northern town of Kupiansk" (a capitalised word and up to two adjectives before a place noun and of).
 */
const HEAD_ADJ =
  "(?:port|border|frontline|front-line|coastal|industrial|strategic|key|besieged|embattled|occupied|central|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)ern)";
const PLACE_NOUN_OF = `(?:(?:\\p{Lu}[\\p{L}'’-]*\\s+)?(?:${HEAD_ADJ}\\s+){0,2}(?:city|town|village|port|capital|region|province|oblast|district|settlement|enclave)\\s+of\\s+)`;
/** A compass word before a country or region: "in northern Iraq", "in north-eastern Syria". */
const COMPASS = "(?:(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)ern|central)\\s+)";
export const PLACE_RE = new RegExp(`${LOCATIVE}\\s+(?:the\\s+)?${COMPASS}?${PLACE_NOUN_OF}?(${NAME})`, "gu");
export const IN_COUNTRY = /^(?:in|inside|across|throughout|within)\s/i;
export const BORDER_RE = new RegExp(
  `\\b(?:at|on|near|along|across)\\s+(the\\s+(?:border|frontier)\\s+with\\s+(?:the\\s+)?(${NAME}))`,
  "gu",
);
const alternation = (forms: string[]): string => forms.sort((a, b) => b.length - a.length).join("|");
/**
 * Verbs of force and seizure whose bare object is the place they hit or take ("shelled Kharkiv", "captured Bakhmut",
 * "struck the Gaza Strip"), and force words that take it after "on" or "against" ("an attack on Odesa", "opened fire
 * on Jenin"): the coder aims force at the state such a place lies in.
 */
const FORCE_VERB = alternation([
  ...verbForms(
    "shell bomb bombard pound raid storm attack target assault invade besiege encircle surround blockade annex " +
      "capture recapture seize enter occupy",
  ),
  ..."hit hits hitting strike strikes struck striking shoot shoots shot shooting overrun overruns overran overrunning take takes took taken taking retake retakes retook retaken retaking".split(
    " ",
  ),
]);
/** Nouns of force that name the place they hit after "on" as after "of" ("an attack on Odesa", "the attack of"). */
const FORCE_NOUNS = "attacks? strikes? airstrikes? raids? assaults? offensives? bombardments?".split(" ");
const FORCE_ON = `(?:${[...FORCE_NOUNS, "shelling", "barrages?", "fire[ds]?", "firing"].join("|")})\\s+(?:on|upon|against)`;
/**
 * Nouns of force and seizure, and the force verbs' gerunds, that name the place they hit after "of" ("the siege of
 * Mariupol", "Russia's bombardment of Kharkiv", "the shelling of Aleppo"); other nouns' "of" ("the mayor of Kharkiv",
 * "the University of Kent") names no place hit.
 */
const FORCE_OF = `(?:${alternation([
  ...FORCE_VERB.split("|").filter((f) => f.endsWith("ing")),
  ...FORCE_NOUNS,
  ..."bombings? sieges? occupation invasion capture recapture seizure annexation blockade encirclement fall liberation storming".split(
    " ",
  ),
])})\\s+of`;
/**
 * Verbs of leaving or removing with the place left after "from" / "out of": "withdrew its troops from Kherson", "from
 * around Sarajevo", "out of two West Bank towns" (a count before a place's name names towns or villages in it).
 */
const LEAVE_VERB = alternation([...LEAVE_VERB_FORMS]);
const PLACE_HEAD = `\\s+(?:the\\s+)?${PLACE_NOUN_OF}?`;
/** A participle after a determiner describes its noun: "the occupied West Bank" hits nothing. */
export const DETERMINER_BEFORE = /\b(?:the|a|an|its|their|his|her|our|newly|illegally)\s+$/;
export const FORCE_OBJECT_RE = new RegExp(`\\b(?:(?:${FORCE_VERB})|${FORCE_ON})${PLACE_HEAD}(${NAME})`, "gu");
export const FORCE_OF_RE = new RegExp(`\\b${FORCE_OF}${PLACE_HEAD}(${NAME})`, "gu");
export const LEAVE_FROM_RE = new RegExp(
  `\\b(?:${LEAVE_VERB})(?:\\s+[\\p{L}\\p{N}'’-]+){0,4}?\\s+(?:from|out\\s+of)(?:\\s+(?:around|near|two|three|four|five|six|several|some|all|\\d+))?${PLACE_HEAD}(${NAME})`,
  "gu",
);
/**
 * Verbs that move forces or people somewhere, whose "to X" (past up to six words: "62 tons of humanitarian aid") names the place they go: "Russian
 * troops were sent to Chechnya", "deployed two brigades to Donetsk"; and of moving goods ("delivered food aid to
 * Aleppo", "shipped grain to Odesa"). Other verbs' "to" names an addressee ("a message
 * to Moscow"), so "to" stays out of LOCATIVE; a state or a capital acting alone there is an actor, not a place.
 */
const MOVE_VERB = alternation(
  verbForms("deploy redeploy dispatch transfer rush airlift deliver truck airdrop transport").concat(
    "send sends sent sending fly flies flew flown flying ship ships shipped shipping".split(" "),
  ),
);
// Nouns of goods or travel moving to a place: "blocked rail transit to Kaliningrad", "halted flights to Sochi".
const MOVE_NOUN = "transit|shipments?|deliveries|supplies|flights";
export const MOVE_TO_RE = new RegExp(
  `\\b(?:${MOVE_VERB}|${MOVE_NOUN})(?:\\s+[\\p{L}\\p{N}'’-]+){0,6}?\\s+(?:to|into)${PLACE_HEAD}(${NAME})`,
  "gu",
);
/**
 * Aid meant for a place: "humanitarian aid for Darfur", "relief to the people of Aceh". The aid goes to the state the
 * place lies in (a country there is an actor already).
 */
export const AID_TO_RE = new RegExp(
  `\\b(?:aid|assistance|relief)\\s+(?:to|for)\\s+(?:(?:the\\s+)?(?:people|victims|refugees|civilians)\\s+(?:of|in)\\s+)?(?:the\\s+)?${PLACE_NOUN_OF}?(${NAME})`,
  "gu",
);
/** Participles of the force verbs ("shelled", "struck", "taken"): a place before "was" and one of them was hit. */
const FORCE_PARTICIPLE = alternation(
  FORCE_VERB.split("|").filter(
    (f) => f.endsWith("ed") || ["struck", "hit", "shot", "overrun", "taken", "retaken"].includes(f),
  ),
);
/** "was shelled", "has been captured": the passive of a force verb, after the place it hit. */
const PASSIVE_FORCE =
  "\\s+(?:was|were|has\\s+been|have\\s+been|had\\s+been)\\s+(?:(?:heavily|repeatedly|again|also|reportedly)\\s+)?" +
  `(?:${FORCE_PARTICIPLE})\\b`;
/** "Kharkiv was shelled by Russian forces", "Avdiivka has been captured": the passive's subject is the place hit. */
export const PASSIVE_FORCE_RE = new RegExp(`(?<![\\p{L}\\p{N}'’-]\\s?)(${NAME})${PASSIVE_FORCE}`, "gu");
/**
 * The passive alone, which every match of PASSIVE_FORCE_RE holds: few texts have one, and looking for it is ~20x
 * cheaper than trying a name before it at every capital letter (0.15 ms of a page's ~1 ms of actors and places).
 */
export const PASSIVE_FORCE_TAIL_RE = new RegExp(PASSIVE_FORCE, "u");
