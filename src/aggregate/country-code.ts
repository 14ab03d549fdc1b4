// A country as the user typed it (code, alpha-2 or name) → the ISO3 code Orbit stores, or an error that suggests one.
import { createRequire } from "node:module";
import { AppError } from "../domain/index.ts";
import { isState } from "./align-rows.ts";

const require = createRequire(import.meta.url);
const iso = require("i18n-iso-countries") as {
  getAlpha3Code(name: string, lang: string): string | undefined;
  alpha2ToAlpha3(code: string): string | undefined;
  getNames(lang: string, opts: { select: "all" }): Record<string, string[]>;
};

/** Former UN members the vote data keeps under retired codes: Czechoslovakia, East Germany, South Vietnam, South Yemen. */
const FORMER_STATES = new Set(["CSK", "DDR", "RVN", "YMD", "YUG", "SCG"]);

/** True for a state Orbit can hold votes or events for: a current ISO3 code, Kosovo's XKX or a former UN member. */
export function isCountryCode(code: string): boolean {
  return isState(code) || FORMER_STATES.has(code);
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

/**
 * An actor typed as a country's name ("Russia", "Georgia") rather than its code: the code, else undefined. Only whole
 * names count, so an organisation's acronym (AU, WEST, NATO) is never mistaken for a country.
 */
export function countryNamed(input: string): string | undefined {
  const typed = input.trim();
  return typed.length > 3 && !isCountryCode(typed.toUpperCase()) ? iso.getAlpha3Code(typed, "en") : undefined;
}

/** "did you mean KAZ?" when a likely code is known, else how a code looks. */
export function countryHint(input: string): string {
  const guess = suggestCountry(input);
  return guess ? `did you mean ${guess}?` : "use an ISO 3166-1 alpha-3 code such as KAZ or RUS";
}

/** One country code, upper-cased, or a BAD_OPTION that names what was typed and suggests the code. */
export function parseCountryCode(input: string, where?: string): string {
  const code = input.trim().toUpperCase();
  if (isCountryCode(code)) return code;
  throw new AppError("BAD_OPTION", `"${input}" is not a country code: ${countryHint(input)}`, where ? { where } : {});
}
