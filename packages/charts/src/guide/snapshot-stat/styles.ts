import { css } from 'lit';

export const snapshotStyles = css`
  .callout {
    display: flex;
    flex-direction: column;
    gap: 4px;
    margin: 0;
  }
  .figure {
    font-size: var(--cate-stat-size, 3em);
    font-weight: 700;
    line-height: 1.05;
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  .figure.suppressed,
  .figure.not-reported {
    font-size: 1.6em;
    color: var(--_muted);
  }
  .statement {
    font-size: 1.15em;
    margin: 0;
  }
  .context {
    color: var(--_muted);
    margin: 0;
  }
  details {
    margin-top: 8px;
  }
  summary {
    cursor: pointer;
  }
  summary:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
`;
