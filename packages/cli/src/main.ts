import { clip } from '@cate/core';
import { createRequire } from 'node:module';
import { aggregateCommand } from './aggregate.js';
import { buildCommand } from './build.js';
import { runCommand, type Command, type OptionSpecs } from './command.js';
import { embedCommand } from './embed.js';
import { importCommand } from './import.js';
import { publishCommand } from './publish.js';
import { CliError, EXIT_INVALID, EXIT_OK, EXIT_USAGE, UsageError, type Io } from './io.js';
import { didYouMean } from './nearest.js';
import { Report, errorProblem, wantsJson } from './report.js';
import { validateCommand } from './validate.js';

export const COMMANDS: readonly Command<OptionSpecs>[] = [
  validateCommand,
  publishCommand,
  aggregateCommand,
  buildCommand,
  embedCommand,
  importCommand,
] as unknown as readonly Command<OptionSpecs>[];

/** The package's version, read from package.json (one level up from both src/ and dist/). */
export function version(): string {
  return (createRequire(import.meta.url)('../package.json') as { version: string }).version;
}

export function generalHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `Usage: cate COMMAND [options]

Validated, privacy-safe quarterly reports for an anti-trafficking coalition.

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Options:
  -h, --help      this help ("cate COMMAND --help" for a command's own)
  -v, --version   the version
  --json          (every command) one JSON document on standard output: {command, ok, exitCode, problems,
                  ...the command's result}; messages and progress stay on standard error

Exit status: 0 success, 1 errors in the data or a file, 2 a wrong command line.
`;
}

/** Standard output for a command run with --json: the document is main()'s to write, anything else is a bug. */
const NO_STDOUT: Io['stdout'] = {
  write() {
    throw new Error('a command wrote to standard output with --json');
  },
};

/**
 * Runs `cate` with its arguments (without "node" and the script) and returns the exit status. Every user error
 * becomes one message on standard error; only an unexpected failure shows its stack, with CATE_DEBUG=1.
 * With --json, standard output gets one JSON document (see report.ts) and nothing else, on success and failure.
 */
export async function main(
  argv: readonly string[],
  io: Io,
  env: Record<string, string | undefined> = {},
): Promise<number> {
  const json = wantsJson(argv);
  const report = new Report(COMMANDS.find((c) => c.name === argv[0])?.name ?? null, json);
  const code = await run(argv, json ? { ...io, stdout: NO_STDOUT } : io, env, report);
  if (json) io.stdout.write(`${JSON.stringify(report.document(code), null, 2)}\n`);
  return code;
}

async function run(
  argv: readonly string[],
  io: Io,
  env: Record<string, string | undefined>,
  report: Report,
): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined) {
      io.stderr.write(generalHelp());
      return EXIT_USAGE;
    }
    if (name === '-h' || name === '--help' || name === 'help') {
      const topic = name === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
      if (report.json) report.set({ help: topic ? topic.help : generalHelp() });
      else io.stdout.write(topic ? topic.help : generalHelp());
      return EXIT_OK;
    }
    if (name === '-v' || name === '--version') {
      if (report.json) report.set({ version: version() });
      else io.stdout.write(`${version()}\n`);
      return EXIT_OK;
    }
    const command = COMMANDS.find((c) => c.name === name);
    if (!command) {
      const what = name.startsWith('-') ? 'option' : 'command';
      const names = COMMANDS.map((c) => c.name);
      throw new UsageError(
        `unknown ${what} "${clip(name)}"${didYouMean(name, names)}; the commands are ${names.join(', ')} (run "cate --help")`,
      );
    }
    return await runCommand(command, rest, io, report);
  } catch (error) {
    report.problems.push(errorProblem(error));
    if (error instanceof CliError) {
      io.stderr.write(`cate: ${error.message}\n`);
      return error.exitCode;
    }
    const detail = env.CATE_DEBUG
      ? `\n${(error as Error)?.stack ?? String(error)}`
      : ' (set CATE_DEBUG=1 to see where)';
    io.stderr.write(`cate: unexpected error: ${(error as Error)?.message ?? String(error)}${detail}\n`);
    return EXIT_INVALID;
  }
}
