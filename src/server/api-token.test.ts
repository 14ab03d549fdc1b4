import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { ensureToken, tokenPathFor, verifyToken } from "./api-token.ts";

test("the token is created once, kept only as a salted hash, and verified", () => {
  const dir = mkdtempSync(join(tmpdir(), "orbit-token-"));
  try {
    const db = join(dir, "orbit.db");
    const first = ensureToken({ db });
    assert.ok(first.created && first.created.length >= 32);
    assert.equal(first.path, tokenPathFor(db));
    const file = readFileSync(first.path, "utf8");
    assert.ok(!file.includes(first.created), "the plain token is never written");
    const second = ensureToken({ db });
    assert.equal(second.created, undefined, "shown only on first run");
    assert.ok(verifyToken(second.record, first.created));
    assert.ok(!verifyToken(second.record, `${first.created}x`));
    assert.ok(!verifyToken(second.record, ""));
    assert.match(tokenPathFor("postgres://u@h/db"), /\.orbit\/token\.json$/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
