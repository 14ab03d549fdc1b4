// Store + config → the REST API and dashboard: a Hono app (testable without a socket) and a Node HTTP server.
export { type EnsuredToken, ensureToken, hashToken, type TokenRecord, tokenPathFor, verifyToken } from "./api-token.ts";
export { createApp } from "./app.ts";
export { CSV_COLUMNS as EVENT_CSV_COLUMNS, csvValues as eventCsvValues } from "./event-export.ts";
export type { AppOptions } from "./server-deps.ts";
export { type RunningServer, startServer } from "./start-server.ts";
export { ensureWebBuilt, WEB_DIST, webBuildIsStale } from "./web-build.ts";
