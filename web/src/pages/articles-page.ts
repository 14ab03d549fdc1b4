// The latest articles, newest first, optionally about one actor or containing some words.
import { type ArticleSummary, get, type Page } from "../api.ts";
import { h } from "../dom.ts";
import { articleHref, type Route } from "../router.ts";

export function articleItem(a: ArticleSummary, withSnippet = true): HTMLElement {
  return h(
    "li",
    { class: "article-item" },
    h("a", { href: articleHref(a.id) }, a.title || a.id),
    h(
      "div",
      { class: "meta" },
      [a.published, a.site, a.eventCount !== undefined ? `${a.eventCount} events` : undefined]
        .filter(Boolean)
        .join(" · "),
    ),
    withSnippet && a.snippet ? h("p", { class: "snippet" }, a.snippet) : null,
  );
}

export async function articlesPage(main: HTMLElement, route: Route): Promise<void> {
  const actor = route.query.get("actor") ?? undefined;
  const text = route.query.get("text") ?? undefined;
  main.append(h("h1", {}, actor ? `Latest articles about ${actor}` : "Latest articles"));
  const list = h("ol", { class: "articles" });
  const more = h("button", { type: "button", class: "more", hidden: true }, "More articles");
  main.append(list, more);
  let cursor: string | null = null;
  const load = async () => {
    const page = await get<Page<ArticleSummary>>("articles", { actor, text, limit: 30, cursor });
    for (const a of page.rows) list.appendChild(articleItem(a));
    if (!list.childElementCount) list.replaceWith(h("p", { class: "empty" }, "No articles are stored yet."));
    cursor = page.next;
    more.hidden = !cursor;
  };
  more.addEventListener("click", () => void load());
  await load();
}
