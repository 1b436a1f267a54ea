// The World: everything on stage at one playback position. Built by the reducer in `state.ts`
// from a trace; every World handed out is a fresh object, so callers may keep or even mutate it
// without touching the snapshot index it came from.

import type { Lang } from '../lang/ast';
import type { BlockReason, LossCause, MessageKind, Outcome } from '../engine/trace';

/** Where playback stands: `index` events applied (0..events.length), at virtual time `t`. */
export interface Position {
  /** Number of events applied; the event that produced this position is `events[index - 1]`. */
  readonly index: number;
  /** Virtual time; at least the time of the last applied event, possibly fractional. */
  readonly t: number;
}

/**
 * `ready`: started (or about to start) and not the one acting right now; `running`: the process
 * the last applied event belongs to; `computing`: inside a `compute`; `blocked`: waiting;
 * `done` / `error`: finished.
 */
export type ProcStatus = 'ready' | 'running' | 'computing' | 'blocked' | 'done' | 'error' | 'crashed';

export interface ComputeView {
  readonly start: number;
  readonly duration: number;
  /** 0..1 at the position's t (1 for a zero-length compute). */
  readonly progress: number;
}

export interface BlockedView {
  readonly reason: BlockReason;
  /** From `proc.block`: the process (recv from, ssend, call), the queue, the barrier, or null. */
  readonly on: string | null;
  /** Time the wait began. */
  readonly since: number;
  /** Source line of the blocking statement. */
  readonly line: number;
  /** For `barrier`: the barrier's name, else null. */
  readonly barrier: string | null;
  /** For `barrier`: the generation the waiter arrived in, else null. */
  readonly generation: number | null;
  /** For `barrier`: arrivals so far in the waiter's generation (= parties once released), else null. */
  readonly arrived: number | null;
  /** For `barrier`: the barrier's parties, else null. */
  readonly parties: number | null;
}

/** A wait that has ended (kept until the process waits again), e.g. for "waited 3 ticks". */
export interface WaitView {
  readonly reason: BlockReason;
  readonly on: string | null;
  readonly since: number;
  readonly until: number;
  readonly line: number;
  readonly barrier: string | null;
}

/** A `note` statement reached: the caption text and where it came from. */
export interface NoteView {
  readonly process: string;
  readonly line: number;
  readonly t: number;
  /** Index of the note event in `trace.events`. */
  readonly eventIndex: number;
  readonly text: string;
  readonly lang: Lang | null;
}

export interface ProcessView {
  readonly name: string;
  readonly status: ProcStatus;
  /** Set while `computing`, else null. */
  readonly compute: ComputeView | null;
  /** Set while `blocked`, else null. */
  readonly blocked: BlockedView | null;
  /** Source line of this process's last event that has a line, or null before any. */
  readonly line: number | null;
  /** Ids of delivered, not yet taken messages (kinds message, sync, request), oldest first. */
  readonly mailbox: readonly number[];
  /** Ids of requests taken and not yet replied to, oldest first (the next `reply` answers the first). */
  readonly pendingRequests: readonly number[];
  /** The last message this process took (by `recv`, or a reply, ack or dispatch reaching it), or null. */
  readonly lastTaken: MessageView | null;
  /** The last wait that ended, or null. */
  readonly lastWait: WaitView | null;
  /** Index in `trace.events` of the last event involving this process, or -1. */
  readonly lastEventIndex: number;
  /** The `proc.error` message once the process failed, else null. */
  readonly error: string | null;
  /** The process's latest caption: consecutive `note`s of one instant (e.g. an `en` and a `ko` line). */
  readonly notes: readonly NoteView[];
  /** While `crashed`: the time it went down, else null. */
  readonly downSince: number | null;
  /** The wait it last gave up (`proc.timeout`), kept until it blocks again, crashes or restarts. */
  readonly gaveUp: WaitView | null;
}

/**
 * `flight`: on its way; `delivered`: arrived (in a mailbox, in a queue, or at the waiter) and not
 * yet taken; `taken`: taken by its receiver (live only for a request not yet replied to).
 */
export type MessageStatus = 'flight' | 'delivered' | 'taken';

export interface MessageView {
  readonly id: number;
  /** A process, or the queue for a `dispatch`. */
  readonly from: string;
  /** A process, or the queue for a `publish`. */
  readonly to: string;
  readonly kind: MessageKind;
  readonly payload: string | null;
  readonly line: number;
  readonly sentAt: number;
  readonly deliverAt: number;
  readonly status: MessageStatus;
  /** What it answers: a reply its request, an ack its sync message, a dispatch the published message it carries. */
  readonly answers: number | null;
  /** 0..1 along the wire at the position's t; 1 once delivered (or due, for zero latency). */
  readonly progress: number;
}

/** A message that never reached its receiver's program: lost on the way (`msg.lost`) or dropped late (`msg.drop`). */
export interface GoneView {
  readonly id: number;
  readonly from: string;
  readonly to: string;
  readonly kind: MessageKind;
  readonly payload: string | null;
  readonly sentAt: number;
  /** When it vanished: the time of its `msg.lost` or `msg.drop`. */
  readonly at: number;
  /** `lose`, `cut` or `crash` for a lost message; `late` for a dropped one. */
  readonly why: LossCause | 'late';
  /** Index of the `msg.lost` or `msg.drop` event in `trace.events`. */
  readonly eventIndex: number;
}

export interface QueueView {
  readonly name: string;
  /** Null for an unbounded queue. */
  readonly capacity: number | null;
  /** Ids of the `publish` messages in the queue, oldest first. */
  readonly contents: readonly number[];
  /** Ids of `publish` messages on their way to the queue (they count against capacity). */
  readonly inbound: readonly number[];
  /** Consumers waiting in line, first come first served. */
  readonly waiting: readonly string[];
  /** Publishers blocked on a full queue, in the order they blocked. */
  readonly blockedPublishers: readonly string[];
}

export interface BarrierView {
  readonly name: string;
  readonly parties: number;
  /** The current generation (from 0). */
  readonly generation: number;
  /** Processes that arrived in the current generation, in arrival order. */
  readonly arrived: readonly string[];
  /** Time of the last release, or null. */
  readonly releasedAt: number | null;
  /** Processes freed by the last release. */
  readonly lastReleased: readonly string[];
}

export interface World {
  readonly position: Position;
  /** In `trace.scenario.processes` order. */
  readonly processes: readonly ProcessView[];
  /** The process the last applied event belongs to, if it is still running, else null. */
  readonly running: string | null;
  /** Every live message (in flight, delivered and not taken, or a request awaiting its reply), by id in send order. */
  readonly messages: ReadonlyMap<number, MessageView>;
  /** The messages on their way, in send order. */
  readonly inFlight: readonly MessageView[];
  readonly queues: readonly QueueView[];
  readonly barriers: readonly BarrierView[];
  /** The latest caption overall (consecutive notes of one process at one instant), for the stage. */
  readonly caption: readonly NoteView[];
  /** Set once `run.end` has been applied. */
  readonly outcome: Outcome | null;
  /** Every message lost so far (`msg.lost`), oldest first. */
  readonly lost: readonly GoneView[];
  /** Every answer dropped so far for arriving too late (`msg.drop`), oldest first. */
  readonly dropped: readonly GoneView[];
}

/** The process named `name`, or undefined. */
export function processOf(world: World, name: string): ProcessView | undefined {
  return world.processes.find((p) => p.name === name);
}

/** The queue named `name`, or undefined. */
export function queueOf(world: World, name: string): QueueView | undefined {
  return world.queues.find((q) => q.name === name);
}

/** The barrier named `name`, or undefined. */
export function barrierOf(world: World, name: string): BarrierView | undefined {
  return world.barriers.find((b) => b.name === name);
}

/** Picks the note of a caption to show in `lang`: an exact match, else an untagged one, else the first. */
export function pickNote(notes: readonly NoteView[], lang: Lang): NoteView | null {
  return notes.find((n) => n.lang === lang) ?? notes.find((n) => n.lang === null) ?? notes[0] ?? null;
}
