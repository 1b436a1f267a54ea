import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, print } from '../lang';
import { applyKnob } from '../lang/knobs';
import { scenarioArb } from '../lang/test/arbitraries';
import { findKnob, inProcessRunner, parseRange, runSweep, sweepPoints } from './index';

describe('sweep properties', () => {
  it('sweeping the seed of a scenario without jitter gives identical rows', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, fc.integer({ min: 0, max: 1000 }), async (s, first) => {
        const printed = print(s);
        const source = applyKnob(printed, check(printed).scenario, { kind: 'jitter', value: 0 });
        const checked = check(source);
        fc.pre(checked.ok);
        const points = sweepPoints(
          source,
          findKnob(checked.scenario, 'seed'),
          parseRange(`${first}..${first + 3}`),
        );
        const rows = await runSweep(points, inProcessRunner({ maxEvents: 2000 }), { concurrency: 2 });
        expect(rows.map((r) => r.value)).toEqual([first, first + 1, first + 2, first + 3]);
        for (const r of rows) expect({ ...r, value: 0 }).toEqual({ ...rows[0]!, value: 0 });
      }),
      { numRuns: 60 },
    );
  });
});
