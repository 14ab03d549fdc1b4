// States Orbit measures that current ISO 3166-1 alpha-3 lacks, with English names: one list for the API and dashboard.
// No imports: the dashboard bundles this file as it is.

/** Former UN members the vote data keeps under retired codes. */
export const FORMER_STATES: Readonly<Record<string, string>> = {
  CSK: "Czechoslovakia",
  DDR: "East Germany",
  RVN: "South Vietnam",
  YMD: "South Yemen",
  YUG: "Yugoslavia",
  SCG: "Serbia and Montenegro",
};

/** Kosovo has no ISO 3166-1 code; XKX is the one the EU, the IMF and the gazetteer use. Then the former states. */
export const NON_ISO_STATES: Readonly<Record<string, string>> = { XKX: "Kosovo", ...FORMER_STATES };

/** True for a former UN member's retired code (YUG, DDR…). */
export function isFormerState(code: string): boolean {
  return Object.hasOwn(FORMER_STATES, code);
}

/** True for a state Orbit measures that ISO 3166-1 has no current code for (XKX, YUG, DDR…). */
export function isNonIsoState(code: string): boolean {
  return Object.hasOwn(NON_ISO_STATES, code);
}

/**
 * Retired codes of states whose events and UN votes Orbit stores under the state that continues them: the gazetteer
 * codes "the Soviet Union" and "USSR" as RUS, and Russia holds the Soviet UN seat, so a vote file's SUN is read as RUS.
 */
export const CONTINUED_STATES: Readonly<Record<string, { name: string; as: string }>> = {
  SUN: { name: "the Soviet Union", as: "RUS" },
};

/** The state a retired code is stored under ("SUN" → RUS), or undefined. */
export function continuedState(code: string): { name: string; as: string } | undefined {
  return Object.hasOwn(CONTINUED_STATES, code) ? CONTINUED_STATES[code] : undefined;
}
