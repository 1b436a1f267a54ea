// The explorer's view of each process's program (SPEC §8). It reuses the interpreter's compiled
// tree (expressions, targets and run-time errors evaluated once per instance) and walks it with an
// explicit frame stack, so that a process's place in its program is a short list of numbers the
// search can copy, hash and compare. The walk mirrors `runtime/interpreter.ts` statement for
// statement (a test compares the two); only its state is plain data.

import type { Scenario } from '../lang/ast';
import type { Op } from '../engine/ops';
import { STALL_STATEMENTS } from '../engine/ops';
import { compileInstance, type Node } from '../runtime/interpreter-compile';

/** What a statement that takes a step of its own does (compute, note and ask take none). */
export const SEND = 0;
export const SSEND = 1;
export const CALL = 2;
export const RECV = 3;
export const REPLY = 4;
export const PUBLISH = 5;
export const CONSUME = 6;
export const BARRIER = 7;
export const ERROR = 8;
/** A program that runs for ever without a step (`loop compute 1 end`): the run stops at a limit. */
export const STALL = 9;

/** A statement that takes a step, its names resolved to indices. */
export interface XOp {
  kind: number;
  line: number;
  /** A process (send, ssend, call; recv from: -1 for any sender), a queue or a barrier index. */
  target: number;
  /** Whether it has a `timeout` (it may then give up whenever it is blocked). */
  timeout: boolean;
  inLoop: boolean;
  payload: string | null;
  /** The compiled operation (for its text, error code and message). */
  op: Op;
}

const IF = 0;
const REPEAT = 1;
const LOOP = 2;

type XNode =
  | { k: 'step'; x: XOp }
  | { k: 'pass'; op: Op }
  | { k: 'repeat'; count: number; body: number }
  | { k: 'loop'; body: number }
  | { k: 'if'; body: number }
  | { k: 'timedout'; negated: boolean; then: number; else: number }
  | { k: 'break' };

/** One instance's program: bodies (0 is the whole program), each with what `break` and wrapping see. */
export interface Program {
  bodies: XNode[][];
  /** IF (also the program itself), REPEAT or LOOP: what `break` leaves and what wraps. */
  kinds: number[];
  lines: number[];
  /** The body id of a stalled program's marker frame. */
  stallBody: number;
  stalls: Map<number, XOp>;
  /** Places in the program met so far, numbered from 0 (the start): a state holds the number. */
  placeIds: Map<string, number>;
  places: number[][];
  /** The statement at each place, or null for the end. */
  placeOps: (XOp | null)[];
  /** Where `settle` leads from place p with `timedout` t, at `p * 2 + t` (memoized: the walk is
   *  the same every time, and the search takes it for almost every step). */
  nextPlace: number[];
}

/** Names the explorer resolves: processes, queues and barriers by their index. */
export interface Names {
  procs: Map<string, number>;
  queues: Map<string, number>;
  barriers: Map<string, number>;
}

/** Compiles `scenario.instances[instance]` for the explorer. */
export function compileProgram(scenario: Scenario, instance: number, names: Names): Program {
  const prog: Program = {
    bodies: [],
    kinds: [],
    lines: [],
    stallBody: 0,
    stalls: new Map(),
    placeIds: new Map(),
    places: [],
    placeOps: [],
    nextPlace: [],
  };
  const addBody = (nodes: Node[] | null, kind: number, line: number): number => {
    if (nodes === null || nodes.length === 0) return -1;
    const id = prog.bodies.length;
    prog.bodies.push([]);
    prog.kinds.push(kind);
    prog.lines.push(line);
    prog.bodies[id] = nodes.map((n) => convert(n));
    return id;
  };
  const convert = (n: Node): XNode => {
    switch (n.k) {
      case 'op':
        return stepOf(n.op, names);
      case 'repeat':
        return { k: 'repeat', count: n.count, body: addBody(n.body, REPEAT, n.line) };
      case 'loop':
        // An empty loop can only stall, as in the interpreter.
        if (n.body.length === 0) return { k: 'step', x: stallOp(prog, n.line) };
        return { k: 'loop', body: addBody(n.body, LOOP, n.line) };
      case 'if':
        return { k: 'if', body: addBody(n.body, IF, n.line) };
      case 'timedout':
        return {
          k: 'timedout',
          negated: n.negated,
          then: addBody(n.then, IF, n.line),
          else: addBody(n.else, IF, n.line),
        };
      case 'break':
        return { k: 'break' };
    }
  };
  prog.bodies.push([]);
  prog.kinds.push(IF);
  prog.lines.push(0);
  prog.bodies[0] = compileInstance(scenario, instance).map((n) => convert(n));
  prog.stallBody = prog.bodies.length;
  placeOf(prog, START);
  return prog;
}

function stallOp(prog: Program, line: number): XOp {
  let x = prog.stalls.get(line);
  if (x === undefined) {
    const op: Op = { op: 'stall', line };
    x = { kind: STALL, line, target: -1, timeout: false, inLoop: false, payload: null, op };
    prog.stalls.set(line, x);
  }
  return x;
}

const failed = (op: Op, line: number, message: string): XNode => ({
  k: 'step',
  x: {
    kind: ERROR,
    line,
    target: -1,
    timeout: false,
    inLoop: false,
    payload: null,
    op: { op: 'error', line, message },
  },
});

function stepOf(op: Op, names: Names): XNode {
  const base = { line: 'line' in op ? op.line : 0, timeout: false, inLoop: false, payload: null, op };
  switch (op.op) {
    case 'compute':
    case 'note':
    case 'ask':
      return { k: 'pass', op };
    case 'send': {
      const to = names.procs.get(op.to);
      if (to === undefined) return failed(op, op.line, `there is no process named ${op.to}`);
      const kind = op.kind === 'message' ? SEND : op.kind === 'sync' ? SSEND : CALL;
      return {
        k: 'step',
        x: { ...base, kind, target: to, timeout: op.timeout !== null, payload: op.payload },
      };
    }
    case 'recv': {
      const from = op.from === null ? -1 : names.procs.get(op.from);
      if (from === undefined) return failed(op, op.line, `there is no process named ${op.from}`);
      const x = { ...base, kind: RECV, target: from, timeout: op.timeout !== null, inLoop: op.inLoop };
      return { k: 'step', x };
    }
    case 'reply':
      return { k: 'step', x: { ...base, kind: REPLY, target: -1, payload: op.payload } };
    case 'publish': {
      const q = names.queues.get(op.queue);
      if (q === undefined) return failed(op, op.line, `there is no queue named ${op.queue}`);
      return { k: 'step', x: { ...base, kind: PUBLISH, target: q, payload: op.payload } };
    }
    case 'consume': {
      const q = names.queues.get(op.queue);
      if (q === undefined) return failed(op, op.line, `there is no queue named ${op.queue}`);
      const x = { ...base, kind: CONSUME, target: q, timeout: op.timeout !== null, inLoop: op.inLoop };
      return { k: 'step', x };
    }
    case 'barrier': {
      const b = names.barriers.get(op.barrier);
      if (b === undefined) return failed(op, op.line, `there is no barrier named ${op.barrier}`);
      return { k: 'step', x: { ...base, kind: BARRIER, target: b, timeout: op.timeout !== null } };
    }
    case 'error':
      return { k: 'step', x: { ...base, kind: ERROR, target: -1 } };
    case 'stall':
      return { k: 'step', x: { ...base, kind: STALL, target: -1 } };
    case 'branch':
    case 'done':
      // Never in a compiled tree: the interpreter makes them as it runs.
      return failed(op, 0, `unexpected ${op.op}`);
  }
}

/** The frames of a process that has not started: the whole program, from its first statement. */
const START: readonly number[] = [0, 0, 0];

/** The number of the place `frames` stand for (the start is 0). */
export function placeOf(prog: Program, frames: readonly number[]): number {
  const key = frames.join(',');
  let id = prog.placeIds.get(key);
  if (id === undefined) {
    id = prog.places.length;
    prog.placeIds.set(key, id);
    prog.places.push(frames.slice());
    prog.placeOps.push(opAt(prog, frames));
  }
  return id;
}

/** The place a process reaches from place `place` (just past its last statement), as `settle`
 *  walks it; the same walk is remembered, so the search does each one once. */
export function nextPlaceOf(prog: Program, place: number, timedout: boolean): number {
  const key = place * 2 + (timedout ? 1 : 0);
  let next = prog.nextPlace[key];
  if (next === undefined) {
    next = placeOf(prog, settle(prog, prog.places[place] as number[], timedout));
    prog.nextPlace[key] = next;
  }
  return next;
}

/** The statement a settled process is at (frames point just past it), or null when it has ended. */
export function opAt(prog: Program, frames: readonly number[]): XOp | null {
  const n = frames.length;
  if (n === 0) return null;
  const bid = frames[n - 3] as number;
  if (bid === prog.stallBody) return stallOp(prog, frames[n - 2] as number);
  const node = prog.bodies[bid]?.[(frames[n - 2] as number) - 1];
  return node?.k === 'step' ? node.x : null;
}

/**
 * Walks a process from `frames` (just past its last statement) to its next statement that takes a
 * step, doing the compute, note, ask and control flow on the way (SPEC §8); returns the new frames,
 * empty when the program has ended. `pass` sees each compute, note and ask passed.
 */
export function settle(
  prog: Program,
  from: readonly number[],
  timedout: boolean,
  pass?: (op: Op) => void,
): number[] {
  const f = from.slice();
  // A loop that wraps twice in one walk ran a whole iteration without a step, and every
  // iteration is the same (conditions are constant, `timedout` cannot change): it never ends.
  let wrapped = 0;
  let passed = 0;
  const enter = (body: number, left: number) => {
    if (body < 0) return;
    f.push(body, 0, left);
    wrapped &= (1 << Math.min(30, f.length / 3 - 1)) - 1;
  };
  for (;;) {
    const top = f.length - 3;
    if (top < 0) return f;
    const bid = f[top] as number;
    const pc = f[top + 1] as number;
    const body = prog.bodies[bid] as XNode[];
    if (pc >= body.length) {
      const kind = prog.kinds[bid];
      const depthBit = 1 << Math.min(30, top / 3);
      if (kind === LOOP) {
        if ((wrapped & depthBit) !== 0) return [prog.stallBody, prog.lines[bid] as number, 0];
        wrapped |= depthBit;
        f[top + 1] = 0;
      } else if (kind === REPEAT && (f[top + 2] as number) > 0) {
        f[top + 2] = (f[top + 2] as number) - 1;
        f[top + 1] = 0;
      } else f.length = top;
      continue;
    }
    f[top + 1] = pc + 1;
    const node = body[pc] as XNode;
    if (node.k === 'step') return f;
    if (++passed >= STALL_STATEMENTS) return [prog.stallBody, lineOf(prog, bid), 0];
    switch (node.k) {
      case 'pass':
        pass?.(node.op);
        break;
      case 'repeat':
        if (node.count > 0) enter(node.body, node.count - 1);
        break;
      case 'loop':
        enter(node.body, 0);
        break;
      case 'if':
        enter(node.body, 0);
        break;
      case 'timedout':
        enter(timedout !== node.negated ? node.then : node.else, 0);
        break;
      case 'break': {
        // Leave the innermost `repeat` or `loop`, and the `if` bodies inside it.
        let k = f.length - 3;
        while (k > 0 && prog.kinds[f[k] as number] === IF) k -= 3;
        f.length = k;
        break;
      }
    }
  }
}

const lineOf = (prog: Program, bid: number) => prog.lines[bid] ?? 0;
