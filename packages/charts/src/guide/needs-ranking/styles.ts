import { css } from 'lit';

export const needsStyles = css`
  table.needs {
    width: 100%;
  }
  table.needs td.rating {
    width: 55%;
    min-width: 9em;
  }
  .dot-row {
    display: flex;
    align-items: center;
    gap: 8px;
  }
  .dot-row svg {
    flex: 1 1 auto;
    min-width: 5em;
    height: 16px;
    overflow: visible;
  }
  .track {
    stroke: var(--_grid);
    stroke-width: 2;
  }
  .tick {
    stroke: var(--_muted);
    stroke-width: 1;
  }
  .dot {
    fill: var(--_c1);
    stroke: var(--_bg);
    stroke-width: 1.5;
  }
  .value {
    min-width: 2.2em;
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  td.withheld {
    font-style: italic;
    color: var(--_muted);
  }
`;
