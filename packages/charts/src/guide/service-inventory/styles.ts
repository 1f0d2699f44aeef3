import { css } from 'lit';

export const inventoryStyles = css`
  table.inventory th[scope='col'] {
    vertical-align: bottom;
    min-width: 5.5em;
    max-width: 9em;
    white-space: normal;
    text-align: end;
    font-weight: 600;
  }
  table.inventory tr.totals th,
  table.inventory tr.totals td,
  table.inventory td.total {
    font-weight: 600;
  }
  table.inventory tr.totals th,
  table.inventory tr.totals td {
    border-top: 2px solid var(--_axis);
  }
  .heat td.level-1 { background: color-mix(in srgb, var(--_c1) 12%, var(--_bg)); }
  .heat td.level-2 { background: color-mix(in srgb, var(--_c1) 22%, var(--_bg)); }
  .heat td.level-3 { background: color-mix(in srgb, var(--_c1) 32%, var(--_bg)); }
  .heat td.level-4 { background: color-mix(in srgb, var(--_c1) 42%, var(--_bg)); }
  /* A gap stands out without colour: a hatch, a symbol and bold text. */
  .heat td.gap {
    background-image: repeating-linear-gradient(135deg, transparent 0 5px, var(--_grid) 5px 7px);
    font-weight: 700;
  }
  .gap-mark {
    margin-inline-end: 3px;
  }
  .key {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 16px;
    align-items: center;
    margin: 4px 0 8px;
    font-size: max(12px, 0.93em);
  }
  .swatch {
    display: inline-block;
    min-width: 2.2em;
    padding: 1px 4px;
    margin-inline-end: 4px;
    text-align: center;
    border: 1px solid var(--_grid);
  }
  .gaps li {
    margin: 2px 0;
  }
  @media (forced-colors: active) {
    .heat td[class*='level-'] {
      background: none;
    }
    .heat td.gap {
      background-image: repeating-linear-gradient(135deg, transparent 0 5px, GrayText 5px 7px);
    }
  }
`;

export const gapKeyStyles = css`
  .swatch.gap-key {
    font-weight: 700;
    background-image: repeating-linear-gradient(135deg, transparent 0 5px, var(--_grid) 5px 7px);
  }
`;
