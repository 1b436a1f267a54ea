// stateAt against hand-computed worlds: point-to-point messages (send, ssend, call).
import { describe, expect, it } from 'vitest';
import { callReply, sendRecv, ssendAck } from './testkit-fixtures';
import { blockedView, msgView, procView, waitView, worldOf } from './testkit-worlds';
import { stateAt } from './state';

describe('stateAt: send / recv with latency', () => {
  const ping = msgView([1, 'A', 'B', 'message', 'ping', 0, 2, 2], 'flight', 0);

  it('starts with everyone ready and nothing on the wire', () => {
    expect(stateAt(sendRecv, { index: 0 })).toEqual(
      worldOf({ index: 0, t: 0, processes: [procView('A'), procView('B')] }),
    );
  });

  it('puts the message on the wire when sent', () => {
    expect(stateAt(sendRecv, { index: 3 })).toEqual(
      worldOf({
        index: 3,
        t: 0,
        processes: [
          procView('A', { status: 'running', line: 2, lastEventIndex: 2 }),
          procView('B', { lastEventIndex: 1 }),
        ],
        running: 'A',
        messages: [ping],
      }),
    );
  });

  it('shows the message halfway at t=1, between events', () => {
    expect(stateAt(sendRecv, { index: 5, t: 1 })).toEqual(
      worldOf({
        index: 5,
        t: 1,
        processes: [
          procView('A', { status: 'done', line: 2, lastEventIndex: 3 }),
          procView('B', {
            status: 'blocked',
            blocked: blockedView('recv', null, 0, 5),
            line: 5,
            lastEventIndex: 4,
          }),
        ],
        messages: [{ ...ping, progress: 0.5 }],
      }),
    );
  });

  it('delivers into the mailbox, then the receiver takes it', () => {
    const delivered = stateAt(sendRecv, { index: 6 });
    expect(delivered.processes[1]).toEqual(
      procView('B', {
        status: 'blocked',
        blocked: blockedView('recv', null, 0, 5),
        line: 5,
        mailbox: [1],
        lastEventIndex: 5,
      }),
    );
    expect(delivered.inFlight).toEqual([]);
    expect(delivered.messages.get(1)).toEqual({ ...ping, status: 'delivered', progress: 1 });

    const woken = stateAt(sendRecv, { index: 7 });
    expect(woken.running).toBe('B');
    expect(woken.processes[1]?.lastWait).toEqual(waitView('recv', null, 0, 2, 5));
    expect(woken.processes[1]?.mailbox).toEqual([1]);

    expect(stateAt(sendRecv, { index: 8 })).toEqual(
      worldOf({
        index: 8,
        t: 2,
        processes: [
          procView('A', { status: 'done', line: 2, lastEventIndex: 3 }),
          procView('B', {
            status: 'running',
            line: 5,
            lastEventIndex: 7,
            lastTaken: { ...ping, status: 'taken', progress: 1 },
            lastWait: waitView('recv', null, 0, 2, 5),
          }),
        ],
        running: 'B',
      }),
    );
  });

  it('records the outcome at run.end', () => {
    const end = stateAt(sendRecv, { index: sendRecv.events.length });
    expect(end.outcome).toBe(sendRecv.outcome);
    expect(end.processes.map((p) => p.status)).toEqual(['done', 'done']);
    expect(end.running).toBeNull();
  });
});

describe('stateAt: ssend and its acknowledgement', () => {
  const sync = msgView([1, 'A', 'B', 'sync', null, 0, 1, 2], 'flight', 0.5);
  const ack = msgView([2, 'B', 'A', 'ack', null, 3, 4, 5], 'flight', 0.5, 1);
  const aWaits = {
    status: 'blocked' as const,
    blocked: blockedView('ssend', 'B', 0, 2),
    line: 2,
    lastEventIndex: 3,
  };

  it('shows the sender blocked and the receiver computing, with progress', () => {
    expect(stateAt(ssendAck, { index: 5, t: 0.5 })).toEqual(
      worldOf({
        index: 5,
        t: 0.5,
        processes: [
          procView('A', aWaits),
          procView('B', {
            status: 'computing',
            compute: { start: 0, duration: 3, progress: 0.5 / 3 },
            line: 4,
            lastEventIndex: 4,
          }),
        ],
        messages: [sync],
      }),
    );
    const later = stateAt(ssendAck, { index: 6, t: 2 });
    expect(later.processes[1]?.compute?.progress).toBeCloseTo(2 / 3);
    expect(later.processes[1]?.mailbox).toEqual([1]);
  });

  it('sends the ack when the receiver takes the message', () => {
    expect(stateAt(ssendAck, { index: 8, t: 3.5 })).toEqual(
      worldOf({
        index: 8,
        t: 3.5,
        processes: [
          procView('A', aWaits),
          procView('B', {
            status: 'running',
            line: 5,
            lastEventIndex: 7,
            lastTaken: { ...sync, status: 'taken', progress: 1 },
          }),
        ],
        running: 'B',
        messages: [ack],
      }),
    );
  });

  it('frees the sender when the ack reaches it', () => {
    const w = stateAt(ssendAck, { index: 12 });
    expect(w.processes[0]).toEqual(
      procView('A', {
        status: 'running',
        line: 2,
        lastEventIndex: 11,
        lastTaken: { ...ack, status: 'taken', progress: 1 },
        lastWait: waitView('ssend', 'B', 0, 4, 2),
      }),
    );
    expect(w.messages.size).toBe(0);
    // An ack never enters the mailbox.
    expect(stateAt(ssendAck, { index: 10 }).processes[0]?.mailbox).toEqual([]);
  });
});

describe('stateAt: call and reply', () => {
  const request = msgView([1, 'Client', 'Server', 'request', 'q', 0, 1, 2], 'delivered', 1);
  const reply = msgView([2, 'Server', 'Client', 'reply', 'a', 3, 4, 8], 'flight', 0.5, 1);
  const clientWaits = {
    status: 'blocked' as const,
    blocked: blockedView('call', 'Server', 0, 2),
    line: 2,
    lastEventIndex: 3,
  };

  it('puts the request in the callee mailbox', () => {
    expect(stateAt(callReply, { index: 6 })).toEqual(
      worldOf({
        index: 6,
        t: 1,
        processes: [
          procView('Client', clientWaits),
          procView('Server', {
            status: 'blocked',
            blocked: blockedView('recv', null, 0, 6),
            line: 6,
            mailbox: [1],
            lastEventIndex: 5,
          }),
        ],
        messages: [request],
      }),
    );
  });

  it('keeps a taken request pending until the reply', () => {
    const w = stateAt(callReply, { index: 8 });
    expect(w.processes[1]).toEqual(
      procView('Server', {
        status: 'running',
        line: 6,
        pendingRequests: [1],
        lastEventIndex: 7,
        lastTaken: { ...request, status: 'taken' },
        lastWait: waitView('recv', null, 0, 1, 6),
      }),
    );
    expect([...w.messages.values()]).toEqual([{ ...request, status: 'taken' }]);
    expect(w.inFlight).toEqual([]);
    expect(stateAt(callReply, { index: 9, t: 2 }).processes[1]?.compute).toEqual({
      start: 1,
      duration: 2,
      progress: 0.5,
    });
  });

  it('answers the request with the reply, halfway at t=3.5', () => {
    expect(stateAt(callReply, { index: 11, t: 3.5 })).toEqual(
      worldOf({
        index: 11,
        t: 3.5,
        processes: [
          procView('Client', clientWaits),
          procView('Server', {
            status: 'blocked',
            blocked: blockedView('recv', null, 3, 6),
            line: 6,
            lastEventIndex: 10,
            lastTaken: { ...request, status: 'taken' },
            lastWait: waitView('recv', null, 0, 1, 6),
          }),
        ],
        messages: [reply],
      }),
    );
  });

  it('hands the reply straight to the caller, never to its mailbox', () => {
    expect(stateAt(callReply, { index: 12 }).processes[0]?.mailbox).toEqual([]);
    const w = stateAt(callReply, { index: 14 });
    expect(w.processes[0]?.lastTaken).toEqual({ ...reply, status: 'taken', progress: 1 });
    expect(w.processes[0]?.lastWait).toEqual(waitView('call', 'Server', 0, 4, 2));
    expect(w.messages.size).toBe(0);
  });
});
