import { describe, expect, it } from 'vitest';
import { check } from '../lang';
import { runSource } from '../runtime/inprocess';
import {
  SweepAborted,
  findKnob,
  inProcessRunner,
  parseRange,
  pointMetrics,
  runSweep,
  sweepPoints,
  sweepTable,
  type PointMetrics,
  type SweepPoint,
} from './index';
import { GATE } from './fixtures';

const points = (n: number): SweepPoint[] =>
  Array.from({ length: n }, (_, k) => ({ value: k, text: `p${k}` }));
const fake = (finish: number): PointMetrics => ({
  outcome: 'completed',
  finish,
  blockedTotal: 0,
  blocked: [],
  barrierWait: 0,
  sent: 0,
});

/** A runOne whose every call waits until the test resolves it by text, counting calls. */
function controlled() {
  const pending = new Map<string, { resolve: (m: PointMetrics) => void; signal: AbortSignal }>();
  const started: string[] = [];
  const runOne = (text: string, signal: AbortSignal) =>
    new Promise<PointMetrics>((resolve) => {
      started.push(text);
      pending.set(text, { resolve, signal });
    });
  const finish = (text: string, at: number) => {
    pending.get(text)!.resolve(fake(at));
    pending.delete(text);
  };
  return { runOne, started, pending, finish };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('runSweep', () => {
  it('the same points give the same table, run one at a time or four at a time', async () => {
    const ps = sweepPoints(GATE, findKnob(check(GATE).scenario, 'W'), parseRange('1..8'));
    const one = await runSweep(ps, inProcessRunner(), { concurrency: 1 });
    const four = await runSweep(ps, inProcessRunner(), { concurrency: 4 });
    expect(four).toEqual(one);
    expect(sweepTable(ps, one, 'W')).toEqual(sweepTable(ps, four, 'W'));
    // The rows are the metrics of each point's own run.
    ps.forEach((p, k) => expect(one[k]).toEqual({ value: p.value, ...pointMetrics(runSource(p.text)) }));
    // The straggler W[n] computes 2n ticks, so the others wait longer as the group grows.
    const waits = one.map((r) => r.barrierWait);
    for (let k = 1; k < waits.length; k++) expect(waits[k]!).toBeGreaterThan(waits[k - 1]!);
  });

  it('keeps point order whatever order the runs finish in, and runs at most `concurrency` at once', async () => {
    const c = controlled();
    const progress: number[] = [];
    const done = runSweep(points(5), c.runOne, {
      concurrency: 2,
      onProgress: (p) => progress.push(p.index),
    });
    await tick();
    expect(c.started).toEqual(['p0', 'p1']);
    c.finish('p1', 11);
    await tick();
    expect(c.started).toEqual(['p0', 'p1', 'p2']);
    c.finish('p2', 12);
    await tick();
    c.finish('p3', 13);
    await tick();
    c.finish('p4', 14);
    await tick();
    expect(c.pending.size).toBe(1);
    c.finish('p0', 10);
    const rows = await done;
    expect(rows.map((r) => [r.value, r.finish])).toEqual([
      [0, 10],
      [1, 11],
      [2, 12],
      [3, 13],
      [4, 14],
    ]);
    expect(progress).toEqual([1, 2, 3, 4, 0]);
  });

  it('cancel stops every pending run: none starts after the signal, the running ones are told', async () => {
    const c = controlled();
    const cancel = new AbortController();
    const done = runSweep(points(100), c.runOne, { concurrency: 3, signal: cancel.signal });
    await tick();
    c.finish('p0', 1);
    await tick();
    expect(c.started).toHaveLength(4);
    cancel.abort();
    await expect(done).rejects.toBeInstanceOf(SweepAborted);
    await expect(done).rejects.toMatchObject({ name: 'AbortError' });
    // The three runs under way see their signal fire; finishing them starts nothing more.
    expect([...c.pending.values()].every((p) => p.signal.aborted)).toBe(true);
    for (const text of [...c.pending.keys()]) c.finish(text, 5);
    await tick();
    expect(c.started).toHaveLength(4);
  });

  it('never calls runOne when the signal has already fired', async () => {
    let calls = 0;
    const cancel = new AbortController();
    cancel.abort();
    const run = runSweep(points(3), () => (calls++, Promise.resolve(fake(1))), { signal: cancel.signal });
    await expect(run).rejects.toBeInstanceOf(SweepAborted);
    expect(calls).toBe(0);
  });

  it('rejects with the first error a run throws and starts nothing more', async () => {
    let calls = 0;
    const run = runSweep(
      points(10),
      (text) => {
        calls++;
        return text === 'p1' ? Promise.reject(new Error('worker died')) : Promise.resolve(fake(1));
      },
      { concurrency: 2 },
    );
    await expect(run).rejects.toThrow('worker died');
    await tick();
    expect(calls).toBeLessThanOrEqual(3);
  });

  it('resolves an empty sweep at once', async () => {
    expect(await runSweep([], () => Promise.reject(new Error('never')))).toEqual([]);
  });
});
