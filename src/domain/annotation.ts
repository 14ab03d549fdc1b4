import type { ActorMention } from "./actor.ts";
import type { Article } from "./article.ts";

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Universal POS tag from wink-nlp (NOUN, VERB, ADP...). */
  pos: string;
  lemma?: string;
  sentence: number;
}

/** A date expression resolved against the article date, at the precision the text gives. */
export interface DateMention {
  start: number;
  end: number;
  text: string;
  /** "2024", "2024-12", "2024-12-25". */
  value: string;
  sentence: number;
}

/** A place where something happened; a place never becomes an event party. */
export interface Place {
  name: string;
  /** ISO3 of the country the place is in. */
  country: string;
  lat?: number;
  lon?: number;
}

export interface PlaceMention extends Place {
  start: number;
  end: number;
  text: string;
  sentence: number;
}

/** The nlp stage's output: the article plus everything the coder needs. */
export interface AnnotatedArticle {
  article: Article;
  sentences: Sentence[];
  tokens: Token[];
  actors: ActorMention[];
  dates: DateMention[];
  places: PlaceMention[];
}
