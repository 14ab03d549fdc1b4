// Whether an actor code names a state: the one answer the coder (which state "the country" can be) and the alignment
// measures (which rows are states) share. i18n-iso-countries' list is data loaded once, not I/O per call.
import { createRequire } from "node:module";

const iso = createRequire(import.meta.url)("i18n-iso-countries") as { isValid(code: string): boolean };

/** True for a state code (ISO 3166-1 alpha-3, plus Kosovo's XKX), false for organisations, WEST and regions. */
export function isState(code: string): boolean {
  return code.length === 3 && (code === "XKX" || (/^[A-Z]{3}$/.test(code) && iso.isValid(code)));
}
