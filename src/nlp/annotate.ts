// One article → sentences, tokens, actor mentions, dates and places: the nlp stage.
import type { ActorMention, AnnotatedArticle, Article, NlpStage, PlaceMention } from "../domain/index.ts";
import { findActorMentions } from "./actors.ts";
import { findDates } from "./dates.ts";
import { findPlaces, isCountryPlace } from "./places.ts";
import { tokenize } from "./tokenize.ts";

export function annotate(article: Article): AnnotatedArticle {
  const { text } = article;
  const { sentences, tokens } = tokenize(text);
  const places = findPlaces(text, sentences, { datelinePlace: article.datelinePlace });
  const actors = withoutPlaces(
    findActorMentions(text, sentences, { date: article.published, datelinePlace: article.datelinePlace }),
    places,
  );
  const dates = findDates(text, sentences, article.published);
  return { article, sentences, tokens, actors, dates, places };
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
