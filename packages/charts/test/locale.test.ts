import { describe, expect, it } from 'vitest';
import { readLocale } from '../src/safety/options.js';

describe('readLocale', () => {
  it('gives what Intl.getCanonicalLocales gives, the first time and when remembered, and English for a bad tag', () => {
    const tags = ['en', 'en-US', 'en-us', 'EN', 'es', 'es-mx', 'ES-MX', 'iw', 'zh-hant-tw', 'pt-BR', 'sr-latn'];
    for (let round = 0; round < 2; round++)
      for (const tag of tags) expect(readLocale(undefined, tag, [])).toBe(Intl.getCanonicalLocales(tag)[0]);
    for (const bad of ['en_US', 'constructor', '__proto__', 'x'.repeat(65), 42]) {
      const problems: unknown[] = [];
      expect(readLocale(undefined, bad, problems as never)).toBe('en');
      expect(problems).toHaveLength(1);
    }
  });
});
