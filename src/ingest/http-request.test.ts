import assert from "node:assert/strict";
import { createServer, type Socket } from "node:net";
import { test } from "node:test";
import { httpGet } from "./http-request.ts";

const limits = { timeoutMs: 5_000, maxBytes: 1 << 20, allowPrivateNetwork: true };
const ok = (body: string) =>
  `HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\ncontent-length: ${body.length}\r\nconnection: keep-alive\r\n\r\n${body}`;

/**
 * A server that answers the first request on each connection and drops the connection, unanswered, when a second
 * request arrives on it: what a client meets when it reuses a kept-alive socket the server has just closed.
 */
async function closingServer(): Promise<{ url: string; connections: () => number; close: () => Promise<void> }> {
  const sockets: Socket[] = [];
  const server = createServer((socket) => {
    sockets.push(socket);
    let requests = 0;
    socket.on("data", (chunk) => {
      if (!chunk.toString("latin1").includes("\r\n\r\n")) return;
      requests += 1;
      if (requests === 1) socket.write(ok(`answer ${sockets.length}`));
      else socket.destroy();
    });
    socket.on("error", () => {});
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/x`,
    connections: () => sockets.length,
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

test("a GET on a kept-alive socket the server dropped is sent again on a fresh connection", async () => {
  const server = await closingServer();
  try {
    const first = await httpGet(new URL(server.url), {}, limits);
    assert.equal(first.body.toString(), "answer 1");
    // The pooled socket is reused for the second GET; the server drops it; the retry opens connection 2.
    const second = await httpGet(new URL(server.url), {}, limits);
    assert.equal(second.body.toString(), "answer 2");
    assert.equal(server.connections(), 2);
  } finally {
    await server.close();
  }
});

test("a reset on a fresh connection is a failure, not retried", async () => {
  let connections = 0;
  const server = createServer((socket) => {
    connections += 1;
    socket.on("data", () => socket.destroy());
    socket.on("error", () => {});
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as { port: number };
  try {
    await assert.rejects(httpGet(new URL(`http://127.0.0.1:${port}/`), {}, limits), /socket hang up/);
    assert.equal(connections, 1);
  } finally {
    await new Promise<void>((r) => server.close(() => r()));
  }
});
