import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describeJsonFinding, scanJsonText } from '@cate/core';

/** Where a command writes: process.stdout and process.stderr, or a buffer in tests. */
export interface Output {
  write(text: string): unknown;
  /** True when a person is watching (progress lines are shown by default then). */
  isTTY?: boolean;
}

/** Everything a command touches outside its arguments, so tests can run commands in-process. */
export interface Io {
  stdout: Output;
  stderr: Output;
  /** Relative file names are resolved against this directory. */
  cwd: string;
  /** The whole of standard input, for the file name `-`. */
  readStdin(): Promise<string>;
}

/** Exit statuses: 0 success, 1 the data (or a file) has errors, 2 the command line is wrong. */
export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

/**
 * An error the user can fix: printed as one clear message (never a stack trace) and mapped to an exit status.
 * `UsageError` is for the command line itself (exit 2); `InputError` for a file or its contents (exit 1).
 */
export class CliError extends Error {
  readonly exitCode: number;

  constructor(message: string, exitCode: number) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

export class UsageError extends CliError {
  constructor(message: string) {
    super(message, EXIT_USAGE);
    this.name = 'UsageError';
  }
}

export class InputError extends CliError {
  constructor(message: string) {
    super(message, EXIT_INVALID);
    this.name = 'InputError';
  }
}

/** A file that could not be read; `reason` says why without the file's name ("no such file"). */
export class FileReadError extends InputError {
  readonly file: string;
  readonly reason: string;

  constructor(file: string, reason: string) {
    super(`cannot read ${file}: ${reason}`);
    this.name = 'FileReadError';
    this.file = file;
    this.reason = reason;
  }
}

/** The name `-` means standard input (or output); shown as `<stdin>` in messages. */
export const STDIN = '-';

export function displayName(file: string): string {
  return file === STDIN ? '<stdin>' : file;
}

/** Why a file could not be read, in words: "no such file", "is a directory", "permission denied". */
function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

/** Reads a text file (or standard input for `-`); throws InputError naming the file when it cannot. */
export async function readText(io: Io, file: string): Promise<string> {
  if (file === STDIN) return io.readStdin();
  try {
    return await readFile(resolve(io.cwd, file), 'utf8');
  } catch (error) {
    throw new FileReadError(file, describeFsError(error));
  }
}

/**
 * Reads and parses a JSON file; throws InputError naming the file when it is missing or not JSON, or when it
 * holds what JSON.parse lets through silently: a key twice in one object (the first value would be lost), a
 * `__proto__` key, or nesting deeper than any cate document.
 */
export async function readJsonFile(io: Io, file: string, what: string): Promise<unknown> {
  const text = await readText(io, file);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    const message = (error as Error).message;
    throw new InputError(
      `${what} ${displayName(file)} is not valid JSON: ${message.length > 200 ? `${message.slice(0, 199)}…` : message}`,
    );
  }
  const findings = scanJsonText(body);
  if (findings.length > 0)
    throw new InputError(
      `${what} ${displayName(file)} is not valid (${plural(findings.length, 'problem')}):\n` +
        findings
          .map((f) => `  error: ${displayName(file)}, at ${f.path || '(top)'}: ${describeJsonFinding(f)}`)
          .join('\n'),
    );
  return value;
}

/** Writes text to a file, or to standard output for `-` or no file. */
export async function writeText(io: Io, file: string | undefined, text: string): Promise<void> {
  if (file === undefined || file === STDIN) {
    io.stdout.write(text);
    return;
  }
  try {
    await writeFile(resolve(io.cwd, file), text, 'utf8');
  } catch (error) {
    throw new InputError(`cannot write ${file}: ${describeFsError(error)}`);
  }
}

/** The real process: standard streams, working directory and standard input. */
export function processIo(): Io {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    async readStdin() {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
  };
}

const count = new Intl.NumberFormat('en-US');

/** "1 error", "2 errors", "13,004 rows". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${count.format(n)} ${n === 1 ? one : many}`;
}
