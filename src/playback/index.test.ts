import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Trace } from '../engine/trace';
import { fixtures, barrierTwice, callReply, sendRecv } from './testkit-fixtures';
import { createPlayback } from './index';
import { apply, initialWorld, stateAt } from './state';
import { prng, synthTrace } from './testkit';

/** A time at or after position k and not past the next event, so the world is consistent. */
function timeBetween(trace: Trace, k: number, f: number): number {
  const from = k === 0 ? 0 : (trace.events[k - 1]?.t ?? 0);
  const to = trace.events[k]?.t ?? from + 1;
  return from + (to - from) * f;
}

describe('createPlayback on a synthetic 100,000-event trace', () => {
  const trace = synthTrace(100_000, 42);
  const pb = createPlayback(trace);
  const rnd = prng(9);

  it('has every event and a consistent clock', () => {
    expect(pb.eventCount).toBe(trace.events.length);
    expect(pb.endTime).toBe(trace.events[trace.events.length - 1]?.t);
  });

  it('gives the same world from snapshots as from scratch, at random positions and instants', () => {
    const positions = [0, 1, 255, 256, 257, pb.eventCount - 1, pb.eventCount];
    for (let i = 0; i < 12; i++) positions.push(Math.floor(rnd() * (pb.eventCount + 1)));
    for (const k of positions) {
      const t = timeBetween(trace, k, rnd());
      expect(pb.stateAt(k, t)).toEqual(stateAt(trace, { index: k, t }));
    }
  });
});

describe('snapshot equivalence (property)', () => {
  const traces = [1, 2, 3].map((seed) => synthTrace(3_000, seed, 4 + seed, seed !== 2));
  const indexes = traces.map((t) => createPlayback(t, { interval: 16 }));

  it('matches stateAt from scratch at any position and instant', () => {
    fc.assert(
      fc.property(
        fc.nat(2),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (which, at, f) => {
          const trace = traces[which] as Trace;
          const k = Math.round(at * trace.events.length);
          const t = timeBetween(trace, k, f);
          expect(indexes[which]?.stateAt(k, t)).toEqual(stateAt(trace, { index: k, t }));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('is unaffected by the order of seeks (stepping back after stepping forward)', () => {
    const trace = traces[0] as Trace;
    const pb = indexes[0]!;
    fc.assert(
      fc.property(fc.nat(trace.events.length - 5), (k) => {
        pb.stateAt(k + 5);
        expect(pb.stateAt(k)).toEqual(stateAt(trace, { index: k }));
      }),
      { numRuns: 100 },
    );
  });
});

describe.each(Object.entries(fixtures))('playback of %s', (_name, trace) => {
  const pb = createPlayback(trace, { interval: 3 });
  const n = trace.events.length;

  it('steps back to exactly the fresh world', () => {
    for (let k = 0; k + 5 <= n; k++) {
      pb.stateAt(k + 5);
      expect(pb.stateAt(k)).toEqual(stateAt(trace, { index: k }));
    }
  });

  it('agrees with folding the pure reducer `apply`', () => {
    let w = initialWorld(trace);
    for (const [i, e] of trace.events.entries()) {
      const before = JSON.stringify([...w.messages.values(), w.processes, w.queues, w.barriers]);
      const next = apply(w, e);
      expect(JSON.stringify([...w.messages.values(), w.processes, w.queues, w.barriers])).toBe(before);
      expect(next).toEqual(pb.stateAt(i + 1));
      w = next;
    }
  });

  it('hands out worlds whose mutation cannot reach the index', () => {
    for (let k = 0; k <= n; k++) {
      const w = pb.stateAt(k);
      const fresh = stateAt(trace, { index: k });
      for (const p of w.processes) (p.mailbox as number[]).push(999);
      for (const q of w.queues) (q.contents as number[]).push(999);
      for (const b of w.barriers) (b.arrived as string[]).push('X');
      (w.messages as Map<number, unknown>).clear();
      expect(pb.stateAt(k)).toEqual(fresh);
    }
  });

  it('maps positions and times both ways', () => {
    for (let k = 0; k <= n; k++) {
      const t = pb.timeOf(k);
      expect(t).toBe(k === 0 ? 0 : trace.events[k - 1]?.t);
      const last = pb.indexAtTime(t);
      expect(last).toBeGreaterThanOrEqual(k);
      expect(pb.timeOf(last)).toBe(t);
      expect(trace.events[last]?.t ?? Infinity).toBeGreaterThan(t);
    }
  });
});

describe('playback navigation', () => {
  it('finds the last position at or before a time', () => {
    const pb = createPlayback(sendRecv);
    expect(pb.indexAtTime(-1)).toBe(0);
    expect(pb.indexAtTime(0)).toBe(5);
    expect(pb.indexAtTime(1.5)).toBe(5);
    expect(pb.indexAtTime(2)).toBe(10);
    expect(pb.indexAtTime(99)).toBe(10);
    expect(pb.stateAtTime(1).inFlight[0]?.progress).toBe(0.5);
    expect(pb.stateAtTime(1).position).toEqual({ index: 5, t: 1 });
  });

  it("steps to a process's next and previous events", () => {
    const pb = createPlayback(callReply);
    // Client's events: start 0, send 2, block 3, deliver 11, unblock 12, recv 13, done 14.
    expect(pb.nextEventOf('Client', 0)).toBe(1);
    expect(pb.nextEventOf('Client', 1)).toBe(3);
    expect(pb.nextEventOf('Client', 4)).toBe(12);
    expect(pb.nextEventOf('Client', 15)).toBeNull();
    expect(pb.prevEventOf('Client', 12)).toBe(4);
    expect(pb.prevEventOf('Client', 1)).toBeNull();
    expect(pb.nextEventOf('Nobody', 0)).toBeNull();
    // A release concerns every process it frees.
    const bar = createPlayback(barrierTwice);
    expect(bar.nextEventOf('A', 5)).toBe(10);
  });

  it('clamps odd indexes', () => {
    const pb = createPlayback(sendRecv);
    expect(pb.stateAt(Number.NaN).position.index).toBe(0);
    expect(pb.stateAt(3.7).position.index).toBe(3);
    expect(pb.stateAt(1e9).position.index).toBe(10);
    expect(pb.timeOf(-4)).toBe(0);
  });

  it('plays an empty trace', () => {
    const empty: Trace = { ...sendRecv, events: [] };
    const pb = createPlayback(empty);
    expect(pb.eventCount).toBe(0);
    expect(pb.endTime).toBe(0);
    expect(pb.stateAt(0)).toEqual(initialWorld(empty));
  });
});
