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

function key(category: CategoryView, line: boolean): TemplateResult {
  if (category.subtotal)
    return html`<svg class="key" width="24" height="14" viewBox="0 0 24 14" aria-hidden="true"><rect class="band" x="1" y="1" width="22" height="12" rx="1"></rect></svg>`;
  return html`<svg class="key" width="24" height="14" viewBox="0 0 24 14" aria-hidden="true">
    ${line ? svg`<line class="line c${category.color}" x1="1" x2="23" y1="7" y2="7"></line>` : svg`<rect class="mark c${category.color}" x="2" y="2" width="20" height="10" rx="1"></rect>`}
    <path class="marker c${category.color}${line ? '' : ' on-swatch'}" data-shape="${category.shape} ${category.fill}" d=${markerPathFilled(category.shape, category.fill, 12, 7, line ? 9 : 8)}></path>
  </svg>`;
}

function item(category: CategoryView, line: boolean): TemplateResult {
  return html`<li class=${category.subtotal ? 'subtotal' : ''}>${key(category, line)}<span><bdi>${category.label}</bdi></span></li>`;
}

/**
 * Keys to the status marks the layout draws ("S = suppressed to protect privacy", "n/r = not reported"), after the
 * list of categories (they are not categories).
 */
function statusKeys(options: LegendOptions): TemplateResult | undefined {
  const { layout, statusKeys: words } = options;
  if (!layout || !words || !(layout.has.suppressed || layout.has.notReported)) return undefined;
  return html`<p class="status-keys">
    ${layout.has.suppressed ? html`<span class="status-key suppressed">${words.suppressed}</span>` : ''}
    ${layout.has.notReported ? html`<span class="status-key not-reported">${words.notReported}</span>` : ''}
  </p>`;
}

function frame(options: LegendOptions, list: TemplateResult): TemplateResult {
  const keys = statusKeys(options);
  if (!options.title && !keys) return list;
  return html`<div class="legend-block">
    ${options.title ? html`<p class="legend-title" aria-hidden="true"><bdi>${options.title}</bdi></p>` : ''}
    ${list}${keys ?? ''}
  </div>`;
}

/**
 * A key in HTML (it wraps, zooms and reads like text): each category's colour and marker (shape and fill), a line
 * for line charts, the report's legend title, and keys to the status marks. Grouped categories are a list under
 * their group's heading, so a screen reader hears the group.
 */
export function renderLegend(categories: readonly CategoryView[], options: LegendOptions): TemplateResult {
  const label = options.title ? `${options.label}: ${isolate(options.title)}` : options.label;
  if (!options.groups)
    return frame(
      options,
      html`<ul part="legend" class="legend" aria-label=${label}>
        ${categories.map((category) => item(category, options.line))}
      </ul>`,
    );
  return frame(
    options,
    html`<ul part="legend" class="legend grouped" aria-label=${label}>
      ${options.groups.map((group) => {
        const members = [...(group.total !== undefined ? [group.total] : []), ...group.members].map(
          (c) => categories[c]!,
        );
        if (!group.heading) return members.map((category) => item(category, options.line));
        return html`<li class="legend-group">
          <span class="legend-heading"><bdi>${group.label}</bdi></span>
          <ul aria-label=${isolate(group.label)}>
            ${members.map((category) => item(category, options.line))}
          </ul>
        </li>`;
      })}
    </ul>`,
  );
}
