import { ChartError } from '../load.js';

/**
 * The file a failed dynamic import names in its error (browsers say "Failed to fetch dynamically imported module:
 * https://…/chunks/pipeline-AB12.js"): its last two path segments, or `what` when the error names none.
 */
function failedFile(error: unknown, what: string): string {
  const url = /\b(?:https?|file):\/\/[^\s'"]+/.exec(String((error as Error | undefined)?.message ?? error))?.[0];
  if (!url) return what;
  try {
    return new URL(url).pathname.split('/').slice(-2).join('/');
  } catch {
    return what;
  }
}

/**
 * Imports a chunk the ES module bundle loads later (the preview's pipeline, a catalogue, the CATE taxonomy, the
 * exports). A chunk that cannot be loaded (a site that copied the bundle without all of chunks/, a network
 * failure) is said in the console with the file it names, and rejects with a ChartError `load-failed` whose
 * message names the file, so the element shows it and fires `cate-error`, as the bundle's loader does.
 */
export function loadedChunk<T>(what: string, load: () => Promise<T>): Promise<T> {
  return load().catch((error: unknown) => {
    const file = failedFile(error, what);
    const message = `cate: could not load ${file} (${what}). Copy the chunks/ folder beside the bundle.`;
    console.error(message, error);
    throw new ChartError('load-failed', message, [file]);
  });
}

/** A chunk loaded once per page: what it holds once loaded, and its loading (tried again after a failure). */
export function lazyChunk<T>(what: string, load: () => Promise<T>): { loaded(): T | undefined; load(): Promise<T> } {
  let value: T | undefined;
  let pending: Promise<T> | undefined;
  return {
    loaded: () => value,
    load: () =>
      (pending ??= loadedChunk(what, load).then(
        (module) => (value = module),
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      )),
  };
}
