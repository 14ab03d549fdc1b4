// Command line → commands: parses argv with commander, runs one command, turns AppErrors into exit codes.
import { Command, CommanderError } from "commander";
import { AppError, type ErrorCode } from "../domain/index.ts";
import { COMMANDS } from "./commands.ts";
import { PartialFailure } from "./partial-failure.ts";

const EXIT: Partial<Record<ErrorCode, number>> = {
  BAD_OPTION: 2,
  BAD_INPUT: 1,
  NOT_FOUND: 1,
  UNREADABLE: 1,
  TOO_LARGE: 1,
  STORE_FAILED: 3,
  UNAUTHORIZED: 4,
};

export function buildProgram(): Command {
  const program = new Command("orbit")
    .description("Orbit: news → coded political events → alignment indices and alerts, with evidence")
    .version("0.1.0")
    .showHelpAfterError()
    .exitOverride();
  for (const register of COMMANDS) register(program);
  return program;
}

/**
 * Commander answers `orbit expor --help` with the top-level help and exit 0, as if the command existed: the first word
 * that is no option must name a command (the program's own options, --help and --version, take no value).
 */
function checkCommandName(parent: Command, args: string[], path = "orbit"): void {
  const at = args.findIndex((a) => !a.startsWith("-"));
  const word = args[at];
  if (word === undefined || word === "help" || !parent.commands.length) return;
  const command = parent.commands.find((c) => c.name() === word || c.aliases().includes(word));
  if (!command) {
    const known = parent.commands.map((c) => c.name()).join(", ");
    throw new AppError("BAD_OPTION", `unknown command "${word}" (${path} commands: ${known}; ${path} --help)`);
  }
  checkCommandName(command, args.slice(at + 1), `${path} ${word}`);
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    checkCommandName(program, argv.slice(2));
    await program.parseAsync(argv);
    return 0;
  } catch (err) {
    if (err instanceof PartialFailure) return err.exitCode;
    // A package loaded lazily (pg) and not installed: bin/orbit.js says to run npm install.
    if ((err as { code?: string } | undefined)?.code === "ERR_MODULE_NOT_FOUND") throw err;
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    if (err instanceof AppError) {
      process.stderr.write(`orbit: ${err.message}\n`);
      return EXIT[err.code] ?? 1;
    }
    process.stderr.write(
      `orbit: unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    return 70;
  }
}
