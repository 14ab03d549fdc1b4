// A country as the user typed it (code, alpha-2 or name) → the ISO3 code Orbit stores, or an error that suggests one.
import { createRequire } from "node:module";
import { AppError, continuedState, isFormerState } from "../domain/index.ts";
import { isState } from "./align-rows.ts";

const require = createRequire(import.meta.url);
const iso = require("i18n-iso-countries") as {
  getAlpha3Code(name: string, lang: string): string | undefined;
  alpha2ToAlpha3(code: string): string | undefined;
  getNames(lang: string, opts: { select: "all" }): Record<string, string[]>;
};

/**
 * True for a state Orbit can hold votes or events for: a current ISO3 code, Kosovo's XKX or a former UN member (the
 * list in domain/states, which the dashboard asks too).
 */
export function isCountryCode(code: string): boolean {
  return isState(code) || isFormerState(code);
}

/**
 * The ISO3 code a user most likely meant by a country name or alpha-2 code ("Kazakhstan", "kz", "Moldova"), or
 * undefined. Exact names and aliases first, then a name one of whose words starts with what was typed.
 */
export function suggestCountry(input: string): string | undefined {
  const typed = input.trim();
  if (!typed) return undefined;
  const exact = iso.getAlpha3Code(typed, "en") ?? (typed.length === 2 ? iso.alpha2ToAlpha3(typed.toUpperCase()) : "");
  if (exact) return exact;
  if (typed.length < 4) return undefined;
  const wanted = typed.toLowerCase();
  for (const [alpha2, names] of Object.entries(iso.getNames("en", { select: "all" })))
    if (
      names.some((n) =>
        n
          .toLowerCase()
          .split(/[\s,()'-]+/)
          .some((w) => w.startsWith(wanted)),
      )
    )
      return iso.alpha2ToAlpha3(alpha2);
  return undefined;
}

/** Organisation codes Orbit stores, some also a place's name (GUAM, and the island): read on first need. */
let organisationCodes: Set<string> | undefined;
function isOrganisationCode(code: string): boolean {
  organisationCodes ??= new Set(
    (require("../../data/gazetteer/curated/orgs.json") as { orgs: { code: string }[] }).orgs.map((o) => o.code),
  );
  return organisationCodes.has(code);
}

/**
 * An actor typed as a country's name ("Russia", "Georgia") rather than its code: the code, else undefined. Only whole
 * names count, so an organisation's acronym (AU, WEST, NATO, GUAM) is never mistaken for a country.
 */
export function countryNamed(input: string): string | undefined {
  const typed = input.trim();
  if (typed.length <= 3 || isCountryCode(typed.toUpperCase())) return undefined;
  const code = iso.getAlpha3Code(typed, "en");
  return code && !isOrganisationCode(typed.toUpperCase()) ? code : undefined;
}

/** How Orbit stores a state a retired code names ("SUN": the Soviet Union, stored as RUS), or undefined. */
function continuedMessage(input: string): string | undefined {
  const state = continuedState(input.trim().toUpperCase());
  return (
    state && `"${input}" is ${state.name}, which Orbit stores as ${state.as} in events and UN votes: use ${state.as}`
  );
}

/**
 * Why a country's name or a retired code is no actor code, with the code it means ("did you mean RUS?"), or
 * undefined.
 */
export function countryNameMessage(input: string): string | undefined {
  const continued = continuedMessage(input);
  if (continued) return continued;
  const named = countryNamed(input);
  return named && `"${input}" is a country's name, not an actor code: did you mean ${named}?`;
}

/** "did you mean KAZ?" when a likely code is known, else how a code looks. */
export function countryHint(input: string): string {
  const continued = continuedMessage(input);
  if (continued) return continued;
  const guess = suggestCountry(input);
  return guess ? `did you mean ${guess}?` : "use an ISO 3166-1 alpha-3 code such as KAZ or RUS";
}

/** One country code, upper-cased, or a BAD_OPTION that names what was typed and suggests the code. */
export function parseCountryCode(input: string, where?: string): string {
  const code = input.trim().toUpperCase();
  if (isCountryCode(code)) return code;
  throw new AppError("BAD_OPTION", `"${input}" is not a country code: ${countryHint(input)}`, where ? { where } : {});
}
