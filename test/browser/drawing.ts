/**
 * Reading the drawing back: a category's bars (or points, markers, bands) are one path, `data-c` its category and
 * `data-q` the quarters of its subpaths in order, so tests count and locate the cells drawn from those.
 */

/** The cells an element of the drawing draws, "q:c", one per subpath (a status mark's group: its cells). */
export function cellsOf(el: Element): string[] {
  const cells = el.getAttribute('data-cells');
  if (cells) return cells.split(' ');
  const c = el.getAttribute('data-c');
  const quarters = el.getAttribute('data-q');
  if (c === null || quarters === null) return [];
  return quarters
    .split(' ')
    .filter(Boolean)
    .map((q) => `${q}:${c}`);
}

/** Every cell drawn by the elements matching `selector` in `root`, in document order. */
export function drawnCells(root: ParentNode, selector: string): string[] {
  return [...root.querySelectorAll(selector)].flatMap(cellsOf);
}

/** How many subpaths a path's `d` has (each starts with a moveto). */
export function subpaths(path: Element): number {
  return (path.getAttribute('d') ?? '').match(/M/gi)?.length ?? 0;
}

/**
 * How many subpaths one cell's shape has: a bar is a rectangle; a marker (a point) has one per outline, so a ring
 * has two and a ring with a dot three. `cue` is a mark's data-shape ("circle ring").
 */
export function subpathsPerShape(cue: string, marker: boolean): number {
  if (!marker) return 1;
  const fill = cue.split(' ')[1];
  return fill === 'dot' ? 3 : fill === 'ring' ? 2 : 1;
}

/** The first rectangle of a path of bars ("M x,y h w v h h -w Z ..."). */
export function firstRect(path: Element): { x: number; y: number; width: number; height: number } {
  const match = /^M(-?[\d.]+),(-?[\d.]+)h(-?[\d.]+)v(-?[\d.]+)/.exec(path.getAttribute('d') ?? '');
  if (!match) throw new Error(`not a path of rectangles: ${path.getAttribute('d')}`);
  const [x, y, width, height] = match.slice(1).map(Number);
  return { x: x!, y: y!, width: width!, height: height! };
}

/** Every node under a root: elements, text nodes and comments (lit's markers among them). */
export function nodeCount(root: Node): { all: number; elements: number; comments: number; texts: number } {
  const count = { all: 0, elements: 0, comments: 0, texts: 0 };
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    count.all++;
    if (node.nodeType === Node.ELEMENT_NODE) count.elements++;
    else if (node.nodeType === Node.COMMENT_NODE) count.comments++;
    else if (node.nodeType === Node.TEXT_NODE) count.texts++;
  }
  return count;
}

/** Client coordinates of a point of the drawing given in its own (layout) coordinates. */
export function clientPoint(svg: SVGSVGElement, x: number, y: number): { clientX: number; clientY: number } {
  const box = svg.getBoundingClientRect();
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  return { clientX: box.left + (x * box.width) / width, clientY: box.top + (y * box.height) / height };
}
