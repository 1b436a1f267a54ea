// The steps of the untimed model (SPEC §8): run one statement, give up a blocked one that has a
// `timeout`, deliver or lose the oldest message of one pair. Each statement means what it means
// in the timed kernel (engine/execute.ts, deliver.ts, failures.ts): mailbox order is delivery
// order, a queue dispatches to the first consumer in its line and frees slots for blocked
// publishers, the arrival that completes a barrier releases the others, late answers are dropped.
// A `Tracer`, given in a replay only, records the events; the search runs without one.

import type { Op } from '../engine/ops';
import {
  BARRIER,
  CALL,
  CONSUME,
  ERROR,
  PUBLISH,
  RECV,
  REPLY,
  SEND,
  SSEND,
  STALL,
  nextPlaceOf,
  placeOf,
  settle,
  type Program,
  type XOp,
} from './program';
import {
  AT,
  AWAITED,
  BLOCKED,
  DONE,
  M_ACK,
  M_DISPATCH,
  M_MESSAGE,
  M_PUBLISH,
  M_REPLY,
  M_REQUEST,
  M_SYNC,
  NONE,
  SATISFIED,
  SPAN,
  append,
  awaitedOf,
  codeOf,
  current,
  findMatch,
  fromOf,
  idOf,
  kindOf,
  without,
  type Model,
  XState,
} from './model';

/** Records a replayed run's events (see replay.ts). Message ids come from `send`. */
export interface Tracer {
  send(from: number, to: number, kind: number, payload: string | null, line: number): number;
  payloadOf(id: number): string | null;
  deliver(id: number, to: number): void;
  lost(id: number, to: number): void;
  drop(id: number, process: number): void;
  recv(id: number, process: number, line: number): void;
  /** The answer (ack, reply, dispatch) that satisfied a process, kept until it takes it. */
  answered(process: number, id: number): void;
  answerOf(process: number): number;
  block(process: number, x: XOp): void;
  unblock(process: number): void;
  timeout(process: number, x: XOp): void;
  done(process: number): void;
  pass(process: number, op: Op): void;
  error(process: number, x: XOp): void;
  arrive(barrier: number, process: number, arrived: number, line: number): void;
  release(barrier: number, processes: number[]): void;
  withdraw(barrier: number, process: number, arrived: number): void;
  /** A deliver-or-lose step begins: the clock counts it. */
  tick(): void;
}

// A step is `index << 2 | kind`: the process (run, give up) or the pair (deliver, lose).
export const RUN = 0;
export const GIVE_UP = 1;
export const DELIVER = 2;
export const LOSE = 3;

/** The steps possible in `s`, in a fixed order: processes by declaration, then pairs by index. */
export function enabledSteps(m: Model, s: XState, out: number[]): void {
  out.length = 0;
  if (s.halt >= 0) return;
  for (let k = 0; k < m.procs; k++) {
    const st = s.st[k];
    if (st === AT || st === SATISFIED) out.push((k << 2) | RUN);
    else if (st === BLOCKED && current(m, s, k)?.timeout === true) out.push((k << 2) | GIVE_UP);
  }
  const canLose = s.lost < m.lose;
  const pairs = s.pairs;
  for (let i = 0; i < pairs.length; i++) {
    if ((pairs[i] as number[]).length === 0) continue;
    out.push((i << 2) | DELIVER);
    if (canLose) out.push((i << 2) | LOSE);
  }
}

/** Whether a step costs one (a delivery or a loss) or nothing (running, giving up). */
export const costOf = (step: number): number => ((step & 3) >= DELIVER ? 1 : 0);

/** Applies `step` to a copy of `s` (which is left as it was) and returns the copy: a new state, or
 *  `into` made a copy of `s` (see `XState.reuse`). */
export function applyStep(m: Model, s: XState, step: number, tr: Tracer | null, into?: XState): XState {
  const c = into === undefined ? s.copy() : into.reuse(s);
  const index = step >>> 2;
  switch (step & 3) {
    case RUN:
      run(m, c, index, tr);
      break;
    case GIVE_UP:
      giveUp(m, c, index, tr);
      break;
    case DELIVER:
      deliver(m, c, index, tr);
      break;
    case LOSE:
      lose(m, c, index, tr);
      break;
  }
  return c;
}

/** Moves process `k` past the statement it finished, to its next one (or its end). */
function advance(m: Model, s: XState, k: number, tr: Tracer | null): void {
  const prog = m.progs[k] as Program;
  let place: number;
  if (tr) {
    // A replay walks it again, to see each compute, note and ask on the way.
    const from = prog.places[s.fr[k] as number] as number[];
    place = placeOf(
      prog,
      settle(prog, from, s.to[k] === 1, (op) => tr.pass(k, op)),
    );
  } else place = nextPlaceOf(prog, s.fr[k] as number, s.to[k] === 1);
  s.wfr()[k] = place;
  if ((prog.places[place] as number[]).length > 0) s.wst()[k] = AT;
  else {
    s.wst()[k] = DONE;
    tr?.done(k);
  }
}

/** Sends a message of any kind: it joins its pair's messages in flight. */
function transmit(
  m: Model,
  s: XState,
  from: number,
  to: number,
  kind: number,
  awaited: number,
  payload: string | null,
  line: number,
  tr: Tracer | null,
): void {
  const code = kind | awaited | (from << 4);
  const msg = tr ? code + tr.send(from, to, kind, payload, line) * SPAN : code;
  const i = from * m.ends + to;
  s.wpairs()[i] = append(s.pairs[i] as number[], msg);
}

function block(s: XState, k: number, x: XOp, tr: Tracer | null): void {
  s.wst()[k] = BLOCKED;
  tr?.block(k, x);
}

/** Process `k` takes the message at `at` of its mailbox, at statement `x`. */
function take(m: Model, s: XState, k: number, at: number, x: XOp, tr: Tracer | null): void {
  const mailbox = s.mb[k] as number[];
  const msg = mailbox[at] as number;
  s.wmb()[k] = without(mailbox, at);
  tr?.recv(idOf(msg), k, x.line);
  const kind = kindOf(msg);
  // Taking a sync message sends its acknowledgement; a request waits for this process's `reply`.
  if (kind === M_SYNC) transmit(m, s, k, fromOf(msg), M_ACK, awaitedOf(msg), null, x.line, tr);
  else if (kind === M_REQUEST) s.wrq()[k] = append(s.rq[k] as number[], msg);
}

/** Runs process `k`'s statement (or finishes the one that was satisfied). */
export function run(m: Model, s: XState, k: number, tr: Tracer | null): void {
  const x = current(m, s, k);
  if (x === null) return;
  if (s.st[k] === SATISFIED) return resume(m, s, k, x, tr);
  switch (x.kind) {
    case SEND:
      transmit(m, s, k, x.target, M_MESSAGE, 0, x.payload, x.line, tr);
      return advance(m, s, k, tr);
    case SSEND:
    case CALL:
      transmit(m, s, k, x.target, x.kind === SSEND ? M_SYNC : M_REQUEST, AWAITED, x.payload, x.line, tr);
      return block(s, k, x, tr);
    case RECV: {
      const at = findMatch(s.mb[k] as number[], x.target);
      if (at < 0) return block(s, k, x, tr);
      take(m, s, k, at, x, tr);
      if (x.timeout) s.wto()[k] = 0;
      return advance(m, s, k, tr);
    }
    case REPLY: {
      const requests = s.rq[k] as number[];
      const r = requests[0];
      if (r === undefined) return halt(s, k, x, tr);
      s.wrq()[k] = without(requests, 0);
      transmit(m, s, k, fromOf(r), M_REPLY, awaitedOf(r), x.payload, x.line, tr);
      return advance(m, s, k, tr);
    }
    case PUBLISH: {
      const q = x.target;
      const cap = m.capacity[q] ?? null;
      if (cap !== null && (s.qi[q] as number[]).length + (s.qn[q] as number) >= cap) {
        block(s, k, x, tr);
        s.wqp()[q] = append(s.qp[q] as number[], k);
        return;
      }
      transmit(m, s, k, m.procs + q, M_PUBLISH, 0, x.payload, x.line, tr);
      s.wqn()[q] = (s.qn[q] as number) + 1;
      return advance(m, s, k, tr);
    }
    case CONSUME:
      block(s, k, x, tr);
      s.wqc()[x.target] = append(s.qc[x.target] as number[], k);
      return dispatch(m, s, x.target, tr);
    case BARRIER:
      return arrive(m, s, k, x, tr);
    case ERROR:
    case STALL:
      return halt(s, k, x, tr);
  }
}

/** A run-time error (or an endless silent loop) ends the run. */
function halt(s: XState, k: number, x: XOp, tr: Tracer | null): void {
  if (x.kind !== STALL) tr?.error(k, x);
  s.halt = k;
}

/** A satisfied block ends as its process runs: `proc.unblock`, then what satisfied it. */
function resume(m: Model, s: XState, k: number, x: XOp, tr: Tracer | null): void {
  tr?.unblock(k);
  if (x.timeout) s.wto()[k] = 0;
  switch (x.kind) {
    case RECV:
      take(m, s, k, findMatch(s.mb[k] as number[], x.target), x, tr);
      break;
    case SSEND:
    case CALL:
    case CONSUME:
      if (tr) tr.recv(tr.answerOf(k), k, x.line);
      break;
    case PUBLISH:
      // The slot was counted as taken when it was given (`freeSlots`).
      transmit(m, s, k, m.procs + x.target, M_PUBLISH, 0, x.payload, x.line, tr);
      break;
  }
  advance(m, s, k, tr);
}

/** Arrival at a barrier; the arrival that completes the generation releases the others. */
function arrive(m: Model, s: XState, k: number, x: XOp, tr: Tracer | null): void {
  const b = x.target;
  const arrivals = s.ba[b] as number[];
  const arrived = arrivals.length + 1;
  tr?.arrive(b, k, arrived, x.line);
  if (arrived < (m.parties[b] as number)) {
    block(s, k, x, tr);
    s.wba()[b] = append(arrivals, k);
    return;
  }
  if (x.timeout) s.wto()[k] = 0;
  tr?.release(b, append(arrivals, k));
  s.wba()[b] = NONE;
  const waiting = arrivals.slice().sort((a, c) => a - c);
  for (const w of waiting) {
    tr?.unblock(w);
    if (current(m, s, w)?.timeout === true) s.wto()[w] = 0;
    s.wst()[w] = AT;
  }
  // The arriving process keeps running; the members it releases go on after it (SPEC §2).
  advance(m, s, k, tr);
  for (const w of waiting) advance(m, s, w, tr);
}

/** A blocked statement with a `timeout` gives up (SPEC §6): it leaves what it waited in. */
function giveUp(m: Model, s: XState, k: number, tr: Tracer | null): void {
  const x = current(m, s, k);
  if (x === null) return;
  tr?.timeout(k, x);
  if (x.kind === BARRIER) {
    const arrivals = s.ba[x.target] as number[];
    const at = arrivals.indexOf(k);
    if (at >= 0) {
      s.wba()[x.target] = without(arrivals, at);
      tr?.withdraw(x.target, k, arrivals.length - 1);
    }
  } else if (x.kind === CONSUME) {
    const line = s.qc[x.target] as number[];
    const at = line.indexOf(k);
    if (at >= 0) s.wqc()[x.target] = without(line, at);
    else forget(s, (m.procs + x.target) * m.ends + k, () => true);
  } else if (x.kind === SSEND || x.kind === CALL) {
    // Its message, wherever it is now, and the answer to it will find nobody waiting (late).
    const t = x.target;
    const mine = (msg: number) => fromOf(msg) === k;
    forget(s, k * m.ends + t, mine);
    s.wmb()[t] = cleared(s.mb[t] as number[], mine);
    s.wrq()[t] = cleared(s.rq[t] as number[], mine);
    forget(s, t * m.ends + k, () => true);
  }
  s.wto()[k] = 1;
  advance(m, s, k, tr);
}

/** Clears the AWAITED mark of the messages in flight on pair `i` that `which` picks. */
function forget(s: XState, i: number, which: (msg: number) => boolean): void {
  s.wpairs()[i] = cleared(s.pairs[i] as number[], which);
}

function cleared(list: number[], which: (msg: number) => boolean): number[] {
  let out: number[] | null = null;
  for (let k = 0; k < list.length; k++) {
    const msg = list[k] as number;
    if (awaitedOf(msg) === 0 || !which(msg)) continue;
    out ??= list.slice();
    out[k] = msg - AWAITED;
  }
  return out ?? list;
}

/** Delivers the oldest message of pair `i`: to a mailbox, a queue, or the statement awaiting it. */
function deliver(m: Model, s: XState, i: number, tr: Tracer | null): void {
  const pair = s.pairs[i] as number[];
  const msg = pair[0] as number;
  s.wpairs()[i] = without(pair, 0);
  const to = i % m.ends;
  if (tr) {
    tr.tick();
    tr.deliver(idOf(msg), to);
  }
  if (to >= m.procs) {
    const q = to - m.procs;
    s.wqn()[q] = (s.qn[q] as number) - 1;
    s.wqi()[q] = append(s.qi[q] as number[], msg);
    return dispatch(m, s, q, tr);
  }
  const kind = kindOf(msg);
  if (kind === M_MESSAGE || kind === M_SYNC || kind === M_REQUEST) {
    s.wmb()[to] = append(s.mb[to] as number[], msg);
    if (s.st[to] !== BLOCKED) return;
    const x = current(m, s, to);
    if (x !== null && x.kind === RECV && (x.target < 0 || x.target === fromOf(msg))) s.wst()[to] = SATISFIED;
    return;
  }
  // An ack, a reply or a dispatch satisfies the one statement waiting for it; if that statement
  // gave up, it is dropped as late (SPEC §6 rule 8).
  if (awaitedOf(msg) !== 0 && s.st[to] === BLOCKED) {
    s.wst()[to] = SATISFIED;
    tr?.answered(to, idOf(msg));
  } else tr?.drop(idOf(msg), to);
}

/** The network loses the oldest message of pair `i` (`--lose K`). */
function lose(m: Model, s: XState, i: number, tr: Tracer | null): void {
  const pair = s.pairs[i] as number[];
  const msg = pair[0] as number;
  s.wpairs()[i] = without(pair, 0);
  s.lost++;
  const to = i % m.ends;
  if (tr) {
    tr.tick();
    tr.lost(idOf(msg), to);
  }
  // A lost publish stops counting against its bounded queue (SPEC §6).
  if (to >= m.procs && kindOf(msg) === M_PUBLISH) {
    const q = to - m.procs;
    s.wqn()[q] = (s.qn[q] as number) - 1;
    freeSlots(m, s, q);
  }
}

/** Hands the queue's oldest messages to its first waiting consumers, freeing slots. */
function dispatch(m: Model, s: XState, q: number, tr: Tracer | null): void {
  while ((s.qi[q] as number[]).length > 0 && (s.qc[q] as number[]).length > 0) {
    const item = (s.qi[q] as number[])[0] as number;
    const c = (s.qc[q] as number[])[0] as number;
    s.wqi()[q] = without(s.qi[q] as number[], 0);
    s.wqc()[q] = without(s.qc[q] as number[], 0);
    const payload = tr ? tr.payloadOf(idOf(item)) : null;
    const line = current(m, s, c)?.line ?? 0;
    transmit(m, s, m.procs + q, c, M_DISPATCH, AWAITED, payload, line, tr);
    freeSlots(m, s, q);
  }
}

/** Gives free slots of a bounded queue to its blocked publishers, in the order they blocked. */
function freeSlots(m: Model, s: XState, q: number): void {
  const cap = m.capacity[q] ?? null;
  while ((s.qp[q] as number[]).length > 0) {
    if (cap !== null && (s.qi[q] as number[]).length + (s.qn[q] as number) >= cap) return;
    const p = (s.qp[q] as number[])[0] as number;
    s.wqp()[q] = without(s.qp[q] as number[], 0);
    s.wqn()[q] = (s.qn[q] as number) + 1;
    s.wst()[p] = SATISFIED;
  }
}

/** The start: every process walked to its first statement that takes a step. */
export function initialState(m: Model, tr: Tracer | null): XState {
  const s = new XState(m);
  for (let k = 0; k < m.procs; k++) advance(m, s, k, tr);
  return s;
}

export { codeOf };
