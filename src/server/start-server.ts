// The Hono app → a listening Node HTTP server, with a close() that finishes open requests, then drops what is left.
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { AppError } from "../domain/index.ts";
import { createApp } from "./app.ts";
import type { AppOptions } from "./server-deps.ts";

export interface RunningServer {
  url: string;
  /** Stops listening, lets open requests finish for up to `graceMs`, then closes every socket still open. */
  close(graceMs?: number): Promise<void>;
}

/** How long close() lets requests under way finish before it drops their sockets. */
const CLOSE_GRACE_MS = 5_000;

/** Listens on host:port (port 0 picks a free one) and resolves once the socket is open. */
export function startServer(options: AppOptions & { port: number; host: string }): Promise<RunningServer> {
  const app = createApp(options);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, (info: AddressInfo) => {
      const host = info.address.includes(":") ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        close: (graceMs = CLOSE_GRACE_MS) =>
          new Promise<void>((done, fail) => {
            const sockets = server as { closeIdleConnections?: () => void; closeAllConnections?: () => void };
            // A browser opens sockets ahead of need (preconnect). One that has sent no request yet is not idle to
            // Node, and closing stops the headers timeout that would end it, so close() waited on it forever.
            const force = setTimeout(() => sockets.closeAllConnections?.(), graceMs);
            force.unref();
            server.close((err) => {
              clearTimeout(force);
              if (err) fail(err);
              else done();
            });
            sockets.closeIdleConnections?.();
          }),
      });
    });
    server.once("error", (err: NodeJS.ErrnoException) => {
      const why = err.code === "EADDRINUSE" ? "the port is already in use (try --port)" : err.message;
      reject(new AppError("BAD_OPTION", why, { where: `${options.host}:${options.port}`, cause: err }));
    });
    // Slow clients cannot hold sockets open forever.
    (server as { headersTimeout?: number }).headersTimeout = 20_000;
    (server as { requestTimeout?: number }).requestTimeout = 120_000;
  });
}
