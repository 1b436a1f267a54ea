// The visible-window index: each kind of element sorted by start time, in blocks that know their
// latest end, so a window [t0, t1] is found by a binary search and a skim over block maxima
// instead of a pass over tens of thousands of elements every frame.

import type { DiagramModel } from '../../playback/diagramModel';

const BLOCK = 32;

export interface IntervalIndex {
  readonly size: number;
  /** Element indices sorted by start (ties by index). */
  readonly order: Uint32Array;
  /** starts[k] and ends[k] belong to element order[k]. */
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** The latest end in each block of BLOCK sorted elements. */
  readonly blockMax: Float64Array;
}

/** Indexes n closed intervals [start(i), end(i)]. */
export function buildIntervalIndex(
  n: number,
  start: (i: number) => number,
  end: (i: number) => number,
): IntervalIndex {
  const s = new Float64Array(n);
  const e = new Float64Array(n);
  let sorted = true;
  for (let i = 0; i < n; i++) {
    const a = start(i);
    const b = end(i);
    s[i] = Math.min(a, b);
    e[i] = Math.max(a, b);
    if (i > 0 && s[i]! < s[i - 1]!) sorted = false;
  }
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  // Models are built in trace order, so usually already sorted: skip the sort then.
  if (!sorted) order.sort((a, b) => s[a]! - s[b]! || a - b);
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const blockMax = new Float64Array(Math.ceil(n / BLOCK)).fill(-Infinity);
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    starts[k] = s[i]!;
    ends[k] = e[i]!;
    const b = (k / BLOCK) | 0;
    if (e[i]! > blockMax[b]!) blockMax[b] = e[i]!;
  }
  return { size: n, order, starts, ends, blockMax };
}

/** The first sorted position whose start is greater than t. */
function upperBound(starts: Float64Array, t: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Calls fn for every element intersecting [t0, t1], in order of start time. */
export function visit(ix: IntervalIndex, t0: number, t1: number, fn: (i: number) => void): void {
  const hi = upperBound(ix.starts, t1);
  const blocks = Math.ceil(hi / BLOCK);
  for (let b = 0; b < blocks; b++) {
    if (ix.blockMax[b]! < t0) continue;
    const last = Math.min(hi, (b + 1) * BLOCK);
    for (let k = b * BLOCK; k < last; k++) if (ix.ends[k]! >= t0) fn(ix.order[k]!);
  }
}

/** The elements intersecting [t0, t1], in order of start time. */
export function query(ix: IntervalIndex, t0: number, t1: number): number[] {
  const out: number[] = [];
  visit(ix, t0, t1, (i) => out.push(i));
  return out;
}

export interface DiagramIndex {
  bars: IntervalIndex;
  waits: IntervalIndex;
  arrows: IntervalIndex;
  bands: IntervalIndex;
}

/** Indexes every element of a model by its time span. */
export function indexModel(model: DiagramModel): DiagramIndex {
  const { bars, waits, arrows, bands } = model;
  return {
    bars: buildIntervalIndex(
      bars.length,
      (i) => bars[i]!.from,
      (i) => bars[i]!.to,
    ),
    waits: buildIntervalIndex(
      waits.length,
      (i) => waits[i]!.from,
      (i) => waits[i]!.to,
    ),
    arrows: buildIntervalIndex(
      arrows.length,
      (i) => arrows[i]!.sentAt,
      (i) => arrows[i]!.deliverAt,
    ),
    bands: buildIntervalIndex(
      bands.length,
      (i) => bands[i]!.firstArrival,
      (i) => bandEnd(model, i),
    ),
  };
}

/** Where a barrier band ends: its release, or the end of the run when it never came. */
export function bandEnd(model: DiagramModel, i: number): number {
  const band = model.bands[i]!;
  return band.release ?? Math.max(model.end, band.firstArrival);
}
