// The built-ins made for sweeps draw the curves their descriptions promise.
import { describe, expect, it } from 'vitest';
import { check } from '../lang';
import { builtin } from '../scenarios/all';
import { findKnob, inProcessRunner, parseRange, runSweep, sweepPoints, type SweepRow } from './index';

async function sweep(id: string, knob: string, range: string): Promise<SweepRow[]> {
  const source = builtin(id)!.source;
  const points = sweepPoints(source, findKnob(check(source).scenario, knob), parseRange(range));
  return runSweep(points, inProcessRunner(), { concurrency: 4 });
}

describe('built-ins that need a curve', () => {
  it('barrier-cost: the total barrier wait grows with the workers, and the finish time with it', async () => {
    const rows = await sweep('barrier-cost', 'Worker', '2..32');
    const wait = (from: number, to: number) =>
      rows.filter((r) => r.value >= from && r.value <= to).reduce((s, r) => s + r.barrierWait, 0);
    // One seed is noisy point by point; by quarters of the range the rise is plain.
    expect(wait(2, 9)).toBeLessThan(wait(10, 17));
    expect(wait(10, 17)).toBeLessThan(wait(18, 25));
    expect(wait(18, 25)).toBeLessThan(wait(26, 32));
    const finish = (from: number, to: number) =>
      rows.filter((r) => r.value >= from && r.value <= to).reduce((s, r) => s + r.finish, 0) /
      (to - from + 1);
    expect(finish(2, 9)).toBeLessThan(finish(25, 32));
    expect(rows.every((r) => r.outcome === 'idle')).toBe(true);
  });

  it('bcast-linear-grow grows 2 ticks a rank; bcast-tree-grow with the depth of its tree', async () => {
    const linear = await sweep('bcast-linear-grow', 'P', '2..32');
    const tree = await sweep('bcast-tree-grow', 'P', '2..32');
    for (const r of linear) expect(r.finish, `p=${r.value}`).toBe(2 * r.value + 1);
    for (const r of tree) {
      expect(r.outcome).toBe('completed');
      // Depth d = ⌊log₂ p⌋ levels below the root, each at most 2 sends of 2 ticks and 1 on the wire.
      expect(r.finish, `p=${r.value}`).toBeLessThanOrEqual(5 * Math.floor(Math.log2(r.value)) + 1);
    }
    for (const [k, r] of tree.entries()) expect(r.finish).toBeLessThanOrEqual(linear[k]!.finish);
    expect(tree.at(-1)!.finish).toBeLessThan(linear.at(-1)!.finish / 3);
  });

  it('pipe-capacity: each slot frees the writer sooner until it is never blocked; the reader sets the end', async () => {
    const rows = await sweep('pipe-capacity', 'pipe', '1..10');
    const writer = rows.map((r) => r.blocked.find((b) => b.process === 'Writer')!.ticks);
    for (let k = 1; k < writer.length; k++) expect(writer[k]!).toBeLessThanOrEqual(writer[k - 1]!);
    expect(writer[0]).toBeGreaterThan(writer.at(-1)!);
    expect(writer.at(-1)).toBe(0);
    const ends = new Set(rows.slice(1).map((r) => r.finish));
    expect(ends.size).toBe(1);
    expect(rows[0]!.finish).toBeGreaterThan([...ends][0]!);
  });
});
