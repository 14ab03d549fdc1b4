// The write token: created once, shown once, kept only as a salted sha256 in a file next to the database.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { AppError } from "../domain/index.ts";

export interface TokenRecord {
  salt: string;
  /** hex sha256 of salt + token */
  hash: string;
}

export interface EnsuredToken {
  record: TokenRecord;
  /** The plain token, only when it was created just now (print it once, it is not kept). */
  created?: string;
  /** Where the hash lives, or "ORBIT_TOKEN" when it comes from configuration. */
  path: string;
}

export function hashToken(token: string, salt: string): string {
  return createHash("sha256").update(salt).update(token).digest("hex");
}

export function recordFor(token: string, salt = randomBytes(16).toString("hex")): TokenRecord {
  return { salt, hash: hashToken(token, salt) };
}

/** Constant-time comparison: the time taken does not depend on how much of the token was right. */
export function verifyToken(record: TokenRecord, presented: string): boolean {
  const expected = Buffer.from(record.hash, "hex");
  const actual = Buffer.from(hashToken(presented, record.salt), "hex");
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** `orbit.db` → `orbit.db.token.json`; a PostgreSQL URL has no file beside it, so `.orbit/token.json` in the working folder. */
export function tokenPathFor(db: string): string {
  if (/^postgres(ql)?:\/\//i.test(db)) return resolve(".orbit", "token.json");
  return resolve(`${db}.token.json`);
}

/** Returns the token record, creating a new random token on first run. */
export function ensureToken(options: { db: string; token?: string; path?: string }): EnsuredToken {
  if (options.token) return { record: recordFor(options.token), path: "ORBIT_TOKEN" };
  const path = options.path ?? tokenPathFor(options.db);
  const existing = readRecord(path);
  if (existing) return { record: existing, path };
  const token = randomBytes(24).toString("base64url");
  const record = recordFor(token);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `${JSON.stringify({ ...record, created: new Date().toISOString() })}\n`, {
      mode: 0o600,
      flag: "wx", // never overwrite a token another process created a moment ago
    });
  } catch (err) {
    const raced = readRecord(path);
    if (raced) return { record: raced, path };
    throw new AppError("UNREADABLE", "cannot write the API token file", { where: path, cause: err });
  }
  return { record, created: token, path };
}

function readRecord(path: string): TokenRecord | undefined {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new AppError("UNREADABLE", "cannot read the API token file", { where: path, cause: err });
  }
  try {
    const data = JSON.parse(text) as Partial<TokenRecord>;
    if (typeof data.salt === "string" && typeof data.hash === "string" && /^[0-9a-f]{64}$/.test(data.hash))
      return { salt: data.salt, hash: data.hash };
  } catch {}
  throw new AppError("BAD_INPUT", "the API token file is damaged; delete it to create a new token", { where: path });
}
