import { css } from 'lit';

/**
 * What the guide elements add to `chartStyles` (whose `.base` carries the theme custom properties, so every
 * element is themed by the same `--cate-*` properties as `<cate-chart>`): headings, notices, lists.
 */
export const guideStyles = css`
  .heading {
    margin: 0 0 4px;
  }
  .subheading {
    font-size: 1.05em;
    font-weight: 600;
    margin: 12px 0 4px;
  }
  .notice {
    border-inline-start: 4px solid var(--_c2);
    padding: 4px 8px;
    margin: 0 0 8px;
  }
  .note {
    color: var(--_muted);
    font-size: max(12px, 0.9em);
    margin: 8px 0 0;
  }
  a {
    color: var(--_focus);
  }
  a:focus-visible,
  .table-wrap:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  ul.plain {
    list-style: none;
    padding: 0;
    margin: 0;
  }
`;

/** Maps a count to one of five shades (0 = none) relative to the largest count. */
export function heatLevel(value: number, max: number): 0 | 1 | 2 | 3 | 4 {
  if (value <= 0 || max <= 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((4 * value) / max))) as 1 | 2 | 3 | 4;
}
