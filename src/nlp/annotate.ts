// One article → sentences, tokens, actor mentions, dates and places: the nlp stage.
import type { ActorMention, AnnotatedArticle, Article, NlpStage, Sentence } from "../domain/index.ts";
import { findDates } from "./dates.ts";
import { findPlaces } from "./places.ts";
import { tokenize } from "./tokenize.ts";

/**
 * Actor mentions come from the gazetteer engineer's src/nlp/actors.ts (findActorMentions), not written yet; this
 * is the one call to replace with it.
 */
function findActorMentionsPending(
  _text: string,
  _sentences: Sentence[],
  _context: { date?: string; datelinePlace?: string },
): ActorMention[] {
  return [];
}

export function annotate(article: Article): AnnotatedArticle {
  const { text } = article;
  const { sentences, tokens } = tokenize(text);
  const actors = findActorMentionsPending(text, sentences, {
    date: article.published,
    datelinePlace: article.datelinePlace,
  });
  const dates = findDates(text, sentences, article.published);
  const places = findPlaces(text, sentences, { datelinePlace: article.datelinePlace });
  return { article, sentences, tokens, actors, dates, places };
}

export const nlpStage: NlpStage = { name: "nlp", run: annotate };
