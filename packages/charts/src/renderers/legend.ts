import { html, svg, type TemplateResult } from 'lit';
import { markerPathFilled } from '../layout/markers.js';
import { isolate } from '../safety/bidi.js';
import type { CategoryView, ChartLayout } from '../layout/types.js';

export interface LegendOptions {
  label: string;
  line: boolean;
  /** The layout's groups: categories listed under their group's heading, its total first. */
  groups?: ChartLayout['groups'];
  /** The legend's title as the report prints it ("Type of Exploitation"), from the taxonomy's `legendTitle`. */
  title?: string | undefined;
  /**
   * The layout, when the legend should also key the status marks it draws ("S = suppressed to protect privacy",
   * "n/r = not reported"). (Why a chart is drawn in panels is said in the drawing itself, `layout.noteLines`.)
   */
  layout?: ChartLayout | undefined;
  /** The words of the status keys (from the element's catalogue). */
  statusKeys?: { suppressed: string; notReported: string } | undefined;
}

/** The swatch a bar's colour fills, inset by the half-pixel the chart's bars give their background-coloured edge. */
const SWATCH = 'M3,2.5h18a.5,.5 0 0 1 .5.5v8a.5.5 0 0 1-.5.5h-18a.5.5 0 0 1-.5-.5v-8a.5.5 0 0 1 .5-.5Z';

/**
 * A category's key: for bars one path, the colour swatch with the marker cut out of it (even-odd), so the marker
 * shows in the background colour as on the bars; for lines, the line with its marker on it.
 */
function key(category: CategoryView, line: boolean): TemplateResult {
  const c = category.color;
  const shape = `${category.shape} ${category.fill}`;
  if (category.subtotal)
    return html`<svg class="key" width="24" height="14" viewBox="0 0 24 14" aria-hidden="true"><rect class="band" x="1" y="1" width="22" height="12" rx="1"></rect></svg>`;
  if (!line)
    return html`<svg class="key" width="24" height="14" viewBox="0 0 24 14" aria-hidden="true"><path class="swatch c${c}" fill-rule="evenodd" data-shape=${shape} d=${SWATCH + markerPathFilled(category.shape, category.fill, 12, 7, 8)}></path></svg>`;
  return html`<svg class="key" width="24" height="14" viewBox="0 0 24 14" aria-hidden="true">${svg`<line class="line c${c}" x1="1" x2="23" y1="7" y2="7"></line><path class="marker c${c}" data-shape=${shape} d=${markerPathFilled(category.shape, category.fill, 12, 7, 9)}></path>`}</svg>`;
}

function item(category: CategoryView, line: boolean): TemplateResult {
  return html`<li class=${category.subtotal ? 'subtotal' : ''}>${key(category, line)}<bdi>${category.label}</bdi></li>`;
}

/** Whether the layout draws status marks and the words of their keys are given. */
const hasStatusKeys = ({ layout, statusKeys: words }: LegendOptions) =>
  !!layout && !!words && (layout.has.suppressed || layout.has.notReported);

/**
 * Keys to the status marks the layout draws ("S = suppressed to protect privacy", "n/r = not reported"), after the
 * list of categories (they are not categories).
 */
function statusKeys(options: LegendOptions): TemplateResult | undefined {
  if (!hasStatusKeys(options)) return undefined;
  const layout = options.layout!;
  const words = options.statusKeys!;
  return html`<p class="status-keys">${layout.has.suppressed ? html`<span class="status-key suppressed">${words.suppressed}</span>` : ''}${
    layout.has.notReported ? html`<span class="status-key not-reported">${words.notReported}</span>` : ''
  }</p>`;
}

function frame(options: LegendOptions, list: TemplateResult | undefined): TemplateResult {
  const keys = statusKeys(options);
  if (list && !options.title && !keys) return list;
  return html`<div class="legend-block">${
    options.title ? html`<p class="legend-title" aria-hidden="true"><bdi>${options.title}</bdi></p>` : ''
  }${list ?? ''}${keys ?? ''}</div>`;
}

/**
 * Whether the legend lists the categories. Small multiples name every panel above it with its category's marker
 * and label, so their legend would only repeat those names: it keeps the report's legend title and the status keys.
 * Grouped categories keep their list, which says the groups.
 */
export function listsCategories(options: LegendOptions): boolean {
  return !options.layout?.panels?.length || !!options.groups;
}

/** Whether there is a legend at all: a list of categories, a legend title or a status key. */
export function hasLegend(options: LegendOptions): boolean {
  return listsCategories(options) || !!options.title || hasStatusKeys(options);
}

/**
 * A key in HTML (it wraps, zooms and reads like text): each category's colour and marker (shape and fill), a line
 * for line charts, the report's legend title, and keys to the status marks. Grouped categories are a list under
 * their group's heading, so a screen reader hears the group.
 */
export function renderLegend(categories: readonly CategoryView[], options: LegendOptions): TemplateResult {
  if (!listsCategories(options)) return frame(options, undefined);
  const label = options.title ? `${options.label}: ${isolate(options.title)}` : options.label;
  if (!options.groups)
    return frame(
      options,
      html`<ul part="legend" class="legend" aria-label=${label}>${categories.map((category) => item(category, options.line))}</ul>`,
    );
  return frame(
    options,
    html`<ul part="legend" class="legend grouped" aria-label=${label}>${options.groups.map((group) => {
      const members = [...(group.total !== undefined ? [group.total] : []), ...group.members].map(
        (c) => categories[c]!,
      );
      if (!group.heading) return members.map((category) => item(category, options.line));
      return html`<li class="legend-group"><span class="legend-heading"><bdi>${group.label}</bdi></span><ul aria-label=${isolate(group.label)}>${members.map((category) => item(category, options.line))}</ul></li>`;
    })}</ul>`,
  );
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An element with attributes and children (text as text nodes: never markup). */
function node(tag: string, attributes: Record<string, string> | null, ...children: Array<Node | string>): Element {
  const element =
    tag === 'svg' || tag === 'path' || tag === 'rect' || tag === 'line'
      ? document.createElementNS(SVG_NS, tag)
      : document.createElement(tag);
  if (attributes) for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

function keyNode(category: CategoryView, line: boolean): Element {
  const c = category.color;
  const shape = `${category.shape} ${category.fill}`;
  const box = { class: 'key', width: '24', height: '14', viewBox: '0 0 24 14', 'aria-hidden': 'true' };
  if (category.subtotal)
    return node('svg', box, node('rect', { class: 'band', x: '1', y: '1', width: '22', height: '12', rx: '1' }));
  if (!line) {
    const d = SWATCH + markerPathFilled(category.shape, category.fill, 12, 7, 8);
    return node('svg', box, node('path', { 'fill-rule': 'evenodd', class: `swatch c${c}`, 'data-shape': shape, d }));
  }
  return node(
    'svg',
    box,
    node('line', { x1: '1', x2: '23', y1: '7', y2: '7', class: `line c${c}` }),
    node('path', {
      class: `marker c${c}`,
      'data-shape': shape,
      d: markerPathFilled(category.shape, category.fill, 12, 7, 9),
    }),
  );
}

const itemNode = (category: CategoryView, line: boolean) =>
  node(
    'li',
    { class: category.subtotal ? 'subtotal' : '' },
    keyNode(category, line),
    node('bdi', null, category.label),
  );

/**
 * The same legend as `renderLegend`, made with plain DOM in the browser (the element's copy: no template to
 * instantiate, no markers). Text goes in as text nodes only. A test keeps the two identical, attribute order
 * included (the template's fixed attributes come first, then its bound ones).
 */
export function legendElement(categories: readonly CategoryView[], options: LegendOptions): Element {
  const label = options.title ? `${options.label}: ${isolate(options.title)}` : options.label;
  const list = listsCategories(options) ? categoryList(categories, options, label) : undefined;
  const keys = hasStatusKeys(options) ? statusKeysNode(options) : undefined;
  if (list && !options.title && !keys) return list;
  return node(
    'div',
    { class: 'legend-block' },
    ...(options.title
      ? [node('p', { class: 'legend-title', 'aria-hidden': 'true' }, node('bdi', null, options.title))]
      : []),
    ...(list ? [list] : []),
    ...(keys ? [keys] : []),
  );
}

function statusKeysNode({ layout, statusKeys: words }: LegendOptions): Element {
  return node(
    'p',
    { class: 'status-keys' },
    ...(layout!.has.suppressed ? [node('span', { class: 'status-key suppressed' }, words!.suppressed)] : []),
    ...(layout!.has.notReported ? [node('span', { class: 'status-key not-reported' }, words!.notReported)] : []),
  );
}

function categoryList(categories: readonly CategoryView[], options: LegendOptions, label: string): Element {
  const list = node('ul', { part: 'legend', class: options.groups ? 'legend grouped' : 'legend', 'aria-label': label });
  if (!options.groups) list.append(...categories.map((category) => itemNode(category, options.line)));
  else
    for (const group of options.groups) {
      const members = [...(group.total !== undefined ? [group.total] : []), ...group.members].map(
        (c) => categories[c]!,
      );
      const items = members.map((category) => itemNode(category, options.line));
      if (!group.heading) list.append(...items);
      else
        list.append(
          node(
            'li',
            { class: 'legend-group' },
            node('span', { class: 'legend-heading' }, node('bdi', null, group.label)),
            node('ul', { 'aria-label': isolate(group.label) }, ...items),
          ),
        );
    }
  return list;
}
