import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  clampScroll,
  clampView,
  fitView,
  layoutRows,
  makeView,
  MIN_SPAN,
  panBy,
  rowAt,
  ticks,
  timePad,
  timeToX,
  xToTime,
  zoomAt,
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

  it('stops at half a tick and at the whole run', () => {
    const inAll = zoomAt(view, 1e9, 600, 1000);
    expect(inAll.t1 - inAll.t0).toBeCloseTo(MIN_SPAN);
    const out = zoomAt(view, 1e-9, 600, 1000);
    expect(out.t0).toBe(-timePad(1000));
    expect(out.t1).toBe(1000 + timePad(1000));
  });

  it('clamps near an end, so the window never leaves the run', () => {
    const v = makeView({ t0: 0, t1: 100, width: 1000, height: 300 });
    const z = zoomAt(v, 0.5, v.left, 150);
    expect(z.t0).toBeGreaterThanOrEqual(-timePad(150));
    expect(z.t1).toBeLessThanOrEqual(150 + timePad(150));
    expect(z.t1 - z.t0).toBeCloseTo(150 + 2 * timePad(150));
  });
});

describe('pan and fit', () => {
  it('pans by time and stops at the ends', () => {
    expect(panBy(view, 10, 1000)).toMatchObject({ t0: 10, t1: 110 });
    expect(panBy(view, -50, 1000)).toMatchObject({ t0: -timePad(1000), t1: 100 - timePad(1000) });
    expect(panBy(view, 5000, 1000)).toMatchObject({ t0: 900 + timePad(1000), t1: 1000 + timePad(1000) });
  });

  it('fits the whole run with a margin', () => {
    expect(fitView(view, 500)).toMatchObject({ t0: -10, t1: 510 });
    expect(fitView(view, 0)).toMatchObject({ t0: -1, t1: 1 });
  });

  it('keeps any window valid', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e5, max: 1e5, noNaN: true }),
        fc.double({ min: 0, max: 1e5, noNaN: true }),
        (t0, span) => {
          const v = clampView({ ...view, t0, t1: t0 + span }, 1000);
          expect(v.t1 - v.t0).toBeGreaterThanOrEqual(MIN_SPAN - 1e-9);
          expect(v.t0).toBeGreaterThanOrEqual(-timePad(1000) - 1e-9);
          expect(v.t1).toBeLessThanOrEqual(1000 + timePad(1000) + 1e-9);
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

describe('ticks', () => {
  it('uses round steps at least 90 px apart', () => {
    const { step, times } = ticks(view);
    expect(step).toBe(10);
    expect(times[0]).toBe(0);
    expect(times.at(-1)).toBe(100);
    expect(ticks({ ...view, t0: 0, t1: 3 }).step).toBe(0.5);
  });
});
