// Orbit's vocabulary: types and errors shared by every stage, store and shell; no I/O.
export * from "./actor.ts";
export * from "./actor-code.ts";
export * from "./annotation.ts";
export * from "./article.ts";
export * from "./csv-field.ts";
export * from "./errors.ts";
export * from "./event.ts";
export * from "./own-string.ts";
export * from "./partial-date.ts";
export * from "./source.ts";
export * from "./stage.ts";
export * from "./state-code.ts";
export * from "./states.ts";
