// Article → annotated article: sentences, tokens, actor mentions, dates and places (the nlp stage).
export { annotate, annotateForEvents, emptyAnnotation, nlpStage } from "./annotate.ts";
export { findDates, MONTHS } from "./dates.ts";
export { adoptSharedNlpData, type SharedNlpData, sharedNlpData } from "./gazetteer-shared.ts";
export { classAt } from "./gazetteer-tokens.ts";
export { foldName } from "./place-index.ts";
export { type FindPlacesOptions, findPlaces, isCountryPlace } from "./places.ts";
export { type Tokenized, tokenize } from "./tokenize.ts";
