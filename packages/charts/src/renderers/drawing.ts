import { noChange, nothing, svg, type SVGTemplateResult } from 'lit';
import { Directive, directive, PartType, type ChildPart, type PartInfo } from 'lit/directive.js';

type Attrs<K extends string> = Partial<Record<K, string | number>>;
type Common = { key?: string; text?: string; children?: readonly SvgNode[] };
type Data = 'class' | 'data-c' | 'data-q';

/**
 * An element of the drawing as data: its tag, attributes, text (before any child element) and children. `key`
 * identifies it among its siblings from one draw to the next (default: its tag and position), so an update keeps
 * the element and sets only the attributes whose values changed.
 */
export type SvgNode = Common &
  (
    | { tag: 'g'; attrs: Attrs<Data | 'data-cells'> }
    | { tag: 'path'; attrs: Attrs<Data | 'd' | 'fill' | 'data-shape'> }
    | { tag: 'rect'; attrs: Attrs<'class' | 'x' | 'y' | 'width' | 'height' | 'rx'> }
    | { tag: 'line'; attrs: Attrs<'class' | 'x1' | 'x2' | 'y1' | 'y2'> }
    | { tag: 'circle'; attrs: Attrs<'class' | 'cx' | 'cy' | 'r'> }
    | { tag: 'text'; attrs: Attrs<'class' | 'x' | 'y' | 'dy' | 'text-anchor'> }
    | { tag: 'tspan'; attrs: Attrs<'x' | 'dy'> }
    | { tag: 'defs'; attrs: Attrs<never> }
    | { tag: 'pattern'; attrs: Attrs<'id' | 'patternUnits' | 'width' | 'height'> }
  );

const SVG_NS = 'http://www.w3.org/2000/svg';

/** What the drawing last wrote on an element it made: its key and its attributes as strings. */
const written = new WeakMap<Element, { key: string; attrs: Record<string, string> }>();

const keyOf = (node: SvgNode, index: number) => node.key ?? `${node.tag}#${index}`;

/** The attributes and text of an element set to a node's, touching only what differs. */
function patch(el: Element, node: SvgNode): void {
  const state = written.get(el)!;
  const attrs = node.attrs as Record<string, string | number | undefined>;
  const was = state.attrs;
  for (const name in attrs) {
    const value = attrs[name];
    if (value === undefined) continue;
    const text = typeof value === 'string' ? value : String(value);
    if (was[name] !== text) {
      el.setAttribute(name, text);
      was[name] = text;
    }
  }
  for (const name in was)
    if (attrs[name] === undefined) {
      el.removeAttribute(name);
      delete was[name];
    }
  let first = el.firstChild;
  if (node.text !== undefined) {
    if (first instanceof Text) {
      if (first.data !== node.text) first.data = node.text;
    } else el.insertBefore(document.createTextNode(node.text), first);
    first = el.firstChild!.nextSibling;
  } else if (first instanceof Text) {
    first.remove();
    first = el.firstChild;
  }
  // A leaf that stays a leaf (most of the drawing) has nothing to reconcile.
  if (node.children?.length || first) reconcile(el, first, null, node.children ?? []);
}

/**
 * Makes the siblings from `first` up to `end` (exclusive) the elements of `nodes`, in order: an element whose key
 * (and tag) is still wanted is kept and patched, a missing one is made, the rest are removed.
 */
function reconcile(parent: Node, first: Node | null, end: Node | null, nodes: readonly SvgNode[]): void {
  const existing = new Map<string, Element>();
  for (let n = first; n && n !== end; n = n.nextSibling) {
    const state = n instanceof Element ? written.get(n) : undefined;
    if (state) existing.set(state.key, n as Element);
  }
  const wanted = new Set(nodes.map(keyOf));
  let cursor = first;
  const skipUnwanted = () => {
    while (cursor && cursor !== end) {
      const state = cursor instanceof Element ? written.get(cursor) : undefined;
      if (state && wanted.has(state.key)) return;
      const next: Node | null = cursor.nextSibling;
      parent.removeChild(cursor);
      cursor = next;
    }
  };
  nodes.forEach((node, index) => {
    skipUnwanted();
    const key = keyOf(node, index);
    let el = existing.get(key);
    if (el && el.localName === node.tag) existing.delete(key);
    else {
      el = document.createElementNS(SVG_NS, node.tag);
      written.set(el, { key, attrs: {} });
    }
    patch(el, node);
    if (el === cursor) cursor = cursor.nextSibling;
    else parent.insertBefore(el, cursor);
  });
  // Every element placed is now before the cursor: what is left after it is not wanted.
  while (cursor && cursor !== end) {
    const next: Node | null = cursor.nextSibling;
    parent.removeChild(cursor);
    cursor = next;
  }
}

const v = (value: string | number | undefined) => (value === undefined ? nothing : value);

/** A node as a lit template: what server rendering (`cate build`) and snapshot tests get. */
function template(node: SvgNode): SVGTemplateResult {
  const content = [node.text ?? nothing, ...(node.children ?? []).map(template)];
  switch (node.tag) {
    case 'g': {
      const a = node.attrs;
      return svg`<g class=${v(a.class)} data-q=${v(a['data-q'])} data-c=${v(a['data-c'])} data-cells=${v(a['data-cells'])}>${content}</g>`;
    }
    case 'path': {
      const a = node.attrs;
      return svg`<path class=${v(a.class)} data-q=${v(a['data-q'])} data-c=${v(a['data-c'])} data-shape=${v(a['data-shape'])} d=${v(a.d)} fill=${v(a.fill)}></path>`;
    }
    case 'rect': {
      const a = node.attrs;
      return svg`<rect class=${v(a.class)} x=${v(a.x)} y=${v(a.y)} width=${v(a.width)} height=${v(a.height)} rx=${v(a.rx)}></rect>`;
    }
    case 'line': {
      const a = node.attrs;
      return svg`<line class=${v(a.class)} x1=${v(a.x1)} x2=${v(a.x2)} y1=${v(a.y1)} y2=${v(a.y2)}></line>`;
    }
    case 'circle': {
      const a = node.attrs;
      return svg`<circle class=${v(a.class)} cx=${v(a.cx)} cy=${v(a.cy)} r=${v(a.r)}></circle>`;
    }
    case 'text': {
      const a = node.attrs;
      return svg`<text class=${v(a.class)} x=${v(a.x)} y=${v(a.y)} dy=${v(a.dy)} text-anchor=${v(a['text-anchor'])}>${content}</text>`;
    }
    case 'tspan':
      return svg`<tspan x=${v(node.attrs.x)} dy=${v(node.attrs.dy)}>${content}</tspan>`;
    case 'defs':
      return svg`<defs>${content}</defs>`;
    case 'pattern': {
      const a = node.attrs;
      return svg`<pattern id=${v(a.id)} patternUnits=${v(a.patternUnits)} width=${v(a.width)} height=${v(a.height)}>${content}</pattern>`;
    }
  }
}

/**
 * Draws nodes into the SVG around it. In a browser the elements are made and kept by key, with no markers of
 * lit's between them (a list of templates costs two comments per item, a text binding one more), and an update
 * writes only changed attributes and text. Rendered on a server, the same elements come from lit templates.
 */
class DrawingDirective extends Directive {
  /** The nodes last drawn: the same array again (a render for something else, e.g. the data table) is no change. */
  private _drawn: readonly SvgNode[] | undefined;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.CHILD) throw new Error('drawing() belongs in an SVG element’s content');
  }

  render(nodes: readonly SvgNode[]): SVGTemplateResult[] {
    return nodes.map(template);
  }

  override update(part: ChildPart, [nodes]: [readonly SvgNode[]]): typeof noChange {
    if (nodes === this._drawn) return noChange;
    this._drawn = nodes;
    // Where the part's markers are now: on a first render, the template's fragment, not yet its parent.
    const start = part.startNode;
    const parent = start?.parentNode ?? part.parentNode;
    reconcile(parent, start ? start.nextSibling : parent.firstChild, part.endNode, nodes);
    return noChange;
  }
}

export const drawing = directive(DrawingDirective);
