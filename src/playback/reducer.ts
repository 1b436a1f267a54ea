// The event-sourced reducer: one trace event applied to a mutable draft (as xyflow's
// applyNodeChanges applies one change). Tolerant by design: an event naming something the
// scenario did not declare adds it rather than throwing, so a damaged trace still plays.

import type { EventOf, TraceEvent } from '../engine/trace';
import type { BarrierDraft, Draft, ProcDraft, QueueDraft } from './draft';
import { newBarrier, newProc, newQueue } from './draft';
import type { NoteView } from './world';

function proc(d: Draft, name: string): ProcDraft {
  const at = d.procAt.get(name);
  if (at !== undefined) return d.procs[at] as ProcDraft;
  const p = newProc(name);
  d.procAt.set(name, d.procs.length);
  d.procs.push(p);
  return p;
}

function queue(d: Draft, name: string): QueueDraft {
  const at = d.queueAt.get(name);
  if (at !== undefined) return d.queues[at] as QueueDraft;
  const q = newQueue(name, null);
  d.queueAt.set(name, d.queues.length);
  d.queues.push(q);
  return q;
}

function barrier(d: Draft, name: string, parties = 0): BarrierDraft {
  const at = d.barrierAt.get(name);
  if (at !== undefined) return d.barriers[at] as BarrierDraft;
  const b = newBarrier(name, parties);
  d.barrierAt.set(name, d.barriers.length);
  d.barriers.push(b);
  return b;
}

function remove<T>(list: T[], item: T): void {
  const at = list.indexOf(item);
  if (at >= 0) list.splice(at, 1);
}

/** The processes an event concerns (for `lastEventIndex` and stepping to a process's next event). */
export function involvedProcesses(e: TraceEvent, isProcess: (name: string) => boolean): readonly string[] {
  switch (e.type) {
    case 'msg.send':
      return [e.kind === 'dispatch' ? e.to : e.from];
    case 'msg.deliver':
    case 'msg.lost':
      return isProcess(e.to) ? [e.to] : [];
    case 'barrier.release':
      return e.processes;
    case 'run.end':
      return [];
    default:
      return [e.process];
  }
}

/** The process whose statement produced the event (it is "running" then), or null. */
function actorOf(e: TraceEvent): string | null {
  switch (e.type) {
    case 'msg.send':
      return e.kind === 'dispatch' ? e.to : e.from;
    case 'msg.deliver':
    case 'msg.lost':
    case 'msg.drop':
    case 'barrier.release':
    case 'barrier.withdraw':
    case 'proc.crash':
    case 'proc.restart':
    case 'proc.timeout':
    case 'run.end':
      return null;
    default:
      return e.process;
  }
}

/** A wait ends (unblocked, or given up): remembered as the process's last wait (and as given up). */
function endWait(d: Draft, p: ProcDraft, t: number, gaveUp: boolean): void {
  const b = p.blocked;
  if (b) {
    if (b.reason === 'consume' || b.reason === 'publish') leaveQueues(d, p.name);
    p.lastWait = Object.freeze({
      reason: b.reason,
      on: b.on,
      since: b.since,
      until: t,
      line: b.line,
      barrier: b.barrier,
    });
    if (gaveUp) p.gaveUp = p.lastWait;
  }
  p.status = 'ready';
  p.blocked = null;
}

/**
 * A message that will never be taken (lost on the way, or dropped as a late answer) leaves the
 * world, and is listed with the others that vanished, so the stage can show where and why.
 */
function vanish(d: Draft, e: EventOf<'msg.lost'> | EventOf<'msg.drop'>, index: number): void {
  const m = d.messages.get(e.id);
  if (m?.kind === 'publish') remove(queue(d, m.to).inbound, e.id);
  d.messages.delete(e.id);
  const gone = Object.freeze({
    id: e.id,
    from: m?.from ?? '?',
    to: e.type === 'msg.lost' ? e.to : (m?.to ?? e.process),
    kind: m?.kind ?? 'message',
    payload: m?.payload ?? null,
    sentAt: m?.sentAt ?? e.t,
    at: e.t,
    why: e.why,
    eventIndex: index,
  });
  (e.type === 'msg.lost' ? d.lost : d.dropped).push(gone);
}

/** A process goes down: its wait, its work, its mailbox and its unanswered requests are gone. */
function crash(d: Draft, p: ProcDraft, t: number): void {
  leaveQueues(d, p.name);
  for (const id of [...p.mailbox, ...p.pending]) d.messages.delete(id);
  p.mailbox = [];
  p.pending = [];
  p.status = 'crashed';
  p.blocked = null;
  p.compute = null;
  p.downSince = t;
  p.gaveUp = null;
}

function leaveQueues(d: Draft, name: string): void {
  for (const q of d.queues) {
    remove(q.waiting, name);
    remove(q.blockedPublishers, name);
  }
}

/**
 * Puts a process that blocks at `t` in a queue's line: first come, first served by time, and
 * those that joined at the same instant in declaration order (SPEC §2), as the kernel serves them.
 */
function joinLine(d: Draft, line: string[], name: string, t: number): void {
  if (line.includes(name)) return;
  const rank = d.procAt.get(name) ?? Infinity;
  let k = line.length;
  while (k > 0) {
    const other = line[k - 1] as string;
    const since = proc(d, other).blocked?.since ?? -Infinity;
    if (since < t || (d.procAt.get(other) ?? Infinity) < rank) break;
    k--;
  }
  line.splice(k, 0, name);
}

function block(d: Draft, p: ProcDraft, e: EventOf<'proc.block'>): void {
  let barrierName: string | null = null;
  let generation: number | null = null;
  if (e.reason === 'barrier') {
    const b = e.on !== null ? barrier(d, e.on) : d.barriers.find((x) => x.arrived.includes(p.name));
    barrierName = b?.name ?? null;
    generation = b?.generation ?? null;
  } else if (e.reason === 'consume' && e.on !== null) {
    joinLine(d, queue(d, e.on).waiting, p.name, e.t);
  } else if (e.reason === 'publish' && e.on !== null) {
    joinLine(d, queue(d, e.on).blockedPublishers, p.name, e.t);
  }
  p.status = 'blocked';
  p.compute = null;
  p.gaveUp = null;
  p.blocked = { reason: e.reason, on: e.on, since: e.t, line: e.line, barrier: barrierName, generation };
}

function send(d: Draft, e: EventOf<'msg.send'>): void {
  const { id, from, to, kind, payload, line, deliverAt } = e;
  let answers: number | null = null;
  if (kind === 'publish') {
    queue(d, to).inbound.push(id);
  } else if (kind === 'dispatch') {
    const q = queue(d, from);
    // The dispatch is a new message carrying the oldest one in the queue (or the same id, if reused).
    answers = q.contents.includes(id) ? id : (q.contents[0] ?? null);
    if (answers !== null) {
      remove(q.contents, answers);
      if (answers !== id) d.messages.delete(answers);
    }
    remove(q.waiting, to);
  } else if (kind === 'reply') {
    // `reply` answers the oldest pending request; the reply goes back to that request's sender.
    const p = proc(d, from);
    answers = p.pending.find((r) => d.messages.get(r)?.from === to) ?? p.pending[0] ?? null;
    if (answers !== null) {
      remove(p.pending, answers);
      d.messages.delete(answers);
    }
  } else if (kind === 'ack') {
    const taken = proc(d, from).lastTaken;
    answers = taken?.kind === 'sync' && taken.from === to ? taken.id : null;
  }
  const m = { id, from, to, kind, payload, line, sentAt: e.t, deliverAt, status: 'flight' as const, answers };
  d.messages.set(id, Object.freeze({ ...m, progress: 0 }));
}

function deliver(d: Draft, e: EventOf<'msg.deliver'>): void {
  const m = d.messages.get(e.id);
  if (!m) return;
  d.messages.set(m.id, Object.freeze({ ...m, status: 'delivered' as const, progress: 1 }));
  if (m.kind === 'message' || m.kind === 'sync' || m.kind === 'request') {
    proc(d, e.to).mailbox.push(m.id);
  } else if (m.kind === 'publish') {
    const q = queue(d, e.to);
    remove(q.inbound, m.id);
    q.contents.push(m.id);
  }
}

function take(d: Draft, p: ProcDraft, e: EventOf<'msg.recv'>): void {
  remove(p.mailbox, e.id);
  const m = d.messages.get(e.id);
  if (!m) return;
  const taken = Object.freeze({ ...m, status: 'taken' as const, progress: 1 });
  p.lastTaken = taken;
  if (m.kind === 'request') {
    d.messages.set(m.id, taken);
    p.pending.push(m.id);
  } else {
    d.messages.delete(e.id);
  }
}

function note(d: Draft, p: ProcDraft, e: EventOf<'note'>, index: number): void {
  const view: NoteView = Object.freeze({
    process: p.name,
    line: e.line,
    t: e.t,
    eventIndex: index,
    text: e.text,
    lang: e.lang,
  });
  const last = p.notes[p.notes.length - 1];
  // Consecutive notes of one process at one instant form one caption (e.g. its `en` and `ko` lines).
  const continues = last !== undefined && last.t === e.t && last.eventIndex === p.lastEventIndex;
  p.notes = Object.freeze(continues ? [...p.notes, view] : [view]);
  d.caption = p.notes;
}

function applyTo(d: Draft, e: TraceEvent, index: number): void {
  switch (e.type) {
    case 'proc.start':
      proc(d, e.process).status = 'ready';
      return;
    case 'proc.compute': {
      const p = proc(d, e.process);
      p.status = 'computing';
      p.blocked = null;
      p.compute = { start: e.t, duration: e.duration };
      return;
    }
    case 'proc.block':
      return block(d, proc(d, e.process), e);
    case 'proc.unblock':
    case 'proc.timeout':
      return endWait(d, proc(d, e.process), e.t, e.type === 'proc.timeout');
    case 'proc.crash':
      return crash(d, proc(d, e.process), e.t);
    case 'proc.restart': {
      const p = proc(d, e.process);
      p.status = 'ready';
      p.downSince = null;
      p.gaveUp = null;
      return;
    }
    case 'msg.lost':
    case 'msg.drop':
      return vanish(d, e, index);
    case 'barrier.withdraw':
      remove(barrier(d, e.barrier).arrived, e.process);
      return;
    case 'proc.done':
    case 'proc.error': {
      const p = proc(d, e.process);
      p.status = e.type === 'proc.done' ? 'done' : 'error';
      if (e.type === 'proc.error') p.error = e.message;
      p.compute = null;
      p.blocked = null;
      leaveQueues(d, p.name);
      return;
    }
    case 'msg.send':
      return send(d, e);
    case 'msg.deliver':
      return deliver(d, e);
    case 'msg.recv':
      return take(d, proc(d, e.process), e);
    case 'barrier.arrive': {
      const b = barrier(d, e.barrier, e.parties);
      if (e.generation !== b.generation) {
        b.generation = e.generation;
        b.arrived = [];
      }
      b.parties = e.parties;
      b.arrived.push(e.process);
      return;
    }
    case 'barrier.release': {
      const b = barrier(d, e.barrier, e.processes.length);
      b.releasedAt = e.t;
      b.lastReleased = Object.freeze(e.processes.slice());
      b.arrived = [];
      b.generation = e.generation + 1;
      return;
    }
    case 'note':
      return note(d, proc(d, e.process), e, index);
    case 'run.end':
      d.outcome = e.outcome;
      return;
  }
}

/** Applies `e`, the trace's event number `index`, to draft `d` in place. */
export function applyEvent(d: Draft, e: TraceEvent, index: number): void {
  const actor = actorOf(e);
  if (actor !== null && e.type !== 'proc.compute') {
    // A computing process that acts again has finished its compute.
    const p = proc(d, actor);
    if (p.status === 'computing') {
      p.status = 'ready';
      p.compute = null;
    }
  }
  applyTo(d, e, index);
  const isProcess = (name: string): boolean => d.procAt.has(name);
  for (const name of involvedProcesses(e, isProcess)) {
    const p = proc(d, name);
    p.lastEventIndex = index;
    if ('line' in e && actor === name) p.line = e.line;
  }
  // Exactly one process runs at a time: the actor of the latest event, while it is not waiting.
  const current = d.running !== null ? d.procs[d.procAt.get(d.running) ?? -1] : undefined;
  if (actor !== null || e.type === 'run.end') {
    if (current && current.name !== actor && current.status === 'running') current.status = 'ready';
    const p = actor !== null ? proc(d, actor) : undefined;
    if (p && (p.status === 'ready' || p.status === 'running')) {
      p.status = 'running';
      d.running = p.name;
    } else {
      d.running = null;
    }
  } else if (current && current.status !== 'running') {
    d.running = null;
  }
  d.index = index + 1;
  d.t = e.t;
}
