import { describe, expect, it } from 'vitest';
import {
  MAX_BINS,
  csvField,
  seedSummary,
  sweepTable,
  toCsv,
  type PointMetrics,
  type SweepRow,
} from './index';

const metrics = (over: Partial<PointMetrics>): PointMetrics => ({
  outcome: 'completed',
  finish: 10,
  blockedTotal: 0,
  blocked: [],
  barrierWait: 0,
  sent: 0,
  ...over,
});
const row = (value: number, over: Partial<PointMetrics>): SweepRow => ({ value, ...metrics(over) });

describe('sweepTable and toCsv', () => {
  it('joins points and metrics in point order, with every process that ran in some point', () => {
    const table = sweepTable(
      [{ value: 1 }, { value: 2 }],
      [
        metrics({ blocked: [{ process: 'W[1]', ticks: 3 }] }),
        metrics({
          blocked: [
            { process: 'W[1]', ticks: 4 },
            { process: 'W[2]', ticks: 5 },
          ],
        }),
      ],
      'W',
    );
    expect(table.processes).toEqual(['W[1]', 'W[2]']);
    expect(table.rows.map((r) => r.value)).toEqual([1, 2]);
    expect(() => sweepTable([{ value: 1 }], [])).toThrow(RangeError);
  });

  it('writes RFC 4180 CSV: CRLF, a header, fields with commas, quotes or breaks quoted', () => {
    const table = sweepTable(
      [{ value: 2 }, { value: 4 }],
      [
        metrics({
          outcome: 'deadlock',
          finish: 7,
          blockedTotal: 9,
          barrierWait: 3,
          sent: 2,
          blocked: [{ process: 'A,"x"', ticks: 9 }],
        }),
        metrics({ finish: 8, blocked: [{ process: 'B', ticks: 0 }] }),
      ],
      'size',
    );
    expect(toCsv(table)).toBe(
      'size,outcome,finish,blocked,barrier wait,sent,"blocked A,""x""",blocked B\r\n' +
        '2,deadlock,7,9,3,2,9,\r\n' +
        '4,completed,8,0,0,0,,0\r\n',
    );
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField(' lead')).toBe('" lead"');
    expect(csvField('plain')).toBe('plain');
    expect(csvField('그룹 W')).toBe('그룹 W');
  });
});

describe('seedSummary', () => {
  it('counts every outcome kind in a fixed order', () => {
    const s = seedSummary([row(1, {}), row(2, { outcome: 'deadlock' }), row(3, { outcome: 'deadlock' })]);
    expect(s.total).toBe(3);
    expect(s.outcomes).toEqual([
      { kind: 'completed', count: 1 },
      { kind: 'idle', count: 0 },
      { kind: 'deadlock', count: 2 },
      { kind: 'limit', count: 0 },
      { kind: 'error', count: 0 },
    ]);
  });

  it('bins finish times one tick wide when they span few ticks', () => {
    const s = seedSummary([
      row(1, { finish: 5 }),
      row(2, { finish: 7 }),
      row(3, { finish: 7, outcome: 'deadlock' }),
    ]);
    expect(s.bins).toEqual([
      { from: 5, to: 5, count: 1, byOutcome: { completed: 1 } },
      { from: 6, to: 6, count: 0, byOutcome: {} },
      { from: 7, to: 7, count: 2, byOutcome: { completed: 1, deadlock: 1 } },
    ]);
  });

  it(`uses at most ${MAX_BINS} bins of one whole width, the same for the same rows in any order`, () => {
    const rows = Array.from({ length: 200 }, (_, k) => row(k, { finish: 100 + ((k * 37) % 101) }));
    const s = seedSummary(rows);
    expect(s.bins.length).toBeLessThanOrEqual(MAX_BINS);
    const width = s.bins[0]!.to - s.bins[0]!.from + 1;
    expect(width).toBe(Math.ceil(101 / MAX_BINS));
    for (const [k, b] of s.bins.entries()) expect(b.from).toBe(100 + k * width);
    expect(s.bins.reduce((n, b) => n + b.count, 0)).toBe(200);
    expect(seedSummary([...rows].reverse())).toEqual(s);
    expect(seedSummary([])).toMatchObject({ total: 0, bins: [] });
  });
});
