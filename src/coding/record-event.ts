// Records one coded act as events: what its sentence says of it (date, place, deaths, trigger words, confidence) and
// the events of its pairs (pair-events.ts). Read by code-events.ts once an act's pairs are found.
import type { ActorRef, AnnotatedArticle, DateMention, PlaceMention, Sentence } from "../domain/index.ts";
import { cameoCode } from "./cameo-table.ts";
import { confidence } from "./confidence.ts";
import { clauseSpan, commaSpan, eventDate, eventPlace, fatalitiesNear } from "./event-details.ts";
import type { Match } from "./match-patterns.ts";
import type { Mood } from "./modality.ts";
import { pairEvents, type SentenceOutput } from "./pair-events.ts";
import type { Parties } from "./party-sides.ts";
import type { Unit } from "./sentence-units.ts";
import { sayingDate, spokenAct } from "./spoken-date.ts";

/** What one sentence gives every act coded in it. */
export interface SentenceScene {
  doc: AnnotatedArticle;
  sentence: Sentence;
  /** The sentence's units with the previous sentence's parties appended, and the sentence's own units. */
  units: Unit[];
  view: readonly Unit[];
  speakers: readonly string[];
  dates: readonly DateMention[];
  places: readonly PlaceMention[];
  published?: string;
}

/** One act ready to record: its match, code and mood, its parties and pairs, and the date the text gives it. */
export interface FoundAct {
  m: Match;
  code: string;
  mood: Mood;
  nominal: boolean;
  parties: Parties;
  dated?: string;
  pairs: Array<[number, number]>;
  unnamed?: ActorRef;
  goesTo?: ActorRef;
}

export function recordEvent(at: SentenceScene, act: FoundAct, out: SentenceOutput): void {
  const { doc, view, published } = at;
  const { m, code, mood, dated, parties } = act;
  const root = code.slice(0, 2);
  const span = commaSpan(view, m.head);
  const violent = Number(root) >= 17;
  const fatalities = violent
    ? fatalitiesNear(
        doc.article.text,
        (view[span.first] as Unit).start,
        (view[clauseSpan(view, m.head).last] as Unit).end,
      )
    : undefined;
  // A statement, intent or demand is dated by its saying, not by the act it speaks of (spoken-date.ts).
  const said = spokenAct(code, mood);
  // The spoken reading only leaves dates out, so an act the text gives no date needs no second look.
  const actDate = said
    ? ((dated && eventDate(view, m.head, at.dates, Math.max(m.headEnd, m.end) - 1, published, said)) ??
      sayingDate(view, at.dates))
    : dated;
  const when = actDate ?? published;
  const location = eventPlace(view, m.head, at.places, { code, target: parties.target?.units });
  const head = view[m.head] as Unit;
  const trigger = doc.article.text.slice(head.start, (view[Math.max(m.headEnd, m.end) - 1] as Unit).end);
  const trust = confidence(m, parties, mood, act.nominal, view);
  pairEvents(
    {
      units: at.units,
      pairs: act.pairs,
      root,
      unnamed: act.unnamed,
      goesTo: act.goesTo,
      places: at.places,
      articlePlaces: doc.places,
      m,
      row: cameoCode(code),
      lemma: head.lemma,
    },
    {
      sentence: at.sentence,
      trigger,
      confidence: trust,
      when,
      whenFrom: actDate ? "text" : "article",
      speakers: at.speakers,
      location,
      fatalities,
    },
    out,
  );
}
