import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bigModel, smallModel } from './testModels';
import { buildIntervalIndex, indexModel, query } from './windowIndex';

const interval = fc.tuple(fc.integer({ min: -50, max: 500 }), fc.integer({ min: 0, max: 120 }));

describe('the visible-window index', () => {
  it('returns exactly the intervals intersecting a window', () => {
    fc.assert(
      fc.property(
        fc.array(interval, { maxLength: 300 }),
        fc.array(fc.tuple(fc.integer({ min: -100, max: 700 }), fc.integer({ min: 0, max: 200 })), {
          minLength: 1,
          maxLength: 10,
        }),
        (items, windows) => {
          const ix = buildIntervalIndex(
            items.length,
            (i) => items[i]![0],
            (i) => items[i]![0] + items[i]![1],
          );
          for (const [t0, span] of windows) {
            const t1 = t0 + span;
            const expected = items.flatMap(([s, len], i) => (s <= t1 && s + len >= t0 ? [i] : []));
            expect(query(ix, t0, t1).sort((a, b) => a - b)).toEqual(expected);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('hands them out in order of start time', () => {
    fc.assert(
      fc.property(fc.array(interval, { maxLength: 200 }), (items) => {
        const ix = buildIntervalIndex(
          items.length,
          (i) => items[i]![0],
          (i) => items[i]![0] + items[i]![1],
        );
        const starts = query(ix, -Infinity, Infinity).map((i) => items[i]![0]);
        expect(starts).toEqual([...starts].sort((a, b) => a - b));
        expect(starts).toHaveLength(items.length);
      }),
    );
  });

  it('treats an arrow delivered before it was sent as its span either way', () => {
    const ix = buildIntervalIndex(
      1,
      () => 10,
      () => 4,
    );
    expect(query(ix, 5, 6)).toEqual([0]);
  });

  it('indexes every kind of element, open barrier generations to the end of the run', () => {
    const model = smallModel();
    const ix = indexModel(model);
    expect(query(ix.arrows, 9, 12)).toEqual([1]);
    expect(query(ix.waits, 16, 16)).toEqual([]);
    expect(query(ix.waits, 19, 30)).toEqual([3]);
    expect(query(ix.bands, 19, 19)).toEqual([1]);
    expect(query(ix.bars, 2.1, 2.1)).toEqual([0, 2]);
  });

  it('agrees with a brute-force filter on a large generated model', () => {
    const model = bigModel(20_000);
    const ix = indexModel(model);
    for (const [t0, t1] of [
      [0, 10],
      [300, 320.5],
      [model.end - 5, model.end + 5],
    ] as const) {
      const expected = model.arrows.flatMap((a, i) =>
        Math.min(a.sentAt, a.deliverAt) <= t1 && Math.max(a.sentAt, a.deliverAt) >= t0 ? [i] : [],
      );
      expect(query(ix.arrows, t0, t1).sort((a, b) => a - b)).toEqual(expected);
    }
  });
});
