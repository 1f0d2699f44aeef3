/**
 * The one rule for every link that comes from data (a taxonomy's organization or source, a resource guide's
 * website, a publication): only https:, http:, mailto: and tel:, decided by the WHATWG URL parser, so case,
 * whitespace and control-character tricks (" JaVaScRiPt:", "java\tscript:") fail like the plain form.
 */
export const SAFE_URL_PROTOCOLS: readonly string[] = Object.freeze(['https:', 'http:', 'mailto:', 'tel:']);

/** The URL as it may be written into an href, or undefined when it is not an absolute URL with a safe protocol. */
export function safeUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2048) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  return SAFE_URL_PROTOCOLS.includes(url.protocol) ? url.href : undefined;
}

/** Why a URL from data is refused, for a located validation problem; undefined when it is safe. */
export function unsafeUrlReason(value: string): string | undefined {
  if (safeUrl(value) !== undefined) return undefined;
  const shown = value.length > 80 ? `${value.slice(0, 80)}…` : value;
  return `"${shown}" is not a link cate writes into a page: expected an absolute URL starting with https:, http:, mailto: or tel:`;
}
