// location.hash → a route (path parts and query), so every page has a link that can be shared or bookmarked.

export interface Route {
  /** `#/country/ARM` → ["country", "ARM"] */
  parts: string[];
  query: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, "");
  const q = raw.indexOf("?");
  const path = q >= 0 ? raw.slice(0, q) : raw;
  const query = new URLSearchParams(q >= 0 ? raw.slice(q + 1) : "");
  const parts = path
    .split("/")
    .filter(Boolean)
    .map((p) => {
      try {
        return decodeURIComponent(p);
      } catch {
        return p;
      }
    });
  return { parts, query };
}

export function go(hash: string): void {
  if (location.hash === hash) window.dispatchEvent(new HashChangeEvent("hashchange"));
  else location.hash = hash;
}

/** `#/article/<id>` with the id escaped, since article ids are often URLs or paths. */
export function articleHref(id: string): string {
  return `#/article/${encodeURIComponent(id)}`;
}
