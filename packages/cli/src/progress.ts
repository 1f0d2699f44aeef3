import type { Io } from './io.js';

/** Progress lines on standard error: shown when it is a terminal, or when `--progress` asks for them. */
export interface Progress {
  readonly enabled: boolean;
  note(message: string): void;
}

export function createProgress(io: Io, requested: boolean | undefined): Progress {
  const enabled = requested === true || io.stderr.isTTY === true;
  return {
    enabled,
    note(message) {
      if (enabled) io.stderr.write(`cate: ${message}\n`);
    },
  };
}

/** Milliseconds since `start`, for progress and summaries: "85 ms", "1.2 s". */
export function elapsed(start: number): string {
  const ms = performance.now() - start;
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}
