// Whether a string a user typed can be an actor code: the one check the CLI and the API filters share.

/**
 * The shapes the gazetteer emits: ISO3 (RUS), acronyms with digits (G7, G20, V4), long names (WARSAWPACT) and
 * words joined by underscores (CENTRAL_ASIA, WESTERN_BALKANS). Letters, digits and inner underscores only, so no
 * space, quote, dash or wildcard reaches a query; any case, as a user types it (rus, eu).
 */
const ACTOR_CODE = /^[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*$/;
/** Longer than any code in the gazetteer (WESTERN_BALKANS is 15), short enough to stop pasted text. */
const MAX_LENGTH = 24;

/** True when `value` has the shape of an actor code (it may still name no actor the store holds). */
export function isActorCode(value: string): boolean {
  return value.length >= 2 && value.length <= MAX_LENGTH && ACTOR_CODE.test(value);
}
