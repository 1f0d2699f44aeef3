// A turn of the event loop, for work done in slices (incremental.ts). In a file of its own so that the browser
// bundle's first load, which reads a large published file in slices, takes it without the readers' machinery.

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
