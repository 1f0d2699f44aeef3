import type { Quarter, SafeCell } from '@cate/core';
import type { ChartKind } from './kinds.js';
import type { MarkerFill, MarkerShape } from './markers.js';

/** What the numbers on the value axis are: counts as published, or shares (fractions) as published. */
export type Measure = 'count' | 'share';

/** Size of the area the chart may draw in, in CSS pixels. */
export interface ChartSize {
  width: number;
  height: number;
}

export interface LayoutOptions {
  kind: ChartKind;
  width: number;
  /** Height of the drawing; default from the width (see `chartHeight`). */
  height?: number;
  /** BCP 47 locale for numbers and quarters. Default "en". */
  locale?: string;
}

/** A category as drawn: its colour slot (1..8) and marker shape, so colour never carries meaning alone. */
export interface CategoryView {
  index: number;
  id: string;
  label: string;
  role?: 'unknown' | 'other' | undefined;
  /** 1..8: the `--cate-color-N` slot (0 for a group total, drawn as a band behind its group). */
  color: number;
  shape: MarkerShape;
  /** Solid, ring or dot: with the shape, the category's cue that needs no colour. */
  fill: MarkerFill;
  /** The heading the category is shown under ("Sex"), when the series groups its categories. */
  group?: string;
  /** A group's published total rather than a category of the series: `label` says so ("Total"). */
  subtotal?: true;
}

/** A group's label under its cluster of bars, in one quarter's band. */
export interface GroupLabel {
  q: number;
  /** Centre and width of the span of the group's bars. */
  x: number;
  width: number;
  /** The label wrapped to the span. */
  lines: string[];
}

export interface QuarterView {
  index: number;
  quarter: Quarter;
  /** "Q1 2024" */
  label: string;
  /** The label split for narrow bands: ["Q1", "2024"]. */
  lines: string[];
  /** Centre of the quarter's band. */
  x: number;
}

export interface Tick {
  value: number;
  y: number;
  label: string;
}

/**
 * One cell of the chart, whatever its status: the unit of keyboard navigation, tooltips and announcements.
 * `text` is the formatted value, or a status word; it never holds a hidden number because a suppressed
 * SafeCell has none.
 */
export interface CellView {
  q: number;
  c: number;
  status: SafeCell['status'];
  /** The published number, only when status is "value". */
  value?: number;
  /** Formatted value ("1,204", "38%") or the short status mark ("S", "n/r"). */
  text: string;
  /** Where a tooltip points, in SVG coordinates. */
  anchor: { x: number; y: number };
}

/** A drawn mark. Bars and points carry published values; placeholders mark hidden or missing cells. */
export type Mark =
  | {
      type: 'bar';
      q: number;
      c: number;
      x: number;
      y: number;
      width: number;
      height: number;
      color: number;
      shape: MarkerShape;
      fill: MarkerFill;
      /** The category's marker on the bar; absent only where it cannot fit, and then `pattern` is set. */
      marker?: { x: number; y: number; size: number };
      /** The bar is filled with its category's shape as a pattern (too small for a marker). */
      pattern?: true;
    }
  | {
      type: 'point';
      q: number;
      c: number;
      x: number;
      y: number;
      color: number;
      shape: MarkerShape;
      fill: MarkerFill;
      size: number;
    }
  /** A group's total, drawn as a band behind the group's bars. */
  | { type: 'band'; q: number; c: number; x: number; y: number; width: number; height: number }
  /**
   * Cells without a published number: a mark in the status row under the baseline (never on the value axis), its
   * label "S" or "n/r" (or "3 S" for several), with its category's marker when it stands for one category.
   */
  | {
      type: 'placeholder';
      status: 'suppressed' | 'not-reported';
      cells: Array<{ q: number; c: number }>;
      x: number;
      y: number;
      width: number;
      height: number;
      label: string;
      marker?: { x: number; y: number; size: number; shape: MarkerShape; fill: MarkerFill; color: number };
    };

export interface LinePath {
  c: number;
  color: number;
  d: string;
}

/** Everything a renderer needs, in pixels and strings: no data access beyond this object. */
export interface ChartLayout {
  kind: ChartKind;
  measure: Measure;
  width: number;
  height: number;
  plot: { x: number; y: number; width: number; height: number };
  quarters: QuarterView[];
  categories: CategoryView[];
  /** Width of one quarter's band (for label wrapping). */
  bandwidth: number;
  yTicks: Tick[];
  /** y of the zero line. */
  baseline: number;
  lines: LinePath[];
  marks: Mark[];
  /** cells[q][c], always complete, for navigation. */
  cells: CellView[][];
  /** Which statuses occur, to decide footnotes and the hatch pattern. */
  has: { suppressed: boolean; notReported: boolean; values: boolean };
  /**
   * The categories' groups, when the series has any: for the legend's headings. Members are indexes into
   * `categories`; `total` is the index of the group's total there, when drawn.
   */
  groups?: Array<{ label: string; heading: boolean; members: number[]; total?: number }>;
  /** Group labels under the bars (grouped bars), and the height they take above the quarter labels. */
  groupAxis?: { labels: GroupLabel[]; height: number };
  /** Height of the status row(s) under the baseline, above the group and quarter labels (0 when none). */
  statusHeight: number;
  /** Shapes used as bar patterns (bars too small for a marker): one pattern per category index. */
  patterns: Array<{ c: number; shape: MarkerShape; fill: MarkerFill; color: number }>;
  /**
   * Small multiples: one panel per category, each with its own value scale, when one category dwarfs the rest or
   * the chart is too narrow for all categories on one plot (see `chooseArrangement`). The top-level plot, ticks,
   * quarters and baseline are then the first panel's.
   */
  panels?: PanelView[];
  /** Why the chart is drawn in panels, in words the chart shows above them, whole and in wrapped lines. */
  note?: string;
  noteLines?: Array<{ text: string; y: number }>;
}

/** One panel of small multiples: its category, title lines and axes. */
export interface PanelView {
  c: number;
  title: string[];
  titleY: number;
  plot: { x: number; y: number; width: number; height: number };
  yTicks: Tick[];
  baseline: number;
  quarters: QuarterView[];
  /** Whether its quarters are labelled: only the lowest panel of each column (all panels share the quarters). */
  quarterLabels: boolean;
  /** Where its quarter labels start (under its status row). */
  labelY: number;
}
