#!/usr/bin/env node
// Runs the TypeScript CLI through tsx so `npx orbit` works right after `npm install`, with no build step.
import { register } from "tsx/esm/api";

register();
// `orbit events | head` closes the pipe early: that is the reader being done, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (err) => {
    if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw err;
  });
}
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv);
