/**
 * Every state a reader can meet: loading, errors, empty, partial coverage, suppressed cells, dark theme, a narrow
 * container, long labels, text spacing and the Spanish locale. Each is checked with axe and its play function.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import { cateTaxonomy, type Taxonomy } from '@cate/core';
import { chartMeta, type ChartArgs } from './lib/chart-story.js';
import { chartIn, columnHeaders, dataTable, part, rowHeaders, settled, summaryText } from './lib/checks.js';
import { sampleSeries } from './lib/sections.js';
import { sampleSubmissions } from '@cate/core/sample';

export default {
  title: 'States',
  ...chartMeta,
} satisfies Meta<ChartArgs>;

type Story = StoryObj<ChartArgs>;

/**
 * Answers fetches of `url` as `respond` says while the story is shown (Storybook and tests alike), then restores
 * `fetch`: the states of loading a file, without a server.
 */
function stubFetch(
  url: string,
  respond: (signal: AbortSignal | undefined) => Promise<Response>,
): NonNullable<Story['beforeEach']> {
  return () => {
    const original = window.fetch;
    window.fetch = (input, init) =>
      String(input instanceof Request ? input.url : input).endsWith(url)
        ? respond(init?.signal ?? undefined)
        : original(input, init);
    return () => {
      window.fetch = original;
    };
  };
}

const never = (signal: AbortSignal | undefined) =>
  new Promise<Response>((_, reject) =>
    signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))),
  );

export const Loading: Story = {
  args: { section: 'continent-of-origin', src: '/stories-data/pending.json', data: null },
  beforeEach: stubFetch('/stories-data/pending.json', never),
  play: async ({ canvasElement }) => {
    const el = chartIn(canvasElement);
    await settled(el, 'message');
    const message = part(el, 'message')!;
    await expect(message.getAttribute('role')).toBe('status');
    await expect(message.textContent).toContain('Loading chart data');
  },
};

export const ErrorServer: Story = {
  name: 'Error: server answers 404',
  args: { section: 'continent-of-origin', src: '/stories-data/missing.json', data: null },
  beforeEach: stubFetch('/stories-data/missing.json', async () => new Response('Not found', { status: 404 })),
  play: async ({ canvasElement }) => {
    const el = chartIn(canvasElement);
    await settled(el, 'message');
    const message = part(el, 'message')!;
    await expect(message.getAttribute('role')).toBe('alert');
    await expect(message.textContent).toContain('The server answered 404');
    await expect(el.dataset.errorCode).toBe('http-error');
  },
};

export const ErrorInvalidData: Story = {
  name: 'Error: invalid data',
  args: {
    section: 'continent-of-origin',
    preview: true,
    data: [{ organization: 'alive', quarter: '2024-Q5', counts: {} }],
  },
  play: async ({ canvasElement }) => {
    const el = chartIn(canvasElement);
    // The preview's pipeline loads first ("Loading…"), then the data is validated.
    await waitFor(() => expect(el.dataset.errorCode).toBe('invalid-data'), { timeout: 5000 });
    await settled(el, 'message');
    await expect(part(el, 'message')!.getAttribute('role')).toBe('alert');
    await expect(part(el, 'message')!.textContent).toContain('The data file has problems');
    await expect(el.dataset.errorCode).toBe('invalid-data');
  },
};

export const ErrorUnknownSection: Story = {
  name: 'Error: unknown section',
  args: { section: 'no-such-section' },
  play: async ({ canvasElement }) => {
    const el = chartIn(canvasElement);
    await settled(el, 'message');
    await expect(part(el, 'message')!.textContent).toContain('There is no section "no-such-section"');
    await expect(el.dataset.errorCode).toBe('unknown-section');
  },
};

export const Empty: Story = {
  args: { section: 'continent-of-origin', data: [] },
  play: async ({ canvasElement }) => {
    const el = chartIn(canvasElement);
    await settled(el, 'message');
    await expect(part(el, 'message')!.getAttribute('role')).toBe('status');
    await expect(part(el, 'message')!.textContent).toContain('No data to show');
  },
};

export const NoSource: Story = {
  args: { section: 'continent-of-origin', data: null },
  play: async ({ canvasElement }) => {
    const el = chartIn(canvasElement);
    await settled(el, 'message');
    await expect(part(el, 'message')!.textContent).toContain('set the src attribute or the data property');
  },
};

/** Some members did not report some quarters: said in the footnotes, the summary and a table column. */
export const PartialCoverage: Story = {
  args: { section: 'citizenship' },
  play: async ({ canvasElement }) => {
    const el = chartIn(canvasElement);
    await settled(el);
    await expect(part(el, 'footnotes')!.textContent).toContain('Not every member reported');
    await expect(summaryText(el)).toContain('Not every member reported every quarter.');
    const table = dataTable(el);
    await expect(columnHeaders(table)).toContain('Members reporting');
    await expect(table.querySelector('tbody')!.textContent).toMatch(/\d of 8 members reported/);
  },
};

/** Small counts are hidden: the word in the table and the tooltip, a footnote, a summary sentence; never a number. */
export const SuppressedCells: Story = {
  args: { section: 'criminal-charges-encountered', 'show-table': true },
  play: async ({ canvasElement }) => {
    const el = chartIn(canvasElement);
    await settled(el);
    const series = sampleSeries('criminal-charges-encountered');
    const suppressed = series.cells.flatMap((row, q) =>
      row.flatMap((cell, c) => (cell.status === 'suppressed' ? [{ q, c }] : [])),
    );
    await expect(suppressed.length).toBeGreaterThan(0);
    const rows = [...dataTable(el).querySelectorAll('tbody tr')];
    for (const { q, c } of suppressed) {
      const td = rows[q]!.querySelectorAll('td')[c]!;
      // "S" shown, "Suppressed" for screen readers.
      await expect(td.textContent!.trim()).toBe('SSuppressed');
      await expect(td.className).toContain('suppressed');
    }
    await expect(part(el, 'footnotes')!.textContent).toContain('S = suppressed: hidden to protect privacy');
    await expect(summaryText(el)).toContain('Some values are hidden to protect privacy.');
  },
};

export const DarkTheme: Story = {
  args: { section: 'continent-of-origin', theme: 'dark' },
  play: async ({ canvasElement }) => {
    const el = chartIn(canvasElement);
    await settled(el);
    await expect(part(el, 'base')!.classList.contains('dark')).toBe(true);
  },
};

/** `theme="auto"` follows the embedding page's `.cate-dark` class. */
export const DarkThemeFromPage: Story = {
  args: { section: 'mental-health-diagnoses', page: 'dark' },
  play: async ({ canvasElement }) => {
    const el = chartIn(canvasElement);
    await settled(el);
    await expect(getComputedStyle(part(el, 'heading')!).color).toBe('rgb(236, 236, 241)');
  },
};

/** 320 CSS px: a phone, or a desktop page zoomed to 400% (WCAG 1.4.10 reflow). Nothing scrolls sideways. */
export const NarrowContainer: Story = {
  args: { section: 'continent-of-origin', frameWidth: 320 },
  play: async ({ canvasElement }) => {
    const el = chartIn(canvasElement);
    await settled(el);
    const svg = el.shadowRoot!.querySelector('svg.chart')!;
    await expect(svg.getBoundingClientRect().width).toBeLessThanOrEqual(el.getBoundingClientRect().width + 0.5);
    await expect(el.scrollWidth).toBeLessThanOrEqual(el.clientWidth + 1);
  },
};

/** A taxonomy whose labels are much longer than the report's: legends wrap, nothing is cut or overlaps the plot. */
function withLongLabels(sectionId: string): Taxonomy {
  return {
    ...cateTaxonomy,
    sections: cateTaxonomy.sections.map((s) =>
      s.id !== sectionId
        ? s
        : {
            ...s,
            chartTitle: `${s.chartTitle ?? s.title}, by Quarter, as Reported by Every Member Organization of the Coalition`,
            categories: s.categories.map((c, i) => ({
              ...c,
              label: i % 2 ? `${c.label}, as reported under each member organization’s own wording` : c.label,
            })),
          },
    ),
  };
}

export const LongLabels: Story = {
  // A coalition's own taxonomy with raw submissions: the coordinator's preview (the labels come with the data).
  args: {
    section: 'housing-status',
    taxonomy: withLongLabels('housing-status'),
    frameWidth: 560,
    preview: true,
    data: sampleSubmissions(),
  },
  play: async ({ canvasElement }) => {
    const el = chartIn(canvasElement);
    await settled(el);
    const legend = part(el, 'legend')!;
    await expect(legend.scrollWidth).toBeLessThanOrEqual(legend.clientWidth + 1);
    for (const item of legend.querySelectorAll('li'))
      await expect(item.getBoundingClientRect().right).toBeLessThanOrEqual(legend.getBoundingClientRect().right + 1);
    const heading = part(el, 'heading')!;
    await expect(heading.scrollWidth).toBeLessThanOrEqual(heading.clientWidth + 1);
  },
};

/** WCAG 1.4.12: line height 1.5, paragraph spacing 2em, letter spacing .12em, word spacing .16em. */
export const TextSpacing: Story = {
  args: {
    section: 'age',
    frameStyle: { lineHeight: '1.5', letterSpacing: '0.12em', wordSpacing: '0.16em' },
  },
  play: async ({ canvasElement }) => {
    const el = chartIn(canvasElement);
    await settled(el);
    // Small multiples name their panels in the drawing and have no legend list.
    const panels = el.shadowRoot!.querySelectorAll('svg.chart .panel').length > 0;
    for (const name of ['heading', 'description', ...(panels ? [] : ['legend']), 'footnotes']) {
      const node = part(el, name)!;
      await expect(node.scrollWidth, name).toBeLessThanOrEqual(node.clientWidth + 1);
      await expect(node.scrollHeight, name).toBeLessThanOrEqual(node.clientHeight + 1);
    }
  },
};

/** Numbers and quarters follow the locale. */
export const SpanishLocale: Story = {
  args: { section: 'continent-of-origin', locale: 'es' },
  play: async ({ canvasElement }) => {
    const el = chartIn(canvasElement);
    await settled(el);
    await expect(rowHeaders(dataTable(el))[0]).toBe('T1 2024');
  },
};

/** The element's words in Spanish: controls, summary, table, footnotes (the taxonomy's labels stay as given). */
export const SpanishMessages: Story = {
  args: { section: 'continent-of-origin', locale: 'es' },
  play: async ({ canvasElement }) => {
    const el = chartIn(canvasElement);
    await settled(el);
    await expect(part(el, 'table-toggle')!.textContent).not.toContain('Show data table');
    await expect(part(el, 'table-toggle')!.textContent!.trim()).toBe('Mostrar la tabla de datos');
    await expect(summaryText(el)).not.toContain('number of clients');
    await expect(summaryText(el)).toContain('número de clientes en 8 categorías, de T1 2024 a T4 2025.');
    const table = dataTable(el);
    await expect(columnHeaders(table)[0]).toBe('Trimestre');
    await expect(table.querySelector('tbody')!.textContent).toContain('Suprimido');
    await expect(part(el, 'footnotes')!.textContent).toContain('S = suprimido: oculto para proteger la privacidad');
    await expect(el.shadowRoot!.querySelector('.instructions summary')!.textContent).toBe('Cómo explorar este gráfico');
    await expect(part(el, 'base')!.getAttribute('lang')).toBe('es');
  },
};

export const Preview: Story = {
  name: 'Preview: raw submissions on this computer',
  args: { section: 'continent-of-origin', preview: true, data: sampleSubmissions() },
  play: async ({ canvasElement }) => {
    const el = chartIn(canvasElement);
    await settled(el);
    const banner = part(el, 'preview-banner')!;
    await expect(banner.textContent).toContain('Unpublished preview — do not put this page online');
    await expect(banner.closest('[role=status]')).toBeTruthy();
  },
};

export const ErrorRawDataRefused: Story = {
  name: 'Error: raw submissions without preview',
  args: { section: 'continent-of-origin', data: sampleSubmissions() },
  play: async ({ canvasElement }) => {
    const el = chartIn(canvasElement);
    await settled(el, 'message');
    await expect(part(el, 'message')!.getAttribute('role')).toBe('alert');
    await expect(part(el, 'message')!.textContent).toContain('cate publish');
    await expect(el.dataset.errorCode).toBe('raw-data-refused');
  },
};

/** A published series with a visible 1: refused whole, and the 1 is not drawn. */
function withSmallCount() {
  const series = sampleSeries('sex');
  const cells = series.cells.map((row) => row.map((c) => ({ ...c })));
  cells[0]![0] = { status: 'value', value: 1 };
  return { ...series, cells };
}

export const ErrorUnsafeData: Story = {
  name: 'Error: a published series shows a 1',
  args: { section: 'sex', data: withSmallCount() },
  play: async ({ canvasElement }) => {
    const el = chartIn(canvasElement);
    await settled(el, 'message');
    await expect(el.dataset.errorCode).toBe('unsafe-data');
    await expect(part(el, 'message')!.textContent).toContain('small enough to identify someone');
    await expect(el.shadowRoot!.querySelector('svg.chart, table')).toBeNull();
  },
};
