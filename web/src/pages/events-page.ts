// The events explorer: the API's filters as a form, results with evidence, "more" by cursor, CSV/JSONL export.
import { type EventRow, get, type Page, queryString } from "../api.ts";
import { h } from "../dom.ts";
import { eventCard } from "../event-list.ts";
import { go, type Route } from "../router.ts";

const FIELDS: { name: string; label: string; placeholder: string }[] = [
  { name: "actor", label: "Actor", placeholder: "ARM" },
  { name: "dyad", label: "Dyad", placeholder: "ARM:AZE" },
  { name: "cameo", label: "CAMEO", placeholder: "19 or 190" },
  { name: "since", label: "Since", placeholder: "2024-01" },
  { name: "until", label: "Until", placeholder: "2025-12-31" },
  { name: "text", label: "Text", placeholder: "words in the sentence" },
];
const QUADS = ["", "verbal-cooperation", "material-cooperation", "verbal-conflict", "material-conflict"];

export async function eventsPage(main: HTMLElement, route: Route): Promise<void> {
  const filters: Record<string, string> = {};
  for (const key of [...FIELDS.map((f) => f.name), "quad", "symmetric", "origin"]) {
    const v = route.query.get(key);
    if (v) filters[key] = v;
  }
  const form = h(
    "form",
    { class: "filters", role: "search" },
    FIELDS.map((f) =>
      h("label", {}, f.label, h("input", { name: f.name, value: filters[f.name] ?? "", placeholder: f.placeholder })),
    ),
    h(
      "label",
      {},
      "Quad",
      h(
        "select",
        { name: "quad" },
        QUADS.map((q) => h("option", { value: q, selected: filters.quad === q }, q || "any")),
      ),
    ),
    h(
      "label",
      { class: "check" },
      h("input", { type: "checkbox", name: "symmetric", value: "1", checked: !!filters.symmetric }),
      "both directions",
    ),
    h("button", { type: "submit" }, "Search"),
  );
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const data = new FormData(form);
    const q = new URLSearchParams();
    for (const [k, v] of data) if (typeof v === "string" && v.trim()) q.set(k, v.trim());
    go(`#/events${q.size ? `?${q}` : ""}`);
  });
  const status = h("p", { class: "status", role: "status" });
  const list = h("ol", { class: "events" });
  const more = h("button", { type: "button", class: "more", hidden: true }, "More events");
  const exportQuery = queryString(filters);
  main.append(
    h("h1", {}, "Events"),
    form,
    h(
      "p",
      { class: "sub" },
      "Export everything that matches: ",
      h("a", { href: `/api/events${exportQuery}${exportQuery ? "&" : "?"}format=csv` }, "CSV"),
      " · ",
      h("a", { href: `/api/events${exportQuery}${exportQuery ? "&" : "?"}format=jsonl` }, "JSONL"),
    ),
    status,
    list,
    more,
  );
  let cursor: string | null = null;
  let shown = 0;
  const load = async () => {
    status.textContent = "Loading…";
    try {
      const page = await get<Page<EventRow> & { total?: number }>("events", { ...filters, limit: 50, cursor });
      for (const row of page.rows) list.appendChild(eventCard(row));
      shown += page.rows.length;
      cursor = page.next;
      more.hidden = !cursor;
      const of = typeof page.total === "number" ? ` of ${page.total}` : cursor ? "; more available" : "";
      status.textContent = shown ? `1–${shown}${of} events shown.` : "No events match.";
    } catch (err) {
      status.textContent = `Search failed: ${(err as Error).message}`;
    }
  };
  more.addEventListener("click", () => void load());
  await load();
}
