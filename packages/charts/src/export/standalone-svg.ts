import { escapeMarkup as e } from './text.js';
import { inlineStyles } from './inline-styles.js';

/** How a piece of text looks, read from the element that shows it. */
export interface TextStyle {
  fontFamily: string;
  fontSize: number;
  fontWeight: string;
  color: string;
}

export interface StandaloneSvgParts {
  /** The rendered chart (in the document, so its computed styles can be read). */
  chart: SVGSVGElement;
  /** Its size in px (the layout's), which the drawing fills. */
  width: number;
  height: number;
  /** The legend's keys as rendered (colour swatch and marker shape) with their labels. */
  legend: ReadonlyArray<{ key: SVGSVGElement; label: string }>;
  title: string;
  description?: string | undefined;
  /** The plain-language summary: the image's `<desc>`. */
  summary: string;
  footnotes: readonly string[];
  /** BCP 47 language of the text. */
  lang: string;
  background: string;
  styles: { heading: TextStyle; text: TextStyle; muted: TextStyle };
  /** Width of a text in px in a CSS font; default: an estimate from the font size. */
  measure?: ((text: string, font: string) => number) | undefined;
}

export interface StandaloneSvg {
  svg: string;
  width: number;
  height: number;
}

const PADDING = 12;
const KEY = { width: 24, height: 14, gap: 6, spacing: 16 };

const cssFont = (s: TextStyle) => `${s.fontWeight} ${s.fontSize}px ${s.fontFamily}`;
const estimate = (text: string, font: string) => text.length * 0.56 * Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 14);

/** Greedy line breaking at spaces, to a width. */
function wrap(
  text: string,
  width: number,
  style: TextStyle,
  measure: (text: string, font: string) => number,
): string[] {
  const font = cssFont(style);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next, font) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

const textAttributes = (s: TextStyle) =>
  `font-family="${e(s.fontFamily)}" font-size="${s.fontSize}" font-weight="${e(s.fontWeight)}" fill="${e(s.color)}"`;

/**
 * The chart as one SVG file that looks the same anywhere: heading, description, legend, drawing and footnotes as
 * SVG text (no foreignObject, so any SVG viewer and an <img> draw it), every style inlined, `role="img"` with the
 * title as `<title>` and the summary as `<desc>`. The text is the chart's own; it holds no hidden value because
 * the rendered chart holds none.
 */
export function standaloneSvg(parts: StandaloneSvgParts): StandaloneSvg {
  const measure = parts.measure ?? estimate;
  const { heading, text, muted } = parts.styles;
  const width = Math.round(parts.width + 2 * PADDING);
  const inner = width - 2 * PADDING;
  const body: string[] = [];
  let y = PADDING;

  const paragraph = (content: string, style: TextStyle, after: number) => {
    const lineHeight = Math.round(style.fontSize * 1.4);
    const lines = wrap(content, inner, style, measure);
    if (!lines.length) return;
    body.push(
      `<text ${textAttributes(style)}>${lines.map((line, i) => `<tspan x="${PADDING}" y="${y + Math.round(style.fontSize * 1.05) + i * lineHeight}">${e(line)}</tspan>`).join('')}</text>`,
    );
    y += lines.length * lineHeight + after;
  };

  paragraph(parts.title, heading, 4);
  if (parts.description) paragraph(parts.description, muted, 8);

  if (parts.legend.length) {
    const lineHeight = Math.max(KEY.height, Math.round(text.fontSize * 1.4)) + 4;
    let x = PADDING;
    const items: string[] = [];
    for (const { key, label } of parts.legend) {
      const itemWidth = KEY.width + KEY.gap + Math.ceil(measure(label, cssFont(text)));
      if (x > PADDING && x + itemWidth > PADDING + inner) {
        x = PADDING;
        y += lineHeight;
      }
      const keyCopy = inlineStyles(key);
      keyCopy.setAttribute('x', String(x));
      keyCopy.setAttribute('y', String(y + (lineHeight - 4 - KEY.height) / 2));
      items.push(
        `${new XMLSerializer().serializeToString(keyCopy)}<text ${textAttributes(text)} x="${x + KEY.width + KEY.gap}" y="${y + (lineHeight - 4) / 2}" dy="0.35em">${e(label)}</text>`,
      );
      x += itemWidth + KEY.spacing;
    }
    body.push(`<g class="legend">${items.join('')}</g>`);
    y += lineHeight + 4;
  }

  const chart = inlineStyles(parts.chart);
  for (const name of ['class', 'part', 'style', 'aria-hidden', 'focusable']) chart.removeAttribute(name);
  chart.setAttribute('x', String(PADDING));
  chart.setAttribute('y', String(y));
  chart.setAttribute('width', String(parts.width));
  chart.setAttribute('height', String(parts.height));
  chart.setAttribute('overflow', 'visible');
  body.push(new XMLSerializer().serializeToString(chart));
  y += parts.height + 8;

  for (const note of parts.footnotes) paragraph(note, muted, 2);
  const height = Math.round(y + PADDING);

  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="cate-export-title cate-export-desc" lang="${e(parts.lang)}" xml:lang="${e(parts.lang)}">`,
    `<title id="cate-export-title">${e(parts.title)}</title>`,
    `<desc id="cate-export-desc">${e(parts.summary)}</desc>`,
    `<rect width="100%" height="100%" fill="${e(parts.background)}"/>`,
    ...body,
    '</svg>',
  ].join('');
  return { svg, width, height };
}
