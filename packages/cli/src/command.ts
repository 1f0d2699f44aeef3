import { parseArgs } from 'node:util';
import { clip, defaultYears, parseQuarterRange, type QuarterRange, type YearRange } from '@cate/core';
import { EXIT_OK, UsageError, type Io } from './io.js';
import { didYouMean } from './nearest.js';
import type { Report } from './report.js';

/** One option of a command, as node:util parseArgs reads it. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** A string option that may be given more than once (`--previous a.json --previous b.json`). */
  multiple?: boolean;
}

export type OptionSpecs = Record<string, OptionSpec>;

/**
 * The values parseArgs read: a string for string options (an array of them for `multiple` ones), true for flags
 * given, undefined when absent.
 */
export type OptionValues<O extends OptionSpecs> = {
  [K in keyof O]?: O[K]['type'] extends 'string' ? (O[K]['multiple'] extends true ? string[] : string) : boolean;
};

export interface Parsed<O extends OptionSpecs> {
  options: OptionValues<O>;
  positionals: string[];
}

/** A subcommand: its name, a one-line summary for `cate --help`, its full help, its options and what it does. */
export interface Command<O extends OptionSpecs = OptionSpecs> {
  name: string;
  summary: string;
  help: string;
  options: O;
  /** Runs the command; what it finds and makes also goes to `report` (printed as the document with --json). */
  run(parsed: Parsed<O>, io: Io, report: Report): Promise<number>;
}

/** Declares a command with its options' types inferred. */
export function defineCommand<O extends OptionSpecs>(command: Command<O>): Command<O> {
  return command;
}

const HELP: OptionSpec = { type: 'boolean', short: 'h' };
/** Every command takes --json; main() reads it (before parsing, so a wrong command line is reported in JSON too). */
const JSON_OPTION: OptionSpec = { type: 'boolean' };

function optionNames(options: OptionSpecs): string[] {
  return Object.keys(options).map((name) => `--${name}`);
}

/**
 * Reads a command's arguments strictly: an unknown option, a missing value or a value given to a flag is a
 * UsageError that names the option and the command (and the nearest known option).
 */
export function parseCommandArgs<O extends OptionSpecs>(
  command: Command<O>,
  argv: readonly string[],
): Parsed<O> & { help: boolean } {
  const options = { ...command.options, help: HELP, json: JSON_OPTION };
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
    const { help, json: _json, ...rest } = values as Record<string, string | boolean | undefined>;
    return { options: rest as OptionValues<O>, positionals, help: help === true };
  } catch (error) {
    const e = error as { code?: string; message?: string };
    const run = `run "cate ${command.name} --help" for its options`;
    if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const option = /option '([^']+)'/i.exec(e.message ?? '')?.[1] ?? '?';
      const name = option.split('=')[0]!;
      throw new UsageError(
        `unknown option "${clip(name)}" for "cate ${command.name}"${didYouMean(name, optionNames(options))}; ${run}`,
      );
    }
    if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const option = /option '(-[^' ]+)/i.exec(e.message ?? '')?.[1] ?? '';
      const spec = Object.entries(options).find(([name, s]) => `--${name}` === option || `-${s.short}` === option);
      const problem = spec?.[1].type === 'boolean' ? 'takes no value' : 'needs a value';
      throw new UsageError(`option "${clip(option)}" of "cate ${command.name}" ${problem}; ${run}`);
    }
    throw error;
  }
}

/** Runs a command from its arguments: prints its help for `--help` (into the report with --json), else runs it. */
export async function runCommand<O extends OptionSpecs>(
  command: Command<O>,
  argv: readonly string[],
  io: Io,
  report: Report,
): Promise<number> {
  const parsed = parseCommandArgs(command, argv);
  if (parsed.help) {
    if (report.json) report.set({ help: command.help });
    else io.stdout.write(command.help.endsWith('\n') ? command.help : `${command.help}\n`);
    return EXIT_OK;
  }
  return command.run(parsed, io, report);
}

/** A required option's value, or a UsageError naming it. */
export function required(value: string | undefined, option: string, command: string, example: string): string {
  if (value === undefined || value === '')
    throw new UsageError(`"cate ${command}" needs ${option}, e.g. ${option} ${example}`);
  return value;
}

/** Reads `--quarters 2024-Q1..2025-Q4` (or one quarter), or a UsageError explaining the form. */
export function quarterRangeOption(text: string, option = '--quarters'): QuarterRange {
  const range = parseQuarterRange(text);
  if (!range)
    throw new UsageError(
      `${option} "${clip(text)}" is not a quarter range; expected FROM..TO with FROM not after TO, e.g. 2024-Q1..2025-Q4 (or one quarter, 2025-Q3)`,
    );
  return range;
}

/** Reads a comma-separated list (`a,b, c`), dropping blanks. */
export function listOption(text: string | undefined): string[] | undefined {
  if (text === undefined) return undefined;
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** One of a fixed set of values, or a UsageError listing them. */
export function choiceOption<T extends string>(
  value: string | undefined,
  option: string,
  choices: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${option} "${clip(value)}" is not one of ${choices.join(', ')}${didYouMean(value, choices)}`);
}

/** Reads `--years 2000..2027`: the plausible years of submitted quarters (default: 2000 to next year). */
export function yearsOption(text: string | undefined): YearRange {
  if (text === undefined) return defaultYears();
  const match = /^\s*(\d{4})\s*\.\.\s*(\d{4})\s*$/.exec(text);
  const from = match ? Number(match[1]) : NaN;
  const to = match ? Number(match[2]) : NaN;
  if (!match || from > to)
    throw new UsageError(
      `--years "${clip(text)}" is not a range of years; expected FROM..TO with FROM not after TO, e.g. 2000..${defaultYears().to}`,
    );
  return { from, to };
}
