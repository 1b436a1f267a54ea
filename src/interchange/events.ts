// Checks the events of a trace in order and names the first one that is malformed (a field of the
// wrong type, an unknown type) or inconsistent with what came before (a delivery before its send, a
// message delivered twice, an unknown process, time going backwards). One pass, flat checks only.

import { EVENT_TYPES, OPTIONAL, REQUIRED, describeKind, fits, isObject } from './fields';
import type { EventType } from '../engine/trace';

export interface EventProblem {
  kind: 'malformed' | 'inconsistent';
  index: number;
  /** The event's type, when it has a string one. */
  type: string | null;
  /** What is wrong, without the "event N (type)" prefix. */
  detail: string;
}

interface SendInfo {
  from: string;
  to: string;
  deliverAt: number;
  fate: 'flight' | 'delivered' | 'lost';
  received: boolean;
}

type Row = Record<string, unknown>;

/** The names an event says are processes (beyond `msg.send`/`deliver`/`lost`, which may name queues). */
function processNames(e: Row, type: EventType): string[] {
  if (type === 'barrier.release') return e.processes as string[];
  if (type === 'msg.send' || type === 'msg.deliver' || type === 'msg.lost' || type === 'run.end') return [];
  return [e.process as string];
}

/** Scans `events`; returns the first problem, or null when every event is sound. */
export function firstEventProblem(
  events: unknown[],
  processes: ReadonlySet<string>,
  queues: ReadonlySet<string>,
  barriers: ReadonlySet<string>,
): EventProblem | null {
  const sends = new Map<number, SendInfo>();
  let lastT = 0;
  let started = false;
  for (let index = 0; index < events.length; index++) {
    const e = events[index];
    const type = isObject(e) && typeof e.type === 'string' ? e.type : null;
    const bad = (kind: EventProblem['kind'], detail: string): EventProblem => ({ kind, index, type, detail });
    if (!isObject(e)) return bad('malformed', 'is not an object');
    if (type === null) return bad('malformed', 'has no "type"');
    if (!EVENT_TYPES.has(type)) return bad('malformed', `has an unknown type "${type.slice(0, 40)}"`);
    const t = type as EventType;
    if (e.seq !== index) return bad('inconsistent', `has seq ${short(e.seq)} where ${index} was expected`);
    if (!fits('time', e.t)) return bad('malformed', `has time t=${short(e.t)}, not a finite number ≥ 0`);
    for (const [field, kind] of Object.entries(REQUIRED[t])) {
      if (!(field in e)) return bad('malformed', `has no "${field}"`);
      if (!fits(kind, e[field]))
        return bad('malformed', `has "${field}" ${short(e[field])}: should be ${describeKind(kind)}`);
    }
    for (const [field, kind] of Object.entries(OPTIONAL[t] ?? {})) {
      if (e[field] !== undefined && !fits(kind, e[field]))
        return bad('malformed', `has "${field}" ${short(e[field])}: should be ${describeKind(kind)}`);
    }
    // An `ask` from a trace that predates answers has none: the app reads that as null.
    if (t === 'ask' && e.answer === undefined) e.answer = null;
    const time = e.t as number;
    if (time < lastT) return bad('inconsistent', `goes back in time (t=${lastT} → t=${time})`);
    lastT = time;
    if (t === 'proc.start' && started) return bad('inconsistent', 'starts a process after other events');
    if (t !== 'proc.start') started = true;
    for (const p of processNames(e, t)) {
      if (!processes.has(p)) return bad('inconsistent', `names an unknown process "${p.slice(0, 60)}"`);
    }
    const problem = messageProblem(e, t, sends, processes, queues) ?? barrierProblem(e, t, barriers);
    if (problem !== null) return bad('inconsistent', problem);
    if (t === 'run.end' && index !== events.length - 1)
      return bad('inconsistent', 'comes before the end of the trace');
  }
  return null;
}

/** A message event checked against its `msg.send`. */
function messageProblem(
  e: Row,
  type: EventType,
  sends: Map<number, SendInfo>,
  processes: ReadonlySet<string>,
  queues: ReadonlySet<string>,
): string | null {
  const endpoint = (n: string): boolean => processes.has(n) || queues.has(n);
  const id = e.id as number;
  const s = sends.get(id);
  switch (type) {
    case 'msg.send': {
      if (s) return `sends message ${id} a second time`;
      const from = e.from as string;
      const to = e.to as string;
      if (!endpoint(from)) return `is sent by an unknown process "${from.slice(0, 60)}"`;
      if (!endpoint(to)) return `is sent to an unknown process "${to.slice(0, 60)}"`;
      if ((e.deliverAt as number) < (e.t as number))
        return `is due at t=${short(e.deliverAt)}, before it is sent`;
      sends.set(id, { from, to, deliverAt: e.deliverAt as number, fate: 'flight', received: false });
      return null;
    }
    case 'msg.deliver':
    case 'msg.lost': {
      const verb = type === 'msg.deliver' ? 'delivers' : 'loses';
      if (!s) return `${verb} message ${id} before it is sent`;
      if (s.fate === 'delivered') return `${verb} message ${id}, which was already delivered`;
      if (s.fate === 'lost') return `${verb} message ${id}, which was already lost`;
      if (e.to !== s.to) return `${verb} message ${id} to ${short(e.to)}, but it was sent to ${s.to}`;
      if (e.t !== s.deliverAt)
        return `${verb} message ${id} at t=${short(e.t)}, but it was due at t=${s.deliverAt}`;
      s.fate = type === 'msg.deliver' ? 'delivered' : 'lost';
      return null;
    }
    case 'msg.recv':
    case 'msg.drop': {
      const verb = type === 'msg.recv' ? 'takes' : 'drops';
      if (!s) return `${verb} message ${id} before it is sent`;
      if (s.fate !== 'delivered') return `${verb} message ${id} before it is delivered`;
      if (s.received) return `${verb} message ${id}, which was already taken or dropped`;
      if (e.process !== s.to)
        return `${verb} message ${id} in ${short(e.process)}, but it was sent to ${s.to}`;
      s.received = true;
      return null;
    }
    default:
      return null;
  }
}

function barrierProblem(e: Row, type: EventType, barriers: ReadonlySet<string>): string | null {
  if (type !== 'barrier.arrive' && type !== 'barrier.release' && type !== 'barrier.withdraw') return null;
  const b = e.barrier as string;
  return barriers.has(b) ? null : `names an unknown barrier "${b.slice(0, 60)}"`;
}

/** A value quoted briefly for a message (never the whole of a huge string or object). */
export function short(v: unknown): string {
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (v === null) return 'null';
  if (v === undefined) return 'missing';
  return Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : typeof v;
}
