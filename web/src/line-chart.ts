// Time series → a uPlot chart that fits its container, with optional vertical marks for change points.
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import { h } from "./dom.ts";

export interface ChartSeries {
  label: string;
  values: (number | null)[];
  color: string;
  /** Draw as bars (counts) rather than a line (shares, indices). */
  bars?: boolean;
}

export interface ChartSpec {
  title: string;
  /** Unix seconds. */
  x: number[];
  series: ChartSeries[];
  /** Unix seconds of change points, drawn as dashed vertical lines. */
  marks?: { at: number; label: string }[];
  yRange?: [number, number];
  height?: number;
  /** Shown instead of the chart when no series has a value (e.g. every point has too few events behind it). */
  empty?: string;
  /** Shown when there are no points at all, saying why when the API did (e.g. no UN votes are loaded). */
  noData?: string;
  /** A line under the chart saying what each point rests on. */
  note?: string;
}

/** Half the window drawn around a lone point: uPlot would otherwise stretch one month across years of axis. */
const LONE_POINT_PAD = 45 * 86_400;

const PALETTE = ["#1f5fa8", "#c0392b", "#2e8b57", "#d4860b", "#7d3c98", "#555"];
export function colorAt(i: number): string {
  return PALETTE[i % PALETTE.length]!;
}

export function yearToSeconds(year: number): number {
  return Date.UTC(year, 6, 1) / 1000;
}
export function monthToSeconds(month: string): number {
  const [y, m] = month.split("-").map(Number);
  return Date.UTC(y!, (m ?? 1) - 1, 15) / 1000;
}

function marksPlugin(marks: { at: number; label: string }[]): uPlot.Plugin {
  return {
    hooks: {
      draw: (u) => {
        const { ctx } = u;
        ctx.save();
        ctx.strokeStyle = "#b03a2e";
        ctx.setLineDash([5, 4]);
        ctx.lineWidth = 1.5 * devicePixelRatio;
        for (const mark of marks) {
          const x = u.valToPos(mark.at, "x", true);
          if (x < u.bbox.left || x > u.bbox.left + u.bbox.width) continue;
          ctx.beginPath();
          ctx.moveTo(x, u.bbox.top);
          ctx.lineTo(x, u.bbox.top + u.bbox.height);
          ctx.stroke();
        }
        ctx.restore();
      },
    },
  };
}

const NO_DATA = "No data for this chart yet.";

/** Counts drawn as bars start at zero, or a month of 1 beside a month of 2 would draw the 1 as nothing. */
const fromZero: uPlot.Range.Function = (_u, _min, max) => uPlot.rangeNum(0, Math.max(1, max), 0.1, true);

/** Renders the chart into a new figure element; the chart follows the figure's width as the window resizes. */
export function lineChart(spec: ChartSpec): HTMLElement {
  const figure = h("figure", { class: "chart" }, h("figcaption", {}, spec.title));
  const holder = h("div", { class: "chart-body", role: "img", "aria-label": describe(spec) });
  figure.appendChild(holder);
  // The note goes with an empty chart too: it may be why the chart is empty (every event dated after today).
  if (spec.note) figure.appendChild(h("p", { class: "chart-note" }, spec.note));
  if (!spec.series.some((s) => s.values.some((v) => typeof v === "number"))) {
    holder.appendChild(h("p", { class: "empty" }, spec.x.length ? (spec.empty ?? NO_DATA) : (spec.noData ?? NO_DATA)));
    return figure;
  }
  // Bar series stand side by side (left, right) so one never hides another of the same height.
  const barSeries = spec.series.filter((s) => s.bars);
  const barsAt = (s: ChartSeries) =>
    barSeries.length > 1
      ? uPlot.paths.bars?.({ size: [0.4, 12], align: barSeries.indexOf(s) === 0 ? -1 : 1 })
      : uPlot.paths.bars?.({ size: [0.8, 24] });
  const lone = spec.x.length === 1 ? spec.x[0]! : undefined;
  const x: uPlot.Scale = {
    time: true,
    ...(lone !== undefined ? { range: [lone - LONE_POINT_PAD, lone + LONE_POINT_PAD] } : {}),
  };
  const opts: uPlot.Options = {
    width: 600,
    height: spec.height ?? 240,
    scales: {
      x,
      ...(spec.yRange ? { y: { range: spec.yRange } } : barSeries.length ? { y: { range: fromZero } } : {}),
    },
    series: [
      {},
      ...spec.series.map((s) => ({
        label: s.label,
        stroke: s.color,
        fill: s.bars ? `${s.color}55` : undefined,
        width: 2,
        paths: s.bars ? barsAt(s) : undefined,
        points: { show: spec.x.length < 40 },
        spanGaps: false,
      })),
    ],
    plugins: spec.marks?.length ? [marksPlugin(spec.marks)] : [],
    legend: { live: false },
  };
  const data = [spec.x, ...spec.series.map((s) => s.values)] as uPlot.AlignedData;
  // Created once the figure is in the page, so it can take the real width.
  requestAnimationFrame(() => {
    const plot = new uPlot(opts, data, holder);
    const fit = () => plot.setSize({ width: Math.max(260, holder.clientWidth), height: opts.height });
    fit();
    new ResizeObserver(fit).observe(holder);
  });
  return figure;
}

function describe(spec: ChartSpec): string {
  const names = spec.series.map((s) => s.label).join(", ");
  return `${spec.title}: ${names}; ${spec.x.length} points${spec.marks?.length ? `, ${spec.marks.length} change points marked` : ""}`;
}
