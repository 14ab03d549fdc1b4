// ISO 3166 numeric (world-atlas ids) ↔ alpha-3 (Orbit's actor codes) and English names, bundled from i18n-iso-countries.
import codes from "i18n-iso-countries/codes.json";
import en from "i18n-iso-countries/langs/en.json";
// The API's own list of states outside ISO 3166-1 (pure, no imports), so a page measures what the API measures.
import { isNonIsoState, NON_ISO_STATES } from "../../src/domain/states.ts";

const names = en.countries as Record<string, string | string[]>;
const alpha3ByNumeric = new Map<string, string>();
const nameByAlpha3 = new Map<string, string>();
for (const [alpha2, alpha3, numeric] of codes as string[][]) {
  alpha3ByNumeric.set(numeric!, alpha3!);
  const name = names[alpha2!];
  if (name) nameByAlpha3.set(alpha3!, Array.isArray(name) ? name[0]! : name);
}
// Actors that are not states, as Orbit codes them.
const ORGANISATIONS: Record<string, string> = {
  EU: "European Union",
  NATO: "NATO",
  CSTO: "CSTO",
  EAEU: "Eurasian Economic Union",
  UN: "United Nations",
  ICC: "International Criminal Court",
  BRICS: "BRICS",
  SCO: "Shanghai Cooperation Organisation",
  OTS: "Organization of Turkic States",
  WEST: "the West",
  "RUS-DEU": "the West (RUS→DEU scale)",
};

export function alpha3OfNumeric(numeric: string | number | undefined): string | undefined {
  if (numeric === undefined) return undefined;
  return alpha3ByNumeric.get(String(numeric).padStart(3, "0"));
}

export function actorName(code: string): string {
  return (
    nameByAlpha3.get(code) ?? (isNonIsoState(code) ? NON_ISO_STATES[code] : undefined) ?? ORGANISATIONS[code] ?? code
  );
}

/**
 * True for a code the API measures as a state (votes, alerts, brief): a current ISO code, Kosovo's XKX or a former UN
 * member (YUG, DDR…). Organisations (EU, NATO, SCO…) have pages too, but no votes, indices or brief.
 */
export function isStateCode(code: string): boolean {
  return nameByAlpha3.has(code) || isNonIsoState(code);
}

/** Every state with a name, sorted by name, for pickers. */
export function allCountries(): { code: string; name: string }[] {
  return [...nameByAlpha3, ...Object.entries(NON_ISO_STATES)]
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
