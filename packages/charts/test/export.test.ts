import { describe, expect, it } from 'vitest';
import { seriesToCSV } from '../src/export/series-to-csv.js';
import { tableToClipboard } from '../src/export/table-to-clipboard.js';
import { csvField, escapeMarkup } from '../src/export/text.js';
import { tableView } from '../src/layout/table-view.js';
import { messagesFor } from '../src/messages.js';
import { continents, fixtureSeries, leaky, NR, S, SECRET, v } from './fixtures.js';

const rows = (csv: string) =>
  csv
    .trimEnd()
    .split('\r\n')
    .map((line) => line.split(','));

describe('csvField', () => {
  it('csvField(text) quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvField('Sex, labor')).toBe('"Sex, labor"');
    expect(csvField('the "other" one')).toBe('"the ""other"" one"');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('plain')).toBe('plain');
  });

  it('csvField(text) keeps a label that looks like a formula as text', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-')).toBe("'-");
    expect(csvField('@me')).toBe("'@me");
  });

  it('csvField(number) writes the number plainly; undefined is an empty field', () => {
    expect(csvField(1204)).toBe('1204');
    expect(csvField(38.5)).toBe('38.5');
    expect(csvField(undefined)).toBe('');
  });
});

describe('escapeMarkup', () => {
  it('escapeMarkup(text) escapes the five XML specials', () => {
    expect(escapeMarkup(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});

describe('seriesToCSV', () => {
  it('seriesToCSV(series) writes no number for a suppressed cell, even one that wrongly carries a value', () => {
    const csv = seriesToCSV(leaky, { footnotes: ['S = suppressed'] });
    expect(csv).not.toContain(String(SECRET));
    expect(rows(csv)[2]).toEqual(['Q1 2024', 'Asia', '', 'Suppressed', '8', '8']);
    expect(rows(csv).find((r) => r[0] === 'Q1 2024' && r[1] === 'Total')).toEqual([
      'Q1 2024',
      'Total',
      '',
      'Suppressed',
      '8',
      '8',
    ]);
  });

  it('seriesToCSV(series) has one row per quarter and category, the quarter totals, then the range totals', () => {
    const csv = rows(seriesToCSV(continents));
    expect(csv.length).toBe(1 + 8 * (6 + 1) + 6);
    expect(csv.slice(-6).map((r) => [r[0], r[1], r[2], r[3]])).toEqual([
      ['Q1 2024 to Q4 2025', 'Africa', '125', 'Published'],
      ['Q1 2024 to Q4 2025', 'Asia', '', 'Suppressed'],
      ['Q1 2024 to Q4 2025', 'Europe', '', 'Suppressed'],
      ['Q1 2024 to Q4 2025', 'North America', '404', 'Published'],
      ['Q1 2024 to Q4 2025', 'South America', '', 'Suppressed'],
      ['Q1 2024 to Q4 2025', 'Unknown Origin', '', 'Suppressed'],
    ]);
    expect(csv.slice(-6).every((r) => r.length === 6 && r[4] === '' && r[5] === '')).toBe(true);
  });

  it('seriesToCSV(series) names a multi-select quarter total by its unit, and shares as percents with a status', () => {
    const series = fixtureSeries({
      multiSelect: true,
      categories: ['PTSD', 'Anxiety'],
      cells: [[v(10), S]],
      shares: [[v(0.4166666), S]],
      quarterTotals: [v(24)],
    });
    const csv = rows(seriesToCSV(series));
    expect(csv[0]).toEqual([
      'Quarter',
      'Category',
      'Number of clients',
      'Status',
      'Percent of clients',
      'Percent status',
      'Members reporting',
      'Members expected',
    ]);
    expect(csv[1]).toEqual(['Q1 2024', 'PTSD', '10', 'Published', '41.7', 'Published', '8', '8']);
    expect(csv[2]).toEqual(['Q1 2024', 'Anxiety', '', 'Suppressed', '', 'Suppressed', '8', '8']);
    expect(csv[3]).toEqual(['Q1 2024', 'Clients', '24', 'Published', '', '', '8', '8']);
  });

  it('seriesToCSV(series, { title, footnotes }) ends with an empty row, the title and one row per footnote', () => {
    const series = fixtureSeries({ categories: ['A'], cells: [[NR]] });
    const text = seriesToCSV(series, { title: 'A title', footnotes: ['n/r = not reported, by anyone.'] });
    expect(text.split('\r\n').slice(-4)).toEqual([
      ',,,,,',
      'A title,,,,,',
      '"n/r = not reported, by anyone.",,,,,',
      '',
    ]);
    expect(rows(text)[1]).toEqual(['Q1 2024', 'A', '', 'Not reported', '8', '8']);
  });

  it('seriesToCSV(series, { locale: "es" }) writes Spanish words and quarters, plain numbers', () => {
    const csv = rows(seriesToCSV(continents, { locale: 'es' }));
    expect(csv[0]).toEqual([
      'Trimestre',
      'Categoría',
      'Número de clientes',
      'Estado',
      'Miembros que informaron',
      'Miembros esperados',
    ]);
    expect(csv[1]).toEqual(['T1 2024', 'Africa', '12', 'Publicado', '7', '8']);
    expect(csv[3]![3]).toBe('Suprimido');
  });

  it('seriesToCSV(series) adds a group column and group totals when the categories are grouped', () => {
    const series = {
      ...fixtureSeries({ categories: ['Venue A', 'Venue B'], cells: [[v(5), v(7)]] }),
      categories: [
        { id: 'a', label: 'Venue A', group: 'Sex' },
        { id: 'b', label: 'Venue B', group: 'Sex' },
      ],
      groupTotals: [{ group: 'Sex', cells: [v(12)] }],
    };
    const csv = rows(seriesToCSV(series as typeof continents));
    expect(csv[0]!.slice(0, 3)).toEqual(['Quarter', 'Group', 'Category']);
    expect(csv[1]!.slice(0, 5)).toEqual(['Q1 2024', 'Sex', 'Venue A', '5', 'Published']);
    expect(csv[3]!.slice(0, 5)).toEqual(['Q1 2024', 'Sex', 'Total', '12', 'Published']);
  });
});

describe('tableToClipboard', () => {
  it('tableToClipboard(view) copies the table as shown: marks for hidden cells keyed by the footnotes, no hidden number', () => {
    const m = messagesFor('en');
    const view = tableView(leaky, { measure: 'count', locale: 'en', messages: m });
    const { text, html } = tableToClipboard(view, { caption: 'Leaky: data table', quarter: m.quarterHeader }, [
      'S = suppressed',
    ]);
    expect(text).not.toContain(String(SECRET));
    expect(html).not.toContain(String(SECRET));
    expect(text.split('\n').slice(0, 3)).toEqual([
      'Quarter\tAfrica\tAsia\tEurope\tTotal',
      'Q1 2024\t12\tS\t40\tS',
      'Q2 2024\t14\t20\tS\t50',
    ]);
    expect(text.trimEnd().split('\n').slice(-2)).toEqual(['', 'S = suppressed']);
    expect(html).toContain('<caption>Leaky: data table</caption>');
    expect(html).toContain('<th scope="row">Q1 2024</th><td>12</td><td>S</td>');
  });

  it('tableToClipboard(view) escapes labels in the HTML and flattens tabs in the text', () => {
    const series = fixtureSeries({ categories: ['<b>A</b>\tB'], cells: [[v(3)]] });
    const view = tableView(series, { measure: 'count', locale: 'en', messages: messagesFor('en') });
    const { text, html } = tableToClipboard(view, { caption: 'C & D', quarter: 'Quarter' }, []);
    expect(text.split('\n')[0]).toBe('Quarter\t<b>A</b> B');
    expect(html).toContain('&lt;b&gt;A&lt;/b&gt;');
    expect(html).toContain('<caption>C &amp; D</caption>');
  });
});
