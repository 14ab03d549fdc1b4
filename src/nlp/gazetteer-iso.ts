// Country codes as Orbit writes them, for the scripts that build the gazetteer and the place index from npm packages:
// one answer for Kosovo (XKX, as CAMEO and NGEC write it), whatever a library or a dictionary says.
import { createRequire } from "node:module";

/** Kosovo's codes elsewhere: GeoNames' alpha-2, i18n-iso-countries' XKK, world-countries' UNK, old CAMEO KSV. */
const KOSOVO = new Set(["XK", "XKK", "UNK", "KSV"]);
/**
 * CAMEO's pre-ISO codes (Phoenix and CountryInfo write them) and its codes of states that split or merged, as the
 * state that carries them on (../shared/ontology/cameo_country_codes.tsv): Yugoslavia and Serbia and Montenegro are
 * Serbia, the GDR is Germany, Czechoslovakia Czechia, as the gazetteer's former names are.
 */
const OLD_CAMEO: Record<string, string> = {
  ROM: "ROU",
  ZAR: "COD",
  TMP: "TLS",
  BUR: "MMR",
  YUG: "SRB",
  FRY: "SRB",
  SCG: "SRB",
  DDR: "DEU",
  CSK: "CZE",
};

let alpha2ToAlpha3: ((code: string) => string | undefined) | undefined;

/** Orbit's ISO3 for an alpha-2 or alpha-3 country code; undefined for an unknown alpha-2 code. */
export function orbitIso3(code: string): string | undefined {
  if (KOSOVO.has(code)) return "XKX";
  const old = OLD_CAMEO[code];
  if (old) return old;
  if (code.length !== 2) return code;
  // Loaded on first use: only build scripts call this with alpha-2 codes.
  alpha2ToAlpha3 ??= (createRequire(import.meta.url)("i18n-iso-countries") as typeof import("i18n-iso-countries"))
    .alpha2ToAlpha3;
  return alpha2ToAlpha3(code) ?? undefined;
}
