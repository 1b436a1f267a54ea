// Small hand-written traces, one per mechanism, shaped as the engine emits them (SPEC §2).
// The comments give each event's index in `trace.events`.

import type { Trace } from '../engine/trace';
import { makeTrace, outcomeOf } from './testkit';

/** A sends "ping" to B (latency 2); B waits in recv and takes it at t=2. */
export const sendRecv: Trace = makeTrace(
  { processes: ['A', 'B'] },
  [
    { type: 'proc.start', t: 0, process: 'A' }, // 0
    { type: 'proc.start', t: 0, process: 'B' }, // 1
    {
      type: 'msg.send',
      t: 0,
      id: 1,
      from: 'A',
      to: 'B',
      kind: 'message',
      payload: 'ping',
      deliverAt: 2,
      line: 2,
    }, // 2
    { type: 'proc.done', t: 0, process: 'A' }, // 3
    { type: 'proc.block', t: 0, process: 'B', line: 5, reason: 'recv', on: null }, // 4
    { type: 'msg.deliver', t: 2, id: 1, to: 'B' }, // 5
    { type: 'proc.unblock', t: 2, process: 'B' }, // 6
    { type: 'msg.recv', t: 2, id: 1, process: 'B', line: 5 }, // 7
    { type: 'proc.done', t: 2, process: 'B' }, // 8
  ],
  outcomeOf('completed', 2), // 9
);

/** A ssends to B (latency 1); B computes 3 ticks first, takes it at t=3; the ack reaches A at t=4. */
export const ssendAck: Trace = makeTrace(
  { processes: ['A', 'B'] },
  [
    { type: 'proc.start', t: 0, process: 'A' }, // 0
    { type: 'proc.start', t: 0, process: 'B' }, // 1
    { type: 'msg.send', t: 0, id: 1, from: 'A', to: 'B', kind: 'sync', payload: null, deliverAt: 1, line: 2 }, // 2
    { type: 'proc.block', t: 0, process: 'A', line: 2, reason: 'ssend', on: 'B' }, // 3
    { type: 'proc.compute', t: 0, process: 'B', line: 4, duration: 3 }, // 4
    { type: 'msg.deliver', t: 1, id: 1, to: 'B' }, // 5
    { type: 'msg.recv', t: 3, id: 1, process: 'B', line: 5 }, // 6
    { type: 'msg.send', t: 3, id: 2, from: 'B', to: 'A', kind: 'ack', payload: null, deliverAt: 4, line: 5 }, // 7
    { type: 'proc.done', t: 3, process: 'B' }, // 8
    { type: 'msg.deliver', t: 4, id: 2, to: 'A' }, // 9
    { type: 'proc.unblock', t: 4, process: 'A' }, // 10
    { type: 'msg.recv', t: 4, id: 2, process: 'A', line: 2 }, // 11
    { type: 'proc.done', t: 4, process: 'A' }, // 12
  ],
  outcomeOf('completed', 4), // 13
);

/** Client calls Server (latency 1); Server takes the request, computes 2, replies at t=3, then waits again. */
export const callReply: Trace = makeTrace(
  { processes: ['Client', 'Server'] },
  [
    { type: 'proc.start', t: 0, process: 'Client' }, // 0
    { type: 'proc.start', t: 0, process: 'Server' }, // 1
    {
      type: 'msg.send',
      t: 0,
      id: 1,
      from: 'Client',
      to: 'Server',
      kind: 'request',
      payload: 'q',
      deliverAt: 1,
      line: 2,
    }, // 2
    { type: 'proc.block', t: 0, process: 'Client', line: 2, reason: 'call', on: 'Server' }, // 3
    { type: 'proc.block', t: 0, process: 'Server', line: 6, reason: 'recv', on: null }, // 4
    { type: 'msg.deliver', t: 1, id: 1, to: 'Server' }, // 5
    { type: 'proc.unblock', t: 1, process: 'Server' }, // 6
    { type: 'msg.recv', t: 1, id: 1, process: 'Server', line: 6 }, // 7
    { type: 'proc.compute', t: 1, process: 'Server', line: 7, duration: 2 }, // 8
    {
      type: 'msg.send',
      t: 3,
      id: 2,
      from: 'Server',
      to: 'Client',
      kind: 'reply',
      payload: 'a',
      deliverAt: 4,
      line: 8,
    }, // 9
    { type: 'proc.block', t: 3, process: 'Server', line: 6, reason: 'recv', on: null }, // 10
    { type: 'msg.deliver', t: 4, id: 2, to: 'Client' }, // 11
    { type: 'proc.unblock', t: 4, process: 'Client' }, // 12
    { type: 'msg.recv', t: 4, id: 2, process: 'Client', line: 2 }, // 13
    { type: 'proc.done', t: 4, process: 'Client' }, // 14
  ],
  outcomeOf('idle', 4, { blocked: [{ process: 'Server', reason: 'recv', waitsFor: null }] }), // 15
);

/** P publishes twice to `jobs` (capacity 1, latency 1) and blocks on the second; C consumes in a loop. */
export const queueCap: Trace = makeTrace(
  { processes: ['P', 'C'], queues: [{ name: 'jobs', capacity: 1 }] },
  [
    { type: 'proc.start', t: 0, process: 'P' }, // 0
    { type: 'proc.start', t: 0, process: 'C' }, // 1
    {
      type: 'msg.send',
      t: 0,
      id: 1,
      from: 'P',
      to: 'jobs',
      kind: 'publish',
      payload: 'a',
      deliverAt: 1,
      line: 2,
    }, // 2
    { type: 'proc.block', t: 0, process: 'P', line: 3, reason: 'publish', on: 'jobs' }, // 3
    { type: 'proc.block', t: 0, process: 'C', line: 6, reason: 'consume', on: 'jobs' }, // 4
    { type: 'msg.deliver', t: 1, id: 1, to: 'jobs' }, // 5
    {
      type: 'msg.send',
      t: 1,
      id: 2,
      from: 'jobs',
      to: 'C',
      kind: 'dispatch',
      payload: 'a',
      deliverAt: 2,
      line: 6,
    }, // 6
    { type: 'proc.unblock', t: 1, process: 'P' }, // 7
    {
      type: 'msg.send',
      t: 1,
      id: 3,
      from: 'P',
      to: 'jobs',
      kind: 'publish',
      payload: 'b',
      deliverAt: 2,
      line: 3,
    }, // 8
    { type: 'proc.done', t: 1, process: 'P' }, // 9
    { type: 'msg.deliver', t: 2, id: 2, to: 'C' }, // 10
    { type: 'msg.deliver', t: 2, id: 3, to: 'jobs' }, // 11
    { type: 'proc.unblock', t: 2, process: 'C' }, // 12
    { type: 'msg.recv', t: 2, id: 2, process: 'C', line: 6 }, // 13
    { type: 'proc.block', t: 2, process: 'C', line: 6, reason: 'consume', on: 'jobs' }, // 14
    {
      type: 'msg.send',
      t: 2,
      id: 4,
      from: 'jobs',
      to: 'C',
      kind: 'dispatch',
      payload: 'b',
      deliverAt: 3,
      line: 6,
    }, // 15
    { type: 'msg.deliver', t: 3, id: 4, to: 'C' }, // 16
    { type: 'proc.unblock', t: 3, process: 'C' }, // 17
    { type: 'msg.recv', t: 3, id: 4, process: 'C', line: 6 }, // 18
    { type: 'proc.block', t: 3, process: 'C', line: 6, reason: 'consume', on: 'jobs' }, // 19
  ],
  outcomeOf('idle', 3, { blocked: [{ process: 'C', reason: 'consume', waitsFor: 'jobs' }] }), // 20
);

/** Barrier `sync` (3 parties), two generations: C straggles in the first, B in the second. */
export const barrierTwice: Trace = makeTrace(
  { processes: ['A', 'B', 'C'], barriers: [{ name: 'sync', parties: 3 }] },
  [
    { type: 'proc.start', t: 0, process: 'A' }, // 0
    { type: 'proc.start', t: 0, process: 'B' }, // 1
    { type: 'proc.start', t: 0, process: 'C' }, // 2
    {
      type: 'barrier.arrive',
      t: 0,
      barrier: 'sync',
      process: 'A',
      generation: 0,
      arrived: 1,
      parties: 3,
      line: 2,
    }, // 3
    { type: 'proc.block', t: 0, process: 'A', line: 2, reason: 'barrier', on: 'sync' }, // 4
    {
      type: 'barrier.arrive',
      t: 0,
      barrier: 'sync',
      process: 'B',
      generation: 0,
      arrived: 2,
      parties: 3,
      line: 2,
    }, // 5
    { type: 'proc.block', t: 0, process: 'B', line: 2, reason: 'barrier', on: 'sync' }, // 6
    { type: 'proc.compute', t: 0, process: 'C', line: 1, duration: 2 }, // 7
    {
      type: 'barrier.arrive',
      t: 2,
      barrier: 'sync',
      process: 'C',
      generation: 0,
      arrived: 3,
      parties: 3,
      line: 2,
    }, // 8
    { type: 'barrier.release', t: 2, barrier: 'sync', generation: 0, processes: ['A', 'B', 'C'] }, // 9
    {
      type: 'barrier.arrive',
      t: 2,
      barrier: 'sync',
      process: 'C',
      generation: 1,
      arrived: 1,
      parties: 3,
      line: 4,
    }, // 10
    { type: 'proc.block', t: 2, process: 'C', line: 4, reason: 'barrier', on: 'sync' }, // 11
    { type: 'proc.unblock', t: 2, process: 'A' }, // 12
    {
      type: 'barrier.arrive',
      t: 2,
      barrier: 'sync',
      process: 'A',
      generation: 1,
      arrived: 2,
      parties: 3,
      line: 4,
    }, // 13
    { type: 'proc.block', t: 2, process: 'A', line: 4, reason: 'barrier', on: 'sync' }, // 14
    { type: 'proc.unblock', t: 2, process: 'B' }, // 15
    { type: 'proc.compute', t: 2, process: 'B', line: 3, duration: 1 }, // 16
    {
      type: 'barrier.arrive',
      t: 3,
      barrier: 'sync',
      process: 'B',
      generation: 1,
      arrived: 3,
      parties: 3,
      line: 4,
    }, // 17
    { type: 'barrier.release', t: 3, barrier: 'sync', generation: 1, processes: ['C', 'A', 'B'] }, // 18
    { type: 'proc.done', t: 3, process: 'B' }, // 19
    { type: 'proc.unblock', t: 3, process: 'C' }, // 20
    { type: 'proc.done', t: 3, process: 'C' }, // 21
    { type: 'proc.unblock', t: 3, process: 'A' }, // 22
    { type: 'proc.done', t: 3, process: 'A' }, // 23
  ],
  outcomeOf('completed', 3), // 24
);

/** Every hand-written trace, by name. */
export const fixtures: Record<string, Trace> = { sendRecv, ssendAck, callReply, queueCap, barrierTwice };
