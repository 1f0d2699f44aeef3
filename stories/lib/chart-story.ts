/**
 * How every story draws `<cate-chart>`: the element's attributes and properties as args (controls come from the
 * custom-elements manifest), inside a frame of a chosen width, above the synthetic-data notice.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { Meta } from '@storybook/web-components-vite';
import { CHART_KINDS, type ChartKind } from '@cate/charts';
import { cateTaxonomy, type DisclosurePolicy, type Taxonomy } from '@cate/core';
import { SAMPLE_NOTICE } from '@cate/core/sample';
import '@cate/charts/cate-chart.js';
// The synthetic sample as `cate publish` publishes it (cate-publication@1): what a public page draws.
import samplePublication from '../../test/browser/fixtures/publication.json';

export { samplePublication };

export interface ChartArgs {
  section: string;
  kind?: ChartKind | '';
  locale?: string;
  heading?: string;
  description?: string;
  'heading-level'?: number;
  theme?: 'light' | 'dark' | 'auto';
  quarters?: string;
  organizations?: string;
  height?: number;
  'show-table'?: boolean;
  'show-summary'?: boolean;
  src?: string;
  timeout?: number;
  /** The `data` property; default the synthetic sample's publication. `null` draws from `src` only. */
  data?: unknown;
  /** The coordinator's local preview of raw submissions (a banner says so). */
  preview?: boolean;
  taxonomy?: Taxonomy;
  policy?: DisclosurePolicy;
  /** Story only: width of the container in px (the page the chart is embedded in). */
  frameWidth?: number;
  /** Story only: show the synthetic-data notice under the chart. */
  notice?: boolean;
  /** Story only: the embedding page's theme class (`cate-dark`/`cate-light`); default follows `theme`. */
  page?: 'light' | 'dark';
  /** Story only: inline CSS for the container, e.g. WCAG 1.4.12 text spacing (inherited into the shadow DOM). */
  frameStyle?: Record<string, string>;
}

/** The page's background for a theme: a dark chart is embedded in a dark page. */
const PAGE = {
  light: { background: '#ffffff', color: '#1f2328' },
  dark: { background: '#1b1b1f', color: '#ececf1' },
};

/** The last `cate-ready`/`cate-error` detail, kept on the element for play functions (events can precede them). */
function recordEvent(event: CustomEvent): void {
  const el = event.currentTarget as HTMLElement;
  el.dataset[event.type === 'cate-ready' ? 'readyKind' : 'errorCode'] =
    event.type === 'cate-ready' ? event.detail.kind : event.detail.code;
}

export function renderChart(args: ChartArgs): TemplateResult {
  const dark = (args.page ?? (args.theme === 'dark' ? 'dark' : 'light')) === 'dark';
  const page = dark ? PAGE.dark : PAGE.light;
  const data = args.data === null ? undefined : (args.data ?? (args.src ? undefined : samplePublication));
  const frame = {
    width: args.frameWidth ? `${args.frameWidth}px` : '100%',
    maxWidth: '100%',
    padding: '12px',
    boxSizing: 'border-box',
    ...page,
    ...args.frameStyle,
  };
  return html`<div class="chart-frame ${dark ? 'cate-dark' : 'cate-light'}" style=${styleMap(frame)}>
    <cate-chart
      section=${args.section}
      kind=${ifDefined(args.kind || undefined)}
      locale=${ifDefined(args.locale || undefined)}
      heading=${ifDefined(args.heading || undefined)}
      description=${ifDefined(args.description || undefined)}
      heading-level=${ifDefined(args['heading-level'])}
      theme=${ifDefined(args.theme)}
      quarters=${ifDefined(args.quarters || undefined)}
      organizations=${ifDefined(args.organizations || undefined)}
      height=${ifDefined(args.height)}
      timeout=${ifDefined(args.timeout)}
      src=${ifDefined(args.src || undefined)}
      ?show-table=${args['show-table'] ?? false}
      ?show-summary=${args['show-summary'] ?? false}
      ?preview=${args.preview ?? false}
      .data=${data}
      .policy=${args.policy}
      .taxonomy=${args.taxonomy ?? cateTaxonomy}
      @cate-ready=${recordEvent}
      @cate-error=${recordEvent}
    ></cate-chart>
    ${args.notice === false ? nothing : html`<p class="sample-notice" style="font-size: 14px; margin: 8px 0 0">${SAMPLE_NOTICE}</p>`}
  </div>`;
}

/** The meta every story file shares: the element (for manifest controls and docs) and the render. */
export const chartMeta = {
  component: 'cate-chart',
  // Keyed by story: each story gets a fresh element, never the previous story's element with new attributes.
  render: (args, context) => html`${keyed(context.id, renderChart(args as ChartArgs))}`,
  args: { frameWidth: 720, notice: true },
  argTypes: {
    kind: { control: 'select', options: ['', ...CHART_KINDS] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    locale: { control: 'select', options: ['en', 'es'] },
    data: { control: false, table: { category: 'story' } },
    taxonomy: { control: false },
    policy: { control: false },
    frameWidth: { control: { type: 'range', min: 200, max: 1200, step: 10 }, table: { category: 'story' } },
    notice: { table: { category: 'story' } },
    page: { control: 'inline-radio', options: ['light', 'dark'], table: { category: 'story' } },
    frameStyle: { control: false, table: { category: 'story' } },
  },
} satisfies Partial<Meta<ChartArgs>>;
