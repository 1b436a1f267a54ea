// The time axis: where its ticks go and where their labels sit. Times in a run are whole ticks
// from 0, so the axis marks only whole ticks from 0 at any zoom, and a label near either end of
// the plot moves inward rather than being cut off. Pure.

import { plotWidth, type View } from './view';

/** The most ticks one axis draws, whatever it is asked. */
const MAX_TICKS = 1000;

/**
 * Ticks for the times `from`..`to` drawn across `pixels`: the whole times ≥ 0 in that window that
 * are multiples of a round step (1, 2 or 5 × 10^k ticks), the smallest step that keeps them at
 * least `minPx` pixels apart. A window narrower than one tick may have none.
 */
export function tickTimes(
  from: number,
  to: number,
  pixels: number,
  minPx = 90,
): { step: number; times: number[] } {
  const span = to - from;
  const raw = span > 0 && pixels > 0 ? (span * minPx) / pixels : 1;
  let step = 1;
  for (let pow = 1; pow < 1e15; pow *= 10) {
    const round = [1, 2, 5].map((m) => m * pow).find((s) => s >= raw);
    step = round ?? 10 * pow;
    if (round !== undefined) break;
  }
  let first = Math.max(0, Math.ceil(from / step) * step);
  if (first < from) first += step; // from / step rounded to 0 (a tiny from)
  const times: number[] = [];
  for (let t = first; t <= to && times.length < MAX_TICKS; t += step) times.push(t);
  return { step, times };
}

/** The ticks of a view's window. */
export function ticks(v: View, minPx = 90): { step: number; times: number[] } {
  return tickTimes(v.t0, v.t1, plotWidth(v), minPx);
}

/** Room kept between a label and the plot's edge, in pixels. */
const LABEL_MARGIN = 2;

/**
 * The centre of a tick label `width` pixels wide for the tick at `x`: under its tick, or moved
 * inward just enough to stay whole inside the plot (the end label "16" must not read "1").
 */
export function labelCenter(v: View, x: number, width: number): number {
  const min = v.left + width / 2 + LABEL_MARGIN;
  const max = v.width - width / 2 - LABEL_MARGIN;
  return max < min ? (v.left + v.width) / 2 : Math.min(Math.max(x, min), max);
}
