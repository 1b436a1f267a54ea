// Property tests of the explorer over random scenarios without timeouts or faults (the kernel's
// generators): the timed run is one of the orders, so its outcome kind is among the reachable
// ones; every reported run is a sound trace that plays to its outcome; the reduction changes
// neither the kinds nor a shortest count; the same input gives the same output.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scenarioSpec } from '../engine/arbitraries';
import { traceViolations } from '../engine/invariants';
import { build } from '../engine/testkit';
import type { Trace } from '../engine/trace';
import { createPlayback } from '../playback';
import { runInProcess } from '../runtime/inprocess';
import { explore, type ExploreResult } from '.';

const BUDGET = { states: 6_000 };
const runs = { numRuns: 80, seed: 8_8_2026 };

const table = (r: ExploreResult) => Object.fromEntries(r.outcomes.map((o) => [o.kind, o.shortest]));

/** The messages a run delivered or lost, and whether each pair kept its order. */
function deliveries(run: Trace): { count: number; fifo: boolean } {
  const sent = new Map<number, string>();
  const order = new Map<string, number[]>();
  let count = 0;
  let fifo = true;
  for (const e of run.events) {
    if (e.type === 'msg.send') {
      const pair = `${e.from}→${e.to}`;
      sent.set(e.id, pair);
      order.set(pair, [...(order.get(pair) ?? []), e.id]);
    } else if (e.type === 'msg.deliver' || e.type === 'msg.lost') {
      count++;
      const queue = order.get(sent.get(e.id) ?? '') ?? [];
      fifo &&= queue[0] === e.id;
      queue.shift();
    }
  }
  return { count, fifo };
}

describe('every order, over random scenarios', () => {
  it("the timed run's outcome is among the reachable kinds", () => {
    let compared = 0;
    fc.assert(
      fc.property(scenarioSpec, (spec) => {
        const { scenario } = build(spec);
        const timed = runInProcess(scenario, { maxEvents: 5000, maxTime: 2000 });
        fc.pre(timed.outcome.kind !== 'limit');
        const result = explore(scenario, BUDGET);
        fc.pre(result.complete);
        compared++;
        expect(result.outcomes.map((o) => o.kind)).toContain(timed.outcome.kind);
      }),
      runs,
    );
    expect(compared).toBeGreaterThan(20);
  });

  it('every reported run is a sound trace whose deliveries are its shortest count, and plays to its end', () => {
    fc.assert(
      fc.property(scenarioSpec, (spec) => {
        const result = explore(build(spec).scenario, BUDGET);
        for (const o of result.outcomes) {
          expect(traceViolations(o.run)).toEqual([]);
          expect(o.run.outcome.kind).toBe(o.kind);
          const { count, fifo } = deliveries(o.run);
          expect(count).toBe(o.shortest);
          expect(fifo).toBe(true);
          const playback = createPlayback(o.run);
          for (let k = 0; k <= playback.eventCount; k += Math.max(1, playback.eventCount >> 3))
            playback.stateAt(k);
          const end = playback.stateAt(playback.eventCount);
          expect(end.position.t).toBe(o.shortest);
          expect(end.outcome?.kind).toBe(o.kind);
        }
      }),
      runs,
    );
  });

  it('the reduction keeps the reachable kinds and every shortest count', () => {
    let compared = 0;
    fc.assert(
      fc.property(scenarioSpec, (spec) => {
        const { scenario } = build(spec);
        const on = explore(scenario, BUDGET);
        const off = explore(scenario, { ...BUDGET, reduce: false });
        fc.pre(on.complete && off.complete);
        compared++;
        expect(table(on)).toEqual(table(off));
        expect(on.states).toBeLessThanOrEqual(off.states);
      }),
      runs,
    );
    expect(compared).toBeGreaterThan(20);
  });

  it('with one loss too', () => {
    fc.assert(
      fc.property(scenarioSpec, (spec) => {
        const { scenario } = build(spec);
        const on = explore(scenario, { ...BUDGET, lose: 1 });
        const off = explore(scenario, { ...BUDGET, lose: 1, reduce: false });
        fc.pre(on.complete && off.complete);
        expect(table(on)).toEqual(table(off));
      }),
      { numRuns: 60, seed: 42 },
    );
  });

  it('the same scenario and options give the same output', () => {
    fc.assert(
      fc.property(scenarioSpec, (spec) => {
        const a = JSON.stringify(explore(build(spec).scenario, { states: 5000 }));
        const b = JSON.stringify(explore(build(spec).scenario, { states: 5000 }));
        expect(a).toBe(b);
      }),
      { numRuns: 40 },
    );
  });
});
