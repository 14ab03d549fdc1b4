// GET / and its assets: the built dashboard (web/dist), read from disk with no path outside that folder.
import { readFile } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import type { Hono } from "hono";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

/** Maps a URL path to a file under root, or undefined for anything that would step outside it. */
export function safePath(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes("\0")) return undefined;
  const path = normalize(join(root, decoded));
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep) ? path : undefined;
}

export function mountStatic(app: Hono, root: string): void {
  app.get("*", async (c) => {
    const urlPath = c.req.path === "/" ? "/index.html" : c.req.path;
    const path = safePath(root, urlPath);
    if (!path) return c.text("not found", 404);
    try {
      const body = await readFile(path);
      // Vite names assets by content hash, so they can be cached for good; index.html must always be revalidated.
      const immutable = urlPath.startsWith("/assets/");
      return c.body(body, 200, {
        "Content-Type": TYPES[extname(path)] ?? "application/octet-stream",
        "Cache-Control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
      });
    } catch {
      return c.text(
        urlPath === "/index.html" ? "dashboard not built: run `npm run build:web` or `orbit serve`" : "not found",
        404,
      );
    }
  });
}
