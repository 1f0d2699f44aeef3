import 'axe-core';
import { expect } from 'chai';
import '../../packages/charts/src/cate-chart.js';
import type { CateChart } from '../../packages/charts/src/cate-chart.component.js';
import { continents, leaky, screening, SECRET } from '../../packages/charts/test/fixtures.js';
import { PLANTED_PATTERN, plantedSeries } from './export-fixtures.js';
import { deepActiveElement, sendKeys } from './guide-helpers.js';
import { layoutChart } from '../../packages/charts/src/layout/layout-chart.js';
import { firstRect } from './drawing.js';
import { mount, nextEvent, press, runAxe, settle, shadow } from './helpers.js';

/** An exported SVG drawn as an image on a canvas, with the parsed document and its chart's <svg>. */
async function asImage(text: string) {
  const image = new Image();
  image.src = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth;
  canvas.height = image.naturalHeight;
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0);
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  const chart = doc.documentElement.querySelector(':scope > svg:not(.key)')!;
  return { context, doc, chart };
}

afterEach(() => {
  document.body.replaceChildren();
});

/** A hidden value written any way a number can be: the planted count, or the leaky fixture's secret. */
const HIDDEN = new RegExp(`${PLANTED_PATTERN.source}|${SECRET}`);

const toggle = (el: CateChart) => shadow(el).querySelector<HTMLButtonElement>('.export-toggle')!;
const list = (el: CateChart) => shadow(el).querySelector<HTMLUListElement>('#export-list')!;
const items = (el: CateChart) => [...list(el).querySelectorAll('button')];
const status = (el: CateChart) => shadow(el).querySelector('[part=export-status]')!.textContent!.trim();

/** Parses CSV (RFC 4180: quoted fields, doubled quotes, CRLF). */
function parseCSV(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

/** Records the clipboard writes the element would make (Clipboard API stubbed on navigator). */
function stubClipboard(refuse = false): { written: Array<Record<string, string>>; restore: () => void } {
  const written: Array<Record<string, string>> = [];
  const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: {
      async write(data: ClipboardItem[]) {
        if (refuse) throw new DOMException('Write permission denied.', 'NotAllowedError');
        for (const item of data) {
          const entry: Record<string, string> = {};
          for (const type of item.types) entry[type] = await (await item.getType(type)).text();
          written.push(entry);
        }
      },
      async writeText(text: string) {
        if (refuse) throw new DOMException('Write permission denied.', 'NotAllowedError');
        written.push({ 'text/plain': text });
      },
    },
  });
  return {
    written,
    restore: () => (
      delete (navigator as { clipboard?: unknown }).clipboard,
      Object.defineProperty(Navigator.prototype, 'clipboard', original)
    ),
  };
}

/** Records the Blobs given to URL.createObjectURL (the PNG path's intermediate SVG, downloads). */
function recordBlobs(): { blobs: Blob[]; restore: () => void } {
  const blobs: Blob[] = [];
  const original = URL.createObjectURL;
  URL.createObjectURL = (object: Blob | MediaSource) => {
    if (object instanceof Blob) blobs.push(object);
    return original.call(URL, object);
  };
  return { blobs, restore: () => void (URL.createObjectURL = original) };
}

/** Records the downloads the element starts (the link's name and the file's content), without saving anything. */
function recordDownloads(): { files: Array<{ name: string; href: string }>; restore: () => void } {
  const files: Array<{ name: string; href: string }> = [];
  const original = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download) files.push({ name: this.download, href: this.href });
    else original.call(this);
  };
  return { files, restore: () => void (HTMLAnchorElement.prototype.click = original) };
}

/** A web-test-runner command (emulate-media, send-keys …) run by the browser's controller. */
async function serverCommand(command: string, payload: unknown): Promise<void> {
  const sessionId = new URL(window.location.href).searchParams.get('wtr-session-id');
  const socket = (await import(/* @vite-ignore */ '/__web-dev-server__web-socket.js' as string)) as {
    sendMessageWaitForResponse: (message: unknown) => Promise<{ executed: boolean }>;
  };
  const response = await socket.sendMessageWaitForResponse({ type: 'wtr-command', sessionId, command, payload });
  if (!response.executed) throw new Error(`${command} is not available in this test runner`);
}

describe('<cate-chart> exports: a suppressed value appears in no export', () => {
  it('a series whose suppressed cells wrongly carry a value is refused: nothing to export, the value nowhere', async () => {
    const errors: Array<{ code: string }> = [];
    const el = await mount((el) => {
      el.addEventListener('cate-error', (e) => errors.push(e.detail));
      el.data = leaky;
    });
    expect(errors.map((e) => e.code)).to.deep.equal(['invalid-data']);
    expect(() => el.toCSV()).to.throw();
    expect(() => el.toSVG()).to.throw();
    expect(el.shadowRoot!.innerHTML).not.to.match(HIDDEN);
    expect(JSON.stringify(errors)).not.to.match(HIDDEN);
  });

  for (const [name, data] of [
    ['a SafeSeries from protectTable with a planted hidden count', plantedSeries()],
  ] as const) {
    it(`CSV, SVG, PNG (its SVG), copied text and HTML, and downloads: ${name}`, async () => {
      const el = await mount((el) => (el.data = data));
      const csv = el.toCSV();
      expect(csv).to.match(/Suppressed/);
      expect(csv).not.to.match(HIDDEN);
      const svg = el.toSVG();
      expect(svg).to.contain('<svg');
      expect(svg).not.to.match(HIDDEN);

      const blobs = recordBlobs();
      const clipboard = stubClipboard();
      const downloads = recordDownloads();
      try {
        const png = await el.toPNG();
        expect(png.type).to.equal('image/png');
        await el.copyTable();
        for (const kind of ['csv', 'svg', 'png'] as const) await el.download(kind);
        const intermediate = await blobs.blobs[0]!.text();
        expect(blobs.blobs[0]!.type).to.equal('image/svg+xml');
        expect(intermediate).to.equal(svg);
        expect(intermediate).not.to.match(HIDDEN);
        expect(clipboard.written).to.have.length(1);
        expect(clipboard.written[0]!['text/plain']).to.contain('S = suppressed').and.not.match(HIDDEN);
        expect(clipboard.written[0]!['text/html'])
          .to.contain('<table>')
          .and.contain('<td>S</td>')
          .and.not.match(HIDDEN);
        for (const blob of blobs.blobs.filter((b) => b.type !== 'image/png'))
          expect(await blob.text()).not.to.match(HIDDEN);
        expect(downloads.files.map((f) => f.name)).to.deep.equal([
          'continent-of-origin.csv',
          'continent-of-origin.svg',
          'continent-of-origin.png',
        ]);
      } finally {
        blobs.restore();
        clipboard.restore();
        downloads.restore();
      }
    });
  }
});

describe('<cate-chart> toCSV()', () => {
  it('a header row, one row per quarter and category with status words, totals, shares, coverage and notes', async () => {
    const el = await mount((el) => (el.data = plantedSeries()));
    const rows = parseCSV(el.toCSV());
    expect(rows[0]).to.deep.equal([
      'Quarter',
      'Category',
      'Number of clients',
      'Status',
      'Percent of clients',
      'Percent status',
      'Members reporting',
      'Members expected',
    ]);
    expect(
      rows.every((row) => row.length === 8),
      'every row has every column',
    ).to.equal(true);
    expect(rows[1]).to.deep.equal(['Q1 2025', 'Africa', '120', 'Published', '0', 'Published', '4', '5']);
    expect(rows[2]).to.deep.equal(['Q1 2025', 'Asia', '', 'Suppressed', '', 'Suppressed', '4', '5']);
    expect(rows[5]).to.deep.equal(['Q1 2025', 'Total', '987816', 'Published', '', '', '4', '5']);
    expect(rows[6]).to.deep.equal(['Q2 2025', 'Africa', '130', 'Published', '45.6', 'Published', '4', '4']);
    // 3 quarters × (4 categories + total), then 4 totals over the range.
    expect(rows.slice(16, 20).map((row) => row.slice(0, 4))).to.deep.equal([
      ['Q1 2025 to Q3 2025', 'Africa', '390', 'Published'],
      ['Q1 2025 to Q3 2025', 'Asia', '987784', 'Published'],
      ['Q1 2025 to Q3 2025', 'Europe', '102', 'Published'],
      ['Q1 2025 to Q3 2025', 'Unknown Origin', '91', 'Published'],
    ]);
    expect(rows[20]!.join('')).to.equal('');
    const notes = rows.slice(21).map((row) => row[0]);
    expect(notes[0]).to.equal('Continent of Origin by Quarter');
    expect(notes.join(' '))
      .to.contain('S = suppressed')
      .and.contain('Not every member reported: Q1 2025, 4 of 5 members reported.');
  });

  it('"Not reported" for a cell nobody reported, and no share columns when shares are not published', async () => {
    const el = await mount((el) => (el.data = continents));
    const rows = parseCSV(el.toCSV());
    expect(rows[0]).to.deep.equal([
      'Quarter',
      'Category',
      'Number of clients',
      'Status',
      'Members reporting',
      'Members expected',
    ]);
    expect(rows.find((row) => row[0] === 'Q1 2025' && row[1] === 'South America')).to.deep.equal([
      'Q1 2025',
      'South America',
      '',
      'Not reported',
      '6',
      '8',
    ]);
    expect(rows.find((row) => row[0] === 'Q1 2025' && row[1] === 'Total')).to.deep.equal([
      'Q1 2025',
      'Total',
      '',
      'Not reported',
      '6',
      '8',
    ]);
  });

  it('words, quarters and notes in Spanish with locale="es"; numbers stay plain', async () => {
    const el = await mount((el) => ((el.locale = 'es'), (el.data = plantedSeries())));
    const rows = parseCSV(el.toCSV());
    expect(rows[0]).to.deep.equal([
      'Trimestre',
      'Categoría',
      'Número de clientes',
      'Estado',
      'Porcentaje de clientes',
      'Estado del porcentaje',
      'Miembros que informaron',
      'Miembros esperados',
    ]);
    expect(rows[2]!.slice(0, 4)).to.deep.equal(['T1 2025', 'Asia', '', 'Suprimido']);
    expect(rows[6]!.slice(0, 5)).to.deep.equal(['T2 2025', 'Africa', '130', 'Publicado', '45.6']);
    expect(rows[16]![0]).to.equal('T1 2025 a T3 2025');
    expect(
      rows
        .slice(21)
        .map((row) => row[0])
        .join(' '),
    )
      .to.contain('S = suprimido')
      .and.not.contain('suppressed');
  });

  it('throws a ChartError export-failed and fires cate-error when there is no data', async () => {
    const el = await mount(() => undefined);
    const event = nextEvent<{ code: string }>(el, 'cate-error');
    expect(() => el.toCSV())
      .to.throw()
      .with.property('code', 'export-failed');
    expect((await event).detail.code).to.equal('export-failed');
  });
});

describe('<cate-chart> toSVG()', () => {
  it('is a standalone SVG document: parses as XML, no custom property or class styling left, role img with title and desc', async () => {
    const el = await mount((el) => ((el.kind = 'grouped-bar'), (el.data = continents)));
    const text = el.toSVG();
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror'), 'well-formed XML').to.equal(null);
    expect(text).not.to.contain('var(');
    expect(text).not.to.contain('<style');
    expect(text).not.to.contain('foreignObject');
    const root = doc.documentElement;
    expect(root.getAttribute('xmlns')).to.equal('http://www.w3.org/2000/svg');
    expect(root.getAttribute('role')).to.equal('img');
    expect(doc.querySelector('title')!.textContent).to.equal('Continent of Origin by Quarter');
    expect(doc.querySelector('desc')!.textContent).to.equal(shadow(el).querySelector('#summary')!.textContent);
    const words = [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' ');
    for (const label of [
      'Continent of Origin',
      'Africa',
      'Unknown Origin',
      'Q1 2024',
      'S = suppressed',
      'Not every member reported',
    ])
      expect(words).to.contain(label);
    // Styles are attributes: the first bar has the page's computed colour; status marks keep their "S".
    const bar = shadow(el).querySelector('path.bar')!;
    expect(doc.querySelector('path.bar')!.getAttribute('fill')).to.equal(getComputedStyle(bar).fill);
    expect(doc.querySelector('g.placeholder.suppressed text')!.textContent).to.equal('S');
  });

  it('looks the same outside the page: drawn as an image, the first bar has its colour', async () => {
    const el = await mount((el) => ((el.theme = 'dark'), (el.kind = 'grouped-bar'), (el.data = continents)));
    const text = el.toSVG();
    expect(text).to.contain('rgb(27, 27, 31)'); // the dark background
    const { context, doc, chart } = await asImage(text);
    // A category's bars are one path; its first subpath is the first bar's rectangle.
    const bar = firstRect(doc.querySelector('path.bar')!);
    const x = Number(chart.getAttribute('x')) + bar.x + bar.width / 2;
    const y = Number(chart.getAttribute('y')) + bar.y + bar.height / 2;
    const [r, g, b] = context.getImageData(Math.round(x), Math.round(y), 1, 1).data;
    expect(`rgb(${r}, ${g}, ${b})`).to.equal(getComputedStyle(shadow(el).querySelector('path.bar')!).fill);
  });

  it('keeps the hole of a ring marker outside the page (no fill rule needed: the hole is wound the other way)', async () => {
    const el = await mount((el) => ((el.kind = 'grouped-bar'), (el.data = continents)));
    const text = el.toSVG();
    const { context, chart } = await asImage(text);
    const live = shadow(el).querySelector<SVGSVGElement>('svg.chart')!;
    const layout = layoutChart(continents, {
      kind: 'grouped-bar',
      width: Number(live.getAttribute('width')),
      height: Number(live.getAttribute('height')),
    });
    // Unknown Origin (the sixth category) is a ring: its marker's centre shows the background, its edge its colour.
    const bar = layout.marks.find((m) => m.type === 'bar' && m.c === 5 && m.marker && m.marker.size >= 8)!;
    if (bar.type !== 'bar' || !bar.marker) throw new Error('a ring marker');
    const pixel = (x: number, y: number) => {
      const [r, g, b] = context.getImageData(
        Math.round(Number(chart.getAttribute('x')) + x),
        Math.round(Number(chart.getAttribute('y')) + y),
        1,
        1,
      ).data;
      return `rgb(${r}, ${g}, ${b})`;
    };
    const colour = getComputedStyle(shadow(el).querySelector('.mark.bar[data-c="5"]')!).fill;
    expect(pixel(bar.marker.x, bar.marker.y), 'the hole').not.to.equal(colour);
    expect(pixel(bar.x + bar.width / 2, bar.y + bar.height / 2), 'the bar').to.equal(colour);
  });

  it('throws export-failed for a kind with no drawing (table, stat)', async () => {
    const el = await mount((el) => ((el.kind = 'table'), (el.data = continents)));
    expect(() => el.toSVG())
      .to.throw()
      .with.property('code', 'export-failed');
    await settle(el);
    expect(status(el)).to.contain('could not be made');
  });
});

describe('<cate-chart> toPNG()', () => {
  it('a non-empty image/png Blob at 2× the SVG size (or the scale given)', async () => {
    const el = await mount((el) => (el.data = continents));
    const svg = new DOMParser().parseFromString(el.toSVG(), 'image/svg+xml').documentElement;
    const width = Number(svg.getAttribute('width'));
    const height = Number(svg.getAttribute('height'));
    const png = await el.toPNG();
    expect(png.type).to.equal('image/png');
    expect(png.size).to.be.greaterThan(1000);
    const bitmap = await createImageBitmap(png);
    expect([bitmap.width, bitmap.height]).to.deep.equal([width * 2, height * 2]);
    const small = await createImageBitmap(await el.toPNG(1));
    expect([small.width, small.height]).to.deep.equal([width, height]);
  });
});

describe('<cate-chart> copyTable()', () => {
  it('writes tab-separated text and an HTML table, and says so', async () => {
    const el = await mount((el) => (el.data = continents));
    const clipboard = stubClipboard();
    try {
      await el.copyTable();
    } finally {
      clipboard.restore();
    }
    const { 'text/plain': text, 'text/html': html } = clipboard.written[0]!;
    const lines = text!.split('\n');
    expect(lines[0]!.split('\t')).to.deep.equal([
      'Quarter',
      'Africa',
      'Asia',
      'Europe',
      'North America',
      'South America',
      'Unknown Origin',
      'Total',
      'Members reporting',
    ]);
    expect(lines[1]!.split('\t')).to.deep.equal([
      'Q1 2024',
      '12',
      '5',
      'S',
      '40',
      'S',
      '7',
      'S',
      '7 of 8 members reported',
    ]);
    expect(text).to.contain('S = suppressed');
    const table = new DOMParser().parseFromString(html!, 'text/html').querySelector('table')!;
    expect(table.querySelector('caption')!.textContent).to.equal('Continent of Origin by Quarter: data table');
    expect(table.querySelectorAll('tbody tr').length).to.equal(8);
    expect(table.querySelector('tbody th[scope=row]')!.textContent).to.equal('Q1 2024');
    await settle(el);
    expect(status(el)).to.equal('The data table was copied.');
  });

  it('when the browser refuses: a message, the table shown, cate-error export-failed, and a rejection', async () => {
    const el = await mount((el) => (el.data = continents));
    const clipboard = stubClipboard(true);
    const event = nextEvent<{ code: string; message: string }>(el, 'cate-error');
    let rejected: unknown;
    try {
      await el.copyTable();
    } catch (error) {
      rejected = error;
    } finally {
      clipboard.restore();
    }
    expect(rejected).to.have.property('code', 'export-failed');
    const { detail } = await event;
    expect(detail.code).to.equal('export-failed');
    await settle(el);
    expect(status(el)).to.equal(detail.message).and.contain('did not allow copying');
    expect(el.showTable).to.equal(true);
    expect(shadow(el).querySelector('.table-wrap')).not.to.equal(null);
    expect(shadow(el).querySelector('svg.chart'), 'the chart stays').not.to.equal(null);
  });
});

describe('<cate-chart> download()', () => {
  it('saves the CSV with a byte-order mark, named after the section', async () => {
    const el = await mount((el) => (el.data = continents));
    const downloads = recordDownloads();
    try {
      await el.download('csv');
    } finally {
      downloads.restore();
    }
    const [file] = downloads.files;
    expect(file!.name).to.equal('continent-of-origin.csv');
    const bytes = new Uint8Array(await (await fetch(file!.href)).arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).to.equal(el.toCSV());
  });
});

describe('<cate-chart> export menu', () => {
  it('a "Download" disclosure in the controls row beside the table toggle, with a part and four items', async () => {
    const el = await mount((el) => (el.data = continents));
    const menu = shadow(el).querySelector('[part=export-menu]')!;
    expect(menu.closest('.toolbar')).not.to.equal(null);
    expect(menu.previousElementSibling!.getAttribute('part')).to.equal('table-toggle');
    expect(toggle(el).textContent!.trim()).to.equal('Download');
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('false');
    expect(toggle(el).getAttribute('aria-controls')).to.equal('export-list');
    expect(list(el).hidden).to.equal(true);
    toggle(el).click();
    await settle(el, 1);
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('true');
    expect(list(el).hidden).to.equal(false);
    expect(items(el).map((b) => b.textContent!.trim())).to.deep.equal([
      'Data (CSV)',
      'Image (SVG)',
      'Image (PNG)',
      'Copy data table',
    ]);
  });

  it('keyboard: Enter opens, Tab reaches each item, Escape closes and returns focus, Tab out closes (no trap)', async () => {
    const el = await mount((el) => (el.data = continents));
    toggle(el).focus();
    await sendKeys({ press: 'Enter' });
    await settle(el, 1);
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('true');
    for (const item of items(el)) {
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(item);
    }
    await sendKeys({ press: 'Escape' });
    await settle(el, 1);
    expect(list(el).hidden).to.equal(true);
    expect(deepActiveElement()).to.equal(toggle(el));
    await sendKeys({ press: 'Enter' });
    await settle(el, 1);
    for (let i = 0; i < items(el).length + 1; i++) await sendKeys({ press: 'Tab' });
    await settle(el, 1);
    expect(list(el).hidden, 'closed once focus left it').to.equal(true);
    expect(shadow(el).querySelector('[part=export-menu]')!.contains(deepActiveElement())).to.equal(false);
  });

  it('an item runs its export, closes the menu and puts focus back on the button', async () => {
    const el = await mount((el) => (el.data = continents));
    const downloads = recordDownloads();
    try {
      toggle(el).click();
      await settle(el, 1);
      items(el)[0]!.focus();
      items(el)[0]!.click();
      await settle(el);
    } finally {
      downloads.restore();
    }
    expect(downloads.files.map((f) => f.name)).to.deep.equal(['continent-of-origin.csv']);
    expect(list(el).hidden).to.equal(true);
    expect(deepActiveElement()).to.equal(toggle(el));
  });

  it('a press outside closes it; Escape in the chart is left to the chart when the menu is closed', async () => {
    const el = await mount((el) => (el.data = continents));
    toggle(el).click();
    await settle(el, 1);
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await settle(el, 1);
    expect(list(el).hidden).to.equal(true);
    const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true });
    toggle(el).dispatchEvent(escape);
    expect(escape.defaultPrevented).to.equal(false);
  });

  it('axe finds no violation with the menu open, in light and dark themes and in Spanish', async () => {
    for (const setup of [
      (el: CateChart) => el,
      (el: CateChart) => (el.theme = 'dark'),
      (el: CateChart) => (el.locale = 'es'),
    ]) {
      const el = await mount((el) => (setup(el), (el.data = continents)));
      toggle(el).click();
      await settle(el, 1);
      const { violations } = await runAxe(el);
      expect(violations.map((v) => `${v.id}: ${v.help}`)).to.deep.equal([]);
      el.parentElement!.remove();
    }
  });

  it('in Spanish: "Descargar" and Spanish items', async () => {
    const el = await mount((el) => ((el.locale = 'es'), (el.data = continents)));
    expect(toggle(el).textContent!.trim()).to.equal('Descargar');
    // The items are built when the menu opens.
    toggle(el).click();
    await el.updateComplete;
    expect(items(el).map((b) => b.textContent!.trim())).to.deep.equal([
      'Datos (CSV)',
      'Imagen (SVG)',
      'Imagen (PNG)',
      'Copiar la tabla de datos',
    ]);
  });

  it('no-export hides it; the table and stat kinds offer only CSV and copy', async () => {
    const hidden = await mount((el) => (el.setAttribute('no-export', ''), (el.data = continents)));
    expect(shadow(hidden).querySelector('[part=export-menu]')).to.equal(null);
    expect(hidden.toCSV()).to.contain('Quarter');
    for (const [kind, data] of [
      ['table', continents],
      ['stat', screening],
    ] as const) {
      const el = await mount((el) => ((el.kind = kind), (el.data = data)));
      toggle(el).click();
      await el.updateComplete;
      expect(
        items(el).map((b) => b.textContent!.trim()),
        kind,
      ).to.deep.equal(['Data (CSV)', 'Copy data table']);
    }
  });

  it('Escape while exploring the chart still stops exploring (the menu does not take it)', async () => {
    const el = await mount((el) => (el.data = continents));
    const plot = shadow(el).querySelector<HTMLElement>('[part=plot]')!;
    plot.focus();
    press(plot, 'ArrowRight');
    await settle(el, 1);
    press(plot, 'Escape');
    await settle(el, 1);
    expect(shadow(el).querySelector('[aria-live]')!.textContent).to.contain('Stopped exploring');
  });
});

describe('<cate-chart> print', () => {
  it('beforeprint lays the chart out at the print width, synchronously; afterprint restores it', async () => {
    const el = await mount((el) => (el.data = continents), { width: 900 });
    const svg = () => shadow(el).querySelector('svg.chart')!;
    const screenWidth = Number(svg().getAttribute('width'));
    expect(screenWidth).to.be.greaterThan(800);
    window.dispatchEvent(new Event('beforeprint'));
    expect(Number(svg().getAttribute('width')), 'laid out before the print starts').to.equal(640);
    window.dispatchEvent(new Event('afterprint'));
    await settle(el);
    expect(Number(svg().getAttribute('width'))).to.equal(screenWidth);
  });

  it('--cate-print-width sets the print width; a narrower chart keeps its width', async () => {
    const wide = await mount((el) => ((el.style.cssText = '--cate-print-width: 480px'), (el.data = continents)), {
      width: 900,
    });
    const narrow = await mount((el) => (el.data = continents), { width: 400 });
    window.dispatchEvent(new Event('beforeprint'));
    expect(Number(shadow(wide).querySelector('svg.chart')!.getAttribute('width'))).to.equal(480);
    expect(Number(shadow(narrow).querySelector('svg.chart')!.getAttribute('width'))).to.equal(400 - 24);
    window.dispatchEvent(new Event('afterprint'));
  });

  it('print media (emulated): controls hidden, data table shown below the chart, chart at the print width, light palette', async () => {
    const el = await mount((el) => ((el.theme = 'dark'), (el.data = continents)), { width: 900 });
    const root = shadow(el);
    try {
      await serverCommand('emulate-media', { media: 'print' });
      await settle(el);
      expect(matchMedia('print').matches).to.equal(true);
      expect(getComputedStyle(root.querySelector('.toolbar')!).display).to.equal('none');
      const table = root.querySelector<HTMLElement>('#data-table')!;
      expect(table.getBoundingClientRect().height).to.be.greaterThan(100);
      expect(table.getBoundingClientRect().top).to.be.greaterThan(
        root.querySelector('svg.chart')!.getBoundingClientRect().bottom,
      );
      expect(Number(root.querySelector('svg.chart')!.getAttribute('width'))).to.equal(640);
      expect(getComputedStyle(root.querySelector('.base')!).color).to.equal('rgb(31, 35, 40)');
      expect(getComputedStyle(root.querySelector('.skip-link')!).display).to.equal('none');
      // Printed whole: the drawing is never skipped by rendering on paper.
      expect(getComputedStyle(root.querySelector('.drawing')!).contentVisibility).to.equal('visible');
    } finally {
      await serverCommand('emulate-media', { media: 'screen' });
    }
    await settle(el);
    expect(getComputedStyle(root.querySelector('.toolbar')!).display).to.equal('flex');
    expect(Number(root.querySelector('svg.chart')!.getAttribute('width'))).to.be.greaterThan(800);
  });
});
