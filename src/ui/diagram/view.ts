// View math: which time window is on screen, where a time or a lane lands in pixels, and how
// zooming and panning move the window. Pure; every function returns a new view.

import type { Lane } from '../../playback/diagramModel';

/** What the diagram shows and at what size, in CSS pixels. */
export interface View {
  /** Time at the left edge of the plot (just right of the lane names). */
  t0: number;
  /** Time at the right edge. */
  t1: number;
  width: number;
  height: number;
  laneHeight: number;
  /** Width of the lane-name column. */
  left: number;
  /** Height of the time axis above the lanes. */
  top: number;
  /** How far the lanes are scrolled up, in pixels. */
  scrollY: number;
}

export const LANE_COLUMN = 132;
export const AXIS_HEIGHT = 30;
export const LANE_HEIGHT = 34;
export const MIN_LANE_HEIGHT = 20;
/** The narrowest window: two ticks across the whole plot (times are whole ticks; closer shows nothing more). */
export const MIN_SPAN = 2;

/** A view with the usual column and axis sizes. */
export function makeView(v: Pick<View, 't0' | 't1' | 'width' | 'height'> & Partial<View>): View {
  return { laneHeight: LANE_HEIGHT, left: LANE_COLUMN, top: AXIS_HEIGHT, scrollY: 0, ...v };
}

export function plotWidth(v: View): number {
  return Math.max(1, v.width - v.left);
}

/** The x of time `t`. */
export function timeToX(v: View, t: number): number {
  return v.left + ((t - v.t0) / (v.t1 - v.t0)) * plotWidth(v);
}

/** The time under x. */
export function xToTime(v: View, x: number): number {
  return v.t0 + ((x - v.left) / plotWidth(v)) * (v.t1 - v.t0);
}

/** Pixels between the lane names and t=0, so that a mark at t=0 (a send, the playhead) shows whole. */
export const GUTTER = 10;

/** How far the window may reach past the run's end: a little room to see the end. */
export function timePad(end: number): number {
  return Math.max(1, end * 0.02);
}

/**
 * Where the window may go for a run ending at `end`: from a gutter's width before t=0 (so the axis
 * starts at 0 and nothing before it is ever labelled) to a little after the end, and how wide it
 * may grow. `lo` depends on the span, since the gutter is a width in pixels.
 */
export function reach(v: View, end: number, span: number): { lo: number; hi: number; maxSpan: number } {
  const gutter = Math.min(0.25, GUTTER / plotWidth(v));
  const hi = Math.max(end, 0) + timePad(end);
  const maxSpan = hi / (1 - gutter);
  return { lo: -gutter * Math.min(span, maxSpan), hi, maxSpan };
}

/** Keeps the window's span between MIN_SPAN and the whole run, and its ends near the run. */
export function clampView(v: View, end: number): View {
  const { maxSpan } = reach(v, end, 0);
  const span = Math.min(maxSpan, Math.max(MIN_SPAN, v.t1 - v.t0));
  const { lo, hi } = reach(v, end, span);
  let t0 = v.t0;
  if (!Number.isFinite(t0)) t0 = lo;
  t0 = Math.min(Math.max(t0, lo), hi - span);
  return { ...v, t0, t1: t0 + span };
}

/** The whole run in the window. */
export function fitView(v: View, end: number): View {
  const { lo, hi } = reach(v, end, Infinity);
  return { ...v, t0: lo, t1: hi };
}

/** Zooms by `factor` (>1 closer) keeping the time under x where it is, then clamps. */
export function zoomAt(v: View, factor: number, x: number, end: number): View {
  const t = xToTime(v, x);
  const { maxSpan } = reach(v, end, 0);
  const span = Math.min(maxSpan, Math.max(MIN_SPAN, (v.t1 - v.t0) / factor));
  const t0 = t - ((x - v.left) / plotWidth(v)) * span;
  return clampView({ ...v, t0, t1: t0 + span }, end);
}

/** Moves the window by `dt` (positive: later), then clamps. */
export function panBy(v: View, dt: number, end: number): View {
  return clampView({ ...v, t0: v.t0 + dt, t1: v.t1 + dt }, end);
}

/** Which lanes are shown, top to bottom. */
export interface Rows {
  /** Row → lane index. */
  order: number[];
  /** Lane index → row, or -1 when hidden. */
  rowOf: Int32Array;
}

/** Rows for the lanes not in `hidden` (by name), in model order. */
export function layoutRows(lanes: readonly Lane[], hidden?: ReadonlySet<string>): Rows {
  const rowOf = new Int32Array(lanes.length).fill(-1);
  const order: number[] = [];
  lanes.forEach((lane, i) => {
    if (hidden?.has(lane.name)) return;
    rowOf[i] = order.length;
    order.push(i);
  });
  return { order, rowOf };
}

/** Top edge of a row. */
export function rowTop(v: View, row: number): number {
  return v.top + row * v.laneHeight - v.scrollY;
}

/** The row under y, or -1. */
export function rowAt(v: View, rows: Rows, y: number): number {
  if (y < v.top) return -1;
  const row = Math.floor((y - v.top + v.scrollY) / v.laneHeight);
  return row >= 0 && row < rows.order.length ? row : -1;
}

/** Keeps the lanes from scrolling past their ends. */
export function clampScroll(v: View, rowCount: number): View {
  const max = Math.max(0, rowCount * v.laneHeight - (v.height - v.top));
  const scrollY = Math.min(Math.max(0, v.scrollY), max);
  return scrollY === v.scrollY ? v : { ...v, scrollY };
}

/** Lane height for `rowCount` rows in `height` pixels: as tall as fits, within readable bounds. */
export function fitLaneHeight(height: number, rowCount: number): number {
  const fit = Math.floor((height - AXIS_HEIGHT - 4) / Math.max(1, rowCount));
  return Math.min(LANE_HEIGHT, Math.max(MIN_LANE_HEIGHT, fit));
}

/** A height that shows every row (for exports and for the default size). */
export function contentHeight(rowCount: number, laneHeight: number): number {
  return AXIS_HEIGHT + rowCount * laneHeight + 4;
}
