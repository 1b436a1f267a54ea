// What a language must say. Each language writes whole sentences from these facts (no English
// word order glued together); narration.ts gathers the facts from the trace and the World.

import type { BlockedInfo, BlockReason, MessageKind, Outcome } from '../engine/trace';

/**
 * What the run's clock counts: ticks of virtual time, or, in a run the explorer found (SPEC §8),
 * the deliveries so far. Every time and wait in a sentence is said in it.
 */
export type NarrationClock = 'ticks' | 'deliveries';

/** A message as narration needs it. */
export interface MsgFacts {
  id: number;
  from: string;
  to: string;
  kind: MessageKind;
  payload: string | null;
  deliverAt: number;
  /** The request a reply answers, the sync message an ack confirms, the published message a dispatch carries. */
  answers: number | null;
  /** What `deliverAt` counts (ticks when absent). */
  clock?: NarrationClock;
}

export interface BlockFacts {
  process: string;
  reason: BlockReason;
  on: string | null;
  line: number;
  /** Barrier arrivals so far and parties (barrier waits). */
  arrived: number | null;
  parties: number | null;
  /** Messages in or on their way to the queue, and its capacity (publish waits). */
  used: number | null;
  capacity: number | null;
}

export interface UnblockFacts {
  process: string;
  /** The wait that ended, if known. */
  reason: BlockReason | null;
  on: string | null;
  waited: number;
  /** What `waited` counts (ticks when absent). */
  clock?: NarrationClock;
}

export interface DeliverFacts {
  msg: MsgFacts;
  /** Messages now in the receiving mailbox or queue. */
  held: number;
}

export interface RecvFacts {
  process: string;
  /** The message taken, or null when the trace does not say. */
  msg: MsgFacts | null;
  id: number;
  /** The sender still waits for this (an ssend's ack, a call's reply). */
  senderWaits: boolean;
}

/** A short caption for a blocked process node. */
export interface WaitFacts {
  reason: BlockReason;
  on: string | null;
  arrived: number | null;
  parties: number | null;
}

export interface Phrasebook {
  start(p: string): string;
  compute(p: string, duration: number, line: number, until: number): string;
  block(f: BlockFacts): string;
  unblock(f: UnblockFacts): string;
  done(p: string): string;
  error(p: string, line: number, message: string): string;
  send(m: MsgFacts): string;
  deliver(f: DeliverFacts): string;
  /** A delivery of a message the trace never sent (a damaged trace). */
  arrivesSomewhere(id: number, to: string): string;
  recv(f: RecvFacts): string;
  arrive(p: string, barrier: string, generation: number, arrived: number, parties: number): string;
  release(barrier: string, generation: number, processes: readonly string[]): string;
  note(p: string, line: number, text: string): string;
  /** An `ask` checkpoint's question (its answer is kept for the reveal). */
  ask(p: string, line: number, text: string): string;
  /** A checkpoint's answer, revealed. */
  answer(text: string): string;
  /** The whole outcome; `barrierOf` names the barrier a blocked process waits at, when known. */
  outcome(o: Outcome, barrierOf: (process: string) => string | null): string;
  /** One blocked process in an outcome, as a sentence. */
  waits(b: BlockedInfo, barrier: string | null): string;
  /** A caption for a blocked node, e.g. "waiting for reply from Server". */
  waiting(f: WaitFacts): string;
}

/** `waitsFor` as one name (first of a list), or null. */
export function single(w: BlockedInfo['waitsFor']): string | null {
  return Array.isArray(w) ? (w[0] ?? null) : w;
}

/** `waitsFor` as a list of names. */
export function many(w: BlockedInfo['waitsFor']): string[] {
  return Array.isArray(w) ? w : w === null ? [] : [w];
}

/** The cycle as "A → B → A" (closing it if the trace lists it open), or null. */
export function cycleText(cycle: readonly string[] | null): string | null {
  if (!cycle || cycle.length === 0) return null;
  const closed = cycle[0] === cycle[cycle.length - 1] && cycle.length > 1 ? cycle : [...cycle, cycle[0]];
  return closed.join(' → ');
}
