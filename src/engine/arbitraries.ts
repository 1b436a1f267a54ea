// Random scenarios for the kernel's property tests: chaotic ones, cooperative ones (every
// interaction written on both sides), and ones full of same-instant ties.

import fc from 'fast-check';
import { S, group, proc, type ScenarioSpec, type StmtSpec } from './testkit';

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

export const chaoticSpec: fc.Arbitrary<ScenarioSpec> = fc
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
export const cooperativeSpec: fc.Arbitrary<ScenarioSpec> = fc
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

export const scenarioSpec = fc.oneof(chaoticSpec, cooperativeSpec);

/**
 * Scenarios full of ties: a group meets at a barrier (the last to arrive runs first) and then
 * publishes to and consumes from a small queue in the same instant, with a few single processes.
 */
export const tiedSpec: fc.Arbitrary<ScenarioSpec> = fc
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
