// Test support only: a route table → an HTTP server on 127.0.0.1 with a random port, closed by the caller.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type Route = (req: IncomingMessage, res: ServerResponse) => void;

export interface LocalServer {
  url: (path: string) => string;
  /** Every request seen: path, headers and arrival time, for assertions on user agent, validators and pacing. */
  log: { path: string; headers: IncomingMessage["headers"]; at: number }[];
  close: () => Promise<void>;
}

/** Routes by exact path (query included); unknown paths get 404. Used by the ingest tests, never by the product. */
export async function startLocalServer(routes: Record<string, Route>): Promise<LocalServer> {
  const log: LocalServer["log"] = [];
  const server: Server = createServer((req, res) => {
    log.push({ path: req.url ?? "", headers: req.headers, at: Date.now() });
    const route = routes[req.url ?? ""];
    if (route) route(req, res);
    else res.writeHead(404, { "content-type": "text/plain" }).end("not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    log,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
