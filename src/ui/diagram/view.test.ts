import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  clampScroll,
  clampView,
  fitView,
  layoutRows,
  makeView,
  GUTTER,
  MIN_SPAN,
  panBy,
  reach,
  rowAt,
  timePad,
  timeToX,
  xToTime,
  zoomAt,
  type View,
} from './view';

const view = makeView({ t0: 0, t1: 100, width: 1132, height: 300, left: 132 });

describe('time ↔ x', () => {
  it('maps the window onto the plot', () => {
    expect(timeToX(view, 0)).toBe(132);
    expect(timeToX(view, 100)).toBe(1132);
    expect(timeToX(view, 50)).toBe(632);
    expect(xToTime(view, 632)).toBe(50);
  });

  it('round-trips', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (t) => {
        expect(xToTime(view, timeToX(view, t))).toBeCloseTo(t, 6);
      }),
    );
  });
});

describe('zoom', () => {
  it('keeps the time under the pointer where it is', () => {
    const v = makeView({ t0: 400, t1: 600, width: 1000, height: 300 });
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 4, noNaN: true }),
        fc.integer({ min: v.left, max: v.width }),
        (f, x) => {
          const t = xToTime(v, x);
          const z = zoomAt(v, f, x, 1000);
          expect(z.t1 - z.t0).toBeCloseTo(200 / f, 6);
          expect(xToTime(z, x)).toBeCloseTo(t, 6);
        },
      ),
    );
  });

  it('stops at two ticks and at the whole run', () => {
    const inAll = zoomAt(view, 1e9, 600, 1000);
    expect(inAll.t1 - inAll.t0).toBeCloseTo(MIN_SPAN);
    const out = zoomAt(view, 1e-9, 600, 1000);
    expect(out).toMatchObject(fitView(view, 1000));
  });

  it('clamps near an end, so the window never leaves the run', () => {
    const v = makeView({ t0: 0, t1: 100, width: 1000, height: 300 });
    const z = zoomAt(v, 0.5, v.left, 150);
    const { lo, hi, maxSpan } = reach(z, 150, z.t1 - z.t0);
    expect(z.t0).toBeGreaterThanOrEqual(lo);
    expect(z.t1).toBeLessThanOrEqual(hi);
    expect(z.t1 - z.t0).toBeCloseTo(maxSpan);
  });
});

describe('pan and fit', () => {
  /** Where t=0 lands: the gutter's width right of the lane names, never left of them. */
  const zeroX = (v: View) => timeToX(v, 0) - v.left;

  it('pans by time and stops at the ends', () => {
    expect(panBy(view, 10, 1000)).toMatchObject({ t0: 10, t1: 110 });
    const start = panBy(view, -50, 1000);
    expect(zeroX(start)).toBeCloseTo(GUTTER);
    expect(start.t1 - start.t0).toBeCloseTo(100);
    expect(panBy(view, 5000, 1000)).toMatchObject({ t0: 900 + timePad(1000), t1: 1000 + timePad(1000) });
  });

  it('fits the whole run from t=0, a gutter in, to a margin past the end', () => {
    const fit = fitView(view, 500);
    expect(fit.t1).toBe(510);
    expect(zeroX(fit)).toBeCloseTo(GUTTER);
    const empty = fitView(view, 0);
    expect(empty.t1).toBe(1);
    expect(zeroX(empty)).toBeCloseTo(GUTTER);
    // The deadlock built-in ends at t=1: the axis used to begin at −1.
    const deadlock = fitView(makeView({ t0: 0, t1: 1, width: 600, height: 200 }), 1);
    expect(zeroX(deadlock)).toBeCloseTo(GUTTER);
    expect(deadlock.t1).toBe(2);
  });

  it('keeps any window valid: t=0 never further right than the gutter, the end in reach', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e5, max: 1e5, noNaN: true }),
        fc.double({ min: 0, max: 1e5, noNaN: true }),
        fc.integer({ min: 0, max: 5000 }),
        (t0, span, end) => {
          const v = clampView({ ...view, t0, t1: t0 + span }, end);
          const { hi, maxSpan } = reach(v, end, v.t1 - v.t0);
          expect(v.t1 - v.t0).toBeGreaterThanOrEqual(Math.min(MIN_SPAN, maxSpan) - 1e-9);
          expect(zeroX(v)).toBeLessThanOrEqual(GUTTER + 1e-6);
          expect(v.t1).toBeLessThanOrEqual(hi + 1e-9);
        },
      ),
    );
  });
});

describe('rows', () => {
  const lanes = ['A', 'B', 'C', 'q'].map((name) => ({ name, kind: 'process' as const }));

  it('skips hidden lanes', () => {
    const rows = layoutRows(lanes, new Set(['B']));
    expect(rows.order).toEqual([0, 2, 3]);
    expect([...rows.rowOf]).toEqual([0, -1, 1, 2]);
  });

  it('finds the row under y, scrolled or not', () => {
    const rows = layoutRows(lanes);
    const v = makeView({ t0: 0, t1: 1, width: 500, height: 100, laneHeight: 30, top: 30 });
    expect(rowAt(v, rows, 10)).toBe(-1);
    expect(rowAt(v, rows, 31)).toBe(0);
    expect(rowAt(v, rows, 95)).toBe(2);
    expect(rowAt({ ...v, scrollY: 30 }, rows, 31)).toBe(1);
    expect(rowAt(v, rows, 500)).toBe(-1);
  });

  it('never scrolls past the last lane', () => {
    const v = makeView({ t0: 0, t1: 1, width: 500, height: 100, laneHeight: 30, top: 30 });
    expect(clampScroll({ ...v, scrollY: 999 }, 4).scrollY).toBe(50);
    expect(clampScroll({ ...v, scrollY: -5 }, 4).scrollY).toBe(0);
    expect(clampScroll({ ...v, scrollY: 40 }, 2).scrollY).toBe(0);
  });
});
