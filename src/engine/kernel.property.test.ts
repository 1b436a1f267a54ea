// Property tests over randomly generated valid scenarios: determinism, independence from batch
// sizes, and the structural invariants of every trace (invariants.ts).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check } from '../lang';
import { runInProcess } from '../runtime/inprocess';
import { createRng, drawUpTo } from './prng';
import { traceViolations } from './invariants';
import { scenarioSpec, tiedSpec } from './arbitraries';
import { build, runWithBatches } from './testkit';
import type { Trace } from './trace';

const LIMITS = { maxEvents: 3000, maxTime: 500 };

const json = (t: Trace) => JSON.stringify(t);
const runs = { numRuns: 300 };

describe('properties of generated scenarios', () => {
  it('same input, same trace, byte for byte', () => {
    fc.assert(
      fc.property(scenarioSpec, (spec) => {
        expect(json(runInProcess(build(spec).scenario, LIMITS))).toBe(
          json(runInProcess(build(spec).scenario, LIMITS)),
        );
      }),
      runs,
    );
  });

  it('the trace does not depend on batch sizes (1 op at a time vs 10,000 vs random)', () => {
    fc.assert(
      fc.property(
        scenarioSpec,
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 5 }),
        (spec, sizes) => {
          const reference = json(runWithBatches(build(spec).scenario, [10_000], LIMITS));
          expect(json(runWithBatches(build(spec).scenario, [1], LIMITS))).toBe(reference);
          expect(json(runWithBatches(build(spec).scenario, sizes, LIMITS))).toBe(reference);
        },
      ),
      runs,
    );
  });

  it('the trace does not depend on the order tied processes happen to sit in the kernel', () => {
    fc.assert(
      fc.property(fc.oneof(scenarioSpec, tiedSpec), fc.nat(), (spec, seed) => {
        const { scenario } = build(spec);
        const rng = createRng(seed);
        const scramble = (n: number) => drawUpTo(rng, n - 1);
        expect(json(runInProcess(scenario, { ...LIMITS, scramble }))).toBe(
          json(runInProcess(scenario, LIMITS)),
        );
      }),
      { numRuns: 400 },
    );
  });

  it('every trace satisfies the invariants (seq, time, starts, messages, FIFO, barriers, blocking)', () => {
    fc.assert(
      fc.property(fc.oneof(scenarioSpec, tiedSpec), (spec) => {
        expect(traceViolations(runInProcess(build(spec).scenario, LIMITS))).toEqual([]);
      }),
      { numRuns: 600 },
    );
  });

  it('the outcome agrees with the trace', () => {
    fc.assert(
      fc.property(scenarioSpec, (spec) => {
        const trace = runInProcess(build(spec).scenario, LIMITS);
        const { outcome, events } = trace;
        const done = new Set(events.flatMap((e) => (e.type === 'proc.done' ? [e.process] : [])));
        const blocked = new Set(outcome.blocked.map((b) => b.process));
        if (outcome.kind === 'completed') expect(done.size).toBe(trace.scenario.processes.length);
        if (outcome.kind === 'idle') {
          expect(blocked.size).toBeGreaterThan(0);
          expect(outcome.blocked.every((b) => b.reason === 'recv' || b.reason === 'consume')).toBe(true);
        }
        if (outcome.kind === 'deadlock') expect(blocked.size).toBeGreaterThan(0);
        if (outcome.kind === 'completed' || outcome.kind === 'idle' || outcome.kind === 'deadlock') {
          expect(done.size + blocked.size).toBe(trace.scenario.processes.length);
        }
        for (const name of outcome.cycle ?? []) expect(blocked.has(name)).toBe(true);
        expect(outcome.time).toBe(events[events.length - 2]?.t ?? 0);
        if (outcome.kind === 'limit' && outcome.limit === 'events')
          expect(events).toHaveLength(LIMITS.maxEvents + 1);
      }),
      runs,
    );
  });

  it('the parser’s Scenario for the same text gives the same trace', () => {
    fc.assert(
      fc.property(scenarioSpec, (spec) => {
        const { scenario, source } = build(spec);
        const checked = check(source);
        expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(json(runInProcess(checked.scenario, LIMITS))).toBe(json(runInProcess(scenario, LIMITS)));
      }),
      { numRuns: 200 },
    );
  });
});
