import { round, textWidth } from './axes.js';
import { barMark } from './bars.js';
import type { Frame } from './frame.js';
import type { GroupLabel, Mark } from './types.js';

/** A group as the clustered bars draw it: indexes into the frame's categories. */
export interface Cluster {
  label: string;
  heading: boolean;
  members: number[];
  /** The group's total, drawn as a band behind the members. */
  total?: number;
}

/** Space between clusters, in bar slots; the band of a total reaches a third of a slot beyond its bars. */
const GAP = 0.9;
const BAND_PAD = 0.3;
const GROUP_FONT = 11;
const GROUP_LINE = 13;
const MAX_GROUP_LINES = 3;

/** Where each cluster and slot sits in a quarter's band, relative to its start. */
function clusterGeometry(bandwidth: number, clusters: readonly Cluster[]) {
  const slots = clusters.reduce((n, c) => n + c.members.length, 0);
  const unit = bandwidth / Math.max(1, slots + GAP * (clusters.length - 1));
  let at = 0;
  return {
    unit,
    width: round(unit * 0.86),
    clusters: clusters.map((cluster) => {
      const start = at;
      at += cluster.members.length * unit + GAP * unit;
      return { cluster, start, end: start + cluster.members.length * unit };
    }),
  };
}

/** Words wrapped into lines no wider than `width` (at the group label's size), or undefined when a word is wider. */
export function wrapLabel(label: string, width: number, maxLines = MAX_GROUP_LINES): string[] | undefined {
  const lines: string[] = [];
  for (const word of label.split(/\s+/).filter(Boolean)) {
    if (textWidth(word, GROUP_FONT) > width) return undefined;
    const last = lines[lines.length - 1];
    if (last !== undefined && textWidth(`${last} ${word}`, GROUP_FONT) <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length > 0 && lines.length <= maxLines ? lines : undefined;
}

/** How many lines the group labels need under the bars, for the bottom margin (0: none fits or none is a heading). */
export function groupLabelLines(bandwidth: number, clusters: readonly Cluster[]): number {
  const { unit, clusters: placed } = clusterGeometry(bandwidth, clusters);
  let lines = 0;
  for (const { cluster, start, end } of placed)
    if (cluster.heading) lines = Math.max(lines, wrapLabel(cluster.label, end - start + GAP * unit)?.length ?? 0);
  return lines;
}

export const GROUP_LABEL_LINE = GROUP_LINE;

/**
 * Bars clustered by group in each quarter's band, a gap between groups, each group's published total as a band
 * behind its bars (hidden: its status mark under the group, in the status row), and each heading group's label
 * under its cluster when it fits (the legend and the table always name it).
 */
export function clusteredBarMarks(frame: Frame, clusters: readonly Cluster[]): { marks: Mark[]; labels: GroupLabel[] } {
  const { x, cells, y, baseline } = frame;
  const { unit, width, clusters: placed } = clusterGeometry(x.bandwidth(), clusters);
  const bands: Mark[] = [];
  const bars: Mark[] = [];
  const labels: GroupLabel[] = [];
  for (const row of cells) {
    const q = row[0]?.q ?? 0;
    const left = x(q) ?? 0;
    for (const { cluster, start, end } of placed) {
      cluster.members.forEach((c, k) => {
        const bar = barMark(frame, row[c]!, round(left + start + k * unit + (unit - width) / 2), width);
        if (bar) bars.push(bar);
      });
      const span = { x: round(left + start - BAND_PAD * unit), width: round(end - start + 2 * BAND_PAD * unit) };
      if (cluster.total !== undefined) {
        const cell = row[cluster.total]!;
        if (cell.status === 'value') {
          const top = round(y(cell.value!));
          const height = Math.max(1, round(baseline - top));
          bands.push({ type: 'band', q, c: cell.c, ...span, y: round(baseline - height), height });
          cell.anchor = { x: round(span.x + span.width / 2), y: round(baseline - height) };
        } else cell.anchor = { x: round(span.x + span.width / 2), y: baseline };
      }
      const lines = cluster.heading ? wrapLabel(cluster.label, end - start + GAP * unit) : undefined;
      if (lines) labels.push({ q, x: round(left + (start + end) / 2), width: round(end - start), lines });
    }
  }
  // Bands first: each stands behind its group's bars.
  return { marks: [...bands, ...bars], labels };
}
