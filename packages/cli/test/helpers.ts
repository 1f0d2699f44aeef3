import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Io } from '../src/io.js';
import { main } from '../src/main.js';

export const here = dirname(fileURLToPath(import.meta.url));
export const fixtures = join(here, 'fixtures');
export const examples = join(here, '..', 'examples');
export const repoRoot = join(here, '..', '..', '..');
export const sampleData = join(repoRoot, 'packages', 'core', 'data');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `cate ARGV...` in-process with captured output; relative names resolve against `cwd` (default: fixtures). */
export async function cate(
  argv: string[],
  options: { cwd?: string; stdin?: string; tty?: boolean } = {},
): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text), isTTY: options.tty ?? false },
    cwd: options.cwd ?? fixtures,
    readStdin: async () => options.stdin ?? '',
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** Runs the real bin as a child process: node with TypeScript sources (the "source" export condition). */
export function spawnCate(argv: string[], options: { cwd?: string; input?: string } = {}): RunResult {
  const result = spawnSync(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', join(repoRoot, 'packages', 'cli', 'src', 'cli.ts'), ...argv],
    { cwd: options.cwd ?? fixtures, input: options.input ?? '', encoding: 'utf8', timeout: 30_000 },
  );
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'cate-cli-'));
}

/** Output lines without the trailing empty one. */
export function lines(text: string): string[] {
  return text.split('\n').filter((line, i, all) => line !== '' || i < all.length - 1);
}

/** Counts of the committed sample, from the generator itself, so tests follow a regenerated sample. */
import { sampleSubmissions } from '@cate/core/sample';
import { submissionsToRows } from '@cate/core';
export const sampleCounts = {
  submissions: sampleSubmissions().length,
  rows: submissionsToRows(sampleSubmissions()).length,
};
export const sampleSummary = `${sampleCounts.submissions} submissions, ${sampleCounts.rows.toLocaleString('en')} rows`;
