/*
 * What JSON.parse does not say about a document: a key given twice in one object (JSON.parse keeps the last
 * silently, so a count could be replaced without a word), a `__proto__` key (a trap for any code that copies the
 * object), and nesting deeper than any document of cate needs (recursive code would overflow the stack). A scan of
 * the text, for text JSON.parse has already accepted; linear, and it allocates only for what it reports.
 */

import { runSteps, type Steps } from './incremental.js';

const PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/;

/** Deeper than any cate document (a taxonomy or a submission is at most 6 levels deep). */
export const MAX_JSON_DEPTH = 64;

export interface JsonScanFinding {
  kind: 'duplicate-key' | 'proto-key' | 'too-deep';
  /** The key, cut to 80 characters (duplicate-key, proto-key). */
  key?: string;
  /** Where: `[3].counts.sex.female` (the key, or the value nested too deep). */
  path: string;
}

export interface JsonScanOptions {
  maxDepth?: number;
  /** Stop after this many findings. Default 20. */
  limit?: number;
}

function clipKey(key: string): string {
  return key.length > 80 ? `${key.slice(0, 79)}…` : key;
}

/** `.key` or `["key"]`, as the submission readers write paths. */
export function jsonPathKey(key: string): string {
  const shown = clipKey(key);
  return PLAIN_KEY.test(key) ? `.${shown}` : `[${JSON.stringify(shown)}]`;
}

interface Frame {
  /** Keys seen so far, for an object; undefined for an array. */
  keys: Set<string> | undefined;
  /** The current key (object) or index (array). */
  at: string | number;
}

function pathOf(stack: readonly Frame[], depth: number): string {
  let path = '';
  for (let i = 0; i < depth; i++) {
    const at = stack[i]!.at;
    path += typeof at === 'number' ? `[${at}]` : jsonPathKey(at);
  }
  const trimmed = path.startsWith('.') ? path.slice(1) : path;
  // A path 64 levels deep with long keys is itself long: keep its start and its end.
  return trimmed.length > 240 ? `${trimmed.slice(0, 120)}…${trimmed.slice(-119)}` : trimmed;
}

export interface JsonScan {
  findings: JsonScanFinding[];
  /** Whether the scan read the whole text (it stops at the limit of findings, or nesting too deep). */
  complete: boolean;
  /**
   * When the text is one array: the offsets of its `[`, of each comma between its items and of its `]`, so its
   * items can be parsed one by one.
   */
  items?: number[];
}

/** About how many characters the scan reads between pauses. */
const PAUSE_CHARS = 1 << 18;

/** Scans JSON text that JSON.parse accepts, for duplicate keys, `__proto__` keys and excessive nesting. */
export function scanJsonText(text: string, options: JsonScanOptions = {}): JsonScanFinding[] {
  return runSteps(scanJsonSteps(text, options)).findings;
}

/** scanJsonText in steps (see incremental.ts), also saying where a top-level array's items are. */
export function* scanJsonSteps(text: string, options: JsonScanOptions = {}): Steps<JsonScan> {
  const maxDepth = options.maxDepth ?? MAX_JSON_DEPTH;
  const limit = options.limit ?? 20;
  const findings: JsonScanFinding[] = [];
  const stack: Frame[] = [];
  let items: number[] | undefined;
  const incomplete = (): JsonScan => ({ findings, complete: false });
  let expectKey = false;
  const N = text.length;
  let nextPause = PAUSE_CHARS;
  for (let i = 0; i < N; i++) {
    if (findings.length >= limit) return incomplete();
    if (i >= nextPause) {
      nextPause = i + PAUSE_CHARS;
      yield;
    }
    const c = text.charCodeAt(i);
    if (c === 34) {
      // A string: find its closing quote (a quote preceded by an even number of backslashes).
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) return incomplete(); // not JSON: JSON.parse reports it
        let backslashes = 0;
        for (let k = q - 1; k > i && text.charCodeAt(k) === 92; k--) backslashes++;
        if (backslashes % 2 === 0) {
          j = q;
          break;
        }
        j = q + 1;
      }
      if (expectKey) {
        const frame = stack[stack.length - 1]!;
        const raw = text.slice(i + 1, j);
        let key = raw;
        if (raw.includes('\\')) {
          try {
            key = JSON.parse(`"${raw}"`) as string;
          } catch {
            key = raw;
          }
        }
        frame.at = key;
        if (frame.keys!.has(key))
          findings.push({ kind: 'duplicate-key', key: clipKey(key), path: pathOf(stack, stack.length) });
        else frame.keys!.add(key);
        if (key === '__proto__') findings.push({ kind: 'proto-key', key, path: pathOf(stack, stack.length) });
        expectKey = false;
      }
      i = j;
    } else if (c === 123 || c === 91) {
      if (stack.length >= maxDepth) {
        findings.push({ kind: 'too-deep', path: pathOf(stack, stack.length) });
        return incomplete();
      }
      if (stack.length === 0 && c === 91) items = [i];
      stack.push({ keys: c === 123 ? new Set() : undefined, at: c === 123 ? '' : 0 });
      expectKey = c === 123;
    } else if (c === 125 || c === 93) {
      if (stack.length === 1) items?.push(i);
      stack.pop();
      expectKey = false;
    } else if (c === 44) {
      const frame = stack[stack.length - 1];
      if (frame === undefined) continue;
      if (frame.keys === undefined) {
        frame.at = (frame.at as number) + 1;
        if (stack.length === 1) items?.push(i);
      } else expectKey = true;
    }
  }
  return findings.length >= limit ? incomplete() : { findings, complete: true, ...(items ? { items } : {}) };
}

/** A finding in words, for a problem's message. */
export function describeJsonFinding(finding: JsonScanFinding, maxDepth = MAX_JSON_DEPTH): string {
  if (finding.kind === 'duplicate-key')
    return (
      `key "${finding.key}" appears twice in the same object${finding.path ? ` (at ${finding.path})` : ''}; ` +
      `expected each key once (JSON readers keep only the last, so a value would be lost without a word)`
    );
  if (finding.kind === 'proto-key')
    return `key "__proto__" is not allowed${finding.path ? ` (at ${finding.path})` : ''}; expected a field or id of this document`;
  return (
    `the document nests arrays or objects more than ${maxDepth} deep${finding.path ? ` (at ${finding.path})` : ''}; ` +
    `expected at most ${maxDepth} levels (a count is a number, not a list)`
  );
}
