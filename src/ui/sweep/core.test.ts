import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { check } from '../../lang';
import { findKnob } from '../../sweep/knobs';
import { sweepPoints } from '../../sweep/points';
import { inProcessRunner } from '../../sweep/inprocess';
import type { RunOne } from '../../sweep/runner';
import { rowsCsv, rowsOfSweep } from './core';
import type { PointRow } from './rows';

const barrier = readFileSync(new URL('../../scenarios/barrier.rdv', import.meta.url), 'utf8');
const points = sweepPoints(barrier, findKnob(check(barrier).scenario, 'Worker'), {
  from: 2,
  to: 12,
  step: 2,
});

describe('rowsOfSweep', () => {
  it('keeps each point’s text with its row, in value order, whatever order the runs end in', async () => {
    const seen: PointRow[] = [];
    const run = inProcessRunner();
    // Later points answer first.
    const slowFirst: RunOne = (text, signal) =>
      new Promise((resolve) => setTimeout(() => resolve(run(text, signal)), 40 - text.length / 100));
    const rows = await rowsOfSweep(points, slowFirst, {
      concurrency: 3,
      signal: new AbortController().signal,
      onRow: (r) => seen.push(r),
    });
    expect(rows.map((r) => r.value)).toEqual([2, 4, 6, 8, 10, 12]);
    expect(rows.map((r) => r.text)).toEqual(points.map((p) => p.text));
    expect(rows.map((r) => r.finish)).toEqual([5, 10, 13, 17, 21, 25]);
    expect(seen).toHaveLength(6);
    for (const r of seen) expect(r.text).toBe(points.find((p) => p.value === r.value)!.text);
  });

  it('gives the same table for the same points, and its CSV names the knob', async () => {
    const opts = () => ({ concurrency: 2, signal: new AbortController().signal, onRow: () => undefined });
    const a = await rowsOfSweep(points, inProcessRunner(), opts());
    const b = await rowsOfSweep(points, inProcessRunner(), opts());
    expect(rowsCsv(a, 'Size of group Worker')).toBe(rowsCsv(b, 'Size of group Worker'));
    expect(rowsCsv(a, 'Size of group Worker').split('\r\n')[1]).toMatch(/^2,completed,5,/);
  });

  it('stops on cancel: no run starts after it, and the runs under way are told', async () => {
    const controller = new AbortController();
    const started: string[] = [];
    const told: boolean[] = [];
    const hang: RunOne = (text, signal) => {
      started.push(text);
      return new Promise((_, reject) =>
        signal.addEventListener('abort', () => {
          told.push(true);
          reject(signal.reason);
        }),
      );
    };
    const done = rowsOfSweep(points, hang, {
      concurrency: 2,
      signal: controller.signal,
      onRow: () => undefined,
    });
    controller.abort();
    await expect(done).rejects.toThrow();
    expect(started).toHaveLength(2);
    expect(told).toHaveLength(2);
  });
});
