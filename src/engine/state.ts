// The kernel's records of processes, broker queues and barriers.

import type { Op } from './ops';
import type { BlockReason } from './trace';
import { Fifo } from './fifo';
import type { WaitEntry, WaitLine } from './line';
import type { Message } from './network';

export const READY = 1;
export const RUNNING = 2;
export const BLOCKED = 3;
export const COMPUTING = 4;
export const DONE = 5;
/** Down after a `crash` line, until a `restart` (SPEC §6). */
export const CRASHED = 6;
export type Status =
  typeof READY | typeof RUNNING | typeof BLOCKED | typeof COMPUTING | typeof DONE | typeof CRASHED;

/** One running process instance. */
export interface Proc {
  index: number;
  name: string;
  status: Status;
  /** Operations fed by the host and not yet executed. */
  buf: Op[];
  pos: number;
  /** While blocked: why, on what (as written), at which line; `peer` is the process waited for by
   *  `recv from`, `ssend` or `call` (-1: none, or any sender for a plain `recv`). */
  reason: BlockReason | null;
  on: string | null;
  line: number;
  peer: number;
  inLoop: boolean;
  /** Delivered messages not yet taken (kinds message, sync, request), in delivery order. */
  mailbox: Fifo<Message>;
  /** Requests taken and not yet answered, oldest first. */
  requests: Fifo<Message>;
  /** Set when a delivery or a freed slot has satisfied the block: what the process does first when
   *  it runs again. Until then it still counts as blocked (SPEC §2, order within one instant). */
  resume: Resume | null;
  /** While blocked with a `timeout`: the instant it gives up; otherwise null (SPEC §6). */
  deadline: number | null;
  /** While blocked in `ssend`/`call`/`consume`: the id its answer must carry (the sync message, the
   *  request, the dispatch on its way); 0 when none. Any other answer arriving is late. */
  awaiting: number;
  /** Did the most recent statement with a `timeout` give up? */
  timedout: boolean;
  /** While computing: the instant the `compute` ends (a crash cuts it short). */
  wakeAt: number;
  /** When it last crashed, or -1. */
  crashedAt: number;
  /** What the host must hear the next time it is asked for operations: the answer to a `branch`,
   *  or that the program starts again (a restart). */
  pending: { timedout: boolean } | { restart: true } | null;
}

/** The end of a satisfied block: take the message that satisfied it, or send the publish that got a slot. */
export type Resume =
  | { kind: 'take'; message: Message; line: number }
  | { kind: 'publish'; queue: QueueState; payload: string | null; line: number };

/** Creates the record of a process that has not started yet. */
export function createProc(index: number, name: string): Proc {
  return {
    index,
    name,
    status: READY,
    buf: [],
    pos: 0,
    reason: null,
    on: null,
    line: 0,
    peer: -1,
    inLoop: false,
    mailbox: new Fifo(),
    requests: new Fifo(),
    resume: null,
    deadline: null,
    awaiting: 0,
    timedout: false,
    wakeAt: 0,
    crashedAt: -1,
    pending: null,
  };
}

/** A publisher waiting for a free slot since `since`, with the message it will send. */
export interface BlockedPublisher {
  process: number;
  since: number;
  line: number;
  payload: string | null;
}

/** A broker queue: its messages, the publishes on their way to it, and who waits. */
export interface QueueState {
  name: string;
  /** Endpoint number in the network. */
  endpoint: number;
  capacity: number | null;
  items: Fifo<Message>;
  inFlight: number;
  /** Consumers waiting for a message (`since`: when they joined). */
  consumers: WaitLine<WaitEntry>;
  /** Publishers waiting for a free slot of a bounded queue. */
  publishers: WaitLine<BlockedPublisher>;
}

/** A cyclic barrier and its current generation. */
export interface BarrierState {
  name: string;
  parties: number;
  /** Instances whose program contains this barrier, in declaration order. */
  members: number[];
  generation: number;
  /** Processes arrived in the current generation, in arrival order. */
  arrivals: number[];
}
