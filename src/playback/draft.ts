// The reducer's working copy of a World: mutable, without interpolation. Message, note and wait
// records and the note / lastReleased arrays are frozen and replaced rather than changed, so
// clones and Worlds share them; every other container is copied by `cloneDraft`.

import type { BlockReason, Outcome, Trace } from '../engine/trace';
import type { GoneView, MessageView, NoteView, ProcessView, ProcStatus, WaitView, World } from './world';

export interface BlockedDraft {
  reason: BlockReason;
  on: string | null;
  since: number;
  line: number;
  barrier: string | null;
  /** The barrier generation the waiter arrived in, to tell "still waiting" from "just released". */
  generation: number | null;
}

export interface ProcDraft {
  name: string;
  status: ProcStatus;
  compute: { start: number; duration: number } | null;
  blocked: BlockedDraft | null;
  line: number | null;
  mailbox: number[];
  pending: number[];
  lastEventIndex: number;
  error: string | null;
  lastTaken: MsgDraft | null;
  /** Replaced, never mutated in place. */
  lastWait: WaitView | null;
  /** Replaced, never mutated in place. */
  notes: readonly NoteView[];
  downSince: number | null;
  /** Replaced, never mutated in place. */
  gaveUp: WaitView | null;
}

/** A frozen message record; `progress` is 1 once delivered (in flight it is filled in by `materialize`). */
export type MsgDraft = MessageView;

/** The shared empty list. */
export const NONE: readonly never[] = Object.freeze([]);

export interface QueueDraft {
  name: string;
  capacity: number | null;
  contents: number[];
  inbound: number[];
  waiting: string[];
  blockedPublishers: string[];
}

export interface BarrierDraft {
  name: string;
  parties: number;
  generation: number;
  arrived: string[];
  releasedAt: number | null;
  lastReleased: readonly string[];
}

export interface Draft {
  /** Events applied so far. */
  index: number;
  /** Time of the last applied event (0 before any). */
  t: number;
  procs: ProcDraft[];
  procAt: Map<string, number>;
  messages: Map<number, MsgDraft>;
  queues: QueueDraft[];
  queueAt: Map<string, number>;
  barriers: BarrierDraft[];
  barrierAt: Map<string, number>;
  running: string | null;
  caption: readonly NoteView[];
  outcome: Outcome | null;
  /** Frozen records, only ever appended to. */
  lost: GoneView[];
  dropped: GoneView[];
}

/** A fresh process record in its initial state. */
export function newProc(name: string): ProcDraft {
  return {
    name,
    status: 'ready',
    compute: null,
    blocked: null,
    line: null,
    mailbox: [],
    pending: [],
    lastEventIndex: -1,
    error: null,
    lastTaken: null,
    lastWait: null,
    notes: NONE,
    downSince: null,
    gaveUp: null,
  };
}

/** A fresh queue record. */
export function newQueue(name: string, capacity: number | null): QueueDraft {
  return { name, capacity, contents: [], inbound: [], waiting: [], blockedPublishers: [] };
}

/** A fresh barrier record. */
export function newBarrier(name: string, parties: number): BarrierDraft {
  return { name, parties, generation: 0, arrived: [], releasedAt: null, lastReleased: NONE };
}

function indexBy(items: readonly { name: string }[]): Map<string, number> {
  return new Map(items.map((item, i) => [item.name, i]));
}

/** The draft before any event: every declared process, queue and barrier, empty. */
export function initialDraft(trace: Trace): Draft {
  const procs = trace.scenario.processes.map(newProc);
  const queues = trace.scenario.queues.map((q) => newQueue(q.name, q.capacity));
  const barriers = trace.scenario.barriers.map((b) => newBarrier(b.name, b.parties));
  return {
    index: 0,
    t: 0,
    procs,
    procAt: indexBy(procs),
    messages: new Map(),
    queues,
    queueAt: indexBy(queues),
    barriers,
    barrierAt: indexBy(barriers),
    running: null,
    caption: NONE,
    outcome: null,
    lost: [],
    dropped: [],
  };
}

/** A deep-enough copy: applying events to it never changes `d`. */
export function cloneDraft(d: Draft): Draft {
  return {
    index: d.index,
    t: d.t,
    procs: d.procs.map((p) => ({
      ...p,
      compute: p.compute && { ...p.compute },
      blocked: p.blocked && { ...p.blocked },
      mailbox: p.mailbox.slice(),
      pending: p.pending.slice(),
    })),
    procAt: new Map(d.procAt),
    messages: new Map(d.messages),
    queues: d.queues.map((q) => ({
      ...q,
      contents: q.contents.slice(),
      inbound: q.inbound.slice(),
      waiting: q.waiting.slice(),
      blockedPublishers: q.blockedPublishers.slice(),
    })),
    queueAt: new Map(d.queueAt),
    barriers: d.barriers.map((b) => ({ ...b, arrived: b.arrived.slice() })),
    barrierAt: new Map(d.barrierAt),
    running: d.running,
    caption: d.caption,
    outcome: d.outcome,
    lost: d.lost.slice(),
    dropped: d.dropped.slice(),
  };
}

/** A rough size of the draft, so the snapshot index can space out snapshots of big worlds. */
export function draftWeight(d: Draft): number {
  let w = d.procs.length + d.messages.size + d.queues.length + d.barriers.length;
  for (const p of d.procs) w += p.mailbox.length + p.pending.length;
  return w;
}

function fraction(now: number, start: number, end: number): number {
  if (end <= start) return now >= end ? 1 : 0;
  return Math.min(1, Math.max(0, (now - start) / (end - start)));
}

/** The view of one process at time `now`. */
function processView(d: Draft, p: ProcDraft, now: number): ProcessView {
  const b = p.blocked;
  const barrier = b?.barrier != null ? d.barriers[d.barrierAt.get(b.barrier) ?? -1] : undefined;
  return {
    name: p.name,
    status: p.status,
    compute: p.compute && {
      ...p.compute,
      progress: fraction(now, p.compute.start, p.compute.start + p.compute.duration),
    },
    blocked: b && {
      reason: b.reason,
      on: b.on,
      since: b.since,
      line: b.line,
      barrier: b.barrier,
      generation: b.generation,
      arrived: barrier
        ? barrier.generation > (b.generation ?? barrier.generation)
          ? barrier.parties
          : barrier.arrived.length
        : null,
      parties: barrier ? barrier.parties : null,
    },
    line: p.line,
    mailbox: p.mailbox,
    pendingRequests: p.pending,
    lastEventIndex: p.lastEventIndex,
    error: p.error,
    lastTaken: p.lastTaken,
    lastWait: p.lastWait,
    notes: p.notes,
    downSince: p.downSince,
    gaveUp: p.gaveUp,
  };
}

/**
 * The World of draft `d` seen at time `t` (clamped to at least `d.t`). Takes ownership of `d`'s
 * containers (call it on a clone or a fresh draft, never on a snapshot) and shares only frozen records.
 */
export function materialize(d: Draft, t: number = d.t): World {
  const now = Number.isFinite(t) ? Math.max(t, d.t) : d.t;
  const inFlight: MessageView[] = [];
  for (const m of d.messages.values()) {
    if (m.status !== 'flight') continue;
    const view: MessageView = { ...m, progress: fraction(now, m.sentAt, m.deliverAt) };
    d.messages.set(m.id, view);
    inFlight.push(view);
  }
  return { ...worldShell(d, now), processes: d.procs.map((p) => processView(d, p, now)), inFlight };
}

/**
 * A World in which only the processes named in `names` are present and nothing is in flight:
 * enough to narrate one event, without the cost of viewing every process and message.
 */
export function materializeSome(d: Draft, names: ReadonlySet<string>): World {
  const processes = d.procs.filter((p) => names.has(p.name)).map((p) => processView(d, p, d.t));
  return { ...worldShell(d, d.t), processes, inFlight: [] };
}

function worldShell(d: Draft, now: number): Omit<World, 'processes' | 'inFlight'> {
  return {
    position: { index: d.index, t: now },
    running: d.running,
    messages: d.messages,
    queues: d.queues,
    barriers: d.barriers,
    caption: d.caption,
    outcome: d.outcome,
    lost: d.lost,
    dropped: d.dropped,
  };
}
