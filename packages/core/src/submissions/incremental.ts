/*
 * Reading a large file is one long computation; in a browser it must not hold the page for more than a moment.
 * The readers are written as generators that pause (`yield`) between small slices of work: run to the end at
 * once they are the synchronous API the CLI uses; run by `runIncrementally` they give the event loop a turn
 * every few tens of milliseconds and stop when asked. Both run the same code, so both give the same result.
 */

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

/** The default slice: short enough that input waits at most a frame or three, long enough to waste little time. */
export const SLICE_MS = 40;

interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * A turn of the event loop: `scheduler.yield()` where the browser has it (the work resumes ahead of other
 * tasks), else `setImmediate` (Node), else a MessageChannel message (a task without setTimeout's 4 ms clamp).
 */
export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  const immediate = (globalThis as { setImmediate?: (callback: () => void) => unknown }).setImmediate;
  if (typeof immediate === 'function') return new Promise((resolve) => immediate(resolve));
  if (typeof MessageChannel === 'function')
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(undefined);
    });
  return new Promise((resolve) => setTimeout(resolve, 0));
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
