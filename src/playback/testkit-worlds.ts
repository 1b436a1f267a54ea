// Builders of expected Worlds for hand-computed tests: write only what differs from the defaults.

import type { Outcome } from '../engine/trace';
import type {
  BarrierView,
  BlockedView,
  GoneView,
  MessageView,
  NoteView,
  ProcessView,
  QueueView,
  WaitView,
  World,
} from './world';

/** A process view with defaults (ready, nothing pending, no event yet). */
export function procView(name: string, over: Partial<ProcessView> = {}): ProcessView {
  return {
    name,
    status: 'ready',
    compute: null,
    blocked: null,
    line: null,
    mailbox: [],
    pendingRequests: [],
    lastEventIndex: -1,
    error: null,
    lastTaken: null,
    lastWait: null,
    notes: [],
    downSince: null,
    gaveUp: null,
    ...over,
  };
}

/** A blocked view with defaults for the barrier-only fields. */
export function blockedView(
  reason: BlockedView['reason'],
  on: string | null,
  since: number,
  line: number,
  over: Partial<BlockedView> = {},
): BlockedView {
  return { reason, on, since, line, barrier: null, generation: null, arrived: null, parties: null, ...over };
}

/** An ended wait. */
export function waitView(
  reason: WaitView['reason'],
  on: string | null,
  since: number,
  until: number,
  line: number,
  barrier: string | null = null,
): WaitView {
  return { reason, on, since, until, line, barrier };
}

/** A message view: `[id, from, to, kind, payload, sentAt, deliverAt, line]` plus status and progress. */
export function msgView(
  head: [number, string, string, MessageView['kind'], string | null, number, number, number],
  status: MessageView['status'],
  progress: number,
  answers: number | null = null,
): MessageView {
  const [id, from, to, kind, payload, sentAt, deliverAt, line] = head;
  return { id, from, to, kind, payload, sentAt, deliverAt, line, status, progress, answers };
}

/** A queue view with defaults. */
export function queueView(name: string, capacity: number | null, over: Partial<QueueView> = {}): QueueView {
  return { name, capacity, contents: [], inbound: [], waiting: [], blockedPublishers: [], ...over };
}

/** A barrier view with defaults. */
export function barrierView(name: string, parties: number, over: Partial<BarrierView> = {}): BarrierView {
  return { name, parties, generation: 0, arrived: [], releasedAt: null, lastReleased: [], ...over };
}

export interface WorldSpec {
  index: number;
  t: number;
  processes: ProcessView[];
  running?: string | null;
  messages?: MessageView[];
  queues?: QueueView[];
  barriers?: BarrierView[];
  caption?: NoteView[];
  outcome?: Outcome | null;
  lost?: GoneView[];
  dropped?: GoneView[];
}

/** A whole expected World; `inFlight` is derived from `messages`. */
export function worldOf(s: WorldSpec): World {
  const messages = s.messages ?? [];
  return {
    position: { index: s.index, t: s.t },
    processes: s.processes,
    running: s.running ?? null,
    messages: new Map(messages.map((m) => [m.id, m])),
    inFlight: messages.filter((m) => m.status === 'flight'),
    queues: s.queues ?? [],
    barriers: s.barriers ?? [],
    caption: s.caption ?? [],
    outcome: s.outcome ?? null,
    lost: s.lost ?? [],
    dropped: s.dropped ?? [],
  };
}
