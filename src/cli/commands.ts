// The registry of CLI commands: one line per command file.
import type { Command } from "commander";
import { registerAlerts } from "./alerts.ts";
import { registerAlign } from "./align.ts";
import { registerAnalyze } from "./analyze.ts";
import { registerBrief } from "./brief.ts";
import { registerDemo } from "./demo.ts";
import { registerEvents } from "./events.ts";
import { registerExport } from "./export.ts";
import { registerFailures } from "./failures.ts";
import { registerImport } from "./import.ts";
import { registerIngest } from "./ingest.ts";
import { registerServe } from "./serve.ts";
import { registerStart } from "./start.ts";
import { registerWatch } from "./watch.ts";
import { registerWorker } from "./worker.ts";

export type RegisterCommand = (program: Command) => void;

export const COMMANDS: RegisterCommand[] = [
  registerAnalyze,
  registerIngest,
  registerEvents,
  registerFailures,
  registerAlign,
  registerAlerts,
  registerBrief,
  registerImport,
  registerExport,
  registerServe,
  registerStart,
  registerDemo,
  registerWorker,
  registerWatch,
];
