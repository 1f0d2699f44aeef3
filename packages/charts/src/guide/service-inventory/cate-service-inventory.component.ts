import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { chartStyles, contextStyles } from '../../styles.js';
import {
  INVENTORY_COUNTING_NOTE,
  inventoryGaps,
  serviceInventory,
  type ResourceGuide,
  type ServiceGap,
  type ServiceInventory,
} from '@cate/core';
import { guideStyles, heatLevel } from '../shared-styles.js';
import { gapKeyStyles, inventoryStyles } from './styles.js';

/**
 * `<cate-service-inventory>`: service offerings by county and service type, as a real table with row and column
 * totals, shown as a heat map in which a county with none of a service stands out by a hatch, a ✕ and bold text,
 * not by colour alone; then the gaps the regional totals hide, in words.
 *
 * Give it `inventory` (from core's `serviceInventory` or `inventoryFromCounts`), or a resource `guide` from which
 * core derives one (counting each service only in the county where its provider is located).
 *
 * @csspart base - The wrapper of everything.
 * @csspart heading - The title.
 * @csspart description - How to read the table.
 * @csspart table - The inventory table.
 * @csspart gaps - The list of gaps.
 * @csspart note - How services are counted.
 * @csspart view-toggle - The button that switches between heat map and plain table.
 *
 * @cssproperty --cate-color-1 - The heat colour (mixed with the background in four steps).
 * @cssproperty --cate-background - Background. Also every other `--cate-*` property of `<cate-chart>`.
 */
export class CateServiceInventory extends LitElement {
  static override styles = [chartStyles, contextStyles, guideStyles, inventoryStyles, gapKeyStyles];

  static override properties = {
    inventory: { attribute: false },
    guide: { attribute: false },
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    view: { reflect: true },
    note: {},
    theme: { reflect: true },
  };

  /** The inventory to show. Takes precedence over `guide`. */
  declare inventory: ServiceInventory | undefined;
  /** A resource guide to derive the inventory from. */
  declare guide: ResourceGuide | undefined;
  /** Title, and the table's caption. Default "Service inventory by county". */
  declare heading: string;
  /** aria-level of the title. Default 2. */
  declare headingLevel: number;
  /** "heat" (shaded, gaps marked) or "table" (plain). Default "heat". */
  declare view: 'heat' | 'table';
  /** How services were counted; default seed 004's note. */
  declare note: string;
  /** "light", "dark" or "auto". Default "auto". */
  declare theme: 'light' | 'dark' | 'auto';

  private _inventory: ServiceInventory | undefined;
  private _gaps: ServiceGap[] = [];
  private _max = 0;
  private static _count = 0;
  private readonly _id = `cate-inventory-${++CateServiceInventory._count}`;

  constructor() {
    super();
    this.inventory = undefined;
    this.guide = undefined;
    this.heading = 'Service inventory by county';
    this.headingLevel = 2;
    this.view = 'heat';
    this.note = INVENTORY_COUNTING_NOTE;
    this.theme = 'auto';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('inventory') || changed.has('guide')) {
      this._inventory = this.inventory ?? (this.guide ? serviceInventory(this.guide) : undefined);
      this._gaps = this._inventory ? inventoryGaps(this._inventory) : [];
      this._max = Math.max(0, ...(this._inventory?.counts.flat() ?? []));
    }
  }

  private _onToggleView(): void {
    this.view = this.view === 'heat' ? 'table' : 'heat';
  }

  private _renderCell(value: number, heat: boolean): TemplateResult {
    const gap = value === 0;
    const level = heatLevel(value, this._max);
    return html`<td class="level-${level} ${gap ? 'gap' : ''}">${heat && gap ? html`<span class="gap-mark" aria-hidden="true">✕</span>` : nothing}${value}</td>`;
  }

  private _renderTable(inventory: ServiceInventory, heat: boolean): TemplateResult {
    const captionId = `${this._id}-caption`;
    return html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby=${captionId}>
      <table part="table" class="inventory ${heat ? 'heat' : ''}">
        <caption id=${captionId}>${this.heading}</caption>
        <thead>
          <tr>
            <th scope="col">County</th>
            ${inventory.serviceTypes.map((t) => html`<th scope="col">${t.label}</th>`)}
            <th scope="col">Total</th>
          </tr>
        </thead>
        <tbody>
          ${inventory.counties.map(
            (county, c) => html`<tr>
              <th scope="row">${county}</th>
              ${inventory.counts[c]!.map((value) => this._renderCell(value, heat))}
              <td class="total">${inventory.countyTotals[c]}</td>
            </tr>`,
          )}
          <tr class="totals">
            <th scope="row">Total</th>
            ${inventory.serviceTotals.map((value) => html`<td>${value}</td>`)}
            <td>${inventory.total}</td>
          </tr>
        </tbody>
      </table>
    </div>`;
  }

  private _renderGaps(): TemplateResult | typeof nothing {
    if (this._gaps.length === 0) return nothing;
    const level = Math.min(6, (this.headingLevel || 2) + 1);
    return html`<div class="subheading" role="heading" aria-level=${level}>Gaps the totals hide</div>
      <ul part="gaps" class="gaps">
        ${this._gaps.map(
          (g) =>
            html`<li><strong>${g.serviceType.label}</strong>: none located in ${g.counties.length} of ${g.of} counties (${g.counties.join(', ')})</li>`,
        )}
      </ul>`;
  }

  protected override render(): TemplateResult {
    const inventory = this._inventory;
    const heat = this.view !== 'table';
    return html`<div part="base" class="base ${this.theme === 'light' || this.theme === 'dark' ? this.theme : 'auto'}">
      <div part="heading" class="heading" role="heading" aria-level=${this.headingLevel || 2}>${this.heading}</div>
      ${
        inventory
          ? html`<p part="description" class="description">
              Service offerings located in each county, by type. Counts are offerings, not people or organizations: a
              provider offering three types counts three times.
            </p>
            ${
              heat
                ? html`<p class="key">
                  <span><span class="swatch gap-key">✕ 0</span>hatched: no offering of this type located in the county</span>
                  <span>Darker cells: more offerings</span>
                </p>`
                : nothing
            }
            ${this._renderTable(inventory, heat)}
            <div class="toolbar">
              <button part="view-toggle" type="button" aria-pressed=${heat ? 'true' : 'false'} @click=${this._onToggleView}>Heat map</button>
            </div>
            ${this._renderGaps()}
            ${this.note ? html`<p part="note" class="note">Note: ${this.note}</p>` : nothing}`
          : html`<p class="message" role="status">No inventory yet: set the inventory or guide property.</p>`
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cate-service-inventory': CateServiceInventory;
  }
}
