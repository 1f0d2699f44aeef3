// A small strict shape check for the published formats, written by hand so that reading a publication in a
// browser needs no schema library. Each check accepts exactly what the zod/mini schema it mirrors accepts
// (packages/core/test/shape-check-agreement.test.ts holds them together) and builds the same parsed value:
// known fields only, in schema order. Problems are located by path like zod's (`sections.x.cells[2][1]`).

/** What a check returns for input it refuses (its problems are already recorded). */
export const BAD: unique symbol = Symbol('bad');

/** One shape problem: where, and what was expected. */
export interface ShapeProblem {
  path: string;
  message: string;
}

/** At most this many problems are kept: a broken document must not produce a wall of them. */
export const MAX_SHAPE_PROBLEMS = 50;

/** The problems found so far; `failed` stays true after the list is full. */
export class ShapeProblems {
  readonly list: ShapeProblem[] = [];
  failed = false;
  add(path: string, message: string): void {
    this.failed = true;
    if (this.list.length < MAX_SHAPE_PROBLEMS) this.list.push({ path, message });
  }
}

/** Checks one value at a path: the parsed value, or BAD. */
export type Check<T> = (input: unknown, path: string, problems: ShapeProblems) => T | typeof BAD;

/** A field name as a message may quote it: short, and never the text of a long key. */
const quoted = (key: string) => JSON.stringify(key.length > 40 ? `${key.slice(0, 39)}\u2026` : key);

export const keyPath = (path: string, key: string) => (path ? `${path}.${key}` : key);
const indexPath = (path: string, i: number) => `${path}[${i}]`;

/** Records that `input` is not an object (or not a plain one, for a record). */
function notAnObject(input: unknown, path: string, problems: ShapeProblems): typeof BAD {
  problems.add(path, `expected an object, found ${typeName(input)}`);
  return BAD;
}

function typeName(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'an array';
  if (typeof input === 'number' && Number.isNaN(input)) return 'NaN';
  return typeof input === 'object' ? 'an object' : `a ${typeof input}`;
}

/** A non-array object (zod's `isObject`). */
export const isObject = (input: unknown): input is Record<string, unknown> =>
  typeof input === 'object' && input !== null && !Array.isArray(input);

/** zod's `isPlainObject`, which its records require: an object whose prototype is Object's (or none). */
function isPlainObject(input: unknown): input is Record<string, unknown> {
  if (!isObject(input)) return false;
  const ctor = input.constructor;
  if (ctor === undefined || typeof ctor !== 'function') return true;
  const prototype: unknown = ctor.prototype;
  return isObject(prototype) && Object.prototype.hasOwnProperty.call(prototype, 'isPrototypeOf');
}

export const boolean: Check<boolean> = (input, path, problems) => {
  if (typeof input === 'boolean') return input;
  problems.add(path, `expected true or false, found ${typeName(input)}`);
  return BAD;
};

/** A string of `min`..`max` characters that passes `test` (whose message says what was expected). */
export function string(
  min = 0,
  max = Infinity,
  test?: { ok: (text: string) => boolean; message: string },
): Check<string> {
  return (input, path, problems) => {
    if (typeof input !== 'string') {
      problems.add(path, `expected text, found ${typeName(input)}`);
      return BAD;
    }
    const wrong =
      input.length < min
        ? min === 1
          ? 'expected non-empty text'
          : `expected at least ${min} characters`
        : input.length > max
          ? `expected at most ${max} characters`
          : test && !test.ok(input)
            ? test.message
            : undefined;
    if (wrong === undefined) return input;
    problems.add(path, wrong);
    return BAD;
  };
}

/** One of a few fixed values. */
export function oneOf<const T extends string>(values: readonly T[]): Check<T> {
  return (input, path, problems) => {
    if ((values as readonly unknown[]).includes(input)) return input as T;
    problems.add(path, `expected ${values.map((v) => JSON.stringify(v)).join(' or ')}`);
    return BAD;
  };
}

/** A finite number (zod's z.number()), optionally a safe integer (z.int()), at least `min`. */
export function number({ integer = false, min = -Infinity } = {}): Check<number> {
  return (input, path, problems) => {
    if (typeof input !== 'number' || !Number.isFinite(input)) {
      problems.add(path, `expected a number, found ${typeName(input)}`);
      return BAD;
    }
    if (integer && !Number.isSafeInteger(input)) {
      problems.add(path, 'expected a whole number');
      return BAD;
    }
    if (input < min) {
      problems.add(path, `expected a number of at least ${min}`);
      return BAD;
    }
    return input;
  };
}

/** An array whose every item passes `item`, of at most `max` items. */
export function arrayOf<T>(item: Check<T>, max = Infinity): Check<T[]> {
  return (input, path, problems) => {
    if (!Array.isArray(input)) {
      problems.add(path, `expected a list, found ${typeName(input)}`);
      return BAD;
    }
    const out = new Array<T>(input.length);
    let ok = true;
    for (let i = 0; i < input.length; i++) {
      const value = item(input[i], indexPath(path, i), problems);
      if (value === BAD) ok = false;
      else out[i] = value;
    }
    if (input.length > max) {
      problems.add(path, `expected at most ${max} items`);
      ok = false;
    }
    return ok ? out : BAD;
  };
}

/** A field of an object: its check, and whether it may be left out, or what stands for it when it is. */
export interface Field {
  check: Check<unknown>;
  optional?: boolean;
  /** Checked in the field's place when it is missing or undefined (zod's _default and prefault). */
  otherwise?: () => unknown;
}
export const optional = (check: Check<unknown>): Field => ({ check, optional: true });
export const orElse = (check: Check<unknown>, otherwise: () => unknown): Field => ({ check, otherwise });

/**
 * An object with these fields. `strict` refuses a field not listed (zod's strictObject); otherwise it is dropped
 * (z.object). The parsed object has the listed fields that are present, in the order listed.
 */
export function object<T>(fields: Record<string, Field | Check<unknown>>, strict = false): Check<T> {
  const entries = Object.entries(fields).map(([key, f]) => [key, typeof f === 'function' ? { check: f } : f] as const);
  const known = new Set(Object.keys(fields));
  return (input, path, problems) => {
    if (!isObject(input)) return notAnObject(input, path, problems);
    const out: Record<string, unknown> = {};
    let ok = true;
    for (const [key, { check, optional: canOmit, otherwise }] of entries) {
      const present = key in input;
      const value = otherwise && input[key] === undefined ? otherwise() : input[key];
      if (!present && canOmit) continue;
      if (canOmit && value === undefined) {
        out[key] = undefined;
        continue;
      }
      if (!present && !otherwise) {
        problems.add(keyPath(path, key), `${quoted(key)} is missing`);
        ok = false;
        continue;
      }
      const checked = check(value, keyPath(path, key), problems);
      if (checked === BAD) ok = false;
      else out[key] = checked;
    }
    if (strict) {
      const unknown: string[] = [];
      for (const key in input) if (!known.has(key)) unknown.push(key);
      if (unknown.length) {
        problems.add(
          path,
          `unknown field${unknown.length > 1 ? 's' : ''} ${unknown.slice(0, 5).map(quoted).join(', ')}${unknown.length > 5 ? ', \u2026' : ''} (an unknown field is refused, not ignored)`,
        );
        ok = false;
      }
    }
    return ok ? (out as T) : BAD;
  };
}

/** An object used as a map from any text key to values passing `value` (zod's z.record(z.string(), value)). */
export function record<T>(value: Check<T>): Check<Record<string, T>> {
  return (input, path, problems) => {
    if (!isPlainObject(input)) return notAnObject(input, path, problems);
    const out: Record<string, T> = {};
    let ok = true;
    for (const key of Reflect.ownKeys(input)) {
      // As zod does: `__proto__` is dropped (writing it would replace the result's prototype), not refused.
      if (key === '__proto__' || !Object.prototype.propertyIsEnumerable.call(input, key)) continue;
      if (typeof key !== 'string') {
        problems.add(keyPath(path, String(key)), 'expected a text key');
        ok = false;
        continue;
      }
      const checked = value(input[key], keyPath(path, key), problems);
      if (checked === BAD) ok = false;
      else out[key] = checked;
    }
    return ok ? out : BAD;
  };
}

/** Objects told apart by the value of `key` (zod's discriminatedUnion). */
export function byKey<T>(key: string, options: Record<string, Check<T>>): Check<T> {
  return (input, path, problems) => {
    if (!isObject(input)) return notAnObject(input, path, problems);
    const tag = input[key];
    const option = typeof tag === 'string' && Object.hasOwn(options, tag) ? options[tag] : undefined;
    if (option) return option(input, path, problems);
    problems.add(
      keyPath(path, key),
      `expected ${Object.keys(options)
        .map((v) => JSON.stringify(v))
        .join(' or ')}`,
    );
    return BAD;
  };
}
