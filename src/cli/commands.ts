// The registry of CLI commands: one line per command file.
import type { Command } from "commander";
import { registerAnalyze } from "./analyze.ts";
import { registerEvents } from "./events.ts";
import { registerIngest } from "./ingest.ts";
import { registerServe } from "./serve.ts";
import { registerWorker } from "./worker.ts";

export type RegisterCommand = (program: Command) => void;

export const COMMANDS: RegisterCommand[] = [registerAnalyze, registerIngest, registerEvents, registerWorker, registerServe];
