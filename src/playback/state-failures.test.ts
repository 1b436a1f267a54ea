// The World after the events of failures (SPEC §6): lost and dropped messages are listed, a
// crashed process says since when it is down, a wait given up is remembered until the next one.

import { describe, expect, it } from 'vitest';
import { runSource } from '../runtime/inprocess';
import { createPlayback } from './index';
import { apply, stateAt } from './state';
import { makeTrace } from './testkit';
import type { World } from './world';

const lostReply = makeTrace({ processes: ['C', 'S'] }, [
  { t: 0, type: 'proc.start', process: 'C' },
  { t: 0, type: 'proc.start', process: 'S' },
  { t: 0, type: 'msg.send', id: 1, from: 'C', to: 'S', kind: 'request', payload: 'q', line: 2, deliverAt: 2 },
  { t: 0, type: 'proc.block', process: 'C', line: 2, reason: 'call', on: 'S' },
  { t: 2, type: 'msg.deliver', id: 1, to: 'S' },
  { t: 2, type: 'msg.recv', id: 1, process: 'S', line: 6 },
  { t: 2, type: 'msg.send', id: 2, from: 'S', to: 'C', kind: 'reply', payload: 'ok', line: 7, deliverAt: 4 },
  { t: 4, type: 'msg.lost', id: 2, to: 'C', why: 'cut' },
  { t: 6, type: 'proc.timeout', process: 'C', line: 2, reason: 'call' },
  { t: 6, type: 'msg.send', id: 3, from: 'C', to: 'S', kind: 'request', payload: 'q', line: 2, deliverAt: 8 },
  { t: 6, type: 'proc.block', process: 'C', line: 2, reason: 'call', on: 'S' },
  { t: 7, type: 'proc.crash', process: 'S' },
  { t: 8, type: 'msg.lost', id: 3, to: 'S', why: 'crash' },
  { t: 9, type: 'proc.restart', process: 'S' },
]);

const at = (index: number): World => stateAt(lostReply, { index });

describe('lost and dropped messages', () => {
  it('lists a lost message with where it went, when it was sent and lost, and why', () => {
    expect(at(7).lost).toEqual([]);
    const w = at(8);
    expect(w.messages.has(2)).toBe(false);
    expect(w.inFlight).toEqual([]);
    expect(w.lost).toEqual([
      {
        id: 2,
        from: 'S',
        to: 'C',
        kind: 'reply',
        payload: 'ok',
        sentAt: 2,
        at: 4,
        why: 'cut',
        eventIndex: 7,
      },
    ]);
    expect(w.dropped).toEqual([]);
  });

  it('keeps every loss, oldest first, including one to a crashed process', () => {
    const w = at(13);
    expect(w.lost.map((g) => [g.id, g.from, g.to, g.at, g.why])).toEqual([
      [2, 'S', 'C', 4, 'cut'],
      [3, 'C', 'S', 8, 'crash'],
    ]);
  });

  it('lists an answer dropped for coming late in a real run, and never lists it as lost', () => {
    const trace = runSource(`latency 2
delay S C by 5
process C
  call S "x" timeout 4
end
process S
  recv
  reply "y"
end
`);
    const end = createPlayback(trace).stateAt(trace.events.length);
    expect(end.lost).toEqual([]);
    expect(end.dropped).toHaveLength(1);
    expect(end.dropped[0]).toMatchObject({
      from: 'S',
      to: 'C',
      kind: 'reply',
      payload: 'y',
      why: 'late',
      at: 9,
    });
  });

  it('the snapshot index and the pure reducer give the same lists as a fold from scratch', () => {
    const pb = createPlayback(lostReply, { interval: 3 });
    let w = stateAt(lostReply, { index: 0 });
    for (let k = 0; k < lostReply.events.length; k++) {
      w = apply(w, lostReply.events[k]!);
      expect(pb.stateAt(k + 1).lost).toEqual(at(k + 1).lost);
      expect(w.lost).toEqual(at(k + 1).lost);
      expect(w.dropped).toEqual(at(k + 1).dropped);
    }
  });

  it('does not share its lists between worlds', () => {
    const a = at(8);
    (a.lost as unknown[]).length = 0;
    expect(at(8).lost).toHaveLength(1);
    const pb = createPlayback(lostReply, { interval: 8 });
    const b = pb.stateAt(8);
    (b.lost as unknown[]).push(b.lost[0]);
    expect(pb.stateAt(10).lost).toHaveLength(1);
  });
});

describe('a process that gives up, crashes and restarts', () => {
  it('remembers the wait it gave up until it blocks again', () => {
    const gave = at(9).processes[0]!;
    expect(gave.status).toBe('ready');
    expect(gave.gaveUp).toEqual({ reason: 'call', on: 'S', since: 0, until: 6, line: 2, barrier: null });
    expect(at(10).processes[0]!.gaveUp).toEqual(gave.gaveUp);
    expect(at(11).processes[0]!.gaveUp).toBeNull();
  });

  it('a wait that ends normally is not a wait given up', () => {
    const trace = runSource(`process A
  recv
end
process B
  send A
end
`);
    const end = createPlayback(trace).stateAt(trace.events.length);
    expect(end.processes[0]!.lastWait).not.toBeNull();
    expect(end.processes[0]!.gaveUp).toBeNull();
  });

  it('says since when a crashed process is down, and forgets it on restart', () => {
    expect(at(11).processes[1]!.downSince).toBeNull();
    expect(at(12).processes[1]).toMatchObject({ status: 'crashed', downSince: 7 });
    expect(at(13).processes[1]).toMatchObject({ status: 'crashed', downSince: 7 });
    expect(at(14).processes[1]).toMatchObject({ status: 'ready', downSince: null });
  });
});
