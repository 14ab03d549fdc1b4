// One article → sentences, tokens, actor mentions, dates and places: the nlp stage.
import type {
  ActorMention,
  AnnotatedArticle,
  Article,
  DateMention,
  NlpStage,
  PlaceMention,
  Sentence,
  Token,
} from "../domain/index.ts";
import { findActorMentions } from "./actors.ts";
import { findDates } from "./dates.ts";
import { anyTriggerParagraph, eventParagraphs } from "./event-paragraphs.ts";
import { allForeign, onlyForeignTriggers, type WordLanguage } from "./event-paragraphs-language.ts";
import { paragraphs } from "./paragraphs.ts";
import { findPlaces, isCountryPlace } from "./places.ts";
import { roughSentences } from "./rough-sentences.ts";
import { sentenceAt } from "./sentence-at.ts";
import { tokenize, tokenizeRanges } from "./tokenize.ts";

export function annotate(article: Article): AnnotatedArticle {
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
 * The annotation of the paragraphs that can hold an event, and nothing else (sentences numbered over them), for the
 * coder: it finds the same events here as in the whole annotation. `mayTrigger` is the coder's trigger words (a lemma
 * or lower-cased form → may it start an event?); nlp does not import coding, the pipeline passes it. Only the chosen
 * paragraphs are tokenized and tagged, and dates are found only in their sentences with a trigger word; actors are
 * found over the whole text, whose context ("the government" of the one state the text names) spans the article:
 * first with sentences split by rule, and again where wink splits a chosen paragraph otherwise, so that names never
 * run across wink's sentence ends. Given `maySoloTrigger` (the coder's words that may head an event naming one party),
 * paragraphs that name one party without such a word are left out where no later pronoun may read them
 * (eventParagraphs). Given `language` (the coder's function-word lists), what the coder would skip as another
 * language's is left out too: the whole text before actors are looked for, or single paragraphs.
 */
export function annotateForEvents(
  article: Article,
  mayTrigger: (lemma: string) => boolean,
  maySoloTrigger?: (lemma: string) => boolean,
  language?: WordLanguage,
): AnnotatedArticle {
  const { text } = article;
  const spans = paragraphs(text);
  // a text with no word that may be a trigger holds no event: no need to find its actors and places
  if (!anyTriggerParagraph(text, spans, mayTrigger)) return emptyAnnotation(article);
  const rough: Sentence[][] = [];
  let count = 0;
  for (const [a, b] of spans) {
    const list = roughSentences(text, a, b, count);
    rough.push(list);
    count += list.length;
  }
  const roughAll = rough.flat();
  // a text whose every sentence with a trigger word the coder skips as another language's holds no event
  if (language && onlyForeignTriggers(text, roughAll, mayTrigger, language)) return emptyAnnotation(article);
  const datelinePlace = article.datelinePlace;
  let actors = findActors(article, roughAll);
  const roughPlaces = findPlaces(text, roughAll, { datelinePlace });
  const inOrder = language ? [...actors].sort((x, y) => x.start - y.start) : [];
  const facts = spans.map(([start, end]) => ({ start, end, actors: 0, firstActor: -1, place: false }));
  for (const m of actors) {
    const p = sentenceAt(facts, m.start);
    if (p < 0) continue;
    const f = facts[p]!;
    if (f.actors++ === 0 || m.start < f.firstActor) f.firstActor = m.start;
  }
  for (const m of roughPlaces) {
    const p = sentenceAt(facts, m.start);
    if (p >= 0) facts[p]!.place = true;
  }
  // asked only of the paragraphs that would be kept: most are not, and the question reads every word of one
  const isForeign = language ? (p: number) => allForeign(text, rough[p]!, inOrder, language) : undefined;
  const chosen = eventParagraphs(text, facts, mayTrigger, maySoloTrigger, isForeign);
  if (!chosen.length) return emptyAnnotation(article);
  const { sentences, tokens } = tokenizeRanges(
    text,
    chosen.map((p) => spans[p]!),
  );
  // The rule-split sentences of the chosen paragraphs give way to wink's; only where they differ are actors and
  // places found again (they depend on sentence ends: names never run across one).
  const same = sameSentences(
    sentences,
    chosen.flatMap((p) => rough[p]!),
  );
  if (!same) actors = findActors(article, mixedSentences(rough, spans, chosen, sentences));
  const places = same ? within(roughPlaces, sentences) : findPlaces(text, sentences, { datelinePlace });
  const dates = triggerDates(article, sentences, tokens, mayTrigger);
  return { article, sentences, tokens, actors: withoutPlaces(within(actors, sentences), places), dates, places };
}

/** An article annotated with nothing: no sentence of it can hold an event the coder reads. */
export function emptyAnnotation(article: Article): AnnotatedArticle {
  return { article, sentences: [], tokens: [], actors: [], dates: [], places: [] };
}

/**
 * Dates of the sentences with a trigger word (as the coder reads words: the lemma or the lower-cased form): the coder
 * dates an event from its own sentence only, and chrono is the dear part of finding dates.
 */
function triggerDates(
  article: Article,
  sentences: Sentence[],
  tokens: Token[],
  mayTrigger: (lemma: string) => boolean,
): DateMention[] {
  const triggered = new Uint8Array(sentences.length);
  for (const t of tokens) {
    if (triggered[t.sentence]) continue;
    let lower = t.text.toLowerCase();
    if (lower.includes("’")) lower = lower.replace(/’/g, "'");
    if (mayTrigger(lower) || mayTrigger((t.lemma ?? lower).toLowerCase())) triggered[t.sentence] = 1;
  }
  const some = sentences.filter((s) => triggered[s.index]);
  return findDates(article.text, some, article.published).map((d) => ({ ...d, sentence: some[d.sentence]!.index }));
}

/** Whether wink's sentences of the chosen paragraphs are the rule-split ones. */
function sameSentences(wink: readonly Sentence[], rough: readonly Sentence[]): boolean {
  if (wink.length !== rough.length) return false;
  for (let k = 0; k < wink.length; k++)
    if (wink[k]!.start !== rough[k]!.start || wink[k]!.end !== rough[k]!.end) return false;
  return true;
}

/** The whole text's sentences: wink's in the chosen paragraphs, the rule-split ones elsewhere, numbered anew. */
function mixedSentences(
  rough: readonly Sentence[][],
  spans: readonly [number, number][],
  chosen: readonly number[],
  wink: readonly Sentence[],
): Sentence[] {
  const out: Sentence[] = [];
  let next = 0;
  for (let p = 0, c = 0; p < rough.length; p++) {
    let own: readonly Sentence[] = rough[p]!;
    if (chosen[c] === p) {
      c++;
      // wink's sentences come in text order, each inside its paragraph
      let end = next;
      while (end < wink.length && wink[end]!.start < spans[p]![1]) end++;
      own = wink.slice(next, end);
      next = end;
    }
    for (const s of own) out.push({ ...s, index: out.length });
  }
  return out;
}

/** The items that lie in one of `sentences`, with its index there. */
function within<T extends { start: number; sentence: number }>(items: readonly T[], sentences: Sentence[]): T[] {
  const out: T[] = [];
  for (const m of items) {
    const s = sentenceAt(sentences, m.start);
    if (s >= 0) out.push(m.sentence === s ? m : { ...m, sentence: s });
  }
  return out;
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

export const nlpStage: NlpStage = { name: "nlp", run: annotate };
