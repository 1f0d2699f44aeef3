/*
 * Reading a large file is one long computation; in a browser it must not hold the page for more than a moment.
 * The readers are written as generators that pause (`yield`) between small slices of work: run to the end at
 * once they are the synchronous API the CLI uses; run by `runIncrementally` they give the event loop a turn
 * every few tens of milliseconds and stop when asked. Both run the same code, so both give the same result.
 */

import { SLICE_MS, yieldToEventLoop } from './yield.js';

/** Work that pauses between slices and finally returns its result. */
export type Steps<T> = Generator<void, T, void>;

/** Runs steps to the end without pausing. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

export interface IncrementalOptions {
  /** Stops the work at its next pause: the promise rejects with the signal's reason (an AbortError). */
  signal?: AbortSignal | undefined;
  /** The longest the work runs before it gives the event loop a turn, in milliseconds. Default 40. */
  sliceMs?: number | undefined;
}

/** Runs steps, giving the event loop a turn whenever a slice has run `sliceMs`; stops when `signal` aborts. */
export async function runIncrementally<T>(steps: Steps<T>, options: IncrementalOptions = {}): Promise<T> {
  const { signal } = options;
  const sliceMs = options.sliceMs ?? SLICE_MS;
  signal?.throwIfAborted();
  let sliceStart = performance.now();
  try {
    for (;;) {
      const next = steps.next();
      if (next.done) return next.value;
      if (performance.now() - sliceStart >= sliceMs) {
        await yieldToEventLoop();
        signal?.throwIfAborted();
        sliceStart = performance.now();
      }
    }
  } finally {
    steps.return(undefined as T);
  }
}
