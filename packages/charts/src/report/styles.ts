import { css } from 'lit';

/**
 * The report's styles. Every rule but the :host ones starts at `.report`, so the same text styles the live
 * element's shadow root and, as a page stylesheet, the static build's markup (which lives in the light DOM so
 * that `#section` links work without JavaScript).
 */
export const reportStyles = css`
  :host {
    display: block;
    /* native controls (selects, checkboxes) follow the theme; see .report below */
    color-scheme: light dark;
    font-family: var(--cate-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  .report {
    --_report-muted: var(--cate-muted-color, color-mix(in srgb, currentColor 72%, transparent));
    --_report-rule: var(--cate-grid-color, color-mix(in srgb, currentColor 22%, transparent));
    --_report-focus: var(--cate-focus-color, #0b57d0);
    --_report-accent: var(--cate-report-accent, #c25400);
    color-scheme: light dark;
    max-width: var(--cate-report-max-width, 56rem);
    margin: 0 auto;
  }
  /* The focus ring has at least 3:1 contrast on the page in either scheme: #0b57d0 on white, #a8c7fa on #1b1b1f. */
  @media (prefers-color-scheme: dark) {
    .report {
      --_report-focus: var(--cate-focus-color, #a8c7fa);
    }
  }
  :host-context(.cate-light) .report,
  .report.theme-light {
    color-scheme: light;
    --_report-focus: var(--cate-focus-color, #0b57d0);
  }
  :host-context(.cate-dark) .report,
  .report.theme-dark {
    color-scheme: dark;
    --_report-focus: var(--cate-focus-color, #a8c7fa);
  }
  .report h1 {
    font-size: var(--cate-report-title-size, 2em);
    line-height: 1.2;
    margin: 0 0 0.5em;
  }
  .report h2 {
    font-size: 1.5em;
    line-height: 1.25;
    margin: 1.6em 0 0.5em;
    padding-bottom: 0.2em;
    border-bottom: 1px solid var(--_report-rule);
  }
  .report h3 {
    font-size: 1.2em;
    line-height: 1.3;
    margin: 0 0 0.3em;
  }
  .report [tabindex='-1']:focus {
    outline: none;
  }
  .report [tabindex='-1']:focus-visible {
    outline: 2px solid var(--_report-focus);
    outline-offset: 2px;
  }
  .report section,
  .report .passage {
    scroll-margin-top: 1rem;
  }
  .report .notice {
    border-inline-start: 4px solid var(--_report-accent);
    padding: 0.5em 0.75em;
    margin: 0 0 1em;
    background: color-mix(in srgb, var(--_report-accent) 8%, transparent);
  }
  .report .introduction .passage h3 {
    font-size: 1.05em;
    margin-top: 1em;
  }
  .report .members ul {
    columns: 2 16rem;
    padding-inline-start: 1.2em;
  }
  .report .toc ol {
    padding-inline-start: 1.4em;
  }
  .report .toc > ol,
  .report .toc > details > ol {
    columns: 2 18rem;
  }
  .report .toc summary {
    cursor: pointer;
    width: fit-content;
  }
  .report .toc > ol > li,
  .report .toc > details > ol > li {
    break-inside: avoid;
    margin-bottom: 0.4em;
  }
  .report a {
    color: inherit;
    text-decoration-thickness: 1px;
    text-underline-offset: 2px;
  }
  .report a:focus-visible,
  .report summary:focus-visible,
  .report input:focus-visible,
  .report select:focus-visible,
  .report button:focus-visible {
    outline: 2px solid var(--_report-focus);
    outline-offset: 2px;
  }
  .report .filters {
    margin: 1.5em 0;
    padding: 0.75em 1em;
    border: 1px solid var(--_report-rule);
    border-radius: 6px;
  }
  .report .filters h2 {
    font-size: 1.15em;
    margin: 0 0 0.3em;
    border: none;
  }
  .report .filters fieldset {
    border: none;
    margin: 0.5em 0 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em 1.2em;
    align-items: center;
  }
  .report .filters legend {
    font-weight: 600;
    padding: 0;
    margin-bottom: 0.2em;
  }
  .report .filters ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.2em 1.2em;
  }
  .report .filters label {
    display: inline-flex;
    gap: 0.4em;
    align-items: center;
  }
  .report select,
  .report button {
    font: inherit;
  }
  .report .help,
  .report .showing,
  .report .description,
  .report .section-notes,
  .report .sources {
    color: var(--_report-muted);
  }
  .report .section-notes,
  .report .sources {
    font-size: 0.93em;
  }
  .report .sources ul {
    margin: 0.2em 0 0;
    padding-inline-start: 1.2em;
  }
  .report .report-section {
    margin: 1.5em 0 2.5em;
  }
  .report .chart {
    margin: 0.5em 0;
  }
  /* A chart not drawn yet (first screen first): about a drawn chart's height (median 578 px at 900 px), so the page hardly moves. */
  .report .chart-pending {
    min-height: var(--_chart-pending-height, 36rem);
  }
  /* Skip links: out of sight until focused. */
  .report .skip:not(:focus) {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .report .skip:focus {
    display: inline-block;
    margin: 0.25em 0;
  }
  .report .pending:empty {
    margin: 0;
  }
  .report-end {
    height: 1px;
    margin: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .report .status,
  .report .error {
    padding: 0.5em 0.75em;
  }
  .error {
    border-inline-start: 4px solid var(--_report-accent, #c25400);
    padding: 0.5em 0.75em;
    margin: 0 0 1em;
  }
  .error ul {
    margin: 0.3em 0 0;
  }
  /* The preview banner: dark text on light amber (contrast well above 4.5:1), bordered for forced colours. */
  .preview-banner {
    max-width: var(--cate-report-max-width, 56rem);
    margin: 0 auto 1em;
    padding: 0.5em 0.75em;
    border: 2px solid #8a4b00;
    border-radius: 4px;
    background: #fff4d6;
    color: #3d2200;
    font-weight: 600;
  }
  .report .filters fieldset.preview-only {
    border-style: dashed;
  }
  cate-chart::part(description),
  cate-chart::part(notes) {
    /* the report shows the section's description and notes itself, above the chart */
    display: none;
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
  @media print {
    :host {
      font-size: 11pt;
    }
    .report {
      max-width: none;
    }
    .report {
      color-scheme: light;
    }
    .report .filters form,
    .report .filters h2,
    .report .filters .help,
    .report .filters .pending,
    .report .skip,
    .report .download {
      display: none;
    }
    .report .toc summary {
      display: none;
    }
    .report .filters {
      border: none;
      padding: 0;
      margin: 0.5em 0;
    }
    .report .toc {
      break-after: page;
    }
    .report .area {
      break-before: page;
    }
    .report .report-section,
    .report .passage,
    .report .members {
      break-inside: avoid;
    }
    .report h2,
    .report h3 {
      break-after: avoid;
    }
    .report .chart,
    .report svg {
      max-width: 100%;
    }
    cate-chart::part(svg) {
      max-width: 100%;
      height: auto;
    }
    cate-chart::part(table-toggle) {
      display: none;
    }
    .report a {
      text-decoration: none;
    }
  }
`;
