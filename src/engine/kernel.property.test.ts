// Property tests over randomly generated valid scenarios: determinism, independence from batch
// sizes, and the structural invariants of every trace (invariants.ts).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check } from '../lang';
import { createInterpreter } from '../runtime/interpreter';
import { runInProcess } from '../runtime/inprocess';
import { createKernel } from './kernel';
import { createRng, drawUpTo } from './prng';
import { traceViolations } from './invariants';
import { S, build, group, proc, type ScenarioSpec, type StmtSpec } from './testkit';
import type { Trace } from './trace';

const LIMITS = { maxEvents: 3000, maxTime: 500 };

function statement(targets: string[], conds: string[], depth: number): fc.Arbitrary<StmtSpec> {
  const target = fc.constantFrom(...targets);
  const payload = fc.option(fc.constantFrom('a', 'b'), { nil: undefined });
  const leaf = fc.oneof(
    { arbitrary: fc.integer({ min: 0, max: 3 }).map((d) => S.compute(d)), weight: 3 },
    { arbitrary: fc.tuple(target, payload).map(([t, p]) => S.send(t, p)), weight: 4 },
    { arbitrary: target.map((t) => S.ssend(t)), weight: 1 },
    { arbitrary: target.map((t) => S.call(t)), weight: 1 },
    { arbitrary: fc.option(target, { nil: undefined }).map((t) => S.recv(t)), weight: 4 },
    { arbitrary: fc.constant(S.reply('r')), weight: 1 },
    { arbitrary: fc.constantFrom('Q0', 'Q1').map((q) => S.publish(q, 'm')), weight: 2 },
    { arbitrary: fc.constantFrom('Q0', 'Q1').map((q) => S.consume(q)), weight: 2 },
    { arbitrary: fc.constantFrom('B0', 'B1').map((b) => S.barrier(b)), weight: 2 },
    { arbitrary: fc.constant(S.note('n')), weight: 1 },
  );
  if (depth === 0) return leaf;
  const body = fc.array(statement(targets, conds, depth - 1), { minLength: 0, maxLength: 3 });
  return fc.oneof(
    { arbitrary: leaf, weight: 8 },
    { arbitrary: fc.tuple(fc.integer({ min: 0, max: 3 }), body).map(([n, b]) => S.repeat(n, b)), weight: 2 },
    {
      arbitrary: fc
        .tuple(fc.constantFrom(...conds), body, fc.option(body, { nil: null }))
        .map(([c, b, e]) => S.if(c, b, e)),
      weight: 1,
    },
    { arbitrary: body.map((b) => S.loop(b)), weight: 1 },
  );
}

const chaoticSpec: fc.Arbitrary<ScenarioSpec> = fc
  .record({
    singles: fc.integer({ min: 1, max: 3 }),
    members: fc.integer({ min: 0, max: 3 }),
    latency: fc.integer({ min: 0, max: 3 }),
    jitter: fc.constantFrom(0, 0, 1, 3),
    seed: fc.integer({ min: 1, max: 1000 }),
    capacity: fc.constantFrom(null, 1, 2),
    parties: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
  })
  .chain((shape) => {
    const singles = Array.from({ length: shape.singles }, (_, k) => `P${k}`);
    const members = Array.from({ length: shape.members }, (_, k) => `G[${k + 1}]`);
    const names = [...singles, ...members];
    const singleBody = fc.array(statement(names, ['1 < 2', '2 == 3'], 2), { maxLength: 6 });
    const groupBody = fc.array(
      statement([...names, ...(members.length ? ['G[i % n + 1]'] : [])], ['i == 1', 'i % 2 == 0'], 2),
      {
        maxLength: 6,
      },
    );
    const endpoint = fc.constantFrom(...singles, ...(members.length ? ['G', 'G[1]'] : []), 'Q0');
    return fc
      .record({
        bodies: fc.array(singleBody, { minLength: shape.singles, maxLength: shape.singles }),
        groupBody,
        links: fc.array(fc.tuple(endpoint, endpoint, fc.integer({ min: 0, max: 4 })), { maxLength: 2 }),
      })
      .map(({ bodies, groupBody: gb, links }): ScenarioSpec => ({
        latency: shape.latency,
        jitter: shape.jitter,
        seed: shape.seed,
        links: links.filter(([a, b]) => a !== b),
        queues: [['Q0', shape.capacity]],
        barriers: shape.parties === undefined ? [['B0']] : [['B0', shape.parties]],
        processes: [
          ...singles.map((name, k) => proc(name, bodies[k] ?? [])),
          ...(shape.members > 0 ? [group('G', 1, shape.members, gb)] : []),
        ],
      }));
  });

type Interaction = {
  kind: 'send' | 'ssend' | 'call' | 'queue' | 'barrier' | 'compute' | 'ask';
  a: number;
  b: number;
  d: number;
};

/** Scenarios whose processes mostly cooperate: every interaction is appended to both sides in one global order. */
const cooperativeSpec: fc.Arbitrary<ScenarioSpec> = fc
  .record({
    procs: fc.integer({ min: 2, max: 5 }),
    latency: fc.integer({ min: 0, max: 3 }),
    jitter: fc.constantFrom(0, 1, 4),
    seed: fc.integer({ min: 1, max: 1000 }),
    capacity: fc.constantFrom(null, 1, 2),
    rounds: fc.integer({ min: 1, max: 3 }),
    server: fc.boolean(),
    steps: fc.array(
      fc.record({
        kind: fc.constantFrom('send', 'ssend', 'call', 'queue', 'barrier', 'compute', 'ask'),
        a: fc.nat(),
        b: fc.nat(),
        d: fc.integer({ min: 0, max: 3 }),
      }),
      { minLength: 1, maxLength: 12 },
    ),
  })
  .map((shape): ScenarioSpec => {
    const names = Array.from({ length: shape.procs }, (_, k) => `P${k}`);
    const bodies: StmtSpec[][] = names.map(() => []);
    for (const step of shape.steps as Interaction[]) {
      const a = step.a % shape.procs;
      let b = step.b % shape.procs;
      if (b === a) b = (a + 1) % shape.procs;
      const [A, B] = [bodies[a]!, bodies[b]!];
      switch (step.kind) {
        case 'send':
          A.push(S.send(names[b]!, 'x'));
          B.push(step.d % 2 === 0 ? S.recv(names[a]) : S.recv());
          break;
        case 'ssend':
          A.push(S.ssend(names[b]!));
          B.push(S.recv(names[a]));
          break;
        case 'call':
          A.push(S.call(names[b]!, 'q'));
          B.push(S.recv(names[a]), S.compute(step.d), S.reply('r'));
          break;
        case 'queue':
          A.push(S.publish('Q0', 'job'));
          B.push(S.consume('Q0'));
          break;
        case 'barrier':
          bodies.forEach((body) => body.push(S.barrier('B1')));
          break;
        case 'compute':
          A.push(S.compute(step.d));
          break;
        case 'ask':
          if (shape.server) A.push(S.call('Server', 'ask'));
          break;
      }
    }
    return {
      latency: shape.latency,
      jitter: shape.jitter,
      seed: shape.seed,
      queues: [['Q0', shape.capacity]],
      processes: [
        ...names.map((name, k) => proc(name, [S.repeat(shape.rounds, bodies[k]!)])),
        ...(shape.server ? [proc('Server', [S.loop([S.recv(), S.compute(1), S.reply('answer')])])] : []),
      ],
    };
  });

const scenarioSpec = fc.oneof(chaoticSpec, cooperativeSpec);

/**
 * Scenarios full of ties: a group meets at a barrier (the last to arrive runs first) and then
 * publishes to and consumes from a small queue in the same instant, with a few single processes.
 */
const tiedSpec: fc.Arbitrary<ScenarioSpec> = fc
  .record({
    members: fc.integer({ min: 2, max: 5 }),
    latency: fc.integer({ min: 0, max: 2 }),
    capacity: fc.constantFrom(null, 1, 2),
    rounds: fc.integer({ min: 1, max: 3 }),
    body: fc.array(
      fc.constantFrom(
        S.publish('Q0', 'j'),
        S.consume('Q0'),
        S.barrier('B0'),
        S.compute(1),
        S.recv(),
        S.send('P0'),
      ),
      { minLength: 1, maxLength: 5 },
    ),
    other: fc.array(fc.constantFrom(S.publish('Q0', 'k'), S.consume('Q0'), S.compute(1), S.send('G[1]')), {
      maxLength: 6,
    }),
  })
  .map((shape): ScenarioSpec => ({
    latency: shape.latency,
    queues: [['Q0', shape.capacity]],
    processes: [
      group('G', 1, shape.members, [S.repeat(shape.rounds, [S.barrier('B0'), ...shape.body])]),
      proc('P0', [S.repeat(shape.rounds, shape.other)]),
    ],
  }));

/** Runs a scenario through the kernel, feeding each process `sizes[k % sizes.length]` operations at a time. */
function runWithBatches(spec: ScenarioSpec, sizes: number[]): Trace {
  const { scenario } = build(spec);
  const kernel = createKernel(scenario, LIMITS);
  const interpreters = scenario.instances.map((_, k) => createInterpreter(scenario, k));
  for (let call = 0; ; call++) {
    const step = kernel.run();
    if (step.status === 'done') return step.trace;
    kernel.feed(step.process, interpreters[step.process]!.next(sizes[call % sizes.length]!));
  }
}

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
          const reference = json(runWithBatches(spec, [10_000]));
          expect(json(runWithBatches(spec, [1]))).toBe(reference);
          expect(json(runWithBatches(spec, sizes))).toBe(reference);
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
