import { css, unsafeCSS } from 'lit';

/**
 * The default palette: Okabe-Ito hues (colour-blind safe), darkened for light backgrounds and lightened for
 * dark ones so every mark has at least 3:1 contrast with the default background. Exported for the contrast test.
 */
export const PALETTE = {
  light: {
    background: '#ffffff',
    text: '#1f2328',
    muted: '#57606a',
    colors: ['#0072b2', '#c25400', '#008060', '#b8558d', '#9c6b00', '#6f4fb0', '#7d7625', '#4d4d4d'],
  },
  dark: {
    background: '#1b1b1f',
    text: '#ececf1',
    muted: '#b4b4bd',
    colors: ['#56b4e9', '#ff8b47', '#1fbf8f', '#e58fc0', '#e6a700', '#b9a3f0', '#e9de4a', '#c8c8c8'],
  },
} as const;

function themeVars(theme: (typeof PALETTE)['light' | 'dark']): string {
  const colors = theme.colors.map((c, i) => `--_c${i + 1}: var(--cate-color-${i + 1}, ${c});`).join('\n');
  return `${colors}
    --_bg: var(--cate-background, ${theme.background});
    --_text: var(--cate-text-color, ${theme.text});
    --_muted: var(--cate-muted-color, ${theme.muted});
    --_grid: var(--cate-grid-color, ${theme === PALETTE.light ? '#d0d7de' : '#3d3d46'});
    --_axis: var(--cate-axis-color, ${theme.muted});
    --_focus: var(--cate-focus-color, ${theme === PALETTE.light ? '#0b57d0' : '#a8c7fa'});
    --_placeholder: var(--cate-placeholder-color, ${theme.muted});
    --_tooltip-bg: var(--cate-tooltip-background, ${theme.text});
    --_tooltip-text: var(--cate-tooltip-color, ${theme.background});
    color-scheme: ${theme === PALETTE.light ? 'light' : 'dark'};`;
}

const light = unsafeCSS(themeVars(PALETTE.light));
const dark = unsafeCSS(themeVars(PALETTE.dark));

export const chartStyles = css`
  :host {
    display: block;
    min-width: 0; /* lets the chart shrink inside flex and grid tracks */
    font-family: var(--cate-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--cate-font-size, 14px);
    line-height: 1.4;
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    ${light}
    position: relative;
    box-sizing: border-box;
    color: var(--_text);
    background: var(--_bg);
    padding: var(--cate-padding, 12px);
    border-radius: var(--cate-border-radius, 4px);
  }
  .base.dark {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    .base.auto {
      ${dark}
    }
  }
  .sizer {
    height: 0;
  }
  .heading {
    font-size: var(--cate-heading-size, 1.15em);
    font-weight: 600;
    margin: 0 0 4px;
  }
  .description,
  .notes,
  .footnotes,
  .message {
    color: var(--_muted);
    margin: 0 0 8px;
  }
  .footnotes {
    list-style: none;
    padding: 0;
    margin: 8px 0 0;
    font-size: max(12px, 0.9em);
  }
  details.notes summary,
  details.instructions summary {
    cursor: pointer;
    color: var(--_text);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 16px;
    list-style: none;
    margin: 4px 0 8px;
    padding: 0;
    font-size: max(12px, 0.93em);
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  .plot {
    position: relative;
    outline: none;
    border-radius: 2px;
  }
  /* Out of style, layout and paint while far from the viewport. Its contain-intrinsic-size is set through the
     style property (CSSOM: allowed by a Content-Security-Policy without unsafe-inline styles). */
  .drawing {
    content-visibility: auto;
  }
  .plot:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  svg.chart {
    display: block;
    overflow: visible;
    width: 100%;
    height: auto;
  }
  .tick-label,
  .placeholder-label {
    fill: var(--_muted);
    font-size: 12px;
    font-family: inherit;
  }
  /* A status mark under the baseline: a bold "S" or an italic "n/r", beside its category's marker. */
  .placeholder-label {
    fill: var(--_text);
    font-size: 12px;
    font-weight: 700;
  }
  .placeholder.not-reported .placeholder-label {
    font-weight: 400;
    font-style: italic;
  }
  .placeholder-hit {
    fill: transparent;
  }
  .panel-title {
    fill: var(--_text);
    font-size: 12px;
    font-weight: 600;
    font-family: inherit;
  }
  .grid {
    stroke: var(--_grid);
    stroke-width: 1;
  }
  .baseline {
    stroke: var(--_axis);
    stroke-width: 1;
  }
  .mark,
  .marker {
    stroke: var(--_bg);
    stroke-width: 1;
    /* Ring and dot markers are one path with holes wound the other way: a category's overlapping markers add up. */
    fill-rule: nonzero;
  }
  .marker.on-swatch {
    fill: var(--_bg);
    stroke: none;
  }
  .line {
    fill: none;
    stroke-width: 2.5;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .c1 { fill: var(--_c1); } .line.c1 { stroke: var(--_c1); }
  .c2 { fill: var(--_c2); } .line.c2 { stroke: var(--_c2); }
  .c3 { fill: var(--_c3); } .line.c3 { stroke: var(--_c3); }
  .c4 { fill: var(--_c4); } .line.c4 { stroke: var(--_c4); }
  .c5 { fill: var(--_c5); } .line.c5 { stroke: var(--_c5); }
  .c6 { fill: var(--_c6); } .line.c6 { stroke: var(--_c6); }
  .c7 { fill: var(--_c7); } .line.c7 { stroke: var(--_c7); }
  .c8 { fill: var(--_c8); } .line.c8 { stroke: var(--_c8); }
  /* A group's total: a band behind its bars, outlined (the outline carries it in forced colours and on paper). */
  .band {
    fill: color-mix(in srgb, var(--_text) 8%, transparent);
    stroke: var(--_muted);
    stroke-width: 1.5;
    stroke-dasharray: 4 2;
  }
  .group-rule {
    stroke: var(--_axis);
    stroke-width: 1;
  }
  .group-label {
    fill: var(--_text);
    font-size: 11px;
    font-weight: 600;
    font-family: inherit;
  }
  .legend.grouped > .legend-group {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 4px 12px;
  }
  .legend-heading {
    font-weight: 600;
  }
  .legend-group > ul {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 4px 16px;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  table.grouped .group-heading > * {
    font-weight: 600;
  }
  table.grouped th.member {
    padding-inline-start: 1.5em;
    font-weight: normal;
  }
  table.grouped tbody.totals th {
    font-weight: 600;
  }
  .line {
    fill: none;
  }
  .legend-block {
    margin: 4px 0 8px;
  }
  .legend-block > .legend {
    margin: 0;
  }
  .legend-title {
    margin: 0 0 2px;
    font-weight: 600;
    font-size: max(12px, 0.93em);
  }
  .status-keys {
    display: flex;
    flex-wrap: wrap;
    gap: 2px 16px;
    margin: 4px 0 0;
    color: var(--_muted);
    font-size: max(12px, 0.93em);
  }
  .layout-note {
    fill: var(--_muted);
    font-size: 12px;
    font-family: inherit;
  }
  .focus-ring {
    fill: none;
    stroke: var(--_focus);
    stroke-width: 2.5;
    pointer-events: none;
  }
  .tooltip {
    position: absolute;
    z-index: 1;
    max-width: min(18em, 90%);
    padding: 4px 8px;
    border-radius: 4px;
    background: var(--_tooltip-bg);
    color: var(--_tooltip-text);
    font-size: max(12px, 0.93em);
    pointer-events: none;
    transform: translate(-50%, calc(-100% - 8px));
    transition: opacity 120ms ease-out;
    white-space: normal;
  }
  .tooltip[hidden] {
    display: none;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    align-items: center;
    margin-top: 8px;
  }
  button {
    font: inherit;
    font-size: max(12px, 0.93em);
    color: var(--_text);
    background: transparent;
    border: 1px solid var(--_muted);
    border-radius: 4px;
    padding: 4px 10px;
    cursor: pointer;
  }
  /* Every control in the chart (buttons, the table's scroll region, disclosures, links) shows the same ring, at
     least 3:1 against the background in both themes (tested). */
  button:focus-visible,
  summary:focus-visible,
  a:focus-visible,
  [tabindex]:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .table-wrap {
    overflow-x: auto;
    margin-top: 8px;
    /* The containing block of the cells' hidden words (.sr-only, absolute): without it they escape the scroll
       region's clip and a wide table widens the page (a 320 px report scrolled sideways). */
    position: relative;
  }
  table {
    border-collapse: collapse;
    font-size: max(12px, 0.93em);
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 4px;
  }
  th,
  td {
    padding: 3px 8px;
    border-bottom: 1px solid var(--_grid);
    text-align: end;
  }
  th[scope='row'],
  th[scope='rowgroup'],
  thead th:first-child {
    text-align: start;
  }
  tfoot td {
    text-align: start;
    color: var(--_muted);
    border: none;
  }
  td.suppressed {
    font-weight: 600;
  }
  td.not-reported {
    font-style: italic;
  }
  .stat {
    margin: 8px 0;
    display: flex;
    flex-direction: column;
  }
  .stat-value {
    font-size: 2.6em;
    font-weight: 600;
    line-height: 1.1;
  }
  .stat-value.suppressed,
  .stat-value.not-reported {
    font-size: 1.6em;
    color: var(--_muted);
  }
  .stat-previous {
    color: var(--_muted);
  }
  .message.error {
    color: var(--_text);
    border-inline-start: 4px solid var(--_c2);
    padding-inline-start: 8px;
  }
  .message.error .problems {
    margin: 4px 0 0;
    padding-inline-start: 1.2em;
    font-size: max(12px, 0.9em);
  }
  /* The preview banner: text on a light amber ground in both themes (contrast well above 4.5:1), a border for forced colours. */
  .preview-banner {
    margin: 0 0 8px;
    padding: 6px 10px;
    border: 2px solid #8a4b00;
    border-radius: var(--cate-border-radius, 4px);
    background: #fff4d6;
    color: #3d2200;
    font-weight: 600;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  /* Out of sight until focused (a screen reader's browse mode focuses it), then a plain visible link. */
  .skip-link:not(:focus) {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .skip-link {
    display: inline-block;
    margin: 8px 0 0;
    color: var(--_focus);
    text-decoration: underline;
  }
  .skip-link:focus {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  @media (prefers-reduced-motion: reduce) {
    .tooltip {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .base {
      forced-color-adjust: none;
      --_bg: Canvas;
      --_text: CanvasText;
      --_muted: CanvasText;
      --_grid: GrayText;
      --_axis: CanvasText;
      --_focus: Highlight;
      --_placeholder: CanvasText;
      --_tooltip-bg: CanvasText;
      --_tooltip-text: Canvas;
      --_c1: CanvasText; --_c2: CanvasText; --_c3: CanvasText; --_c4: CanvasText;
      --_c5: CanvasText; --_c6: CanvasText; --_c7: CanvasText; --_c8: CanvasText;
    }
    .mark,
    .marker {
      stroke: Canvas;
    }
    button {
      border-color: ButtonText;
      color: ButtonText;
    }
  }
`;

/** The host page's `.cate-dark` class, where :host-context is supported (Chromium); other engines use the JS check. */
export const contextStyles = css`
  :host-context(.cate-dark) .base.auto {
    ${dark}
  }
`;

/** The export menu: a disclosure in the controls row, its list floating below the button. */
export const exportStyles = css`
  .export {
    position: relative;
    display: inline-block;
  }
  .export-toggle::after {
    content: '';
    display: inline-block;
    margin-inline-start: 6px;
    border: 4px solid transparent;
    border-top-color: currentColor;
    border-bottom: 0;
    vertical-align: middle;
  }
  .export-toggle[aria-expanded='true']::after {
    border-top: 0;
    border-bottom: 4px solid currentColor;
  }
  .export-list {
    position: absolute;
    z-index: 2;
    inset-inline-start: 0;
    top: calc(100% + 4px);
    min-width: 100%;
    margin: 0;
    padding: 4px;
    list-style: none;
    background: var(--_bg);
    border: 1px solid var(--_muted);
    border-radius: 4px;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.15);
  }
  .export-list[hidden] {
    display: none;
  }
  .export-list button {
    display: block;
    width: 100%;
    text-align: start;
    white-space: nowrap;
    border-color: transparent;
  }
  .export-list button:hover {
    border-color: var(--_muted);
  }
  .export-status:empty {
    display: none;
  }
  .export-status {
    color: var(--_muted);
    font-size: max(12px, 0.93em);
  }
`;

/**
 * Print: the light palette on white paper whatever the theme; controls, tooltip and focus ring left out; the data
 * table printed below each chart (every value, for a reader whose printer has no colour); a chart, its legend and
 * table rows kept whole on a page. The element lays the chart out again at the print width before printing, so
 * its text stays at its size instead of shrinking with a wide screen's drawing. Colour is not the only cue on
 * paper: every category has a marker (shape and fill) on each bar and point and in the legend, or its shape tiled as
 * a pattern on a bar too small for one; hidden cells are "S" and "n/r" under the baseline, and the printed table
 * names every value.
 */
export const printStyles = css`
  @media print {
    .base,
    .base.dark,
    .base.auto,
    :host-context(.cate-dark) .base.auto {
      ${light}
      background: transparent;
      padding: 0;
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    .toolbar,
    .skip-link,
    .tooltip,
    .focus-ring {
      display: none !important;
    }
    .drawing {
      content-visibility: visible;
    }
    .heading,
    .legend,
    .plot,
    .stat,
    tr {
      break-inside: avoid;
    }
    .heading {
      break-after: avoid;
    }
    #data-table,
    #data-table.sr-only {
      position: static;
      width: auto;
      height: auto;
      margin: 8px 0 0;
      overflow: visible;
      clip-path: none;
      white-space: normal;
    }
  }
`;
