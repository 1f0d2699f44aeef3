import { html, svg, type TemplateResult } from 'lit';
import { markerPath } from '../layout/markers.js';
import type { CategoryView } from '../layout/types.js';

/** A key in HTML (it wraps, zooms and reads like text): each category's colour and marker shape, and a line for line charts. */
export function renderLegend(categories: readonly CategoryView[], options: { label: string; line: boolean }): TemplateResult {
  return html`<ul part="legend" class="legend" aria-label=${options.label}>
    ${categories.map(
      (category) => html`<li>
        <svg class="key" width="24" height="14" viewBox="0 0 24 14" aria-hidden="true">
          ${options.line ? svg`<line class="line c${category.color}" x1="1" x2="23" y1="7" y2="7"></line>` : svg`<rect class="mark c${category.color}" x="2" y="2" width="20" height="10" rx="1"></rect>`}
          <path class="marker c${category.color}${options.line ? '' : ' on-swatch'}" d=${markerPath(category.shape, 12, 7, 9)}></path>
        </svg>
        <span>${category.label}</span>
      </li>`,
    )}
  </ul>`;
}
