// Environment and command-line options → one typed, validated configuration; read once, here.
import { z } from "zod";
import { AppError } from "../domain/index.ts";

export const configSchema = z.object({
  /** SQLite file path or postgres:// URL. */
  db: z.string().min(1).default("orbit.db"),
  port: z.coerce.number().int().min(1).max(65535).default(8080),
  host: z.string().default("127.0.0.1"),
  /** Bearer token for write endpoints; created on first run when absent. */
  token: z.string().optional(),
  /** Make read endpoints require the token too. */
  privateReads: z.boolean().default(false),
  userAgent: z.string().default("OrbitBot/0.1 (+https://github.com/orbit; news event coding)"),
  fetchTimeoutMs: z.coerce.number().int().positive().default(15_000),
  maxBodyBytes: z.coerce
    .number()
    .int()
    .positive()
    .default(20 * 1024 * 1024),
  /** Allow fetching loopback and private addresses (tests and intranets only). */
  allowPrivateNetwork: z.boolean().default(false),
  workers: z.coerce.number().int().min(1).max(64).optional(),
  logLevel: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("warn"),
});
export type Config = z.infer<typeof configSchema>;

const ENV: Record<string, keyof Config> = {
  ORBIT_DB: "db",
  ORBIT_PORT: "port",
  ORBIT_HOST: "host",
  ORBIT_TOKEN: "token",
  ORBIT_USER_AGENT: "userAgent",
  ORBIT_WORKERS: "workers",
  ORBIT_LOG_LEVEL: "logLevel",
  ORBIT_FETCH_TIMEOUT_MS: "fetchTimeoutMs",
};

/** Builds the configuration: defaults, then environment, then explicit overrides (command-line options). */
export function loadConfig(overrides: Partial<Record<keyof Config, unknown>> = {}, env = process.env): Config {
  const raw: Record<string, unknown> = {};
  for (const [name, key] of Object.entries(ENV)) if (env[name] !== undefined && env[name] !== "") raw[key] = env[name];
  if (env.ORBIT_PRIVATE_READS === "1" || env.ORBIT_PRIVATE_READS === "true") raw.privateReads = true;
  if (env.ORBIT_ALLOW_PRIVATE_NETWORK === "1" || env.ORBIT_ALLOW_PRIVATE_NETWORK === "true")
    raw.allowPrivateNetwork = true;
  for (const [k, v] of Object.entries(overrides)) if (v !== undefined) raw[k] = v;
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError("BAD_OPTION", `invalid ${issue?.path.join(".")}: ${issue?.message}`, { where: "config" });
  }
  return parsed.data;
}
