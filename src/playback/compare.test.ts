// The one-sentence comparison of two runs.

import { describe, expect, it } from 'vitest';
import { runSource } from '../runtime/inprocess';
import { compareOutcomes, compareRuns, firstDifference, sameUntil, totalBlocked } from './compare';
import type { Outcome } from '../engine/trace';
import { builtin } from '../scenarios/all';
import type { RunMetrics } from './diagramModel';
import { computeMetrics } from './metrics';

/** Metrics with the given makespan and, per process, the ticks spent blocked (in `recv`). */
function run(makespan: number, blockedTicks: number[]): RunMetrics {
  return {
    makespan,
    processes: blockedTicks.map((b, k) => ({
      name: `P${k}`,
      busy: 0,
      blocked: { recv: b, ssend: 0, call: 0, publish: 0, consume: 0, barrier: 0 },
      blockedTotal: b,
      idle: makespan - b,
      doneAt: null,
    })),
    messages: { message: 0, sync: 0, ack: 0, request: 0, reply: 0, publish: 0, dispatch: 0 },
    queues: [],
    barrierWaits: [],
  };
}

const names = { a: 'Both ways: RPC', b: 'Both ways: queue' };

describe('compareRuns', () => {
  it('totalBlocked sums every process', () => {
    expect(totalBlocked(run(28, [15, 6, 0]))).toBe(21);
  });

  it('b faster and less blocked', () => {
    const a = run(28, [15, 6]);
    const b = run(22, [3]);
    expect(compareRuns(a, b, names, 'en')).toBe(
      '“Both ways: RPC” took 28 ticks and “Both ways: queue” 22: 6 ticks (21%) less, with 18 fewer ticks spent blocked (21 vs 3).',
    );
    expect(compareRuns(a, b, { a: '양방향: RPC', b: '양방향: 큐' }, 'ko')).toBe(
      '「양방향: RPC」에서는 28틱, 「양방향: 큐」에서는 22틱이 걸려 「양방향: 큐」 쪽이 6틱(21%) 덜 걸렸고, 막혀 있던 시간은 18틱 적었습니다(21 대 3).',
    );
  });

  it('b slower and more blocked, with singulars', () => {
    const a = run(22, [3]);
    const b = run(23, [4]);
    expect(compareRuns(a, b, { a: 'A', b: 'B' }, 'en')).toBe(
      '“A” took 22 ticks and “B” 23: 1 tick (5%) more, with 1 more tick spent blocked (3 vs 4).',
    );
    expect(compareRuns(a, b, { a: 'A', b: 'B' }, 'ko')).toBe(
      '「A」에서는 22틱, 「B」에서는 23틱이 걸려 「B」 쪽이 1틱(5%) 더 걸렸고, 막혀 있던 시간은 1틱 많았습니다(3 대 4).',
    );
  });

  it('equal makespans', () => {
    expect(compareRuns(run(10, [4]), run(10, [1]), { a: 'A', b: 'B' }, 'en')).toBe(
      '“A” and “B” both took 10 ticks, with 3 fewer ticks spent blocked in “B” (4 vs 1).',
    );
    expect(compareRuns(run(10, [4]), run(10, [1]), { a: 'A', b: 'B' }, 'ko')).toBe(
      '「A」에서도 「B」에서도 10틱이 걸렸고, 「B」에서 막혀 있던 시간은 3틱 적었습니다(4 대 1).',
    );
    expect(compareRuns(run(10, [4]), run(10, [2, 2]), { a: 'A', b: 'B' }, 'en')).toBe(
      '“A” and “B” both took 10 ticks, with the same time spent blocked (4 ticks each).',
    );
    expect(compareRuns(run(10, [4]), run(10, [2, 2]), { a: 'A', b: 'B' }, 'ko')).toBe(
      '「A」에서도 「B」에서도 10틱이 걸렸고, 막혀 있던 시간은 같았습니다(둘 다 4틱).',
    );
  });

  it('no blocking at all, tiny differences and an empty first run', () => {
    expect(compareRuns(run(1000, [0]), run(999, []), { a: 'A', b: 'B' }, 'en')).toBe(
      '“A” took 1000 ticks and “B” 999: 1 tick (<1%) less, with no time spent blocked in either.',
    );
    expect(compareRuns(run(1000, [0]), run(999, []), { a: 'A', b: 'B' }, 'ko')).toBe(
      '「A」에서는 1000틱, 「B」에서는 999틱이 걸려 「B」 쪽이 1틱(<1%) 덜 걸렸고, 두 실행 모두 막혀 있던 시간이 없었습니다.',
    );
    expect(compareRuns(run(0, []), run(5, [2]), { a: 'A', b: 'B' }, 'en')).toBe(
      '“A” took 0 ticks and “B” 5: 5 ticks more, with 2 more ticks spent blocked (0 vs 2).',
    );
  });

  it('compares real runs: an RPC against a one-way send', () => {
    // RPC: 2 + 3 + 2 = 7 ticks, the client blocked 7 and the server 2. Send: the message lands at 2,
    // the server computes until 5 and the sender was never blocked: the server is blocked 2.
    const rpc = computeMetrics(
      runSource(`latency 2\nprocess C\n  call S\nend\nprocess S\n  recv\n  compute 3\n  reply\nend\n`),
    );
    const send = computeMetrics(
      runSource(`latency 2\nprocess C\n  send S\nend\nprocess S\n  recv\n  compute 3\nend\n`),
    );
    expect(compareRuns(rpc, send, { a: 'call', b: 'send' }, 'en')).toBe(
      '“call” took 7 ticks and “send” 5: 2 ticks (29%) less, with 7 fewer ticks spent blocked (9 vs 2).',
    );
  });
});

// A call whose request lands at 2; the server computes 3 and replies at 5; the reply lands at 7.
const RPC = `latency 2\nprocess C\n  note en "C calls S."\n  call S\nend\nprocess S\n  recv\n  compute 3\n  reply\nend\n`;
// The same scenario as a what-if branch writes it: a fault line on top moves every later line.
const RPC_REPLY_LOST = `lose S C from 5\n${RPC}`;

describe('firstDifference', () => {
  it('finds nothing between two runs of the same text', () => {
    expect(firstDifference(runSource(RPC), runSource(RPC))).toBeNull();
    expect(sameUntil(null, 'en')).toBe('The runs are the same throughout');
    expect(sameUntil(null, 'ko')).toBe('두 실행은 끝까지 같음');
  });

  it('a lost reply: the runs are the same until the reply would have landed', () => {
    const a = runSource(RPC);
    const b = runSource(RPC_REPLY_LOST);
    const diff = firstDifference(a, b);
    expect(diff).not.toBeNull();
    const { a: i, b: j, t } = diff!;
    expect(t).toBe(7);
    expect(a.events[i]).toMatchObject({ type: 'msg.deliver', t: 7, to: 'C' });
    expect(b.events[j]).toMatchObject({ type: 'msg.lost', t: 7, to: 'C', why: 'lose' });
    // Every event before has its twin, though the branch's lines are one further down.
    expect(a.events.slice(0, i).map((e) => e.type)).toEqual(b.events.slice(0, j).map((e) => e.type));
    expect(b.events.find((e) => e.type === 'msg.send')).toMatchObject({ line: 5 });
    expect(a.events.find((e) => e.type === 'msg.send')).toMatchObject({ line: 4 });
    expect(sameUntil(diff, 'en')).toBe('Same until t=7');
    expect(sameUntil(diff, 'ko')).toBe('t=7까지 같음');
  });

  it('seq, notes and asks are not behaviour', () => {
    const a = runSource(RPC);
    const b = runSource(
      RPC.replace('note en "C calls S."', 'note en "C asks S."\n  note ko "C가 S를 부릅니다."'),
    );
    expect(b.events.filter((e) => e.type === 'note')).toHaveLength(2);
    expect(a.events.length).not.toBe(b.events.length);
    expect(firstDifference(a, b)).toBeNull();
  });

  it('a run that stops earlier differs where the other goes on', () => {
    // The same crash, with and without a timeout on the barrier: the first deadlocks at t=4 (both
    // survivors waiting for Worker[3]), the second goes on until Worker[1] gives up at t=8.
    const a = runSource(builtin('barrier-crash')!.source);
    const b = runSource(builtin('barrier-timeout')!.source);
    const diff = firstDifference(a, b)!;
    expect(diff.t).toBe(4);
    expect(a.events[diff.a]).toMatchObject({ type: 'run.end', t: 4 });
    expect(b.events[diff.b]!.type).not.toBe('run.end');
    expect(firstDifference(b, a)).toEqual({ a: diff.b, b: diff.a, t: 4 });
  });

  it('different processes differ from the start', () => {
    const a = runSource(RPC);
    const b = runSource(RPC.replaceAll('S', 'T'));
    const diff = firstDifference(a, b);
    // Both start C first; then one starts S and the other T.
    expect(diff).toEqual({ a: 1, b: 1, t: 0 });
    expect(sameUntil(diff, 'en')).toBe('Different from the start');
    expect(sameUntil(diff, 'ko')).toBe('처음부터 다름');
  });

  it('a time between ticks keeps one decimal', () => {
    expect(sameUntil({ a: 3, b: 3, t: 2.5 }, 'en')).toBe('Same until t=2.5');
  });
});

describe('compareOutcomes', () => {
  const end = (kind: Outcome['kind'], time: number) => ({ kind, time }) as Outcome;
  it('says how each run ends when they end differently, and nothing when they end alike', () => {
    const names = { a: 'Original', b: 'Lost: Server → Client, sent at t=5' };
    expect(compareOutcomes(end('completed', 15), end('deadlock', 7), names, 'en')).toBe(
      '“Original” completes at t=15; “Lost: Server → Client, sent at t=5” ends in deadlock at t=7.',
    );
    expect(compareOutcomes(end('completed', 15), end('deadlock', 7), { a: '원본', b: '유실' }, 'ko')).toBe(
      '「원본」은 t=15에 끝까지 완료됩니다. 「유실」은 t=7에 교착 상태로 멈춥니다.',
    );
    expect(compareOutcomes(end('deadlock', 3), end('deadlock', 9), names, 'en')).toBeNull();
  });
});
