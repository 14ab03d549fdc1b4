// Country identifiers in vote files (ISO3, ISO2, COW numeric or alpha, English names) → ISO 3166-1 alpha-3.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const countries = require("i18n-iso-countries") as {
  isValid(code: string): boolean;
  toAlpha3(code: string): string | undefined;
  getAlpha3Code(name: string, lang: string): string | undefined;
};

const COW_FILE = new URL("../../data/unga/cow-iso3.tsv", import.meta.url);

interface CowTable {
  numeric: Map<number, string>;
  alpha: Map<string, string>;
}
let cow: CowTable | undefined;

function cowTable(): CowTable {
  if (cow) return cow;
  const numeric = new Map<number, string>();
  const alpha = new Map<string, string>();
  const lines = readFileSync(COW_FILE, "utf8").split("\n").slice(1);
  for (const line of lines) {
    const [num, al, iso3] = line.split("\t");
    if (!num || !iso3) continue;
    numeric.set(Number(num), iso3);
    if (al) alpha.set(al, iso3);
  }
  cow = { numeric, alpha };
  return cow;
}

/** Historical ISO 3166-3 codes and the UN seats they continue in, for files that use them. */
const HISTORICAL: Record<string, string> = { SUN: "RUS", YUG: "SRB", SCG: "SRB", FRG: "DEU", CSK: "CSK", DDR: "DDR" };

/**
 * ISO3 for a country token, or undefined. How a 3-letter token is read depends on the column: COW alpha and ISO3
 * clash ("AUS" is Austria in COW, Australia in ISO), so `kind: "cow"` reads COW first and anything else ISO first.
 */
export function resolveCountry(token: string, kind: "iso" | "cow" | "name" = "iso"): string | undefined {
  const t = token.trim();
  if (t === "") return undefined;
  if (/^\d+$/.test(t)) return cowTable().numeric.get(Number(t));
  const up = t.toUpperCase();
  if (kind !== "name") {
    if (up.length === 3 && /^[A-Z]{3}$/.test(up)) {
      if (kind === "cow") return cowTable().alpha.get(up) ?? (countries.isValid(up) ? up : HISTORICAL[up]);
      if (countries.isValid(up)) return up;
      return HISTORICAL[up] ?? cowTable().alpha.get(up);
    }
    if (up.length === 2 && /^[A-Z]{2}$/.test(up)) return countries.toAlpha3(up);
  }
  return countries.getAlpha3Code(t, "en");
}
