/**
 * Exports: the "Download" menu (CSV, SVG, PNG, copy the data table), what each export holds, the Spanish menu, and
 * a chart without the menu (`no-export`). Every story is checked with axe after its play function, so the menu is
 * checked open. (The exports' privacy and print tests: test/browser/export.test.ts.)
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { chartMeta, type ChartArgs } from './lib/chart-story.js';
import { chartIn, part, settled } from './lib/checks.js';

export default {
  title: 'Exports',
  ...chartMeta,
} satisfies Meta<ChartArgs>;

type Story = StoryObj<ChartArgs>;

type CateChart = HTMLElementTagNameMap['cate-chart'];

const toggle = (el: CateChart) => el.shadowRoot!.querySelector<HTMLButtonElement>('.export-toggle')!;
const items = (el: CateChart) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('#export-list button')];

export const MenuOpen: Story = {
  name: 'Download menu, open',
  args: { section: 'continent-of-origin' },
  play: async ({ canvasElement, step }) => {
    const el = chartIn(canvasElement);
    await settled(el);
    await step('a disclosure button in the controls row, beside the table toggle', async () => {
      await expect(part(el, 'export-menu')).toBeTruthy();
      await expect(toggle(el).textContent!.trim()).toBe('Download');
      await expect(toggle(el).getAttribute('aria-expanded')).toBe('false');
    });
    await step('it opens on a click and lists the four exports', async () => {
      await userEvent.click(toggle(el));
      await waitFor(() => expect(toggle(el).getAttribute('aria-expanded')).toBe('true'));
      await expect(items(el).map((b) => b.textContent!.trim())).toEqual([
        'Data (CSV)',
        'Image (SVG)',
        'Image (PNG)',
        'Copy data table',
      ]);
    });
    await step('Escape closes it and puts focus back on the button; it opens again with Enter', async () => {
      items(el)[1]!.focus();
      await userEvent.keyboard('{Escape}');
      await waitFor(() => expect(toggle(el).getAttribute('aria-expanded')).toBe('false'));
      await expect(el.shadowRoot!.activeElement).toBe(toggle(el));
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(toggle(el).getAttribute('aria-expanded')).toBe('true'));
    });
  },
};

export const WhatIsExported: Story = {
  name: 'What the exports hold',
  args: { section: 'age', kind: 'stacked-bar' },
  play: async ({ canvasElement, step }) => {
    const el = chartIn(canvasElement);
    await settled(el);
    const csv = el.toCSV();
    const svg = el.toSVG();
    const png = await el.toPNG();
    const preview = document.createElement('section');
    preview.setAttribute('aria-label', 'Export preview');
    preview.style.cssText = 'font: 14px system-ui; margin-top: 16px';
    const image = document.createElement('img');
    image.alt = 'The exported PNG of the chart above';
    image.src = URL.createObjectURL(png);
    image.style.cssText = 'max-width: 100%; border: 1px solid #8c959f';
    const text = document.createElement('pre');
    text.textContent = csv;
    text.style.cssText = 'max-height: 16em; overflow: auto; background: #f6f8fa; color: #1f2328; padding: 8px';
    text.tabIndex = 0;
    text.setAttribute('aria-label', 'The exported CSV');
    preview.append(image, text);
    canvasElement.append(preview);
    await step('the CSV has a header row and says which cells are suppressed, with no number for them', async () => {
      const lines = csv.split('\r\n');
      await expect(lines[0]).toBe('Quarter,Category,Number of clients,Status,Members reporting,Members expected');
      for (const line of lines.filter((l) => l.includes(',Suppressed,'))) await expect(line.split(',')[2]).toBe('');
    });
    await step('the SVG stands alone: no custom property, a title and a description', async () => {
      await expect(svg).not.toContain('var(');
      await expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]* role="img"/);
      await expect(svg).toContain('<desc id="cate-export-desc">');
    });
    await step('the PNG is twice the SVG size', async () => {
      await image.decode();
      const width = Number(/width="(\d+)"/.exec(svg)![1]);
      await expect(image.naturalWidth).toBe(width * 2);
    });
  },
};

export const Spanish: Story = {
  name: 'Download menu in Spanish',
  args: { section: 'continent-of-origin', locale: 'es' },
  play: async ({ canvasElement }) => {
    const el = chartIn(canvasElement);
    await settled(el);
    await expect(toggle(el).textContent!.trim()).toBe('Descargar');
    await userEvent.click(toggle(el));
    await waitFor(() => expect(toggle(el).getAttribute('aria-expanded')).toBe('true'));
    await expect(items(el).map((b) => b.textContent!.trim())).toEqual([
      'Datos (CSV)',
      'Imagen (SVG)',
      'Imagen (PNG)',
      'Copiar la tabla de datos',
    ]);
    await expect(el.toCSV().split('\r\n')[0]).toBe(
      'Trimestre,Categoría,Número de clientes,Estado,Miembros que informaron,Miembros esperados',
    );
  },
};

export const NoExport: Story = {
  name: 'Without the menu (no-export)',
  args: { section: 'continent-of-origin' },
  play: async ({ canvasElement }) => {
    const el = chartIn(canvasElement);
    await settled(el);
    el.setAttribute('no-export', '');
    await el.updateComplete;
    await expect(part(el, 'export-menu')).toBeNull();
    await expect(part(el, 'table-toggle')).toBeTruthy();
  },
};
