import assert from "node:assert/strict";
import { test } from "node:test";
import { Hono } from "hono";
import { securityHeaders } from "./guard.ts";

test("security headers reach answers whose headers cannot be changed (a redirect), by copying them", async () => {
  const app = new Hono();
  app.use("*", securityHeaders());
  app.get("/moved", () => Response.redirect("http://127.0.0.1/elsewhere", 302));
  app.get("/json", (c) => c.json({ ok: true }));
  for (const path of ["/moved", "/json"]) {
    const res = await app.request(path);
    assert.equal(res.headers.get("x-frame-options"), "DENY", path);
    assert.match(res.headers.get("content-security-policy") ?? "", /default-src 'self'/, path);
  }
  assert.equal((await app.request("/moved")).headers.get("location"), "http://127.0.0.1/elsewhere");
});
