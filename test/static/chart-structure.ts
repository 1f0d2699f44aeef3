/**
 * What a chart shows, independent of its size and of how it was rendered: the same summary is read from a live
 * `<cate-chart>`'s shadow DOM (in the browser) and from a static chart's declarative shadow root (in node, from
 * `cate build`'s HTML), so the two can be compared. Positions are left out: the static drawing has a fixed width.
 */
export interface ChartStructure {
  /** Bars and points: one per published value drawn (a category's are one path: its data-q has one per subpath). */
  marks: number;
  /** Labels of the status marks of hidden ("S") and missing ("n/r") cells, one per cell, sorted. */
  placeholders: string[];
  /** Line paths. */
  lines: number;
  /** Quarter axis labels ("Q1 2024", even when drawn on two lines), each once. */
  quarterLabels: string[];
  /** Value axis labels. */
  valueLabels: string[];
  /** Legend entries. */
  legend: string[];
  /** The data table: header row, then one row per quarter, as text. */
  table: string[][];
  /** The single figure of a stat chart, if any. */
  stat: string;
}

/** The few things the summary needs from an element, whatever the tree (DOM or parse5). */
export interface StructureNode {
  tag: string;
  classes: readonly string[];
  /** The element's data-q: the quarters it draws (a cell each), when it draws any. */
  quarters?: string | undefined;
  children: readonly StructureNode[];
  /** Text of this node's own text children. */
  ownText: string;
}

function walk(node: StructureNode, visit: (n: StructureNode) => void): void {
  visit(node);
  for (const child of node.children) walk(child, visit);
}

function all(root: StructureNode, match: (n: StructureNode) => boolean): StructureNode[] {
  const found: StructureNode[] = [];
  walk(root, (n) => {
    if (match(n)) found.push(n);
  });
  return found;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Text with child elements' texts separated by spaces (so two tspans "Q1" "2024" read "Q1 2024"). */
export function textOf(node: StructureNode): string {
  const parts = [node.ownText, ...node.children.map(textOf)].map(squash).filter(Boolean);
  return parts.join(' ');
}

const has = (node: StructureNode, tag: string, cls?: string) =>
  node.tag === tag && (cls === undefined || node.classes.includes(cls));

export function chartStructure(root: StructureNode): ChartStructure {
  const svg = all(root, (n) => has(n, 'svg', 'chart'))[0];
  const inSvg = (match: (n: StructureNode) => boolean) => (svg ? all(svg, match) : []);
  const axis = (cls: string) =>
    inSvg((n) => has(n, 'g', cls)).flatMap((g) => all(g, (n) => has(n, 'text', 'tick-label')).map(textOf));
  const table = all(root, (n) => n.tag === 'table')[0];
  const rows = table
    ? all(table, (n) => n.tag === 'thead' || n.tag === 'tbody').flatMap((part) => all(part, (n) => n.tag === 'tr'))
    : [];
  return {
    marks: inSvg((n) => n.classes.includes('mark')).reduce(
      (sum, n) => sum + (n.quarters?.split(' ').filter(Boolean).length ?? 1),
      0,
    ),
    // Width decides whether a quarter's hidden cells get a mark each or one that counts them ("3 S"): one per cell.
    placeholders: inSvg((n) => has(n, 'g', 'placeholder'))
      .map(textOf)
      .flatMap((text) => {
        const counted = /^(\d+) (.+)$/.exec(text);
        return counted ? Array.from({ length: Number(counted[1]) }, () => counted[2]!) : [text];
      })
      .sort(),
    lines: inSvg((n) => has(n, 'path', 'line')).length,
    // Small multiples repeat the quarter axis per panel: each label once, in order of first appearance.
    quarterLabels: [...new Set(axis('x-axis'))],
    valueLabels: axis('y-axis'),
    legend: all(root, (n) => has(n, 'ul', 'legend')).flatMap((ul) => all(ul, (n) => n.tag === 'li').map(textOf)),
    table: rows.map((tr) => tr.children.filter((c) => c.tag === 'th' || c.tag === 'td').map(textOf)),
    stat: all(root, (n) => n.classes.includes('stat-value'))
      .map(textOf)
      .join(' '),
  };
}
