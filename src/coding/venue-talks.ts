// Two states' delegations that travel to a third state for talks ("Afghan and Pakistani delegations arrived in Doha
// for talks", "Russian and US negotiators flew to Riyadh for talks") meet each other there: the place is the talks'
// venue, not a host either of them visits (a host that acts is named as one: "Qatar hosted the talks"). The visits are
// read as the sides' meeting (040, both ways), after the sentence is coded.
import type { CodedEvent } from "../domain/index.ts";
import { cameoCode } from "./cameo-table.ts";
import { eventsBySentence, recodedEvent } from "./coded-event.ts";

// The purpose of the journey is talks between the travellers: "for talks", "for a new round of negotiations" (not
// talks "with" someone else).
const FOR_TALKS =
  /\bfor\s+(?:(?:the|a|new|fresh|further|direct|indirect|peace|another|round|of|first|second|third)\s+){0,5}(?:talks|negotiations|consultations)\b(?!\s+with\b)/i;

/** The sentence's events with visits by two or more states to one place for talks read as their meeting. */
function meetAtVenue(events: CodedEvent[], text: string): CodedEvent[] {
  const visits = events.filter((e) => e.cameo === "042");
  const target = visits[0]?.target;
  if (!target || !FOR_TALKS.test(text) || visits.some((e) => e.target !== target)) return events;
  const sides = new Map(visits.map((e) => [e.source, e.sourceActor ?? { code: e.source }]));
  if (sides.size < 2 || sides.has(target)) return events;
  // A state that also acts in the sentence ("Qatar welcomed the delegations") is a party, not only a venue.
  if (events.some((e) => e.cameo !== "042" && (e.source === target || e.target === target))) return events;
  const kind = cameoCode("040");
  const template = visits[0] as CodedEvent;
  const out = events.filter((e) => e.cameo !== "042");
  const have = new Set(out.map((e) => `${e.source}>${e.target}>${e.cameo.slice(0, 2)}`));
  for (const [s, source] of sides)
    for (const [t, targetActor] of sides) {
      if (s === t || have.has(`${s}>${t}>04`)) continue;
      out.push(recodedEvent(template, kind, source, targetActor));
    }
  return out;
}

/** The article's events with each sentence's visits for talks at a third state's venue read as a meeting. */
export function withVenueTalks(events: CodedEvent[]): CodedEvent[] {
  const bySentence = eventsBySentence(events);
  for (const [start, own] of bySentence)
    if (own.some((e) => e.cameo === "042"))
      bySentence.set(start, meetAtVenue(own, (own[0] as CodedEvent).evidence.text));
  return [...bySentence.values()].flat();
}
