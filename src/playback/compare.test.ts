// The one-sentence comparison of two runs.

import { describe, expect, it } from 'vitest';
import { runSource } from '../runtime/inprocess';
import { compareRuns, totalBlocked } from './compare';
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
