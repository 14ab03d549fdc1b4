import type { AnnotatedArticle } from "./annotation.ts";
import type { Article, RawDocument } from "./article.ts";
import type { CodedEvent } from "./event.ts";

/** A pipeline stage: a pure, synchronous function from one record type to the next. No I/O. */
export interface Stage<I, O> {
  readonly name: string;
  run(input: I): O;
}

export type ExtractStage = Stage<RawDocument, Article>;
export type NlpStage = Stage<Article, AnnotatedArticle>;
export type CodingStage = Stage<AnnotatedArticle, CodedEvent[]>;

/** What the pipeline makes of one document. */
export interface AnalyzedDocument {
  id: string;
  article: Article;
  events: CodedEvent[];
}
