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
}

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

/** Renders the chart into a new figure element; the chart follows the figure's width as the window resizes. */
export function lineChart(spec: ChartSpec): HTMLElement {
  const figure = h("figure", { class: "chart" }, h("figcaption", {}, spec.title));
  const holder = h("div", { class: "chart-body", role: "img", "aria-label": describe(spec) });
  figure.appendChild(holder);
  if (spec.x.length === 0) {
    holder.appendChild(h("p", { class: "empty" }, "No data for this chart yet."));
    return figure;
  }
  const bars = uPlot.paths.bars?.({ size: [0.8, 24] });
  const opts: uPlot.Options = {
    width: 600,
    height: spec.height ?? 240,
    scales: { x: { time: true }, ...(spec.yRange ? { y: { range: spec.yRange } } : {}) },
    series: [
      {},
      ...spec.series.map((s) => ({
        label: s.label,
        stroke: s.color,
        fill: s.bars ? `${s.color}55` : undefined,
        width: 2,
        paths: s.bars ? bars : undefined,
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
