import { html, nothing, type TemplateResult } from 'lit';
import { safeUrl, type Area, type Section, type Source, type Taxonomy } from '@cate/core';
import type { ReportMessages } from './messages.js';

/** What the report's markup needs besides the taxonomy: the live element and the static build fill these in. */
export interface ReportViewOptions {
  taxonomy: Taxonomy;
  messages: ReportMessages;
  /** The report's title (h1). */
  title: string;
  /** The synthetic-data notice, when the data is synthetic. */
  notice?: string | undefined;
  /** The filter form (live) or a line saying what is shown (static). */
  controls: unknown;
  /** A section's chart: a live `<cate-chart>` or its static markup. */
  chart: (section: Section) => unknown;
  /** Extra content after the contents list (e.g. a link to the published data). */
  after?: unknown;
  /** Content before the header: the live element's skip link. */
  before?: unknown;
  /**
   * The contents list in a disclosure, closed (one tab stop instead of one per area and section: the live element's
   * keyboard path to the first chart). Default false: the list is open (the static page).
   */
  collapseContents?: boolean;
  /** A class for the article, e.g. the live element's theme from the page (`theme-dark`, `theme-light`). */
  className?: string;
}

/**
 * A link from data: written as a link only when core's `safeUrl` allows it (https, http, mailto, tel after the
 * WHATWG parser); anything else (`javascript:`, a relative path) is plain text. Core's validation refuses such a
 * taxonomy already: this is the renderer refusing it again, in the browser and in the static build.
 */
export function dataLink(url: unknown, text: unknown): TemplateResult {
  const href = safeUrl(url);
  return href ? html`<a href=${href}><bdi>${text}</bdi></a>` : html`<bdi>${text}</bdi>`;
}

function renderSources(sources: readonly Source[], m: ReportMessages): TemplateResult | typeof nothing {
  const cite = (source: Source) => (source.url ? dataLink(source.url, source.citation) : source.citation);
  if (sources.length === 0) return nothing;
  if (sources.length === 1) return html`<p class="sources">${m.source}: <cite>${cite(sources[0]!)}</cite>.</p>`;
  return html`<div class="sources">
    <p>${m.sources}:</p>
    <ul>
      ${sources.map((source) => html`<li><cite>${cite(source)}</cite></li>`)}
    </ul>
  </div>`;
}

function renderSection(section: Section, options: ReportViewOptions): TemplateResult {
  return html`<section class="report-section" id=${section.id}>
    <h3 id="${section.id}-title" tabindex="-1">${section.title}</h3>
    <p class="description">${section.description}</p>
    ${
      section.notes.length
        ? html`<div class="section-notes">${section.notes.map((note) => html`<p><strong>${note.title}.</strong> ${note.text}</p>`)}</div>`
        : nothing
    }
    <div class="chart">${options.chart(section)}</div>
    ${renderSources(section.sources, options.messages)}
  </section>`;
}

function renderArea(area: Area, sections: readonly Section[], options: ReportViewOptions): TemplateResult {
  return html`<section class="area" id="area-${area.id}" aria-labelledby="area-${area.id}-title">
    <h2 id="area-${area.id}-title" tabindex="-1">${area.title}</h2>
    ${area.description ? html`<p class="description">${area.description}</p>` : nothing}
    ${sections.map((section) => renderSection(section, options))}
  </section>`;
}

/** The areas in report order, each with its sections in taxonomy order; areas without a section are left out. */
export function reportAreas(taxonomy: Taxonomy): Array<{ area: Area; sections: Section[] }> {
  return taxonomy.areas
    .map((area) => ({ area, sections: taxonomy.sections.filter((s) => s.area === area.id) }))
    .filter((a) => a.sections.length > 0);
}

/**
 * The whole report in the report's order: title, synthetic-data notice, introduction, member organizations,
 * contents, filters, then every area (h2) with its sections (h3): description, notes, chart, sources.
 * Pure: the live element and the static build render the same markup around their charts.
 */
export function renderReport(options: ReportViewOptions): TemplateResult {
  const { taxonomy, messages: m } = options;
  const [first, ...passages] = taxonomy.introduction;
  const areas = reportAreas(taxonomy);
  const contents = html`<ol>
    ${areas.map(
      ({ area, sections }) => html`<li>
        <a href="#area-${area.id}">${area.title}</a>
        <ol>
          ${sections.map((s) => html`<li><a href="#${s.id}">${s.title}</a></li>`)}
        </ol>
      </li>`,
    )}
  </ol>`;
  return html`<article class="report${options.className ? ` ${options.className}` : ''}" aria-labelledby="report-title">
    ${options.before ?? nothing}
    <header class="report-header">
      <h1 id="report-title" tabindex="-1">${options.title}</h1>
      ${options.notice ? html`<p class="notice" role="note"><strong>${m.sampleTitle}.</strong> ${options.notice}</p>` : nothing}
    </header>
    ${
      first
        ? html`<section class="introduction" id=${first.id} aria-labelledby="${first.id}-title">
          <h2 id="${first.id}-title" tabindex="-1">${first.title}</h2>
          <p>${first.text}</p>
          ${passages.map(
            (p) => html`<div class="passage" id=${p.id}>
              <h3 id="${p.id}-title" tabindex="-1">${p.title}</h3>
              <p>${p.text}</p>
            </div>`,
          )}
        </section>`
        : nothing
    }
    ${
      taxonomy.organizations.length
        ? html`<section class="members" id="member-organizations" aria-labelledby="member-organizations-title">
          <h2 id="member-organizations-title" tabindex="-1">${m.members}</h2>
          <ul>
            ${taxonomy.organizations.map((o) => html`<li>${dataLink(o.url, o.name)}</li>`)}
          </ul>
        </section>`
        : nothing
    }
    <nav class="toc" id="contents" aria-labelledby="contents-title">
      <h2 id="contents-title">${m.contents}</h2>
      ${
        options.collapseContents
          ? html`<details>
            <summary>${m.contentsSummary(
              areas.length,
              areas.reduce((n, a) => n + a.sections.length, 0),
            )}</summary>
            ${contents}
          </details>`
          : contents
      }
    </nav>
    ${options.after ?? nothing}
    ${options.controls}
    ${areas.map(({ area, sections }) => renderArea(area, sections, options))}
  </article>`;
}
