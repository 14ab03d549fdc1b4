/** One measured figure; `baselineValue` is measured in the same process run so the ratio is fair. */
export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  baseline?: string;
  baselineValue?: number;
  /** Set when smaller is better (latencies, memory): the ratio is then baseline / value. */
  lowerIsBetter?: boolean;
  /** A target from the issues, e.g. "≥ 300". */
  target?: string;
}

export type BenchModule = () => Promise<BenchRow[]>;

export function ratio(row: BenchRow): number | undefined {
  if (row.baselineValue === undefined || row.baselineValue === 0 || row.value === 0) return undefined;
  return row.lowerIsBetter ? row.baselineValue / row.value : row.value / row.baselineValue;
}
