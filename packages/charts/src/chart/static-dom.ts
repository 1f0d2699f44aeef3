import { render, type TemplateResult } from 'lit';

/**
 * A template rendered once as plain DOM, without Lit's markers (a comment for each binding, two for each list
 * item): for what the element builds whole and replaces whole when its input changes (the legend, the data table,
 * the footnotes). The template's renderer stays the one source of its markup (static pages render it too).
 */
export function staticElement(template: TemplateResult): Element {
  const fragment = document.createDocumentFragment();
  render(template, fragment);
  const markers: ChildNode[] = [];
  const walker = document.createTreeWalker(fragment, NodeFilter.SHOW_COMMENT);
  while (walker.nextNode()) markers.push(walker.currentNode as ChildNode);
  for (const marker of markers) marker.remove();
  return fragment.firstElementChild!;
}

/** The last element made from a key, made again only when the key changes. */
export class StaticPart<A extends unknown[]> {
  private _key: string | undefined;
  private _element: Element | undefined;

  /** `make` gives a template (rendered as plain DOM) or an element made with plain DOM already. */
  constructor(private readonly _make: (...args: A) => TemplateResult | Element) {}

  /** The element made from `args`; `key` stands for them: the same key, the same element. */
  get(key: string, ...args: A): Element {
    if (key !== this._key || !this._element) {
      const made = this._make(...args);
      this._element = made instanceof Element ? made : staticElement(made);
      this._key = key;
    }
    return this._element;
  }
}
