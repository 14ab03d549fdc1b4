// The nlp stage's big read-only tables (the gazetteer and the place index) in SharedArrayBuffers: built once per
// process, on the thread that starts the analysis threads, and handed to each of them, which reads them in place.
// The pool imports this module alone: nlp/index.ts would load every stage module on its thread.
import { adoptSharedGazetteer, type SharedGazetteer, sharedGazetteer } from "./gazetteer.ts";
import { adoptSharedPlaces, type SharedPlaces, sharedPlaces } from "./place-index.ts";

export interface SharedNlpData {
  gazetteer: SharedGazetteer;
  places: SharedPlaces;
}

/** This process's tables in shared memory, built on first call. */
export function sharedNlpData(): SharedNlpData {
  return { gazetteer: sharedGazetteer(), places: sharedPlaces() };
}

/** A thread takes the tables its parent built, before any stage builds its own. */
export function adoptSharedNlpData(data: SharedNlpData): void {
  adoptSharedGazetteer(data.gazetteer);
  adoptSharedPlaces(data.places);
}
