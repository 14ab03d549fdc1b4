// Events → cards: who did what to whom and when, the evidence sentence (as text), and a link to its article.
import type { EventRow } from "./api.ts";
import { actorName } from "./countries.ts";
import { externalLink, h } from "./dom.ts";
import { articleHref } from "./router.ts";

const QUAD_LABEL: Record<string, string> = {
  "verbal-cooperation": "verbal cooperation",
  "material-cooperation": "material cooperation",
  "verbal-conflict": "verbal conflict",
  "material-conflict": "material conflict",
};

export function actorLink(code: string): HTMLElement {
  return h("a", { href: `#/country/${encodeURIComponent(code)}`, title: actorName(code) }, code);
}

export function eventCard(e: EventRow): HTMLElement {
  return h(
    "li",
    { class: `event ${e.quad}` },
    h(
      "div",
      { class: "event-head" },
      h("time", {}, e.when ?? "undated"),
      " ",
      actorLink(e.source),
      h(
        "a",
        {
          href: `#/dyad/${encodeURIComponent(e.source)}/${encodeURIComponent(e.target)}`,
          class: "arrow",
          title: "Dyad page",
        },
        " → ",
      ),
      actorLink(e.target),
      " ",
      h("span", { class: "cameo", title: `CAMEO ${e.cameo}` }, `CAMEO ${e.cameo}`),
      " ",
      h("span", { class: `quad ${e.quad}` }, QUAD_LABEL[e.quad] ?? e.quad),
      " ",
      h("span", { class: "goldstein", title: "Goldstein score (−10 conflict … +10 cooperation)" }, `G ${e.goldstein}`),
    ),
    h("blockquote", { class: "evidence" }, e.evidence?.text ?? ""),
    h(
      "div",
      { class: "event-foot" },
      e.articleId
        ? h("a", { href: articleHref(e.articleId), class: "article-link" }, "Read the article")
        : externalLink(e.url, "Source page"),
      e.attribution ? h("span", { class: "attribution" }, ` · according to ${e.attribution}`) : null,
      e.origin === "gdelt" ? h("span", { class: "origin" }, " · GDELT") : null,
    ),
  );
}

export function eventList(rows: EventRow[], empty = "No events match."): HTMLElement {
  if (!rows.length) return h("p", { class: "empty" }, empty);
  return h("ol", { class: "events" }, rows.map(eventCard));
}
