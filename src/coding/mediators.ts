// A third party named as the go-between of an act ("a swap brokered by Qatar", "under the mediation of Turkey", "with
// Egypt mediating", "through the UAE's mediation", "a Qatari-brokered truce", "talks hosted by Oman") mediates between
// the act's sides (CAMEO 045; a host of talks 043), while the sides keep their own act. The pattern dictionary reads a
// mediator only as a subject ("Qatar brokered a deal between X and Y"); here it is read in the phrases that name it
// beside another party's act, after the sentence is coded, from the sides that act's events name.
import type { ActorMention, ActorRef, AnnotatedArticle, CodedEvent, Sentence } from "../domain/index.ts";
import { memberRefs } from "../domain/index.ts";
import { annotate } from "../nlp/index.ts";
import { cameoCode } from "./cameo-table.ts";
import { eventsBySentence, recodedEvent } from "./coded-event.ts";

// Words that name a mediator after them: "brokered by", "under the mediation of", "through the good offices of".
const AGENT_BEFORE =
  /\b(?:(?:brokered|mediated|facilitated)\s+by|(?:mediation|auspices|aegis|good\s+offices|brokering)\s+(?:of|by|from))\s+(?:the\s+)?$/i;
// "talks hosted by Turkey": a host of talks, not of a visit or a dinner.
const HOST_BEFORE =
  /\b(?:talks|negotiations|meeting|meetings|summit|round|consultations|dialogue)\s+(?:\w+\s+){0,2}hosted\s+by\s+(?:the\s+)?$/i;
// Words that name a mediator before them: "Qatar's mediation", "Egyptian mediation", "Qatari-brokered", "US-mediated".
const AGENT_AFTER = /^(?:'s|’s)?\s*(?:mediation|good\s+offices|auspices)\b|^-(?:brokered|mediated|facilitated)\b/i;
// A mediator's own phrase needs a preposition of means or company before it: "through Qatar's mediation", "under
// Egyptian auspices" (but "Israel rejected Egyptian mediation" is an act on the mediation, coded by its verb).
const MEANS_BEFORE = /\b(?:under|through|with|thanks\s+to|via|after|following|amid|in)\s+(?:the\s+)?$/i;
// "with Egypt mediating", "with Qatar acting as mediator", "with the UAE as intermediary".
const COMPANY_AFTER =
  /^\s+(?:mediating|brokering|(?:acting\s+)?as\s+(?:a\s+|the\s+)?(?:mediator|mediators|broker|intermediary|go-between))\b/i;
// Between the names of a list of mediators: "Qatar, Egypt and the United States".
const LIST_JOIN = /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$/i;

/** The mediators a sentence names, with the words that name them as such. */
export interface Mediators {
  mentions: ActorMention[];
  cue: string;
}

/** The mentions of a list that starts at `first` ("Qatar and Egypt"), in order. */
function listFrom(text: string, ms: readonly ActorMention[], first: number): ActorMention[] {
  const out = [ms[first] as ActorMention];
  for (let k = first + 1; k < ms.length; k++) {
    const gap = text.slice((ms[k - 1] as ActorMention).end, (ms[k] as ActorMention).start);
    if (!LIST_JOIN.test(gap)) break;
    out.push(ms[k] as ActorMention);
  }
  return out;
}

/** The list of mentions that ends at `last` ("Qatar and Egypt's mediation"), in order. */
function listTo(text: string, ms: readonly ActorMention[], last: number): ActorMention[] {
  const out = [ms[last] as ActorMention];
  for (let k = last - 1; k >= 0; k--) {
    const gap = text.slice((ms[k] as ActorMention).end, (ms[k + 1] as ActorMention).start);
    if (!LIST_JOIN.test(gap)) break;
    out.unshift(ms[k] as ActorMention);
  }
  return out;
}

/** The mediators of one sentence (its mentions in text order), or undefined when it names none as such. */
function sentenceMediators(text: string, ms: readonly ActorMention[]): Mediators | undefined {
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i] as ActorMention;
    const before = text.slice(Math.max(0, m.start - 60), m.start);
    const after = text.slice(m.end, m.end + 40);
    const host = HOST_BEFORE.test(before);
    if (AGENT_BEFORE.test(before) || host) return { mentions: listFrom(text, ms, i), cue: host ? "host" : "mediate" };
    if (/^\s*(?:,|and)/.test(after) && listFrom(text, ms, i).length > 1) {
      // A list's phrase is read at its last name: "with Qatar and Egypt mediating".
      const list = listFrom(text, ms, i);
      const end = (list[list.length - 1] as ActorMention).end;
      const tail = text.slice(end, end + 40);
      const head = text.slice(Math.max(0, m.start - 30), m.start);
      if (
        (AGENT_AFTER.test(tail) && MEANS_BEFORE.test(head)) ||
        (COMPANY_AFTER.test(tail) && /\bwith\s+(?:the\s+)?$/i.test(head))
      )
        return { mentions: list, cue: "mediate" };
      continue;
    }
    const head = text.slice(Math.max(0, m.start - 30), m.start);
    if (AGENT_AFTER.test(after) && (MEANS_BEFORE.test(head) || /^-/.test(after)))
      return { mentions: listTo(text, ms, i), cue: "mediate" };
    if (COMPANY_AFTER.test(after) && /\bwith\s+(?:the\s+)?$/i.test(head)) return { mentions: [m], cue: "mediate" };
  }
  return undefined;
}

const ROOT_OF = (e: CodedEvent) => e.cameo.slice(0, 2);
// Acts a mediator brings about between its sides: an agreement or a signed accord (03, 057), talks (04), cooperation
// (06), a release, swap or ceasefire (08).
const MEDIATED = /^(?:03|04|057|06|08)/;

/**
 * The sentence's events with its mediators read: an event between a mediator and a side is dropped (the mediator
 * was taken for the act's target: "Israel and Hamas agreed to a truce, with Egypt mediating"), a side's act whose
 * only target was the mediator goes to the other sides named as its doers, and each mediator mediates toward each
 * side. Two mediators are never paired with each other.
 */
function mediate(events: CodedEvent[], found: Mediators, ms: readonly ActorMention[]): CodedEvent[] {
  const refs = found.mentions.flatMap((m) => memberRefs(m.actor));
  const codes = new Set(refs.map((r) => r.code));
  // "Putin and Erdogan met in talks hosted by Russia": a mediator named again in the sentence as a party of its events
  // is a side too ("signed a US-brokered roadmap that US President Trump said ..." names only a speaker again).
  const again = ms.some((m) => !found.mentions.includes(m) && codes.has(m.actor.code));
  if (again && events.some((e) => codes.has(e.source) || codes.has(e.target))) return events;
  // "the peace agreement with Armenia brokered by Trump": a mediation the dictionary read already (045 toward a side).
  if (events.some((e) => codes.has(e.source) && !codes.has(e.target) && e.cameo.startsWith("04"))) return events;
  const kept = events.filter((e) => !codes.has(e.source) && !codes.has(e.target));
  const stolen = events.filter((e) => !codes.has(e.source) && codes.has(e.target));
  // "X and Y agreed to a truce, with Egypt mediating": the act is between the doers.
  const doers = new Map<string, ActorRef>();
  for (const e of stolen) doers.set(e.source, e.sourceActor ?? { code: e.source });
  if (doers.size > 1)
    for (const e of stolen)
      for (const [code, ref] of doers) if (code !== e.source) kept.push({ ...e, target: code, targetActor: ref });
  const sides = new Map<string, ActorRef>();
  for (const e of kept) {
    // Only an act a go-between can bring about has sides it mediates between: "congratulated Aliyev on the peace with
    // Armenia reached through US mediation" is no mediation between the one congratulating and Aliyev.
    if (e.source === e.target || !MEDIATED.test(e.cameo)) continue;
    sides.set(e.source, sides.get(e.source) ?? e.sourceActor ?? { code: e.source });
    sides.set(e.target, sides.get(e.target) ?? e.targetActor ?? { code: e.target });
  }
  if (sides.size < 2) return events;
  const template = kept[0] as CodedEvent;
  const kind = cameoCode(found.cue === "host" ? "043" : "045");
  const have = new Set(kept.map((e) => `${e.source}>${e.target}>${ROOT_OF(e)}`));
  for (const source of refs)
    for (const [code, target] of sides) {
      if (code === source.code || have.has(`${source.code}>${code}>04`)) continue;
      have.add(`${source.code}>${code}>04`);
      kept.push({
        ...recodedEvent(template, kind, source, target),
        trigger: found.mentions.map((m) => m.text).join(", "),
      });
    }
  return kept;
}

// "a Qatari-brokered truce", "the US-mediated talks": the nlp stage drops a name hyphened to a go-between's participle
// (the act's parties are others), so it is looked up here on its own.
const HYPHEN_BROKER = /\b(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2})-(?:brokered|mediated|facilitated)\b/gu;

/** The mentions of names hyphened to a go-between's participle in `sentence`, at their offsets in the text. */
function hyphenBrokers(sentence: Sentence): ActorMention[] {
  const out: ActorMention[] = [];
  for (const hit of sentence.text.matchAll(HYPHEN_BROKER)) {
    const name = hit[1] as string;
    const alone = annotate({ id: "broker", text: name, contentHash: name, fingerprint: name }).actors;
    const whole = alone.length === 1 && alone[0]?.start === 0 && alone[0].end === name.length ? alone[0] : undefined;
    if (!whole) continue;
    const start = sentence.start + (hit.index ?? 0);
    out.push({ ...whole, start, end: start + name.length, sentence: sentence.index });
  }
  return out;
}

/** The article's events with the mediators of each sentence read (see `mediate`); the rest unchanged. */
export function withMediators(doc: AnnotatedArticle, events: CodedEvent[]): CodedEvent[] {
  const bySentence = eventsBySentence(events);
  for (const sentence of doc.sentences) {
    const own = bySentence.get(sentence.start);
    if (!own) continue;
    const ms = doc.actors.filter((m) => m.sentence === sentence.index);
    if (sentence.text.includes("-")) ms.push(...hyphenBrokers(sentence));
    ms.sort((a, b) => a.start - b.start);
    const found = ms.length > 2 ? sentenceMediators(doc.article.text, ms) : undefined;
    if (found) bySentence.set(sentence.start, mediate(own, found, ms));
  }
  return [...bySentence.values()].flat();
}
