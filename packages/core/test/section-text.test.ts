import { describe, expect, it } from 'vitest';
import {
  HOTLINE_MISSOURI_2020,
  checkPublishedSeries,
  hotlineSeries,
  hotlineTaxonomy,
  publish,
  readPublication,
  readPublishedSeries,
  sectionText,
  selectQuarters,
  serializeSeries,
  type PublicationDocument,
  type Section,
} from '../src/index.js';
import { cateTaxonomy } from '../src/taxonomy/cate/index.js';
import { sampleSubmissions } from '../src/sample/index.js';

const { publication } = publish({
  taxonomy: cateTaxonomy,
  submissions: sampleSubmissions(),
  quarters: { from: '2025-Q1', to: '2025-Q4' },
  release: { created: '2026-03-13', id: 'text' },
});
const section = (id: string) => cateTaxonomy.sections.find((s) => s.id === id)!;
const copy = (): PublicationDocument => JSON.parse(JSON.stringify(publication)) as PublicationDocument;

describe('sectionText', () => {
  it('sectionText(section) keeps the words a chart shows, only those that are set', () => {
    const standard = cateTaxonomy.sections.find((s) => s.categoriesFrom.from === 'standard')!;
    const text = sectionText(standard);
    expect(text.title).toBe(standard.title);
    expect(text.description).toBe(standard.description);
    expect(text.categoriesFrom).toEqual(standard.categoriesFrom);
    expect(Object.keys(text)).not.toContain('categories');
    const fromReport: Section = { ...section('sex'), notes: [], categoriesFrom: { from: 'report' } };
    expect(sectionText(fromReport)).not.toHaveProperty('categoriesFrom');
    expect(sectionText(fromReport)).not.toHaveProperty('notes');
  });

  it('sectionText(section) cuts a taxonomy text over its bound with an ellipsis and turns control characters into spaces', () => {
    const long: Section = { ...section('sex'), title: `A\u0007B${'x'.repeat(300)}`, description: 'y'.repeat(2500) };
    const text = sectionText(long);
    expect(text.title).toHaveLength(200);
    expect(text.title.startsWith('A B')).toBe(true);
    expect(text.title.endsWith('\u2026')).toBe(true);
    expect(text.description).toHaveLength(2000);
  });
});

describe('section text in cate-publication@1 and cate-series@1', () => {
  it('publish writes each section its taxonomy text, and readPublication carries it to the SafeSeries', () => {
    for (const s of cateTaxonomy.sections) expect(publication.sections[s.id]!.text).toEqual(sectionText(s));
    const { sections, problems } = readPublication(copy());
    expect(problems).toEqual([]);
    expect(sections.get('continent-of-origin')!.text).toEqual(sectionText(section('continent-of-origin')));
    // A view over fewer quarters is still the same section, with the same words.
    const view = selectQuarters(sections.get('sex')!, { from: '2025-Q2', to: '2025-Q3' });
    expect(view.quarters).toEqual(['2025-Q2', '2025-Q3']);
    expect(view.text?.title).toBe(section('sex').title);
  });

  it('a document written before the text (no text) is still read whole: the field is optional', () => {
    const doc = copy();
    for (const s of Object.values(doc.sections)) delete s.text;
    const { publication: read, sections, problems } = readPublication(doc);
    expect(problems).toEqual([]);
    expect(read).toBeDefined();
    expect(sections.get('sex')!.text).toBeUndefined();
  });

  it.each([
    ['an unknown field', (t: Record<string, unknown>) => (t.html = '<b>x</b>'), 'sections.sex.text'],
    ['an overlong title', (t: Record<string, unknown>) => (t.title = 'x'.repeat(201)), 'sections.sex.text.title'],
    ['a number for a title', (t: Record<string, unknown>) => (t.title = 7), 'sections.sex.text.title'],
    ['an empty description', (t: Record<string, unknown>) => (t.description = ''), 'sections.sex.text.description'],
    [
      'a control character',
      (t: Record<string, unknown>) => (t.legendTitle = 'a\u0000b'),
      'sections.sex.text.legendTitle',
    ],
    [
      'too many notes',
      (t: Record<string, unknown>) => (t.notes = Array.from({ length: 21 }, () => ({ title: 'a', text: 'b' }))),
      'sections.sex.text.notes',
    ],
    [
      'an unknown provenance',
      (t: Record<string, unknown>) => (t.categoriesFrom = { from: 'rumour' }),
      'sections.sex.text.categoriesFrom.from',
    ],
  ])('readPublication refuses a section text with %s, naming where', (_, spoil, path) => {
    const doc = copy();
    spoil(doc.sections.sex!.text as Record<string, unknown>);
    const { publication: read, sections, problems } = readPublication(doc);
    expect(read).toBeUndefined();
    expect(sections.size).toBe(0);
    expect(problems.map((p) => p.where.path)).toContain(path);
  });

  it('serializeSeries(series, section) writes the text; readPublishedSeries and checkPublishedSeries read it back', () => {
    const { sections } = readPublication(copy());
    const bare = checkPublishedSeries({ ...serializeSeries(sections.get('sex')!), text: undefined }).series!;
    expect(bare.text).toBeUndefined();
    const json = JSON.parse(JSON.stringify(serializeSeries(bare, section('sex'))));
    expect(json.format).toBe('cate-series@1');
    expect(json.text).toEqual(sectionText(section('sex')));
    expect(readPublishedSeries(json).series!.text).toEqual(sectionText(section('sex')));
    expect(readPublishedSeries({ ...json, text: { ...json.text, extra: 'x' } }).series).toBeUndefined();
  });
});

describe('section text in the Hotline series', () => {
  it('hotlineSeries carries each section its taxonomy words, so a chart needs no taxonomy to title it', () => {
    for (const s of hotlineTaxonomy.sections) {
      const { series } = hotlineSeries(HOTLINE_MISSOURI_2020, s.id);
      if (series) expect(series.text).toEqual(sectionText(s));
    }
    expect(hotlineTaxonomy.sections.some((s) => hotlineSeries(HOTLINE_MISSOURI_2020, s.id).series)).toBe(true);
  });
});
