import { html, svg, type TemplateResult } from 'lit';
import { markerPath } from '../layout/markers.js';
import { isolate } from '../safety/bidi.js';
import type { CategoryView, ChartLayout } from '../layout/types.js';

export interface LegendOptions {
  label: string;
  line: boolean;
  /** The layout's groups: categories listed under their group's heading, its total first. */
  groups?: ChartLayout['groups'];
}

function key(category: CategoryView, line: boolean): TemplateResult {
  if (category.subtotal)
    return html`<svg class="key" width="24" height="14" viewBox="0 0 24 14" aria-hidden="true"><rect class="band" x="1" y="1" width="22" height="12" rx="1"></rect></svg>`;
  return html`<svg class="key" width="24" height="14" viewBox="0 0 24 14" aria-hidden="true">
    ${line ? svg`<line class="line c${category.color}" x1="1" x2="23" y1="7" y2="7"></line>` : svg`<rect class="mark c${category.color}" x="2" y="2" width="20" height="10" rx="1"></rect>`}
    <path class="marker c${category.color}${line ? '' : ' on-swatch'}" d=${markerPath(category.shape, 12, 7, 9)}></path>
  </svg>`;
}

function item(category: CategoryView, line: boolean): TemplateResult {
  return html`<li class=${category.subtotal ? 'subtotal' : ''}>${key(category, line)}<span><bdi>${category.label}</bdi></span></li>`;
}

function flatLegend(categories: readonly CategoryView[], options: LegendOptions): TemplateResult {
  return html`<ul part="legend" class="legend" aria-label=${options.label}>
    ${categories.map(
      (category) => html`<li>
        <svg class="key" width="24" height="14" viewBox="0 0 24 14" aria-hidden="true">
          ${options.line ? svg`<line class="line c${category.color}" x1="1" x2="23" y1="7" y2="7"></line>` : svg`<rect class="mark c${category.color}" x="2" y="2" width="20" height="10" rx="1"></rect>`}
          <path class="marker c${category.color}${options.line ? '' : ' on-swatch'}" d=${markerPath(category.shape, 12, 7, 9)}></path>
        </svg>
        <span><bdi>${category.label}</bdi></span>
      </li>`,
    )}
  </ul>`;
}

/**
 * A key in HTML (it wraps, zooms and reads like text): each category's colour and marker shape, and a line for
 * line charts. Grouped categories are a list under their group's heading, so a screen reader hears the group.
 */
export function renderLegend(categories: readonly CategoryView[], options: LegendOptions): TemplateResult {
  if (!options.groups) return flatLegend(categories, options);
  return html`<ul part="legend" class="legend grouped" aria-label=${options.label}>
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
  </ul>`;
}
