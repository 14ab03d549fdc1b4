// Shared rules for Orbit's fuzz suites: bounded run counts, "only AppErrors", a per-case time budget, no unhandled
// rejections, and a count of the cases each property ran (printed as a test diagnostic for the closing note).
import assert from "node:assert/strict";
import type { TestContext } from "node:test";
import fc from "fast-check";
import { AppError } from "../../src/domain/index.ts";

/** Cases per property: ~200 keeps `npm test` quick; `npm run fuzz` sets ORBIT_FUZZ_RUNS=20000. */
export const FUZZ_RUNS = Math.max(1, Number(process.env.ORBIT_FUZZ_RUNS ?? 200) || 200);

/**
 * The bounded default run (CI) uses a fixed seed so it is repeatable; a long run (`npm run fuzz`, ORBIT_FUZZ_RUNS set)
 * draws a fresh seed each time to explore new inputs. ORBIT_FUZZ_SEED replays a failure fast-check reported.
 */
export const FUZZ_SEED = process.env.ORBIT_FUZZ_SEED
  ? Number(process.env.ORBIT_FUZZ_SEED)
  : process.env.ORBIT_FUZZ_RUNS
    ? undefined
    : 20250801;

export interface FuzzStats {
  cases: number;
  appErrors: number;
  slowestMs: number;
}

/** Asserts that whatever `run` threw is an AppError with a code and a message; returns it (or undefined if none). */
export function onlyAppError(err: unknown): AppError {
  assert.ok(err instanceof AppError, `not an AppError: ${err instanceof Error ? err.stack : String(err)}`);
  assert.ok(err.code, "AppError without a code");
  assert.ok(err.message.trim().length > 0, "AppError without a message");
  return err;
}

function record(stats: FuzzStats, started: number, budgetMs: number, label: string, input: unknown): void {
  const ms = performance.now() - started;
  stats.cases++;
  if (ms > stats.slowestMs) stats.slowestMs = ms;
  // A synchronous hang cannot be interrupted from inside; the case's wall time against the budget is the check.
  assert.ok(ms <= budgetMs, `${label}: one case took ${ms.toFixed(0)} ms (budget ${budgetMs} ms): ${preview(input)}`);
}

function preview(input: unknown): string {
  const s = typeof input === "string" ? input : JSON.stringify(input);
  return s === undefined ? String(input) : s.length > 300 ? `${s.slice(0, 300)}… (${s.length} chars)` : s;
}

export interface FuzzOptions {
  runs?: number;
  /** Wall-time budget per case in ms; generous because the CI machine is shared and loaded. */
  budgetMs?: number;
}

/** Runs a synchronous property: `check` may return or throw an AppError; anything else (or a slow case) fails. */
export function fuzz<T>(
  t: TestContext,
  label: string,
  arb: fc.Arbitrary<T>,
  check: (value: T) => void,
  options: FuzzOptions = {},
): FuzzStats {
  const stats: FuzzStats = { cases: 0, appErrors: 0, slowestMs: 0 };
  const budgetMs = options.budgetMs ?? 2000;
  fc.assert(
    fc.property(arb, (value) => {
      const started = performance.now();
      try {
        check(value);
      } catch (err) {
        if (err instanceof assert.AssertionError) throw err;
        onlyAppError(err);
        stats.appErrors++;
      }
      record(stats, started, budgetMs, label, value);
    }),
    { numRuns: options.runs ?? FUZZ_RUNS, seed: FUZZ_SEED },
  );
  report(t, label, stats);
  return stats;
}

/** The async form: each case also races a timer, so a promise that never settles is a failure, not a stuck suite. */
export async function fuzzAsync<T>(
  t: TestContext,
  label: string,
  arb: fc.Arbitrary<T>,
  check: (value: T) => Promise<void>,
  options: FuzzOptions = {},
): Promise<FuzzStats> {
  const stats: FuzzStats = { cases: 0, appErrors: 0, slowestMs: 0 };
  const budgetMs = options.budgetMs ?? 2000;
  const unhandled = trackUnhandledRejections();
  try {
    await fc.assert(
      fc.asyncProperty(arb, async (value) => {
        const started = performance.now();
        let timer: NodeJS.Timeout | undefined;
        const hang = new Promise<never>((_, reject) => {
          timer = setTimeout(
            () =>
              reject(
                new assert.AssertionError({ message: `${label}: no answer in ${budgetMs} ms: ${preview(value)}` }),
              ),
            budgetMs,
          );
        });
        try {
          await Promise.race([check(value), hang]);
        } catch (err) {
          if (err instanceof assert.AssertionError) throw err;
          onlyAppError(err);
          stats.appErrors++;
        } finally {
          clearTimeout(timer);
        }
        record(stats, started, budgetMs, label, value);
      }),
      { numRuns: options.runs ?? FUZZ_RUNS, seed: FUZZ_SEED },
    );
  } finally {
    unhandled.stop();
  }
  unhandled.assertNone(label);
  report(t, label, stats);
  return stats;
}

/** Collects unhandled promise rejections while a suite runs: each one is a crash a server or CLI would die of. */
export function trackUnhandledRejections(): { stop(): void; assertNone(label: string): void } {
  const seen: unknown[] = [];
  const onRejection = (reason: unknown) => seen.push(reason);
  process.on("unhandledRejection", onRejection);
  return {
    stop: () => process.off("unhandledRejection", onRejection),
    assertNone: (label) =>
      assert.equal(
        seen.length,
        0,
        `${label}: unhandled rejection: ${seen.map((r) => (r instanceof Error ? r.stack : String(r))).join("\n")}`,
      ),
  };
}

function report(t: TestContext, label: string, stats: FuzzStats): void {
  const line = `fuzz ${label}: ${stats.cases} cases, 0 crashes, ${stats.appErrors} AppErrors, slowest ${stats.slowestMs.toFixed(0)} ms`;
  t.diagnostic(line);
  if (process.env.ORBIT_FUZZ_LOG) process.stdout.write(`${line}\n`);
}

/** A real input with a random cut, splice or insertion: what a flaky server, a broken CMS or a truncated file yields. */
export function mutated(originals: string[], inserts: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...originals), fc.nat(), fc.nat(), inserts, fc.boolean())
    .map(([text, a, b, insert, truncate]) => {
      const i = a % (text.length + 1);
      if (truncate) return text.slice(0, i);
      const j = Math.min(text.length, i + (b % 400));
      return text.slice(0, i) + insert + text.slice(j);
    });
}
