// The metrics of small runs, computed by hand from SPEC §2.

import { describe, expect, it } from 'vitest';
import type { BlockReason } from '../engine/trace';
import { runSource } from '../runtime/inprocess';
import { BUILTINS } from '../scenarios/all';
import type { ProcessMetrics } from './diagramModel';
import { computeMetrics, totalBlocked } from './metrics';
import { buildDiagram } from './diagram';

const metricsOf = (source: string) => computeMetrics(runSource(source));

function blocked(partial: Partial<Record<BlockReason, number>>): Record<BlockReason, number> {
  return { recv: 0, ssend: 0, call: 0, publish: 0, consume: 0, barrier: 0, ...partial };
}

function proc(
  name: string,
  busy: number,
  by: Partial<Record<BlockReason, number>>,
  idle: number,
  doneAt: number | null,
): ProcessMetrics {
  const b = blocked(by);
  return { name, busy, blocked: b, blockedTotal: Object.values(b).reduce((s, n) => s + n, 0), idle, doneAt };
}

describe('computeMetrics by hand', () => {
  it('an RPC with latency 2: the client is blocked 7 ticks, the server busy 3', () => {
    const m = metricsOf(`latency 2
process Client
  call Server "x"
end
process Server
  recv
  compute 3
  reply "ok"
end
`);
    expect(m.makespan).toBe(7);
    expect(m.processes).toEqual([proc('Client', 0, { call: 7 }, 0, 7), proc('Server', 3, { recv: 2 }, 2, 5)]);
    expect(m.messages).toEqual({
      message: 0,
      sync: 0,
      ack: 0,
      request: 1,
      reply: 1,
      publish: 0,
      dispatch: 0,
    });
    expect(m.queues).toEqual([]);
    expect(m.barrierWaits).toEqual([]);
    expect(totalBlocked(m)).toBe(9);
  });

  it('a barrier with stragglers computing 2, 4 and 9: the others wait 7 and 5', () => {
    const m = metricsOf(`barrier B
process W[1..3]
  if i == 3
    compute 9
  else
    compute 2 * i
  end
  barrier B
  compute 1
  barrier B
end
`);
    expect(m.makespan).toBe(10);
    const names = ['W[1]', 'W[2]', 'W[3]'];
    expect(m.barrierWaits).toEqual([
      { barrier: 'B', generation: 0, waits: [7, 5, 0].map((wait, k) => ({ process: names[k], wait })) },
      { barrier: 'B', generation: 1, waits: [0, 0, 0].map((wait, k) => ({ process: names[k], wait })) },
    ]);
    expect(m.processes).toEqual([
      proc('W[1]', 3, { barrier: 7 }, 0, 10),
      proc('W[2]', 5, { barrier: 5 }, 0, 10),
      proc('W[3]', 10, {}, 0, 10),
    ]);
  });

  it('an unbounded queue holds every message published before the consumer comes', () => {
    const m = metricsOf(`queue q
process P
  repeat 5
    publish q
  end
end
process C
  compute 10
  repeat 5
    consume q
  end
end
`);
    // Five arrive at 1; the consumer takes one per tick from 10, the last reaching it at 15.
    expect(m.queues).toEqual([{ name: 'q', deepest: 5 }]);
    expect(m.makespan).toBe(15);
    expect(m.processes).toEqual([proc('P', 0, {}, 15, 0), proc('C', 10, { consume: 5 }, 0, 15)]);
    expect(m.messages.publish).toBe(5);
    expect(m.messages.dispatch).toBe(5);
  });

  it('a bounded queue never holds more than its capacity; the publisher waits for slots', () => {
    const m = metricsOf(`queue q capacity 2
process P
  repeat 4
    publish q
  end
end
process C
  compute 10
  repeat 4
    consume q
  end
end
`);
    // P publishes two at 0 and blocks; the first slot frees at 10, the second at 11.
    expect(m.queues).toEqual([{ name: 'q', deepest: 2 }]);
    expect(m.makespan).toBe(14);
    expect(m.processes).toEqual([proc('P', 0, { publish: 11 }, 3, 11), proc('C', 10, { consume: 4 }, 0, 14)]);
  });

  it('a deadlock: open waits count until the end of the run', () => {
    const m = metricsOf(`latency 3\nprocess A\n  ssend B\n  recv\nend\nprocess B\n  ssend A\n  recv\nend\n`);
    expect(m.makespan).toBe(3);
    expect(m.processes).toEqual([proc('A', 0, { ssend: 3 }, 0, null), proc('B', 0, { ssend: 3 }, 0, null)]);
    expect(m.messages.sync).toBe(2);
  });

  it('a run-time error: computes count until the error, an unreleased barrier until the end', () => {
    const m = metricsOf(
      `barrier G parties 3\nprocess A\n  compute 1\n  barrier G\nend\nprocess B\n  compute 10\nend\nprocess C\n  compute 3\n  reply\nend\n`,
    );
    expect(m.makespan).toBe(3);
    expect(m.processes).toEqual([
      proc('A', 1, { barrier: 2 }, 0, null),
      proc('B', 3, {}, 0, null),
      proc('C', 3, {}, 0, null),
    ]);
    expect(m.barrierWaits).toEqual([{ barrier: 'G', generation: 0, waits: [{ process: 'A', wait: 2 }] }]);
  });

  it('idle is the time running at an instant or finished early', () => {
    const m = metricsOf(`process A\n  compute 2\nend\nprocess B\n  compute 5\nend\n`);
    expect(m.processes).toEqual([proc('A', 2, {}, 3, 2), proc('B', 5, {}, 0, 5)]);
  });
});

describe('computeMetrics on the built-in scenarios', () => {
  it.each(BUILTINS.map((b) => [b.id, b.source]))('%s: busy + blocked + idle = makespan', (_id, source) => {
    const trace = runSource(source);
    const m = computeMetrics(trace);
    for (const p of m.processes) {
      expect(p.idle).toBeGreaterThanOrEqual(0);
      expect(p.busy + p.blockedTotal + p.idle).toBe(m.makespan);
      expect(Object.values(p.blocked).reduce((s, n) => s + n, 0)).toBe(p.blockedTotal);
    }
    for (const q of m.queues) expect(q.deepest).toBeGreaterThanOrEqual(0);
    // The arrival that opens a generation waits for nobody (one that never opened may not have one).
    const released = new Set(
      buildDiagram(trace).bands.flatMap((b) => (b.release === null ? [] : [`${b.barrier}/${b.generation}`])),
    );
    for (const g of m.barrierWaits)
      if (released.has(`${g.barrier}/${g.generation}`))
        expect(Math.min(...g.waits.map((w) => w.wait))).toBe(0);
  });
});
