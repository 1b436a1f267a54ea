// Property tests of failures and timeouts (SPEC §6) over random scenarios with random fault lines
// and timeouts: the invariants hold (lost messages are never received, a crashed process does
// nothing until its restart), the trace does not depend on how a host batches, and fault lines
// that never fire change nothing but the outcome's `crashed` list.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check } from '../lang';
import { runInProcess } from '../runtime/inprocess';
import type { Scenario } from '../lang/ast';
import { scenarioSpec, tiedSpec } from './arbitraries';
import { traceViolations } from './invariants';
import { build, runWithBatches, type ScenarioSpec } from './testkit';

const LIMITS = { maxEvents: 3000, maxTime: 500 };

/** The endpoints a fault line may name in a generated scenario. */
function endpoints(source: string): string[] {
  const names = [...source.matchAll(/^process (\w+)(\[(\d+)\.\.(\d+)\])?/gm)].flatMap((m) => {
    if (m[2] === undefined) return [m[1] as string];
    return [m[1] as string, `${m[1]}[${m[3]}]`];
  });
  return [...names, 'Q0'];
}

const faultLine = (names: string[]): fc.Arbitrary<string> => {
  const procs = names.filter((n) => n !== 'Q0');
  const t = fc.integer({ min: 0, max: 12 });
  return fc.oneof(
    fc.tuple(fc.constantFrom(...procs), t).map(([p, at]) => `crash ${p} at ${at}`),
    fc
      .tuple(fc.constantFrom(...procs), t, fc.integer({ min: 1, max: 6 }))
      .map(([p, at, after]) => `crash ${p} at ${at}\nrestart ${p} at ${at + after}`),
    fc
      .tuple(
        fc.constantFrom(...names),
        fc.constantFrom(...names),
        fc.nat(2),
        t,
        fc.integer({ min: 1, max: 3 }),
      )
      .map(([a, b, skip, from, count]) => `lose ${a} ${b} count ${count} from ${from} skip ${skip}`),
    fc
      .tuple(fc.constantFrom(...names), fc.constantFrom(...names), fc.integer({ min: 1, max: 4 }), t)
      .map(([a, b, by, from]) => `delay ${a} ${b} by ${by} from ${from}`),
    fc
      .tuple(fc.constantFrom(...names), fc.constantFrom(...names), t, fc.integer({ min: 1, max: 5 }))
      .map(([a, b, from, width]) => `cut ${a} ${b} from ${from} to ${from + width}`),
  );
};

/** A generated scenario with fault lines, some blocking statements given a timeout and a `timedout` test after them. */
const faultySource: fc.Arbitrary<string> = fc
  .tuple(fc.oneof(scenarioSpec, tiedSpec), fc.infiniteStream(fc.integer({ min: 0, max: 4 })))
  .chain(([spec, dice]) => {
    const base = build(spec).source;
    const withTimeouts = base
      .split('\n')
      .flatMap((line) => {
        const m = /^(\s+)(recv|ssend|call|consume|barrier)\b/.exec(line);
        const roll = dice.next().value as number;
        if (!m || roll === 0) return [line];
        const pad = m[1] as string;
        const test = roll % 2 === 0 ? 'timedout' : 'not timedout';
        return [`${line} timeout ${roll}`, `${pad}if ${test}`, `${pad}  note "t"`, `${pad}end`];
      })
      .join('\n');
    return fc
      .array(faultLine(endpoints(base)), { maxLength: 4 })
      .map((faults) => `${faults.join('\n')}\n${withTimeouts}`);
  });

function checked(source: string): Scenario {
  const result = check(source);
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return result.scenario;
}

describe('properties of failures and timeouts', () => {
  it('every trace satisfies the invariants; lost messages are never received', () => {
    fc.assert(
      fc.property(faultySource, (source) => {
        const scenario = checked(source);
        const trace = runInProcess(scenario, LIMITS);
        expect(traceViolations(trace)).toEqual([]);
        const lost = new Set(trace.events.flatMap((e) => (e.type === 'msg.lost' ? [e.id] : [])));
        expect(trace.events.filter((e) => e.type === 'msg.recv' && lost.has(e.id))).toEqual([]);
        expect(trace.outcome.crashed !== undefined).toBe(scenario.failures);
      }),
      { numRuns: 400 },
    );
  });

  it('the trace does not depend on batch sizes, with branches and restarts', () => {
    fc.assert(
      fc.property(
        faultySource,
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 4 }),
        (source, sizes) => {
          const scenario = checked(source);
          const reference = JSON.stringify(runInProcess(scenario, LIMITS));
          expect(JSON.stringify(runWithBatches(scenario, [1], LIMITS))).toBe(reference);
          expect(JSON.stringify(runWithBatches(scenario, sizes, LIMITS))).toBe(reference);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('fault lines that never fire change nothing but the outcome’s crashed list', () => {
    fc.assert(
      fc.property(fc.oneof(scenarioSpec, tiedSpec), (spec: ScenarioSpec) => {
        const { source } = build(spec);
        const names = endpoints(source);
        const late = LIMITS.maxTime + 10;
        const faults = [
          `lose ${names[0]} ${names[names.length - 1]} from ${late}`,
          `crash ${names[0]} at ${late}`,
        ];
        const plain = runInProcess(checked(source), LIMITS);
        // Written after the processes, so that every line number stays the same.
        const faulty = runInProcess(checked(`${source}${faults.join('\n')}\n`), LIMITS);
        expect(plain.outcome.crashed).toBeUndefined();
        const { crashed, ...rest } = faulty.outcome;
        expect(crashed).toEqual([]);
        const same = {
          ...faulty,
          outcome: rest,
          events: faulty.events.map((e) => (e.type === 'run.end' ? { ...e, outcome: rest } : e)),
        };
        // A crash line past the time limit still ends the run at the limit, as any pending event would.
        if (plain.outcome.kind !== 'limit' && faulty.outcome.kind === 'limit') return;
        expect(same).toEqual(plain);
      }),
      { numRuns: 300 },
    );
  });
});
