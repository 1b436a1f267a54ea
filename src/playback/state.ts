// stateAt: the World at a playback position, computed from scratch by folding the reducer over
// the trace's events, then interpolated to an instant t between events. For repeated seeking
// use `createPlayback` (index.ts), which answers the same question from snapshots.

import type { Trace, TraceEvent } from '../engine/trace';
import type { Draft, MsgDraft, ProcDraft } from './draft';
import { initialDraft, materialize } from './draft';
import { applyEvent } from './reducer';
import type { MessageView, World } from './world';

/** A position to show: `index` events applied and, optionally, an instant `t` after the last of them. */
export interface PositionQuery {
  index: number;
  /** Defaults to the time of the last applied event; values before it are raised to it. */
  t?: number;
}

/** Clamps an event count to 0..eventCount (NaN → 0, fractions rounded down). */
export function clampIndex(index: number, eventCount: number): number {
  if (!(index > 0)) return 0;
  return Math.min(Math.floor(index), eventCount);
}

/** The World before any event of `trace`. */
export function initialWorld(trace: Trace): World {
  return materialize(initialDraft(trace));
}

/** The World after `position.index` events of `trace`, seen at `position.t` (from scratch, O(index)). */
export function stateAt(trace: Trace, position: PositionQuery): World {
  const index = clampIndex(position.index, trace.events.length);
  const d = initialDraft(trace);
  for (let i = 0; i < index; i++) applyEvent(d, trace.events[i] as TraceEvent, i);
  return materialize(d, position.t ?? d.t);
}

/** The pure reducer: the World after `event` (taken to be event number `world.position.index`). */
export function apply(world: World, event: TraceEvent): World {
  const d = draftFromWorld(world);
  applyEvent(d, event, world.position.index);
  return materialize(d);
}

function record(m: MessageView): MsgDraft {
  return Object.freeze({ ...m, progress: m.status === 'flight' ? 0 : 1 });
}

/** Rebuilds a draft from a World (copies everything, so the World stays untouched). */
export function draftFromWorld(w: World): Draft {
  const procs: ProcDraft[] = w.processes.map((p) => ({
    name: p.name,
    status: p.status,
    compute: p.compute && { start: p.compute.start, duration: p.compute.duration },
    blocked: p.blocked && {
      reason: p.blocked.reason,
      on: p.blocked.on,
      since: p.blocked.since,
      line: p.blocked.line,
      barrier: p.blocked.barrier,
      generation: p.blocked.generation,
    },
    line: p.line,
    mailbox: p.mailbox.slice(),
    pending: p.pendingRequests.slice(),
    lastEventIndex: p.lastEventIndex,
    error: p.error,
    lastTaken: p.lastTaken && record(p.lastTaken),
    lastWait: p.lastWait && Object.freeze({ ...p.lastWait }),
    notes: Object.freeze(p.notes.slice()),
    downSince: p.downSince,
    gaveUp: p.gaveUp,
  }));
  const queues = w.queues.map((q) => ({
    name: q.name,
    capacity: q.capacity,
    contents: q.contents.slice(),
    inbound: q.inbound.slice(),
    waiting: q.waiting.slice(),
    blockedPublishers: q.blockedPublishers.slice(),
  }));
  const barriers = w.barriers.map((b) => ({
    ...b,
    arrived: b.arrived.slice(),
    lastReleased: b.lastReleased.slice(),
  }));
  const messages = new Map([...w.messages.values()].map((m) => [m.id, record(m)] as const));
  return {
    index: w.position.index,
    t: w.position.t,
    procs,
    procAt: new Map(procs.map((p, i) => [p.name, i])),
    messages,
    queues,
    queueAt: new Map(queues.map((q, i) => [q.name, i])),
    barriers,
    barrierAt: new Map(barriers.map((b, i) => [b.name, i])),
    running: w.running,
    caption: Object.freeze(w.caption.slice()),
    outcome: w.outcome,
    lost: w.lost.slice(),
    dropped: w.dropped.slice(),
  };
}
