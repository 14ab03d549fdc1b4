// One article → sentences, tokens, actor mentions, dates and places: the nlp stage.
import type { ActorMention, AnnotatedArticle, Article, NlpStage, PlaceMention, Sentence } from "../domain/index.ts";
import { findActorMentions } from "./actors.ts";
import { findDates } from "./dates.ts";
import { eventParagraphs } from "./event-paragraphs.ts";
import { paragraphs } from "./paragraphs.ts";
import { findPlaces, isCountryPlace } from "./places.ts";
import { roughSentences } from "./rough-sentences.ts";
import { sentenceAt } from "./sentence-at.ts";
import { tokenize, tokenizeRanges } from "./tokenize.ts";

export interface AnnotateOptions {
  /**
   * The coder's trigger words (a lemma or lower-cased form → may it start an event?). Given, only the paragraphs that
   * can hold an event are tokenized, tagged and annotated: the rest of the text is only read for actors, whose
   * context ("the government" of the one state the text names) spans the whole article.
   */
  mayTrigger?: (lemma: string) => boolean;
}

export function annotate(article: Article, options: AnnotateOptions = {}): AnnotatedArticle {
  if (options.mayTrigger) return annotateEventParagraphs(article, options.mayTrigger);
  const { text } = article;
  const { sentences, tokens } = tokenize(text);
  const places = findPlaces(text, sentences, { datelinePlace: article.datelinePlace });
  const actors = withoutPlaces(findActors(article, sentences), places);
  const dates = findDates(text, sentences, article.published);
  return { article, sentences, tokens, actors, dates, places };
}

function findActors(article: Article, sentences: Sentence[]): ActorMention[] {
  return findActorMentions(article.text, sentences, { date: article.published, datelinePlace: article.datelinePlace });
}

/**
 * The annotation of the paragraphs that can hold an event, and nothing else (sentences numbered over them). Actors
 * are found over the whole text first, with sentences split by rule outside the chosen paragraphs; where wink splits
 * a chosen paragraph otherwise, they are found again so that names never run across wink's sentence ends.
 */
function annotateEventParagraphs(article: Article, mayTrigger: (lemma: string) => boolean): AnnotatedArticle {
  const { text } = article;
  const spans = paragraphs(text);
  const rough: Sentence[][] = [];
  let count = 0;
  for (const [a, b] of spans) {
    const list = roughSentences(text, a, b, count);
    rough.push(list);
    count += list.length;
  }
  const roughAll = rough.flat();
  const datelinePlace = article.datelinePlace;
  let actors = findActors(article, roughAll);
  const roughPlaces = findPlaces(text, roughAll, { datelinePlace });
  const facts = spans.map(([start, end]) => ({
    start,
    end,
    actor: actors.some((m) => m.start >= start && m.start < end),
    place: roughPlaces.some((p) => p.start >= start && p.start < end),
  }));
  const chosen = eventParagraphs(text, facts, mayTrigger);
  if (!chosen.length) return { article, sentences: [], tokens: [], actors: [], dates: [], places: [] };
  const { sentences, tokens } = tokenizeRanges(
    text,
    chosen.map((p) => spans[p]!),
  );
  // The rule-split sentences of the chosen paragraphs give way to wink's; only if they differ do actors change.
  const mixed: Sentence[] = [];
  let same = true;
  let next = 0;
  for (let p = 0, c = 0; p < spans.length; p++) {
    if (chosen[c] !== p) {
      for (const s of rough[p]!) mixed.push({ ...s, index: mixed.length });
      continue;
    }
    c++;
    const b = spans[p]![1];
    const own: Sentence[] = [];
    while (next < sentences.length && sentences[next]!.start < b) own.push(sentences[next++]!);
    const r = rough[p]!;
    if (own.length !== r.length || own.some((s, k) => s.start !== r[k]!.start || s.end !== r[k]!.end)) same = false;
    for (const s of own) mixed.push({ ...s, index: mixed.length });
  }
  if (!same) actors = findActors(article, mixed);
  const places = findPlaces(text, sentences, { datelinePlace });
  const kept: ActorMention[] = [];
  for (const m of actors) {
    const s = sentenceAt(sentences, m.start);
    if (s >= 0) kept.push(m.sentence === s ? m : { ...m, sentence: s });
  }
  const dates = findDates(text, sentences, article.published);
  return { article, sentences, tokens, actors: withoutPlaces(kept, places), dates, places };
}

/**
 * A city where something happened ("detained in Baku", "a crash near Aktau") is a place, never a party: drop actor
 * mentions inside such a place. Countries stay actors as well ("the war in Ukraine" is still about Ukraine).
 */
function withoutPlaces(actors: ActorMention[], places: PlaceMention[]): ActorMention[] {
  const cities = places.filter((p) => !isCountryPlace(p));
  if (cities.length === 0) return actors;
  return actors.filter((a) => !cities.some((p) => a.start >= p.start && a.end <= p.end));
}

export const nlpStage: NlpStage = { name: "nlp", run: (article) => annotate(article) };
