// The kernel's whole state and the primitive actions on it. Each action records its event first
// and changes the state after, so that when the event limit stops a run mid-step, the state
// (who is blocked on what) still matches the trace.

import type { Scenario } from '../lang/ast';
import type { RunErrorInfo } from '../lang/diagnostics.run';
import type { BlockReason, MessageKind } from './trace';
import { Emitter } from './emitter';
import { FaultPlan } from './faults';
import { lifeLineChanges } from './failures';
import { Heap, IndexHeap } from './heap';
import { scrambleInPlace, type Scramble } from './line';
import { Network, type Message } from './network';
import type { OutcomeDetail } from './outcome';
import { endpointsByName, networkConfig, setupBarriers, setupQueues } from './setup';
import {
  BLOCKED,
  COMPUTING,
  READY,
  RUNNING,
  createProc,
  type BarrierState,
  type Proc,
  type QueueState,
  type Resume,
} from './state';

/** A process's timed action: the end of a `compute`, or the deadline of a `timeout`. */
interface Wakeup {
  at: number;
  process: number;
}

const byWakeup = (a: Wakeup, b: Wakeup) => a.at < b.at || (a.at === b.at && a.process < b.process);

/** Processes, queues, barriers, network and clock of one run. */
export class World {
  /** The current instant. */
  t = 0;
  readonly em: Emitter;
  readonly procs: Proc[];
  readonly procByName = new Map<string, number>();
  readonly queues: QueueState[];
  readonly queueByName = new Map<string, QueueState>();
  readonly barriers: BarrierState[];
  readonly barrierByName = new Map<string, BarrierState>();
  readonly net: Network;
  /** Endpoint names: processes, then queues. */
  readonly endpoints: string[];
  /** Processes ready to run at `t`, lowest declaration index first. */
  readonly ready: IndexHeap;
  /** Processes in a `compute`, by the time they are ready again (stale entries are skipped). */
  readonly wakeups = new Heap<Wakeup>(byWakeup);
  /** Deadlines of blocks with a `timeout` (stale entries are skipped). */
  readonly timers = new Heap<Wakeup>(byWakeup);
  readonly plan: FaultPlan;
  /** Whether the outcome lists `crashed` (the scenario uses SPEC §6). */
  readonly failures: boolean;
  /** Set when a run-time error (or a stall) stops the run. */
  failure: (OutcomeDetail & { kind: 'error' | 'limit' }) | null = null;

  constructor(
    scenario: Scenario,
    maxEvents: number,
    private readonly scramble?: Scramble,
  ) {
    this.em = new Emitter(maxEvents);
    this.procs = scenario.instances.map((inst, k) => createProc(k, inst.name));
    this.procs.forEach((p) => this.procByName.set(p.name, p.index));
    this.queues = setupQueues(scenario, scramble);
    this.queues.forEach((q) => this.queueByName.set(q.name, q));
    this.barriers = setupBarriers(scenario);
    this.barriers.forEach((b) => this.barrierByName.set(b.name, b));
    const byName = endpointsByName(scenario, this.queues);
    this.net = new Network(networkConfig(scenario, this.queues, byName));
    this.endpoints = [...this.procs.map((p) => p.name), ...this.queues.map((q) => q.name)];
    this.ready = new IndexHeap(this.procs.length);
    this.plan = new FaultPlan(
      scenario,
      (end) => byName.get(end.index === null ? end.name : `${end.name}[${end.index}]`) ?? [],
      this.endpoints.length,
    );
    this.failures = scenario.failures;
  }

  /** Puts a process in the ready set of the current instant. */
  makeReady(p: Proc): void {
    p.status = READY;
    this.ready.add(p.index);
  }

  /**
   * Blocks a running process. `peer`: the process it waits for, if any (-1: none or any sender);
   * `timeout`: ticks before it gives up (SPEC §6), or null.
   */
  block(
    p: Proc,
    line: number,
    reason: BlockReason,
    on: string | null,
    peer: number,
    inLoop: boolean,
    timeout: number | null = null,
  ): void {
    this.em.block(this.t, p.name, line, reason, on);
    p.status = BLOCKED;
    p.reason = reason;
    p.on = on;
    p.line = line;
    p.peer = peer;
    p.inLoop = inLoop;
    p.awaiting = 0;
    p.deadline = timeout === null ? null : this.t + timeout;
    if (p.deadline !== null) this.timers.push({ at: p.deadline, process: p.index });
  }

  /** Unblocks a process; it runs when its turn comes at this instant. */
  unblock(p: Proc): void {
    this.em.unblock(this.t, p.name);
    this.endBlock(p);
    this.makeReady(p);
  }

  /**
   * A block ends: a statement with a `timeout` sets `timedout` (true when it gave up, false when
   * it completed); what the process waited on is forgotten.
   */
  endBlock(p: Proc, gaveUp = false): void {
    if (p.deadline !== null) p.timedout = gaveUp;
    p.deadline = null;
    p.reason = null;
    p.awaiting = 0;
  }

  /**
   * A delivery or a freed slot satisfied `p`'s block: it joins the ready set but stays blocked
   * until its turn comes, after every message due at this instant (SPEC §2).
   */
  satisfy(p: Proc, resume: Resume): void {
    p.resume = resume;
    this.ready.add(p.index);
  }

  /** Ends a satisfied block as its process runs again: `proc.unblock`, then what satisfied it. */
  resume(p: Proc): void {
    const r = p.resume;
    if (r === null) return;
    this.em.unblock(this.t, p.name);
    p.status = RUNNING;
    p.resume = null;
    this.endBlock(p);
    if (r.kind === 'take') {
      this.take(p, r.message, r.line);
      return;
    }
    // The slot was counted as taken when it was given (`freeSlots`).
    this.transmit(p.index, r.queue.endpoint, 'publish', r.payload, r.line);
  }

  /** Puts tied processes in an arbitrary order when a test asks for it (see `Scramble`). */
  shuffleTies(indices: number[]): void {
    scrambleInPlace(indices, this.scramble);
  }

  /** Starts a `compute` of `duration` > 0 ticks. */
  sleep(p: Proc, duration: number): void {
    p.status = COMPUTING;
    p.wakeAt = this.t + duration;
    this.wakeups.push({ at: p.wakeAt, process: p.index });
  }

  /** Sends a message of any kind now, recording its `msg.send`; `answers`: see `Message`. */
  transmit(
    from: number,
    to: number,
    kind: MessageKind,
    payload: string | null,
    line: number,
    answers = 0,
  ): Message {
    const fate = this.plan.fate(from, to, this.t);
    const m = this.net.send(from, to, kind, payload, line, this.t, answers, fate);
    this.em.send(this.t, m, this.endpoints[from] ?? '', this.endpoints[to] ?? '');
    return m;
  }

  /** Process `p` takes a message from its mailbox (or as it arrives), at statement `line`. */
  take(p: Proc, m: Message, line: number): void {
    this.em.recv(this.t, m.id, p.name, line);
    if (m.kind === 'sync') this.transmit(p.index, m.from, 'ack', null, line, m.id);
    else if (m.kind === 'request') p.requests.push(m);
  }

  /** Stops the run with a run-time error of process `p` (`error`: its code and params, when it has them). */
  fail(p: Proc, line: number, message: string, error?: RunErrorInfo): void {
    this.em.error(this.t, p.name, line, message, error);
    this.failure = {
      kind: 'error',
      text: `${p.name} failed at line ${line}: ${message}`,
      process: p.name,
      line,
      ...error,
    };
  }

  /** Moves every process whose `compute` ends by `t` to the ready set. */
  wake(): void {
    for (let w = this.wakeups.peek(); w !== undefined && w.at <= this.t; w = this.wakeups.peek()) {
      this.wakeups.pop();
      const p = this.procs[w.process];
      if (p && p.status === COMPUTING && p.wakeAt === w.at) this.makeReady(p);
    }
  }

  /** True while `w` is the deadline of a block that can still give up. */
  timerLive(w: Wakeup): boolean {
    const p = this.procs[w.process];
    return p !== undefined && p.status === BLOCKED && p.resume === null && p.deadline === w.at;
  }

  /** When something next happens (a delivery, the end of a compute, a deadline, a crash or restart line), or Infinity. */
  nextTime(): number {
    const stale = (w: Wakeup) => {
      const p = this.procs[w.process];
      return p === undefined || p.status !== COMPUTING || p.wakeAt !== w.at;
    };
    while (this.wakeups.size > 0 && stale(this.wakeups.peek() as Wakeup)) this.wakeups.pop();
    while (this.timers.size > 0 && !this.timerLive(this.timers.peek() as Wakeup)) this.timers.pop();
    const life = this.plan.nextLifeAt((line) => lifeLineChanges(this, line));
    return Math.min(
      this.wakeups.peek()?.at ?? Infinity,
      this.net.nextAt(),
      this.timers.peek()?.at ?? Infinity,
      life,
    );
  }
}
