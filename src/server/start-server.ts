// The Hono app → a listening Node HTTP server, with a close() that finishes open requests.
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { AppError } from "../domain/index.ts";
import { createApp } from "./app.ts";
import type { AppOptions } from "./server-deps.ts";

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Listens on host:port (port 0 picks a free one) and resolves once the socket is open. */
export function startServer(options: AppOptions & { port: number; host: string }): Promise<RunningServer> {
  const app = createApp(options);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, (info: AddressInfo) => {
      const host = info.address.includes(":") ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((err) => (err ? fail(err) : done()));
            (server as { closeIdleConnections?: () => void }).closeIdleConnections?.();
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
