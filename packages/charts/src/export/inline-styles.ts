/**
 * SVG properties whose computed value is written on each exported element, with the value that needs no
 * attribute (the SVG initial value). Computed values have custom properties resolved (`var(--cate-color-1)` is
 * already "rgb(0, 114, 178)"), so the copy looks the same with no stylesheet.
 */
const PROPERTIES: ReadonlyArray<readonly [string, string | undefined]> = [
  ['fill', 'rgb(0, 0, 0)'],
  ['fill-opacity', '1'],
  ['stroke', 'none'],
  ['stroke-width', '1px'],
  ['stroke-dasharray', 'none'],
  ['stroke-linejoin', 'miter'],
  ['stroke-linecap', 'butt'],
  ['stroke-opacity', '1'],
  ['opacity', '1'],
  ['paint-order', 'normal'],
  ['text-anchor', 'start'],
  ['dominant-baseline', 'auto'],
];
/** Only text needs the font. */
const TEXT_PROPERTIES: ReadonlyArray<readonly [string, string | undefined]> = [
  ['font-family', undefined],
  ['font-size', undefined],
  ['font-weight', '400'],
  ['font-style', 'normal'],
];
/** Attributes of the page that mean nothing in a file of its own. */
const DROPPED = /^(part|data-.*|aria-hidden|focusable|tabindex)$/;

/** A paint server reference as a plain fragment: computed values may carry the page's URL before the #. */
function localUrl(value: string): string {
  return value.replace(/url\(\s*["']?[^#"')]*(#[^"')]+)["']?\s*\)/g, 'url($1)');
}

/**
 * A copy of a rendered SVG with its computed styles written as presentation attributes (not `style`
 * attributes, which a strict Content-Security-Policy may refuse). Elements that are not displayed, and the
 * focus ring, are left out. `source` must be in the document, so that its styles are computed.
 */
export function inlineStyles<T extends SVGElement>(source: T): T {
  const copy = source.cloneNode(false) as T;
  copyAttributes(source, copy);
  copyChildren(source, copy);
  return copy;
}

function copyAttributes(source: Element, copy: Element): void {
  for (const { name } of [...copy.attributes]) if (DROPPED.test(name)) copy.removeAttribute(name);
  // The root's styles are the export's own; a tspan has its text's.
  if (!(source instanceof SVGElement) || source instanceof SVGSVGElement || source instanceof SVGTSpanElement) return;
  const style = getComputedStyle(source);
  const text = source instanceof SVGTextElement;
  for (const [name, initial] of text ? [...PROPERTIES, ...TEXT_PROPERTIES] : PROPERTIES) {
    const value = style.getPropertyValue(name).trim();
    if (!value || value === initial) continue;
    copy.setAttribute(name, localUrl(value));
  }
}

function copyChildren(source: Element, copy: Element): void {
  for (const child of source.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) {
      copy.append(child.cloneNode());
      continue;
    }
    if (!(child instanceof Element)) continue; // comments: lit's markers
    if (child.classList.contains('focus-ring')) continue;
    // Content of <defs> (the hatch) is never displayed; its styles still apply where it is used.
    const inDefs = child.closest('defs') !== null;
    if (!inDefs && getComputedStyle(child).display === 'none') continue;
    const node = child.cloneNode(false) as Element;
    copyAttributes(child, node);
    copyChildren(child, node);
    copy.append(node);
  }
}
