// One coded event as Orbit stores it: the pair, the CAMEO row, and what the sentence says of when, where and who said.
import type { ActorRef, CodedEvent, Place, Sentence } from "../domain/index.ts";
import type { CameoCode } from "./cameo-table.ts";

export interface EventParts {
  /** The sentence the event is read from, and the words of its trigger as written. */
  sentence: Sentence;
  trigger: string;
  kind: CameoCode;
  source: ActorRef;
  target: ActorRef;
  confidence: number;
  when?: string;
  whenFrom?: "text" | "article";
  speakers: readonly string[];
  location?: Place;
  fatalities?: number;
}

/** The event record; optional fields only when the sentence gives them. */
export function codedEvent(p: EventParts): CodedEvent {
  const { kind, sentence } = p;
  const ev: CodedEvent = {
    source: p.source.code,
    target: p.target.code,
    sourceActor: p.source,
    targetActor: p.target,
    cameo: kind.code,
    quad: kind.quad,
    goldstein: kind.goldstein,
    plover: kind.plover,
    evidence: { text: sentence.text, start: sentence.start, end: sentence.end },
    confidence: p.confidence,
    trigger: p.trigger,
  };
  if (p.when) {
    ev.when = p.when;
    if (p.whenFrom) ev.whenFrom = p.whenFrom;
  }
  if (p.speakers.length) ev.attribution = p.speakers.join("; ");
  if (p.location) ev.location = p.location;
  if (p.fatalities !== undefined) ev.fatalities = p.fatalities;
  return ev;
}

/** An event of another kind and pair read from the same sentence as `like`: its evidence, date, place and confidence. */
export function recodedEvent(like: CodedEvent, kind: CameoCode, source: ActorRef, target: ActorRef): CodedEvent {
  return {
    ...like,
    source: source.code,
    target: target.code,
    sourceActor: source,
    targetActor: target,
    cameo: kind.code,
    quad: kind.quad,
    goldstein: kind.goldstein,
    plover: kind.plover,
  };
}

/** Events grouped by the sentence they were read from (keyed by its start offset), in their order. */
export function eventsBySentence(events: readonly CodedEvent[]): Map<number, CodedEvent[]> {
  const out = new Map<number, CodedEvent[]>();
  for (const e of events) {
    const own = out.get(e.evidence.start);
    if (own) own.push(e);
    else out.set(e.evidence.start, [e]);
  }
  return out;
}
