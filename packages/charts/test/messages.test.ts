import { describe, expect, it } from 'vitest';
import { catalogues, en, messagesFor, type Messages } from '../src/messages.js';
import { es } from '../src/messages-es.js';
import { layoutChart } from '../src/layout/layout-chart.js';
import { tableView } from '../src/layout/table-view.js';
import { summarySentences } from '../src/summary.js';
import { continents, newExisting, screening } from './fixtures.js';

/** The catalogue's shape: every key, and whether it holds text, a function or a group. */
function shape(value: unknown): unknown {
  if (typeof value === 'function') return 'function';
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]));
  return typeof value;
}

describe('messages', () => {
  it('messagesFor(locale) picks the language subtag, in any case, and falls back to English', () => {
    for (const locale of ['es', 'es-MX', 'ES', 'es_US', 'es-419']) expect(messagesFor(locale)).toBe(es);
    for (const locale of ['en', 'en-GB', 'fr', 'pt-BR', '', undefined, 'constructor', 'toString'])
      expect(messagesFor(locale)).toBe(en);
  });

  it('catalogues: every language has every message English has, of the same kind', () => {
    for (const [language, m] of Object.entries(catalogues)) {
      expect(shape(m), language).toEqual(shape(en));
      expect(m.language).toBe(language);
    }
  });

  it('es: no message is left in English', () => {
    const same: string[] = [];
    const compare = (a: unknown, b: unknown, path: string) => {
      if (typeof a === 'string' && a === b && /\p{L}{2}/u.test(a)) same.push(path);
      else if (a && typeof a === 'object')
        for (const k of Object.keys(a))
          compare((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
    };
    compare(en, es, 'm');
    // "Total" is the same word in both languages.
    expect(same).toEqual(['m.totalHeader']);
  });

  it('coverageNote(parts) names a single partial quarter, and says it plainly for several', () => {
    for (const m of [en, es] as Messages[]) {
      expect(m.coverageNote(['Q3 2025, 7 of 8 members reported'])).toContain('Q3 2025, 7 of 8 members reported');
      const several = m.coverageNote(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
      expect(several).not.toMatch(/\ba\b.*\bb\b/);
      expect(several.split(/\s+/).length).toBeLessThan(25);
    }
    expect(en.coverageNote(['x', 'y'])).toBe(
      'Not every member reported every quarter. The data table shows how many reported in each quarter.',
    );
  });

  it('shareOf(value, unit) and percentWhat(unit) name the right denominator', () => {
    expect(en.shareOf('38%', 'percent-of-organizations')).toBe('38% of reporting organizations');
    expect(en.shareOf('38%', 'clients')).toBe('38% of clients');
    expect(en.summary.percentWhat('clients')).toBe('percent of clients');
    expect(es.shareOf('38 %', 'clients')).toBe('38 % de los clientes');
    expect(es.shareOf('38 %', 'organizations')).toBe('38 % de las organizaciones que informaron');
  });

  it('summarySentences(series, es) in Spanish, with Spanish quarters and numbers', () => {
    const text = summarySentences(continents, { title: 'Continente de origen', locale: 'es' }).join(' ');
    expect(text).toContain('Continente de origen: número de clientes en 6 categorías, de T1 2024 a T4 2025.');
    expect(text).toContain('Las categorías mayores en estos trimestres: North America y Africa.');
    expect(text).toContain('Algunos valores están ocultos para proteger la privacidad.');
    expect(text).toContain('No todos los miembros informaron en todos los trimestres.');
    const shares = summarySentences(newExisting, { title: 'Nuevos', locale: 'es-MX', measure: 'share' }).join(' ');
    expect(shares).toContain('porcentaje de clientes');
    expect(shares).toMatch(/\(\d+%\)/); // es-MX writes percents without a space, as CLDR says
  });

  it('summarySentences(series) for a 100% stack of clients is a percent of clients, not of organizations', () => {
    expect(summarySentences(newExisting, { title: 'New and Existing Clients', measure: 'share' })[0]).toBe(
      'New and Existing Clients: percent of clients in 2 categories, from Q1 2024 to Q4 2024.',
    );
    expect(summarySentences(screening, { title: 'Screening' })[0]).toBe(
      'Screening: percent of reporting organizations, from Q1 2024 to Q4 2024.',
    );
  });

  it('tableView(series, es) and layoutChart(series, es) use the Spanish words and marks', () => {
    const view = tableView(continents, { measure: 'count', locale: 'es', messages: es });
    expect(view.rows[0]!.quarter).toBe('T1 2024');
    expect(view.rows[0]!.cells[2]).toMatchObject({ text: 'S', word: 'Suprimido' });
    expect(view.rows[4]!.cells[4]).toMatchObject({ text: 'n/i', word: 'No informado' });
    expect(view.coverageHeader).toBe('Miembros que informaron');
    expect(view.rows[0]!.coverage).toBe('7 de 8 miembros informaron');
    const layout = layoutChart(continents, { kind: 'grouped-bar', width: 640, locale: 'es-MX' });
    expect(layout.cells[0]![2]!.text).toBe('S');
    expect(layout.cells[4]![4]!.text).toBe('n/i');
    expect(layoutChart(continents, { kind: 'grouped-bar', width: 640 }).cells[4]![4]!.text).toBe('n/r');
  });
});
