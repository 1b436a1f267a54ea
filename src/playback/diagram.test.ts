// The diagram model on hand-computed runs (the one-to-one match with the events of every built-in
// and random scenario is in diagram.property.test.ts).

import { describe, expect, it } from 'vitest';
import { runSource } from '../runtime/inprocess';
import { buildDiagram } from './diagram';

const RPC = `latency 2
process Client
  call Server "x"
end
process Server
  recv
  compute 3
  reply "ok"
end
`;

describe('buildDiagram by hand', () => {
  it('an RPC with latency 2: the client waits 0..7 while the server computes 2..5', () => {
    const m = buildDiagram(runSource(RPC));
    expect(m.end).toBe(7);
    expect(m.lanes).toEqual([
      { name: 'Client', kind: 'process' },
      { name: 'Server', kind: 'process' },
    ]);
    expect(m.bars.map(({ lane, from, to }) => ({ lane, from, to }))).toEqual([{ lane: 1, from: 2, to: 5 }]);
    const waits = m.waits.map(({ lane, from, to, reason, on, open }) => ({
      lane,
      from,
      to,
      reason,
      on,
      open,
    }));
    expect(waits).toEqual([
      { lane: 0, from: 0, to: 7, reason: 'call', on: 'Server', open: false },
      { lane: 1, from: 0, to: 2, reason: 'recv', on: null, open: false },
    ]);
    const arrows = m.arrows.map(({ kind, fromLane, toLane, sentAt, deliverAt }) => [
      kind,
      fromLane,
      toLane,
      sentAt,
      deliverAt,
    ]);
    expect(arrows).toEqual([
      ['request', 0, 1, 0, 2],
      ['reply', 1, 0, 5, 7],
    ]);
    expect(m.arrows.every((a) => a.deliverIndex !== null)).toBe(true);
    expect(m.bands).toEqual([]);
  });

  it('a barrier with stragglers computing 2, 4 and 9, twice', () => {
    const m = buildDiagram(
      runSource(`barrier B
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
`),
    );
    expect(m.end).toBe(10);
    const bands = m.bands.map(({ barrier, generation, lanes, firstArrival, release, arrivals }) => ({
      barrier,
      generation,
      lanes,
      firstArrival,
      release,
      at: arrivals?.map((a) => a.at),
    }));
    expect(bands).toEqual([
      { barrier: 'B', generation: 0, lanes: [0, 1, 2], firstArrival: 2, release: 9, at: [2, 4, 9] },
      { barrier: 'B', generation: 1, lanes: [0, 1, 2], firstArrival: 10, release: 10, at: [10, 10, 10] },
    ]);
    const long = m.waits.filter((w) => w.to > w.from).map(({ lane, from, to }) => [lane, from, to]);
    expect(long).toEqual([
      [0, 2, 9],
      [1, 4, 9],
    ]);
  });

  it('queues are lanes after the processes; publishes end and dispatches start there', () => {
    const m = buildDiagram(
      runSource(`queue q\nprocess P\n  publish q "a"\nend\nprocess C\n  consume q\nend\n`),
    );
    expect(m.lanes.map((l) => l.kind)).toEqual(['process', 'process', 'queue']);
    expect(
      m.arrows.map(({ kind, fromLane, toLane, sentAt, deliverAt }) => [
        kind,
        fromLane,
        toLane,
        sentAt,
        deliverAt,
      ]),
    ).toEqual([
      ['publish', 0, 2, 0, 1],
      ['dispatch', 2, 1, 1, 2],
    ]);
    expect(m.waits.map(({ lane, from, to, reason, on }) => [lane, from, to, reason, on])).toEqual([
      [1, 0, 2, 'consume', 'q'],
    ]);
  });

  it('a deadlock leaves both waits open until the end', () => {
    const m = buildDiagram(
      runSource(`latency 3\nprocess A\n  ssend B\n  recv\nend\nprocess B\n  ssend A\n  recv\nend\n`),
    );
    expect(m.end).toBe(3);
    expect(m.waits.map(({ lane, from, to, reason, on, open }) => [lane, from, to, reason, on, open])).toEqual(
      [
        [0, 0, 3, 'ssend', 'B', true],
        [1, 0, 3, 'ssend', 'A', true],
      ],
    );
    expect(m.arrows.map((a) => [a.kind, a.sentAt, a.deliverAt, a.deliverIndex !== null])).toEqual([
      ['sync', 0, 3, true],
      ['sync', 0, 3, true],
    ]);
  });

  it('a compute cut short by a run-time error ends at the error; an incomplete barrier has no release', () => {
    const m = buildDiagram(
      runSource(
        `barrier G parties 3\nprocess A\n  barrier G\nend\nprocess B\n  compute 10\nend\nprocess C\n  compute 3\n  reply\nend\n`,
      ),
    );
    expect(m.end).toBe(3);
    expect(m.bars.map(({ lane, from, to }) => [lane, from, to])).toEqual([
      [1, 0, 3],
      [2, 0, 3],
    ]);
    expect(m.bands).toMatchObject([
      { barrier: 'G', generation: 0, lanes: [0], release: null, releaseIndex: null },
    ]);
    expect(m.waits).toMatchObject([{ lane: 0, from: 0, to: 3, reason: 'barrier', open: true }]);
  });

  // Its speed is measured by `npm run bench` (bench/diagram.ts), not asserted here.
  it('builds a 100,000-event trace', () => {
    const trace = runSource(
      `process A\n  loop\n    send B\n  end\nend\nprocess B\n  loop\n    recv\n  end\nend\n`,
    );
    expect(trace.events.length).toBeGreaterThanOrEqual(100_000);
    const m = buildDiagram(trace);
    expect(m.arrows.length).toBeGreaterThan(30_000);
  });
});
