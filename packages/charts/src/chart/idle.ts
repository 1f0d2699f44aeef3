/** An idle callback runs within this many ms even on a page that is never idle. */
const IDLE_TIMEOUT = 1000;

/**
 * Runs `task` when the browser is idle (`requestIdleCallback`, at the latest after IDLE_TIMEOUT ms), or after a
 * short timeout where there is no idle callback (Safari). Returns a function that cancels it.
 */
export function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(() => task(), { timeout: IDLE_TIMEOUT });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 50);
  return () => clearTimeout(id);
}
