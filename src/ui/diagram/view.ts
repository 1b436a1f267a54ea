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
/** The narrowest window: half a tick across the whole plot. */
export const MIN_SPAN = 0.5;

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

/** How far the window may reach beyond the run on each side: a little room to see the ends. */
export function timePad(end: number): number {
  return Math.max(1, end * 0.02);
}

/** Keeps the window's span between MIN_SPAN and the whole run, and its ends near the run. */
export function clampView(v: View, end: number): View {
  const pad = timePad(end);
  const lo = -pad;
  const hi = Math.max(end, 0) + pad;
  const span = Math.min(hi - lo, Math.max(MIN_SPAN, v.t1 - v.t0));
  let t0 = v.t0;
  if (!Number.isFinite(t0)) t0 = lo;
  t0 = Math.min(Math.max(t0, lo), hi - span);
  return { ...v, t0, t1: t0 + span };
}

/** The whole run in the window. */
export function fitView(v: View, end: number): View {
  const pad = timePad(end);
  return { ...v, t0: -pad, t1: Math.max(end, 0) + pad };
}

/** Zooms by `factor` (>1 closer) keeping the time under x where it is, then clamps. */
export function zoomAt(v: View, factor: number, x: number, end: number): View {
  const t = xToTime(v, x);
  const pad = timePad(end);
  const maxSpan = Math.max(end, 0) + 2 * pad;
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

/** Axis ticks: a round step (1, 2 or 5 × 10^k) at least `minPx` pixels apart. */
export function ticks(v: View, minPx = 90): { step: number; times: number[] } {
  const span = v.t1 - v.t0;
  const raw = (span * minPx) / plotWidth(v);
  const pow = 10 ** Math.floor(Math.log10(Math.max(raw, 1e-9)));
  const step = [1, 2, 5, 10].map((m) => m * pow).find((s) => s >= raw) ?? 10 * pow;
  const times: number[] = [];
  for (let t = Math.ceil(v.t0 / step) * step; t <= v.t1 && times.length < 1000; t += step) {
    times.push(Math.round(t / step) * step);
  }
  return { step, times };
}

/** A tick label: as many decimals as the step needs. */
export function formatTime(t: number, step = 1): string {
  const decimals = step >= 1 ? 0 : Math.min(6, Math.ceil(-Math.log10(step)));
  return (Object.is(t, -0) ? 0 : t).toFixed(decimals);
}
