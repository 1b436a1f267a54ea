// stateAt against hand-computed worlds: queues, barriers, compute and positions.
import { describe, expect, it } from 'vitest';
import { barrierTwice, queueCap } from './testkit-fixtures';
import { barrierView, blockedView, msgView, procView, queueView, waitView, worldOf } from './testkit-worlds';
import { stateAt } from './state';
import { makeTrace } from './testkit';

describe('stateAt: a bounded queue', () => {
  const a = msgView([1, 'P', 'jobs', 'publish', 'a', 0, 1, 2], 'flight', 0.5);
  const pWaits = {
    status: 'blocked' as const,
    blocked: blockedView('publish', 'jobs', 0, 3),
    line: 3,
    lastEventIndex: 3,
  };
  const cWaits = {
    status: 'blocked' as const,
    blocked: blockedView('consume', 'jobs', 0, 6),
    line: 6,
    lastEventIndex: 4,
  };

  it('counts a publish on its way against the capacity', () => {
    expect(stateAt(queueCap, { index: 5, t: 0.5 })).toEqual(
      worldOf({
        index: 5,
        t: 0.5,
        processes: [procView('P', pWaits), procView('C', cWaits)],
        messages: [a],
        queues: [queueView('jobs', 1, { inbound: [1], waiting: ['C'], blockedPublishers: ['P'] })],
      }),
    );
    expect(stateAt(queueCap, { index: 6 }).queues[0]).toEqual(
      queueView('jobs', 1, { contents: [1], waiting: ['C'], blockedPublishers: ['P'] }),
    );
  });

  it('dispatches to the first consumer in line, freeing a slot', () => {
    const w = stateAt(queueCap, { index: 7 });
    expect(w.queues[0]).toEqual(queueView('jobs', 1, { blockedPublishers: ['P'] }));
    expect([...w.messages.values()]).toEqual([
      msgView([2, 'jobs', 'C', 'dispatch', 'a', 1, 2, 6], 'flight', 0, 1),
    ]);
    expect(w.processes[1]).toEqual(procView('C', { ...cWaits, lastEventIndex: 6 }));
    const freed = stateAt(queueCap, { index: 9 });
    expect(freed.queues[0]).toEqual(queueView('jobs', 1, { inbound: [3] }));
    expect(freed.processes[0]?.lastWait).toEqual(waitView('publish', 'jobs', 0, 1, 3));
  });

  it('keeps the second message queued while the consumer takes the first', () => {
    const w = stateAt(queueCap, { index: 15 });
    expect(w.queues[0]).toEqual(queueView('jobs', 1, { contents: [3], waiting: ['C'] }));
    expect(w.processes[1]?.mailbox).toEqual([]);
    expect(w.processes[1]?.lastTaken?.id).toBe(2);
    expect(w.processes[1]?.blocked).toEqual(blockedView('consume', 'jobs', 2, 6));
    const next = stateAt(queueCap, { index: 16 });
    expect(next.queues[0]).toEqual(queueView('jobs', 1));
    expect([...next.messages.keys()]).toEqual([4]);
    expect(next.messages.get(4)?.answers).toBe(3);
  });
});

describe('stateAt: a barrier over two generations', () => {
  const gen0 = (name: string, lastEventIndex: number, arrived: number) =>
    procView(name, {
      status: 'blocked',
      blocked: blockedView('barrier', 'sync', 0, 2, { barrier: 'sync', generation: 0, arrived, parties: 3 }),
      line: 2,
      lastEventIndex,
    });

  it('counts arrivals while the straggler computes', () => {
    expect(stateAt(barrierTwice, { index: 8, t: 1 })).toEqual(
      worldOf({
        index: 8,
        t: 1,
        processes: [
          gen0('A', 4, 2),
          gen0('B', 6, 2),
          procView('C', {
            status: 'computing',
            compute: { start: 0, duration: 2, progress: 0.5 },
            line: 1,
            lastEventIndex: 7,
          }),
        ],
        barriers: [barrierView('sync', 3, { arrived: ['A', 'B'] })],
      }),
    );
  });

  it('releases everyone when the last arrives; the last keeps running', () => {
    expect(stateAt(barrierTwice, { index: 10 })).toEqual(
      worldOf({
        index: 10,
        t: 2,
        processes: [
          gen0('A', 9, 3),
          gen0('B', 9, 3),
          procView('C', { status: 'running', line: 2, lastEventIndex: 9 }),
        ],
        running: 'C',
        barriers: [barrierView('sync', 3, { generation: 1, releasedAt: 2, lastReleased: ['A', 'B', 'C'] })],
      }),
    );
  });

  it('starts the next generation with no arrivals and tells waiters apart', () => {
    const w = stateAt(barrierTwice, { index: 15 });
    expect(w.barriers[0]).toEqual(
      barrierView('sync', 3, {
        generation: 1,
        arrived: ['C', 'A'],
        releasedAt: 2,
        lastReleased: ['A', 'B', 'C'],
      }),
    );
    expect(w.processes[0]?.blocked).toEqual(
      blockedView('barrier', 'sync', 2, 4, { barrier: 'sync', generation: 1, arrived: 2, parties: 3 }),
    );
    expect(w.processes[0]?.lastWait).toEqual(waitView('barrier', 'sync', 0, 2, 2, 'sync'));
    // B was released but has not run yet: its wait in generation 0 is shown complete.
    expect(w.processes[1]?.blocked?.arrived).toBe(3);
  });

  it('releases the second generation', () => {
    const w = stateAt(barrierTwice, { index: 19 });
    expect(w.barriers[0]).toEqual(
      barrierView('sync', 3, { generation: 2, releasedAt: 3, lastReleased: ['C', 'A', 'B'] }),
    );
    expect(w.running).toBe('B');
    expect(w.processes.map((p) => p.blocked?.arrived ?? null)).toEqual([3, null, 3]);
    expect(stateAt(barrierTwice, { index: 25 }).processes.every((p) => p.status === 'done')).toBe(true);
  });
});

describe('stateAt: compute and positions', () => {
  const trace = makeTrace({ processes: ['W'] }, [
    { type: 'proc.start', t: 0, process: 'W' },
    { type: 'proc.compute', t: 0, process: 'W', line: 1, duration: 0 },
    { type: 'proc.compute', t: 0, process: 'W', line: 2, duration: 4 },
    { type: 'proc.done', t: 4, process: 'W' },
  ]);

  it('interpolates compute progress; zero-length computes are complete at once', () => {
    expect(stateAt(trace, { index: 2 }).processes[0]?.compute).toEqual({
      start: 0,
      duration: 0,
      progress: 1,
    });
    for (const [t, progress] of [
      [0, 0],
      [1, 0.25],
      [3, 0.75],
      [4, 1],
    ] as const) {
      expect(stateAt(trace, { index: 3, t }).processes[0]?.compute?.progress).toBe(progress);
    }
    expect(stateAt(trace, { index: 4 }).processes[0]?.status).toBe('done');
  });

  it('clamps positions: t never before the last event, index within the trace', () => {
    expect(stateAt(trace, { index: 4, t: 1 }).position).toEqual({ index: 4, t: 4 });
    expect(stateAt(trace, { index: 99 }).position.index).toBe(4);
    expect(stateAt(trace, { index: -3 }).position).toEqual({ index: 0, t: 0 });
  });

  it('treats a zero-latency message as arrived once its time has come', () => {
    const zero = makeTrace({ processes: ['A', 'B'] }, [
      {
        type: 'msg.send',
        t: 2,
        id: 1,
        from: 'A',
        to: 'B',
        kind: 'message',
        payload: null,
        deliverAt: 2,
        line: 1,
      },
    ]);
    expect(stateAt(zero, { index: 1 }).inFlight[0]?.progress).toBe(1);
  });
});
