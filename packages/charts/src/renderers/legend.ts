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

/** Keys to the status marks the layout draws: each mark as drawn (a small label under the baseline) and its words. */
function statusItems(options: LegendOptions): TemplateResult[] {
  const { layout, statusKeys } = options;
  if (!layout || !statusKeys) return [];
  const keys: TemplateResult[] = [];
  const entry = (status: 'suppressed' | 'not-reported', words: string) =>
    html`<li class="status-key ${status}"><span>${words}</span></li>`;
  if (layout.has.suppressed) keys.push(entry('suppressed', statusKeys.suppressed));
  if (layout.has.notReported) keys.push(entry('not-reported', statusKeys.notReported));
  return keys;
}

function frame(options: LegendOptions, list: TemplateResult): TemplateResult {
  if (!options.title) return list;
  return html`<div class="legend-block">
    <p class="legend-title" aria-hidden="true"><bdi>${options.title}</bdi></p>
    ${list}
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
        ${categories.map((category) => item(category, options.line))}${statusItems(options)}
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
      })}${statusItems(options)}
    </ul>`,
  );
}
