// Store + config → the Hono app: API routes under /api, the dashboard at /, errors as JSON.
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { cors } from "hono/cors";
import { AppError } from "../domain/index.ts";
import { actorsRoutes } from "./actors-routes.ts";
import { analysisRoutes } from "./analysis-routes.ts";
import { recordFor } from "./api-token.ts";
import { articlesRoutes } from "./articles-routes.ts";
import { eventsRoutes } from "./events-routes.ts";
import { queryLimit, rateLimit, requireToken, securityHeaders } from "./guard.ts";
import { handleError } from "./http-error.ts";
import { ingestRoutes } from "./ingest-routes.ts";
import { openApiDocument } from "./openapi.ts";
import { RateLimiter } from "./rate-limiter.ts";
import { ResponseCache } from "./response-cache.ts";
import type { AppOptions, ServerDeps } from "./server-deps.ts";
import { StaleCache } from "./stale-cache.ts";
import { mountStatic } from "./static-routes.ts";
import { WEB_DIST } from "./web-build.ts";

export function createApp(options: AppOptions): Hono {
  const deps: ServerDeps = {
    ...options,
    token: options.token ?? (options.config.token ? recordFor(options.config.token) : undefined),
    cache: new StaleCache(options.cacheTtlMs ?? 60_000),
    responses: new ResponseCache({ ttlMs: options.responseCacheMs ?? 1000 }),
  };
  const cached = deps.responses.middleware();
  const app = new Hono();
  const report = options.onError ?? ((err: Error) => process.stderr.write(`orbit serve: ${err.stack ?? err}\n`));
  app.onError(handleError((err) => report(err.cause instanceof Error ? err.cause : err)));
  app.notFound((c) =>
    c.json({ error: { code: "NOT_FOUND", message: `no route for ${c.req.method} ${c.req.path}` } }, 404),
  );

  app.use("*", securityHeaders());
  if (options.corsOrigins?.length) app.use("/api/*", cors({ origin: options.corsOrigins }));
  app.use("*", queryLimit(options.maxQueryBytes ?? 4096));
  if (options.rateLimit !== false)
    app.use("/api/*", rateLimit(new RateLimiter(options.rateLimit ?? { perSecond: 50, burst: 200 })));
  const limitBody = bodyLimit({
    maxSize: options.config.maxBodyBytes,
    onError: () => {
      throw new AppError("TOO_LARGE", `request body over ${options.config.maxBodyBytes} bytes`);
    },
  });
  // Reads carry no body and no GET handler reads one; asking for it would make the Node adapter build a full
  // Request object (with an AbortController) for every read, a large share of a cached read's cost.
  app.use("/api/*", (c, next) => (c.req.method === "GET" || c.req.method === "HEAD" ? next() : limitBody(c, next)));

  const writes = requireToken(deps.token);
  // Health stays public so monitors need no secret; everything else can be made private with `privateReads`.
  app.get("/api/health", cached, async (c) => {
    const stats = await options.store.stats();
    return c.json({ status: "ok", store: options.store.kind, ...stats });
  });
  app.get("/api/openapi.json", (c) => c.json(openApiDocument()));
  if (options.config.privateReads) app.on(["GET", "HEAD"], "/api/*", writes);
  app.on(["POST", "PUT", "PATCH", "DELETE"], "/api/*", writes);
  // After the token check, so a private answer is only ever served to a reader who may see it.
  app.use("/api/*", cached);

  app.route("/api/events", eventsRoutes(deps));
  app.route("/api/articles", articlesRoutes(deps));
  app.route("/api", actorsRoutes(deps));
  app.route("/api", analysisRoutes(deps));
  app.route("/api", ingestRoutes(deps));
  app.all("/api/*", (c) =>
    c.json({ error: { code: "NOT_FOUND", message: `no route for ${c.req.method} ${c.req.path}` } }, 404),
  );

  const dist = options.webDist ?? WEB_DIST;
  if (dist) mountStatic(app, dist);
  return app;
}
