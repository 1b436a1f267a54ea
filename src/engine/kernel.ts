// The kernel: owns virtual time and decides the order of everything (SPEC §2). Programs are
// interpreted elsewhere (Web Workers, or in-process) and feed their operations in; when the
// process the kernel must advance has none buffered, `run()` returns `need` and later resumes
// exactly where it stopped, so the trace never depends on how the operations were batched.

import type { Scenario } from '../lang/ast';
import type { RunErrorInfo } from '../lang/diagnostics.run';
import type { Op } from './ops';
import type { Outcome, Trace } from './trace';
import { EventLimitReached } from './emitter';
import { deliverDue } from './deliver';
import { execute } from './execute';
import type { Scramble } from './line';
import { buildOutcome, formatCount, naturalEnd, type OutcomeDetail } from './outcome';
import { traceHeader } from './setup';
import { applyLifeLines, fireTimeouts } from './failures';
import { CRASHED, RUNNING, type Proc } from './state';
import { World } from './world';

export interface KernelOptions {
  /** Events before the run stops (not counting `run.end`); default 100,000. */
  maxEvents?: number;
  /** Ticks of virtual time before the run stops; default 1,000,000. */
  maxTime?: number;
  /** For tests only: keeps tied processes in arbitrary orders, which must not change the trace. */
  scramble?: Scramble;
}

/**
 * What the kernel needs next: operations of `process` — with the answer to its `branch`
 * (`timedout`), or from the start of its program after a restart (`restart`) — or the run is over.
 */
export type RunStep =
  | { status: 'need'; process: number; timedout?: boolean; restart?: boolean }
  | { status: 'done'; trace: Trace };

export interface Kernel {
  /** Runs until a process needs operations, or the run is over. */
  run(): RunStep;
  /** Appends operations of `process` (an index into `scenario.instances`). */
  feed(process: number, ops: Op[]): void;
  /** Ends the run now with an error outcome (a host failure, `error` its code and params); returns the trace. */
  abort(process: number | null, message: string, error?: RunErrorInfo): Trace;
}

export const DEFAULT_MAX_EVENTS = 100_000;
export const DEFAULT_MAX_TIME = 1_000_000;

/** Creates the kernel of one run of a checked scenario. */
export function createKernel(scenario: Scenario, options: KernelOptions = {}): Kernel {
  const maxEvents = options.maxEvents ?? DEFAULT_MAX_EVENTS;
  const maxTime = options.maxTime ?? DEFAULT_MAX_TIME;
  const w = new World(scenario, maxEvents, options.scramble);
  const header = traceHeader(scenario, w.queues, w.barriers);
  let started = false;
  /** The running process, or -1 between runs. */
  let current = -1;
  let trace: Trace | null = null;

  const finish = (kind: Outcome['kind'], detail?: OutcomeDetail): Trace => {
    const outcome = buildOutcome(kind, w.em.lastTime(), w, detail);
    w.em.end(outcome);
    trace = { format: 'rendezvous.trace', version: 1, scenario: header, outcome, events: w.em.events };
    return trace;
  };

  /** Asks the host for more of `p`'s operations, passing on what it must hear first. */
  const need = (p: Proc): RunStep => {
    const pending = p.pending;
    if (pending === null) return { status: 'need', process: p.index };
    return 'restart' in pending
      ? { status: 'need', process: p.index, restart: true }
      : { status: 'need', process: p.index, timedout: pending.timedout };
  };

  /**
   * The start of an instant, after the clock moved to it (SPEC §2, §6 rule 4): (a) the messages
   * due now are delivered or lost, (b) the crash lines due now, then the restart lines, (c) the
   * timeouts due now give up. (d), the ready processes running, is the main loop's.
   */
  const beginInstant = () => {
    deliverDue(w);
    applyLifeLines(w);
    fireTimeouts(w);
  };

  const step = (): RunStep => {
    if (!started) {
      for (const p of w.procs) w.em.start(0, p.name);
      started = true;
      for (const p of w.procs) w.makeReady(p);
      beginInstant();
    }
    for (;;) {
      if (current >= 0) {
        const p = w.procs[current]!;
        if (p.pos >= p.buf.length) return need(p);
        execute(w, p, p.buf[p.pos++]!);
        if (w.failure !== null) return { status: 'done', trace: finish(w.failure.kind, w.failure) };
        if (p.status !== RUNNING) current = -1;
        continue;
      }
      // Order within one instant (SPEC §2): every message due now is delivered first; then the
      // ready processes run one at a time, lowest declaration index first, and whatever a run
      // makes due now is delivered before the next one resumes. A block that a delivery satisfied
      // ends (`proc.unblock`) only when its process's turn comes.
      deliverDue(w);
      const next = w.ready.pop();
      if (next >= 0) {
        const p = w.procs[next]!;
        if (p.status === CRASHED) continue;
        current = next;
        if (p.resume !== null) w.resume(p);
        else p.status = RUNNING;
        continue;
      }
      const at = w.nextTime();
      if (at === Infinity) return { status: 'done', trace: finish(naturalEnd(w.procs)) };
      if (at > maxTime) {
        const text = `nothing more happens before the time limit of ${formatCount(maxTime)} ticks`;
        return { status: 'done', trace: finish('limit', { text, limit: 'time' }) };
      }
      w.t = at;
      w.wake();
      beginInstant();
    }
  };

  return {
    run() {
      if (trace !== null) return { status: 'done', trace };
      try {
        return step();
      } catch (error) {
        if (!(error instanceof EventLimitReached)) throw error;
        const text = `the event limit of ${formatCount(maxEvents)} events was reached`;
        return { status: 'done', trace: finish('limit', { text, limit: 'events' }) };
      }
    },
    feed(process, ops) {
      const p = w.procs[process];
      if (p === undefined || ops.length === 0) return;
      p.pending = null;
      if (p.pos >= p.buf.length) {
        p.buf = ops;
        p.pos = 0;
      } else {
        p.buf = p.buf.slice(p.pos).concat(ops);
        p.pos = 0;
      }
    },
    abort(process, message, error) {
      if (trace !== null) return trace;
      const name = process === null ? undefined : w.procs[process]?.name;
      const text = name === undefined ? message : `${name}: ${message}`;
      return finish('error', name === undefined ? { text, ...error } : { text, process: name, ...error });
    },
  };
}
