import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diagramSvg } from './exportSvg';
import { smallModel } from './testModels';
import { labelCenter, ticks, tickTimes } from './ticks';
import { fitView, makeView, zoomAt } from './view';

describe('tickTimes', () => {
  it('marks whole ticks from 0 only, however the window is placed', () => {
    expect(tickTimes(-1, 2, 800).times).toEqual([0, 1, 2]);
    expect(tickTimes(-0.02, 2, 468).times).toEqual([0, 1, 2]);
    expect(tickTimes(0.5, 2.5, 800).times).toEqual([1, 2]);
    expect(tickTimes(0.2, 0.7, 800).times).toEqual([]);
    expect(tickTimes(-5, -1, 800).times).toEqual([]);
  });

  it('uses round steps at least minPx apart', () => {
    expect(tickTimes(0, 100, 1000)).toEqual({
      step: 10,
      times: [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100],
    });
    expect(tickTimes(0, 17, 468).step).toBe(5);
    expect(tickTimes(0, 3, 1000).step).toBe(1);
    expect(tickTimes(0, 1e6, 1000).step).toBe(100_000);
    expect(tickTimes(0, 10, 0).times.length).toBeLessThanOrEqual(1000);
  });

  it('gives whole, non-negative, increasing times inside the window at any zoom', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e4, max: 1e6, noNaN: true }),
        fc.double({ min: 0.01, max: 1e6, noNaN: true }),
        fc.integer({ min: 1, max: 4000 }),
        (from, span, pixels) => {
          const to = from + span;
          const { step, times } = tickTimes(from, to, pixels);
          expect(Number.isInteger(step)).toBe(true);
          const pow = 10 ** Math.floor(Math.log10(step));
          const m = step / pow;
          expect([1, 2, 5]).toContain(m);
          // The next smaller round step would put ticks closer than 90 px.
          const smaller = m === 1 ? pow / 2 : m === 2 ? pow : 2 * pow;
          if (step > 1) expect(smaller * (pixels / span)).toBeLessThan(90 * (1 + 1e-9));
          for (const [k, t] of times.entries()) {
            expect(Number.isInteger(t)).toBe(true);
            expect(t).toBeGreaterThanOrEqual(Math.max(0, from));
            expect(t).toBeLessThanOrEqual(to);
            if (k > 0) expect(t - times[k - 1]!).toBe(step);
            if (k > 0) expect(step * (pixels / span)).toBeGreaterThanOrEqual(90 - 1e-6);
          }
        },
      ),
    );
  });

  it('follows the view, zoomed all the way in or out', () => {
    const v = fitView(makeView({ t0: 0, t1: 1, width: 600, height: 200 }), 16);
    expect(ticks(v).times).toEqual([0, 5, 10, 15]);
    const close = zoomAt(v, 1e9, 300, 16);
    expect(ticks(close).times.every((t) => Number.isInteger(t) && t >= 0)).toBe(true);
    expect(ticks(close).times.length).toBeGreaterThanOrEqual(1);
  });
});

describe('labelCenter', () => {
  const v = makeView({ t0: 0, t1: 16, width: 600, height: 200 });

  it('keeps a label under its tick when it fits', () => {
    expect(labelCenter(v, 300, 14)).toBe(300);
  });

  it('moves a label at either end of the plot inward until it is whole', () => {
    expect(labelCenter(v, 600, 14)).toBe(600 - 7 - 2);
    expect(labelCenter(v, v.left, 7)).toBe(v.left + 3.5 + 2);
  });
});

describe('the axis of an exported diagram', () => {
  /** The axis labels (the texts on the axis row) and where their boxes end. */
  function axisLabels(svg: string): { text: string; left: number; right: number }[] {
    return [...svg.matchAll(/<text x="([\d.-]+)" y="13"[^>]*text-anchor="middle"[^>]*>([^<]*)<\/text>/g)].map(
      (m) => {
        const x = Number(m[1]);
        const half = (m[2]!.length * 0.6 * 12) / 2;
        return { text: m[2]!, left: x - half, right: x + half };
      },
    );
  }

  it.each([16, 1, 9])('labels whole ticks from 0, every label whole (run ending at t=%s)', (end) => {
    const model = { ...smallModel(), end };
    const view = fitView(makeView({ t0: 0, t1: 1, width: 500, height: 200 }), end);
    const labels = axisLabels(diagramSvg(model, view, 'en'));
    expect(labels[0]?.text).toBe('0');
    for (const l of labels) {
      expect(l.text).toMatch(/^\d+$/);
      expect(l.left).toBeGreaterThanOrEqual(view.left);
      expect(l.right).toBeLessThanOrEqual(view.width);
    }
    if (end === 1) expect(labels.map((l) => l.text)).toEqual(['0', '1', '2']);
  });
});
