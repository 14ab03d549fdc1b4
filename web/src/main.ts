// Dashboard entry: hash route → page. Pages fetch from the REST API and build the DOM with text nodes only.
import "./style.css";
import { clear, h } from "./dom.ts";
import { alertsPage } from "./pages/alerts-page.ts";
import { articlePage } from "./pages/article-page.ts";
import { articlesPage } from "./pages/articles-page.ts";
import { countryPage } from "./pages/country-page.ts";
import { dyadPage } from "./pages/dyad-page.ts";
import { eventsPage } from "./pages/events-page.ts";
import { mapPage } from "./pages/map-page.ts";
import { parseHash, type Route } from "./router.ts";

type PageFn = (main: HTMLElement, route: Route) => Promise<void>;

const PAGES: Record<string, PageFn> = {
  "": mapPage,
  country: countryPage,
  dyad: dyadPage,
  events: eventsPage,
  articles: articlesPage,
  article: articlePage,
  alerts: alertsPage,
};

const main = document.getElementById("main")!;
let generation = 0;

async function render(): Promise<void> {
  const route = parseHash(location.hash);
  const page = PAGES[route.parts[0] ?? ""];
  const mine = ++generation;
  clear(main);
  main.setAttribute("aria-busy", "true");
  document.querySelectorAll("header nav a").forEach((a) => {
    const target = parseHash(a.getAttribute("href") ?? "").parts[0] ?? "";
    a.toggleAttribute("aria-current", target === (route.parts[0] ?? ""));
  });
  try {
    if (!page) main.append(h("h1", {}, "Not found"), h("p", {}, h("a", { href: "#/" }, "Back to the map")));
    else await page(main, route);
  } catch (err) {
    // A newer navigation already replaced this page; its error no longer matters.
    if (mine !== generation) return;
    main.append(h("p", { class: "error", role: "alert" }, `Could not load this page: ${(err as Error).message}`));
  } finally {
    if (mine === generation) main.setAttribute("aria-busy", "false");
  }
  document.title = `${main.querySelector("h1")?.textContent ?? "Orbit"} · Orbit`;
}

window.addEventListener("hashchange", () => {
  void render().then(() => main.focus({ preventScroll: false }));
});
void render();
