// The stages themselves: importing this file loads every stage module, so only threads that analyse import it.
import { codingStage, functionWordLanguage, isForeignText, isTriggerWord, maySoloTrigger } from "../coding/index.ts";
import {
  type AnalyzedDocument,
  AppError,
  type Article,
  type CodedEvent,
  type NlpStage,
  type RawDocument,
  type Stage,
  toAppError,
} from "../domain/index.ts";
import { extractStage } from "../extract/index.ts";
import { annotateForEvents, emptyAnnotation, nlpStage } from "../nlp/index.ts";
import { CarriedActors } from "./carried-actors.ts";
import { codedOnce } from "./repeated-sentences.ts";
import { StageFailure } from "./stage-failure.ts";
import { textPieces } from "./text-pieces.ts";

/**
 * The nlp stage as the pipeline runs it, before the coder: told the coder's trigger words, it annotates only the
 * paragraphs where an event can be found, which gives the coder the same events for a fraction of the work; told
 * which of them may code an event naming one party, it also leaves out paragraphs that name one party without one;
 * told the coder's function words, it leaves out what the coder would skip as another language's. A text that is
 * another language's as a whole is not annotated at all: the coder reads English only (isForeignText).
 */
export const nlpForCoding: NlpStage = {
  name: nlpStage.name,
  run: (article) =>
    isForeignText(article.text)
      ? emptyAnnotation(article)
      : annotateForEvents(article, isTriggerWord, maySoloTrigger, functionWordLanguage),
};

/** The stages in their declared order; the names appear in failure records. */
export const STAGES = [extractStage.name, nlpStage.name, codingStage.name] as const;

function runStage<I, O>(stage: Stage<I, O>, input: I, where: string): O {
  try {
    return stage.run(input);
  } catch (err) {
    const appError = toAppError(err, where);
    // Name the document even when a stage threw without saying which one it was working on.
    const named =
      appError.where || appError.message.includes(where)
        ? appError
        : new AppError(appError.code, appError.message, { where, cause: err });
    throw new StageFailure(stage.name, named);
  }
}

/** Runs extract → nlp → coding on one document. Pure: no I/O. Throws StageFailure. */
export function analyzeDocument(raw: RawDocument): AnalyzedDocument {
  const where = raw.origin ?? raw.id;
  return analyzeArticle(raw.id, runStage(extractStage, raw, where), where);
}

/**
 * analyzeDocument for a document its caller hands over and does not read again (a worker thread's message): its
 * HTML and text are dropped as soon as the article is extracted. The page (150k characters on average, twice that in
 * bytes) then dies young instead of living through nlp and coding, where a scavenge promotes it to the old
 * generation and a full collection has to free it. Same result as analyzeDocument.
 */
export function analyzeHandedOver(raw: RawDocument): AnalyzedDocument {
  const where = raw.origin ?? raw.id;
  const article = runStage(extractStage, raw, where);
  raw.html = undefined;
  raw.text = undefined;
  return analyzeArticle(raw.id, article, where);
}

function analyzeArticle(id: string, article: Article, where: string): AnalyzedDocument {
  const pieces = textPieces(article.text);
  if (pieces.length === 1) return { id, article, events: codedOnce(codeText(article, where)) };
  // A long text is read piece by piece, so only one piece's tokens and annotations are alive at a time. Each piece
  // keeps the article's metadata (its date above all) and brings the paragraphs before it as context, and before
  // them the lead and the people named in earlier pieces (carried-actors.ts); an event read in that context belongs to
  // the piece before, which coded it already.
  const events: CodedEvent[] = [];
  const carried = new CarriedActors();
  for (const { from, start, end } of pieces) {
    const prefix = carried.prefix();
    const shift = from - prefix.length;
    const annotated = runStage(nlpForCoding, { ...article, text: prefix + article.text.slice(from, end) }, where);
    for (const event of runStage(codingStage, annotated, where)) {
      const evidence = { ...event.evidence, start: event.evidence.start + shift, end: event.evidence.end + shift };
      if (evidence.start >= start) events.push({ ...event, evidence });
    }
    carried.note(annotated, start - shift);
  }
  return { id, article, events: codedOnce(events) };
}

function codeText(article: Article, where: string): CodedEvent[] {
  return runStage(codingStage, runStage(nlpForCoding, article, where), where);
}
