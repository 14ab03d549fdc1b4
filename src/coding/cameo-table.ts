import { readFileSync } from "node:fs";
import { AppError, type Quad, quadOfCameo } from "../domain/index.ts";

/** One CAMEO event code with the scores the product reports beside it. */
export interface CameoCode {
  code: string;
  name: string;
  goldstein: number;
  quad: Quad;
  /** PLOVER event type; undefined where PLOVER drops the code (01, 02). */
  plover?: string;
}

// CAMEO roots by kind, read by the rules that treat force and coercion apart from other acts.
// Uses of force: with no one named, where they hit names whom they hit.
export const FORCE_ROOTS = new Set(["18", "19", "20"]);
// Force and its show or threat (mobilising, coercion): promised or threatened, each is a threat of force (138).
export const COERCIVE_ROOTS = new Set(["15", "17", ...FORCE_ROOTS]);

const FILE = new URL("../../data/cameo/cameo-codes.json", import.meta.url);

// Read once at module load: the table is shipped data, not input, so this is not stage I/O.
function load(): Map<string, CameoCode> {
  let rows: Array<{ code: string; name: string; goldstein: number; plover: string | null }>;
  try {
    rows = JSON.parse(readFileSync(FILE, "utf8"));
  } catch (cause) {
    throw new AppError("INTERNAL", "cannot read the CAMEO code table", { where: FILE.pathname, cause });
  }
  const table = new Map<string, CameoCode>();
  for (const r of rows) {
    table.set(r.code, {
      code: r.code,
      name: r.name,
      goldstein: r.goldstein,
      quad: quadOfCameo(r.code),
      plover: r.plover ?? undefined,
    });
  }
  return table;
}

export const CAMEO_CODES: ReadonlyMap<string, CameoCode> = load();

/** The table row for a code, falling back to its base or root code so a pattern can never yield an unknown code. */
export function cameoCode(code: string): CameoCode {
  const row = CAMEO_CODES.get(code) ?? CAMEO_CODES.get(code.slice(0, 3)) ?? CAMEO_CODES.get(code.slice(0, 2));
  if (!row) throw new AppError("INTERNAL", `unknown CAMEO code ${code}`, { where: FILE.pathname });
  return row;
}
