// The article reader: clean text with event sentences highlighted, its events, and Latest and Related lists.
import { type ArticleDetail, type ArticleSummary, get, type Page } from "../api.ts";
import { externalLink, h } from "../dom.ts";
import { eventList } from "../event-list.ts";
import { highlightedText } from "../highlight.ts";
import type { Route } from "../router.ts";
import { articleItem } from "./articles-page.ts";

export async function articlePage(main: HTMLElement, route: Route): Promise<void> {
  const id = route.parts.slice(1).join("/");
  const [detail, latest] = await Promise.all([
    get<ArticleDetail>(`articles/${encodeURIComponent(id)}`),
    get<Page<ArticleSummary>>("articles", { limit: 8 }),
  ]);
  const { article, events, related } = detail;
  const meta = [article.published, article.byline, article.site].filter(Boolean).join(" · ");
  main.append(
    h(
      "div",
      { class: "reader" },
      h(
        "article",
        { class: "article" },
        h("h1", {}, article.title || article.id),
        h(
          "p",
          { class: "meta" },
          meta,
          article.url ? " · " : "",
          article.url ? externalLink(article.url, "original page") : null,
        ),
        h("p", { class: "sub" }, `${events.length} coded events; their sentences are highlighted.`),
        highlightedText(article.text, events),
        h("h2", {}, "Events in this article"),
        eventList(events, "No events were coded in this article."),
      ),
      h(
        "aside",
        { class: "side" },
        h("h2", {}, "Latest"),
        h(
          "ol",
          { class: "articles compact" },
          latest.rows.filter((a) => a.id !== article.id).map((a) => articleItem(a, false)),
        ),
        h("h2", {}, "Related"),
        related.length
          ? h(
              "ol",
              { class: "articles compact", id: "related" },
              related.map((a) => articleItem(a, false)),
            )
          : h("p", { class: "empty" }, "No related articles yet."),
      ),
    ),
  );
}
