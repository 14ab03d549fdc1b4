// A series + the methods asked (CUSUM, BOCPD or both) → change points, each saying which method found it.
import { AppError } from "../domain/index.ts";
import { type BocpdModel, type BocpdOptions, detectChangesBocpd } from "./bocpd.ts";
import { type ChangeOptions, type ChangePoint, detectChanges, type SeriesPoint } from "./change-points.ts";

export type ChangeMethod = "cusum" | "bocpd";
export const CHANGE_METHODS: readonly ChangeMethod[] = ["cusum", "bocpd"];

export interface FoundChange extends ChangePoint {
  /** Methods that found this change; two when CUSUM and BOCPD agree on it. */
  methods: ChangeMethod[];
  /** CUSUM t statistic, when CUSUM found it. */
  t?: number;
  /** BOCPD posterior probability that a new run started at `firstAfter`, when BOCPD found it. */
  probability?: number;
}

export interface MethodOptions {
  methods?: readonly ChangeMethod[];
  change?: ChangeOptions;
  bocpd?: Omit<BocpdOptions, "model">;
}

/** Reads a --method value: cusum, bocpd or both. */
export function parseMethods(value: string | undefined): ChangeMethod[] | undefined {
  if (!value || value === "both") return undefined;
  if (value === "cusum" || value === "bocpd") return [value];
  throw new AppError("BAD_OPTION", `"${value}" is not cusum, bocpd or both`, { where: "--method" });
}

/**
 * Change points by each method asked. A BOCPD change within one period of a CUSUM change in the same direction is the
 * same change, confirmed by both: it keeps CUSUM's segments (the wider comparison) and both statistics.
 */
export function findChanges(series: readonly SeriesPoint[], model: BocpdModel, opts: MethodOptions): FoundChange[] {
  const methods = opts.methods ?? CHANGE_METHODS;
  const cusum: FoundChange[] = methods.includes("cusum")
    ? detectChanges(series, opts.change).map((c) => ({ ...c, methods: ["cusum"], t: c.score }))
    : [];
  if (!methods.includes("bocpd")) return cusum;
  const bocpd = detectChangesBocpd(series, {
    minSegment: opts.change?.minSegment,
    minDelta: opts.change?.minDelta,
    minN: opts.change?.minN,
    ...opts.bocpd,
    model,
  });
  const out = [...cusum];
  for (const b of bocpd) {
    const twin = cusum.find(
      (c) => Math.abs(c.index - b.index) <= 1 && Math.sign(c.delta) === Math.sign(b.delta) && c.methods.length === 1,
    );
    if (twin) {
      twin.methods = ["cusum", "bocpd"];
      twin.probability = b.score;
    } else out.push({ ...b, methods: ["bocpd"], probability: b.score });
  }
  return out.sort((a, b) => a.index - b.index);
}
