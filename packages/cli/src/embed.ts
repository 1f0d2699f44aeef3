import { clip } from '@cate/core';
import type { Taxonomy } from '@cate/core';
import { defineCommand, quarterRangeOption } from './command.js';
import { loadTaxonomy } from './inputs.js';
import { EXIT_OK, UsageError } from './io.js';
import { didYouMean } from './nearest.js';
import type { EmbedResult } from './report.js';

/** Where the snippet looks by default: the bundle and the coalition's publication, hosted by the member's own site. */
export const DEFAULT_SCRIPT_DIR = '/cate/';
export const DEFAULT_PUBLICATION = '/cate/data/publication.json';

const HELP = `Usage: cate embed SECTION [options]

Prints the two lines a member organization pastes into its website to show one section's chart:
the script that defines <cate-chart>, and the element, which draws SECTION from the coalition's publication
(the cate-publication@1 file "cate publish" writes; it holds no per-organization number).

Options:
  --src URL              the publication (default: ${DEFAULT_PUBLICATION})
  --script URL           the chart bundle (default: ${DEFAULT_SCRIPT_DIR}cate-chart.bundle.js, or
                         ${DEFAULT_SCRIPT_DIR}cate-chart.global.js with --classic)
  --classic              a classic <script> (cate-chart.global.js) instead of an ES module
  --quarters A..B        the quarter range to show, e.g. 2024-Q1..2025-Q4 (default: every quarter of the
                         publication)
  --taxonomy FILE.json   a coalition's own taxonomy (default: the CATE quarterly report)
  --list                 list the section ids instead
  --json                 one JSON document on standard output: {command, ok, exitCode, problems, section, src,
                         script, quarters, snippet, lines} ({..., sections: [{id, title}]} with --list)
  -h, --help             this help

The bundle and the publication are served by the member's own site (no third-party request): copy
@cate/charts' dist files and publication.json there. Never point a chart at submissions: the element refuses
them (its "preview" attribute, for the coordinator's own check, draws them under an "unpublished" banner).

Examples:
  cate embed continent-of-origin
  cate embed sex --src https://example.org/cate/data/publication.json --quarters 2024-Q1..2025-Q4
`;

/** Escapes text for a double-quoted HTML attribute. */
function attribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface EmbedOptions {
  section: string;
  src?: string;
  script?: string;
  classic?: boolean;
  quarters?: string;
}

/** The snippet: a script line and an element line, each attribute escaped. */
export function embedSnippet(taxonomy: Taxonomy, options: EmbedOptions): string {
  return `${embedParts(taxonomy, options).lines.join('\n')}\n`;
}

/** The snippet's lines and the addresses and range in them (unescaped). */
export function embedParts(
  taxonomy: Taxonomy,
  options: EmbedOptions,
): { script: string; src: string; quarters: string | null; lines: [string, string] } {
  const ids = taxonomy.sections.map((s) => s.id);
  if (!ids.includes(options.section))
    throw new UsageError(
      `unknown section "${clip(options.section)}" in taxonomy "${clip(taxonomy.id)}"${didYouMean(options.section, ids)}; ` +
        'run "cate embed --list" for every section id',
    );
  const bundle = options.classic ? 'cate-chart.global.js' : 'cate-chart.bundle.js';
  const script = options.script ?? `${DEFAULT_SCRIPT_DIR}${bundle}`;
  const src = options.src ?? DEFAULT_PUBLICATION;
  const scriptLine = options.classic
    ? `<script src="${attribute(script)}" defer></script>`
    : `<script type="module" src="${attribute(script)}"></script>`;
  const attributes = [`section="${attribute(options.section)}"`, `src="${attribute(src)}"`];
  let quarters: string | null = null;
  if (options.quarters !== undefined) {
    const range = quarterRangeOption(options.quarters);
    quarters = `${range.from}..${range.to}`;
    attributes.push(`quarters="${quarters}"`);
  }
  return { script, src, quarters, lines: [scriptLine, `<cate-chart ${attributes.join(' ')}></cate-chart>`] };
}

export const embedCommand = defineCommand({
  name: 'embed',
  summary: "print the two-line snippet that embeds one section's chart in a website",
  help: HELP,
  options: {
    src: { type: 'string' },
    script: { type: 'string' },
    classic: { type: 'boolean' },
    quarters: { type: 'string' },
    taxonomy: { type: 'string' },
    list: { type: 'boolean' },
  },
  async run({ options, positionals }, io, report) {
    const taxonomy = await loadTaxonomy(io, options.taxonomy);
    if (options.list) {
      const sections = taxonomy.sections.map(({ id, title }) => ({ id, title }));
      report.set({ sections } satisfies EmbedResult);
      if (!report.json) for (const section of sections) io.stdout.write(`${section.id}\t${section.title}\n`);
      return EXIT_OK;
    }
    const [section, ...extra] = positionals;
    if (section === undefined)
      throw new UsageError(
        '"cate embed" needs a SECTION, e.g. cate embed continent-of-origin; run "cate embed --list" for every section id',
      );
    if (extra.length > 0)
      throw new UsageError(`"cate embed" takes one SECTION; found also ${extra.map((e) => `"${clip(e)}"`).join(', ')}`);
    const parts = embedParts(taxonomy, {
      section,
      ...(options.src === undefined ? {} : { src: options.src }),
      ...(options.script === undefined ? {} : { script: options.script }),
      ...(options.quarters === undefined ? {} : { quarters: options.quarters }),
      classic: options.classic === true,
    });
    const snippet = `${parts.lines.join('\n')}\n`;
    report.set({ section, ...parts, snippet } satisfies EmbedResult);
    if (!report.json) io.stdout.write(snippet);
    if (options.src === undefined || options.script === undefined)
      io.stderr.write(
        'cate: note: default paths used; pass --src and --script with the addresses your site serves them from\n',
      );
    return EXIT_OK;
  },
});
