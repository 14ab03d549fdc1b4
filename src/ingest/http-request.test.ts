import assert from "node:assert/strict";
import { createServer, type Socket } from "node:net";
import { test } from "node:test";
import { gzipSync } from "node:zlib";
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

/** A server that writes `answer` raw on each connection, then closes it after `closeAfterMs` (never when undefined). */
async function rawServer(answer: Buffer, closeAfterMs?: number): Promise<{ url: string; close: () => Promise<void> }> {
  const sockets: Socket[] = [];
  const server = createServer((socket) => {
    sockets.push(socket);
    socket.on("error", () => {});
    socket.once("data", () => {
      socket.write(answer);
      if (closeAfterMs !== undefined) setTimeout(() => socket.destroy(), closeAfterMs);
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/x`,
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

const gzipAnswer = (body: Buffer, length: number) =>
  Buffer.concat([
    Buffer.from(
      `HTTP/1.1 200 OK\r\ncontent-type: text/html\r\ncontent-encoding: gzip\r\ncontent-length: ${length}\r\n\r\n`,
    ),
    body,
  ]);

test("gzip with a Content-Length shorter than the body: what the declared bytes hold is read, as a cut page is", async () => {
  const page = `<html><body>${"<p>Baku and Ankara signed a memorandum.</p>".repeat(200)}</body></html>`;
  const packed = gzipSync(page);
  const server = await rawServer(gzipAnswer(packed, packed.length - 30));
  try {
    const res = await httpGet(new URL(server.url), {}, limits);
    assert.equal(res.status, 200);
    const text = res.body.toString("utf8");
    assert.ok(text.length > 1000 && page.startsWith(text), `${text.length} of ${page.length} characters`);
    // and marked, so the user is told the page may be cut
    assert.equal(res.cut, true);
  } finally {
    await server.close();
  }
});

test("a whole gzip body is not marked cut; a cut one that holds nothing readable is an error naming why", async () => {
  const packed = gzipSync("<p>Baku and Ankara signed a memorandum.</p>");
  const whole = await rawServer(gzipAnswer(packed, packed.length));
  try {
    const res = await httpGet(new URL(whole.url), {}, limits);
    assert.equal(res.cut, undefined);
    assert.equal(res.body.toString("utf8"), "<p>Baku and Ankara signed a memorandum.</p>");
  } finally {
    await whole.close();
  }
  const bare = await rawServer(gzipAnswer(packed, 8));
  try {
    await assert.rejects(httpGet(new URL(bare.url), {}, limits), /compressed body ended before anything in it/);
  } finally {
    await bare.close();
  }
});

test("gzip with a Content-Length longer than the body, the connection then closed: named, not hung", async () => {
  const packed = gzipSync("<p>Baku and Ankara signed a memorandum.</p>");
  const server = await rawServer(gzipAnswer(packed, packed.length + 400), 50);
  try {
    await assert.rejects(httpGet(new URL(server.url), {}, limits), /\/x: connection closed mid-body/);
  } finally {
    await server.close();
  }
});
