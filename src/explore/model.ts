// The untimed model of SPEC §8: its static part (processes, queues, barriers, programs) and a
// state the search can copy cheaply. A state holds only what decides the future: where each
// process is in its program, its `timedout`, mailboxes, unanswered requests, the messages in
// flight on each directed pair (FIFO), queues with their waiting lines, and barrier arrivals.
// Message ids, payloads, lines and barrier generations are not part of it (SPEC §8: "message ids
// aside"); the replay that writes a run's trace carries them on the side.
//
// Inner arrays are never changed in place: a step replaces the arrays it changes, so a copy of a
// state only copies its outer arrays and shares the rest.

import type { Scenario } from '../lang/ast';
import { setupBarriers, setupQueues } from '../engine/setup';
import type { BlockReason } from '../engine/trace';
import { compileProgram, type Program, type XOp } from './program';
import { BARRIER, CALL, CONSUME, PUBLISH, RECV, SSEND } from './program';

// Message kinds, as the low three bits of a message's code.
export const M_MESSAGE = 0;
export const M_SYNC = 1;
export const M_REQUEST = 2;
export const M_REPLY = 3;
export const M_ACK = 4;
export const M_PUBLISH = 5;
export const M_DISPATCH = 6;
/** Set on the one message a blocked `ssend`, `call` or `consume` still waits for (its sync message,
 *  request, ack, reply or dispatch); cleared when the statement gives up, so its answer is late. */
export const AWAITED = 8;
/** A message is its code (kind | AWAITED | sender << 4) plus, in a replay only, its id × SPAN. */
export const SPAN = 1 << 20;

export const codeOf = (m: number): number => m % SPAN;
export const idOf = (m: number): number => Math.floor(m / SPAN);
export const kindOf = (m: number): number => (m % SPAN) & 7;
export const fromOf = (m: number): number => (m % SPAN) >>> 4;
export const awaitedOf = (m: number): number => (m % SPAN) & AWAITED;

// Where a process is: at a statement it will run next, blocked in one, blocked but satisfied (what
// it waited for has come; it finishes the statement when it runs), or ended.
export const AT = 0;
export const BLOCKED = 1;
export const SATISFIED = 2;
export const DONE = 3;

/** The static part: what never changes during a search. */
export interface Model {
  scenario: Scenario;
  procs: number;
  /** Endpoints: the processes, then the queues. */
  ends: number;
  names: string[];
  progs: Program[];
  queueNames: string[];
  capacity: (number | null)[];
  barrierNames: string[];
  parties: number[];
  members: number[][];
  /** Messages the network may lose in one run (`--lose K`). */
  lose: number;
}

/** Builds the model of a checked scenario. */
export function buildModel(scenario: Scenario, lose = 0): Model {
  const queues = setupQueues(scenario);
  const barriers = setupBarriers(scenario);
  const procNames = scenario.instances.map((inst) => inst.name);
  const names = {
    procs: new Map(procNames.map((n, k) => [n, k])),
    queues: new Map(queues.map((q, k) => [q.name, k])),
    barriers: new Map(barriers.map((b, k) => [b.name, k])),
  };
  return {
    scenario,
    procs: procNames.length,
    ends: procNames.length + queues.length,
    names: [...procNames, ...queues.map((q) => q.name)],
    progs: scenario.instances.map((_, k) => compileProgram(scenario, k, names)),
    queueNames: queues.map((q) => q.name),
    capacity: queues.map((q) => q.capacity),
    barrierNames: barriers.map((b) => b.name),
    parties: barriers.map((b) => b.parties),
    members: barriers.map((b) => b.members),
    lose: Math.max(0, Math.floor(lose)),
  };
}

const NONE: number[] = [];
const ALL = (1 << 11) - 1;

/** One state of the untimed model. */
export class XState {
  /** The process whose run-time error (or endless silent loop) ended the run, or -1. */
  halt = -1;
  /** Messages lost so far. */
  lost = 0;
  /** Per process: AT, BLOCKED, SATISFIED or DONE. */
  st: number[];
  /** Per process: its `timedout` (0 or 1). */
  to: number[];
  /** Per process: its place in its program (see `placeOf` in program.ts). */
  fr: number[];
  mb: number[][];
  /** Per process: requests taken and not yet answered, oldest first. */
  rq: number[][];
  /** Per directed pair `from * ends + to`: the messages in flight, oldest first. */
  pairs: number[][];
  /** Per queue: its messages, the publishes on their way to it (and slots given), its waiting lines. */
  qi: number[][];
  qn: number[];
  qc: number[][];
  qp: number[][];
  /** Per barrier: the processes arrived in its current generation. */
  ba: number[][];

  /** Which outer arrays this state owns (bit per field); the others are shared with the state it
   *  was copied from, and are copied before their first change (`wst()` and the like). */
  private owned: number;
  /** A scratch state's own outer arrays, written instead of new copies (see `reuse`). */
  private spare: XState | null = null;

  constructor(m: Model | XState) {
    if (m instanceof XState) {
      this.halt = m.halt;
      this.lost = m.lost;
      this.st = m.st;
      this.to = m.to;
      this.fr = m.fr;
      this.mb = m.mb;
      this.rq = m.rq;
      this.pairs = m.pairs;
      this.qi = m.qi;
      this.qn = m.qn;
      this.qc = m.qc;
      this.qp = m.qp;
      this.ba = m.ba;
      this.owned = 0;
      return;
    }
    const p = m.procs;
    const q = m.capacity.length;
    this.st = new Array<number>(p).fill(AT);
    this.to = new Array<number>(p).fill(0);
    this.fr = new Array<number>(p).fill(0);
    this.mb = new Array<number[]>(p).fill(NONE);
    this.rq = new Array<number[]>(p).fill(NONE);
    this.pairs = new Array<number[]>(m.ends * m.ends).fill(NONE);
    this.qi = new Array<number[]>(q).fill(NONE);
    this.qn = new Array<number>(q).fill(0);
    this.qc = new Array<number[]>(q).fill(NONE);
    this.qp = new Array<number[]>(q).fill(NONE);
    this.ba = new Array<number[]>(m.parties.length).fill(NONE);
    this.owned = ALL;
  }

  wst(): number[] {
    if ((this.owned & 1) === 0) {
      this.st = this.spare === null ? this.st.slice() : copyNums(this.spare.st, this.st);
      this.owned |= 1;
    }
    return this.st;
  }

  wto(): number[] {
    if ((this.owned & 2) === 0) {
      this.to = this.spare === null ? this.to.slice() : copyNums(this.spare.to, this.to);
      this.owned |= 2;
    }
    return this.to;
  }

  wfr(): number[] {
    if ((this.owned & 4) === 0) {
      this.fr = this.spare === null ? this.fr.slice() : copyNums(this.spare.fr, this.fr);
      this.owned |= 4;
    }
    return this.fr;
  }

  wmb(): number[][] {
    if ((this.owned & 8) === 0) {
      this.mb = this.spare === null ? this.mb.slice() : copyLists(this.spare.mb, this.mb);
      this.owned |= 8;
    }
    return this.mb;
  }

  wrq(): number[][] {
    if ((this.owned & 16) === 0) {
      this.rq = this.spare === null ? this.rq.slice() : copyLists(this.spare.rq, this.rq);
      this.owned |= 16;
    }
    return this.rq;
  }

  wpairs(): number[][] {
    if ((this.owned & 32) === 0) {
      this.pairs = this.spare === null ? this.pairs.slice() : copyLists(this.spare.pairs, this.pairs);
      this.owned |= 32;
    }
    return this.pairs;
  }

  wqi(): number[][] {
    if ((this.owned & 64) === 0) {
      this.qi = this.spare === null ? this.qi.slice() : copyLists(this.spare.qi, this.qi);
      this.owned |= 64;
    }
    return this.qi;
  }

  wqn(): number[] {
    if ((this.owned & 128) === 0) {
      this.qn = this.spare === null ? this.qn.slice() : copyNums(this.spare.qn, this.qn);
      this.owned |= 128;
    }
    return this.qn;
  }

  wqc(): number[][] {
    if ((this.owned & 256) === 0) {
      this.qc = this.spare === null ? this.qc.slice() : copyLists(this.spare.qc, this.qc);
      this.owned |= 256;
    }
    return this.qc;
  }

  wqp(): number[][] {
    if ((this.owned & 512) === 0) {
      this.qp = this.spare === null ? this.qp.slice() : copyLists(this.spare.qp, this.qp);
      this.owned |= 512;
    }
    return this.qp;
  }

  wba(): number[][] {
    if ((this.owned & 1024) === 0) {
      this.ba = this.spare === null ? this.ba.slice() : copyLists(this.spare.ba, this.ba);
      this.owned |= 1024;
    }
    return this.ba;
  }

  /** A copy that shares everything until it changes it: change it through `wst()` and the like,
   *  and replace inner arrays, never change them. */
  copy(): XState {
    return new XState(this);
  }

  /**
   * Makes this state a copy of `from`, like `copy()`, but its outer arrays, when it changes them,
   * are copied into arrays it keeps from one use to the next instead of new ones. For a scratch
   * state that is done with before its next `reuse` (the search encodes each successor at once):
   * it spares the garbage collector most of what a step allocates.
   */
  reuse(from: XState): this {
    if (this.spare === null) {
      // Arrays of its own, of the model's sizes, that nothing else refers to.
      const own = new XState(from);
      own.wst();
      own.wto();
      own.wfr();
      own.wmb();
      own.wrq();
      own.wpairs();
      own.wqi();
      own.wqn();
      own.wqc();
      own.wqp();
      own.wba();
      this.spare = own;
    }
    this.halt = from.halt;
    this.lost = from.lost;
    this.st = from.st;
    this.to = from.to;
    this.fr = from.fr;
    this.mb = from.mb;
    this.rq = from.rq;
    this.pairs = from.pairs;
    this.qi = from.qi;
    this.qn = from.qn;
    this.qc = from.qc;
    this.qp = from.qp;
    this.ba = from.ba;
    this.owned = 0;
    return this;
  }
}

/** The statement process `k` is at (or blocked in), or null once it has ended. */
export const current = (m: Model, s: XState, k: number): XOp | null =>
  (m.progs[k] as Program).placeOps[s.fr[k] as number] ?? null;

/** Why a blocked statement waits, as the trace names it. */
export function reasonOf(kind: number): BlockReason {
  switch (kind) {
    case RECV:
      return 'recv';
    case SSEND:
      return 'ssend';
    case CALL:
      return 'call';
    case PUBLISH:
      return 'publish';
    case CONSUME:
      return 'consume';
    case BARRIER:
      return 'barrier';
    default:
      return 'recv';
  }
}

/** What a blocked statement waits on, as written (`proc.block`'s `on`). */
export function onOf(m: Model, x: XOp): string | null {
  switch (x.kind) {
    case RECV:
    case SSEND:
    case CALL:
      return x.target < 0 ? null : (m.names[x.target] ?? null);
    case PUBLISH:
    case CONSUME:
      return m.queueNames[x.target] ?? null;
    case BARRIER:
      return m.barrierNames[x.target] ?? null;
    default:
      return null;
  }
}

/** Index of the oldest message in `mailbox` a `recv` (from `from`, or any when -1) takes, or -1. */
export function findMatch(mailbox: readonly number[], from: number): number {
  if (from < 0) return mailbox.length > 0 ? 0 : -1;
  for (let k = 0; k < mailbox.length; k++) if (fromOf(mailbox[k] as number) === from) return k;
  return -1;
}

/** `from` copied into `into` (the same length); returns `into`. */
function copyNums(into: number[], from: readonly number[]): number[] {
  for (let k = 0; k < from.length; k++) into[k] = from[k] as number;
  return into;
}

function copyLists(into: number[][], from: readonly number[][]): number[][] {
  for (let k = 0; k < from.length; k++) into[k] = from[k] as number[];
  return into;
}

/** `list` without its element at `at` (a new array). */
export function without(list: readonly number[], at: number): number[] {
  if (list.length === 1) return NONE;
  const out = list.slice(0, at);
  for (let k = at + 1; k < list.length; k++) out.push(list[k] as number);
  return out;
}

/** `list` and `value` after it (a new array). */
export function append(list: readonly number[], value: number): number[] {
  const out = list.slice();
  out.push(value);
  return out;
}

export { NONE };
