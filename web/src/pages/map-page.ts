// The world map: each state coloured by its alignment toward a chosen pole in a chosen year, with a year slider.
import { geoNaturalEarth1, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import topology from "world-atlas/countries-110m.json";
import { type AlignRow, get } from "../api.ts";
import { actorName, allCountries, alpha3OfNumeric } from "../countries.ts";
import { clear, h } from "../dom.ts";
import { go, type Route } from "../router.ts";

const SVG = "http://www.w3.org/2000/svg";

interface AlignResponse {
  rows: AlignRow[];
  years?: { min: number; max: number };
}

/** Measure keys as `measure|with`, e.g. `west_share|RUS-DEU`, `agreement|RUS`, `index|EU`. */
function keyOf(r: AlignRow): string {
  return `${r.measure}|${r.with}`;
}
function labelOf(key: string): string {
  const [measure, pole] = key.split("|");
  if (measure === "west_share") return "West share of split votes (0 = with Russia, 1 = with Germany)";
  if (measure === "agreement") return `Vote agreement with ${actorName(pole!)}`;
  if (measure === "kappa") return `Chance-corrected agreement (κ) with ${actorName(pole!)}`;
  return `${measure.replaceAll("_", " ")} toward ${actorName(pole!)}`;
}

/** Diverging blue (toward the pole/West) ↔ red (away) colour for a value in [lo, hi]. */
export function colorFor(value: number, lo: number, hi: number): string {
  const t = Math.max(0, Math.min(1, (value - lo) / (hi - lo || 1)));
  const from = [192, 57, 43];
  const mid = [240, 236, 226];
  const to = [31, 95, 168];
  const [a, b, u] = t < 0.5 ? [from, mid, t * 2] : [mid, to, (t - 0.5) * 2];
  const c = a.map((v, i) => Math.round(v + (b[i]! - v) * u));
  return `rgb(${c.join(",")})`;
}

export async function mapPage(main: HTMLElement, route: Route): Promise<void> {
  const source = route.query.get("source") === "events" ? "events" : "unga";
  const status = h("p", { class: "status", role: "status" }, "Loading alignment…");
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", "0 0 960 480");
  svg.setAttribute("class", "map");
  svg.setAttribute("role", "group");
  svg.setAttribute("aria-label", "World map; each country is a link to its page");
  const legend = h("p", { class: "legend" });
  const picker = h(
    "select",
    { id: "country-picker", "aria-label": "Open a country", onchange: (e) => openCountry(e) },
    h("option", { value: "" }, "Open a country…"),
    allCountries().map((c) => h("option", { value: c.code }, c.name)),
  );
  const sourceSelect = h(
    "select",
    {
      id: "map-source",
      "aria-label": "Data source",
      onchange: (e) => go(`#/?source=${(e.target as HTMLSelectElement).value}`),
    },
    h("option", { value: "unga", selected: source === "unga" }, "UN General Assembly votes"),
    h("option", { value: "events", selected: source === "events" }, "Coded events"),
  );
  const measureSelect = h("select", { id: "map-measure", "aria-label": "Measure" });
  const slider = h("input", { id: "map-year", type: "range", "aria-label": "Year", min: 1946, max: 2026, step: 1 });
  const yearLabel = h("output", { for: "map-year", class: "year" });
  main.append(
    h("h1", {}, "Who leans where"),
    h(
      "div",
      { class: "controls" },
      h("label", {}, "Source ", sourceSelect),
      h("label", {}, "Measure ", measureSelect),
      h("label", { class: "slider" }, "Year ", slider, yearLabel),
      h("label", {}, "Country ", picker),
    ),
    status,
    svg,
    legend,
  );

  const countries = feature(
    topology as unknown as Topology,
    (topology as unknown as Topology).objects.countries as GeometryCollection,
  );
  const projection = geoNaturalEarth1().fitSize([960, 480], countries);
  const path = geoPath(projection);
  const shapes = new Map<string, SVGPathElement>();
  for (const f of countries.features) {
    const code = alpha3OfNumeric(f.id as string | undefined);
    const el = document.createElementNS(SVG, "path");
    el.setAttribute("d", path(f) ?? "");
    el.setAttribute("class", "country");
    el.setAttribute("fill", "#d9d9d9");
    if (code) {
      el.setAttribute("tabindex", "0");
      el.setAttribute("role", "link");
      el.setAttribute("data-code", code);
      el.addEventListener("click", () => go(`#/country/${code}`));
      el.addEventListener("keydown", (e) => {
        if (e.key === "Enter" || e.key === " ") {
          e.preventDefault();
          go(`#/country/${code}`);
        }
      });
      shapes.set(code, el);
    }
    svg.appendChild(el);
  }

  let rows: AlignRow[] = [];
  const paint = () => {
    const key = measureSelect.value;
    const year = Number(slider.value);
    yearLabel.textContent = String(year);
    const chosen = rows.filter((r) => keyOf(r) === key && (r.year ?? Number(r.period?.slice(0, 4))) === year);
    const values = chosen.map((r) => r.value).filter((v): v is number => typeof v === "number");
    const lo = values.some((v) => v < 0) ? -1 : 0;
    const byCode = new Map(chosen.map((r) => [r.country, r]));
    for (const [code, el] of shapes) {
      const row = byCode.get(code);
      const value = typeof row?.value === "number" ? row.value : undefined;
      el.setAttribute("fill", value === undefined ? "#d9d9d9" : colorFor(value, lo, 1));
      const label = `${actorName(code)}: ${value === undefined ? "no data" : value.toFixed(2)}${row?.n ? ` (n=${row.n})` : ""}`;
      el.setAttribute("aria-label", label);
      let title = el.firstElementChild as SVGTitleElement | null;
      if (!title) {
        title = document.createElementNS(SVG, "title");
        el.appendChild(title);
      }
      title.textContent = label;
    }
    legend.textContent = `${labelOf(key)} · ${year} · ${chosen.length} countries. Blue: toward the ${
      key.startsWith("west_share") ? "West" : "pole"
    }; red: away; grey: no data.`;
    status.textContent = chosen.length ? "" : "No data for this year and measure.";
  };

  const load = async (year?: number) => {
    status.textContent = "Loading alignment…";
    const query = year ? { source, from: year, to: year } : { source, latest: 1 };
    const data = await get<AlignResponse>("align", query);
    // A fresh database has coded events but no UN votes yet: show the events rather than an empty map.
    if (source === "unga" && !route.query.get("source") && !data.rows.length && !data.years) {
      go("#/?source=events");
      return;
    }
    rows = data.rows;
    if (data.years) {
      slider.min = String(data.years.min);
      slider.max = String(data.years.max);
    }
    const keys = [...new Set(rows.map(keyOf))].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
    const previous = measureSelect.value;
    clear(measureSelect);
    for (const k of keys) measureSelect.appendChild(h("option", { value: k }, labelOf(k)));
    if (keys.includes(previous)) measureSelect.value = previous;
    slider.value = String(year ?? data.years?.max ?? slider.max);
    paint();
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  slider.addEventListener("input", () => {
    yearLabel.textContent = slider.value;
    clearTimeout(timer);
    timer = setTimeout(() => load(Number(slider.value)).catch(fail), 150);
  });
  measureSelect.addEventListener("change", paint);
  const fail = (err: Error) => {
    status.textContent = `Could not load alignment: ${err.message}`;
  };
  const year = Number(route.query.get("year"));
  await load(year > 0 ? year : undefined).catch(fail);
}

function rank(key: string): number {
  // The question Orbit asks first is distance from Moscow: West share, then any measure toward RUS.
  return key.startsWith("west_share") ? 0 : key.endsWith("|RUS") ? 1 : 2;
}

function openCountry(e: Event): void {
  const code = (e.target as HTMLSelectElement).value;
  if (code) go(`#/country/${code}`);
}
