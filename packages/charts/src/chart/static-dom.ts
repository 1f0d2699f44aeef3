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

  /**
   * The element made from `args`; `key` stands for them: the same key, the same element. New content of the same
   * shape (new numbers in the same table) is patched into the element already shown, so only the texts and
   * attributes that differ change: no subtree is replaced, and what assistive technology has read stays put.
   */
  get(key: string, ...args: A): Element {
    if (key !== this._key || !this._element) {
      const made = this._make(...args);
      const element = made instanceof Element ? made : staticElement(made);
      if (!this._element || !sameShape(this._element, element)) this._element = element;
      else patch(this._element, element);
      this._key = key;
    }
    return this._element;
  }
}

/** Whether two trees have the same nodes: the same element names and node types, child by child. */
export function sameShape(a: Node, b: Node): boolean {
  if (a.nodeType !== b.nodeType || a.nodeName !== b.nodeName) return false;
  const x = a.childNodes;
  const y = b.childNodes;
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (!sameShape(x[i]!, y[i]!)) return false;
  return true;
}

/** Makes `target` equal to `source`, a tree of the same shape, writing only the texts and attributes that differ. */
export function patch(target: Node, source: Node): void {
  if (target.nodeType === Node.TEXT_NODE) {
    if ((target as Text).data !== (source as Text).data) (target as Text).data = (source as Text).data;
    return;
  }
  if (target instanceof Element && source instanceof Element) {
    for (const name of target.getAttributeNames()) if (!source.hasAttribute(name)) target.removeAttribute(name);
    for (const name of source.getAttributeNames()) {
      const value = source.getAttribute(name)!;
      if (target.getAttribute(name) !== value) target.setAttribute(name, value);
    }
  }
  const x = target.childNodes;
  const y = source.childNodes;
  for (let i = 0; i < x.length; i++) patch(x[i]!, y[i]!);
}
