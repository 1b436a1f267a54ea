// Writes one run of the untimed model as a trace (SPEC §3, §8): the search keeps only the steps
// that reach a state; replaying them with a Tracer gives every event, where `t` counts the
// deliver-or-lose steps so far. A message's `deliverAt` is the step that delivered or lost it
// (one past the end for one still in flight when an error stopped the run), so the stage and the
// diagram can fly it there.

import { Emitter } from '../engine/emitter';
import type { Op } from '../engine/ops';
import { buildOutcome, type EndState, type OutcomeDetail } from '../engine/outcome';
import { setupBarriers, setupQueues, traceHeader } from '../engine/setup';
import { BLOCKED as K_BLOCKED, DONE as K_DONE, createProc, type BarrierState } from '../engine/state';
import type { EventOf, MessageKind, OutcomeKind, Trace } from '../engine/trace';
import { runErrorMessage } from '../lang/diagnostics.run';
import { CALL, ERROR, RECV, REPLY, SSEND, STALL, type XOp } from './program';
import { BLOCKED, DONE, current, onOf, reasonOf, type Model, type XState } from './model';
import { normalize } from './reduce';
import { applyStep, initialState, type Tracer } from './steps';
import { classify } from './outcome';

const KINDS: MessageKind[] = ['message', 'sync', 'request', 'reply', 'ack', 'publish', 'dispatch'];

/** Records events for a replay; keeps ids, payloads and barrier generations on the side. */
class Recorder implements Tracer {
  t = 0;
  readonly em = new Emitter(Number.MAX_SAFE_INTEGER);
  private readonly sends = new Map<number, EventOf<'msg.send'>>();
  private readonly payloads: (string | null)[] = [null];
  private readonly answers: number[];
  readonly generations: number[];

  constructor(private readonly m: Model) {
    this.answers = new Array<number>(m.procs).fill(0);
    this.generations = new Array<number>(m.parties.length).fill(0);
  }

  private name = (k: number) => this.m.names[k] ?? '';

  send(from: number, to: number, kind: number, payload: string | null, line: number): number {
    const id = this.payloads.length;
    this.payloads.push(payload);
    const message = { id, kind: KINDS[kind] ?? 'message', payload, deliverAt: this.t + 1, line };
    this.em.send(this.t, message, this.name(from), this.name(to));
    this.sends.set(id, this.em.events[this.em.events.length - 1] as EventOf<'msg.send'>);
    return id;
  }
  payloadOf(id: number): string | null {
    return this.payloads[id] ?? null;
  }
  private arrived(id: number): void {
    const e = this.sends.get(id);
    if (e !== undefined) e.deliverAt = this.t;
    this.sends.delete(id);
  }
  deliver(id: number, to: number): void {
    this.arrived(id);
    this.em.deliver(this.t, id, this.name(to));
  }
  lost(id: number, to: number): void {
    this.arrived(id);
    this.em.lost(this.t, id, this.name(to), 'lose');
  }
  drop(id: number, process: number): void {
    this.em.drop(this.t, id, this.name(process));
  }
  recv(id: number, process: number, line: number): void {
    this.em.recv(this.t, id, this.name(process), line);
  }
  answered(process: number, id: number): void {
    this.answers[process] = id;
  }
  answerOf(process: number): number {
    return this.answers[process] ?? 0;
  }
  block(process: number, x: XOp): void {
    this.em.block(this.t, this.name(process), x.line, reasonOf(x.kind), onOf(this.m, x));
  }
  unblock(process: number): void {
    this.em.unblock(this.t, this.name(process));
  }
  timeout(process: number, x: XOp): void {
    this.em.timeout(this.t, this.name(process), x.line, reasonOf(x.kind));
  }
  done(process: number): void {
    this.em.done(this.t, this.name(process));
  }
  pass(process: number, op: Op): void {
    // Time is not part of the model: a `compute` is no event here, and `ask` checkpoints belong
    // to the timed run they ask about. Notes still narrate the run.
    if (op.op === 'note') this.em.note(this.t, this.name(process), op.line, op.text, op.lang);
  }
  error(process: number, x: XOp): void {
    const d = errorOf(x);
    this.em.error(
      this.t,
      this.name(process),
      x.line,
      d.message,
      d.code ? { code: d.code, params: d.params } : undefined,
    );
  }
  arrive(barrier: number, process: number, arrived: number, line: number): void {
    const name = this.m.barrierNames[barrier] ?? '';
    const parties = this.m.parties[barrier] ?? 0;
    const g = this.generations[barrier] ?? 0;
    this.em.arrive(this.t, name, this.name(process), g, arrived, parties, line);
  }
  release(barrier: number, processes: number[]): void {
    const g = this.generations[barrier] ?? 0;
    this.em.release(this.t, this.m.barrierNames[barrier] ?? '', g, processes.map(this.name));
    this.generations[barrier] = g + 1;
  }
  withdraw(barrier: number, process: number, arrived: number): void {
    const g = this.generations[barrier] ?? 0;
    this.em.withdraw(this.t, this.m.barrierNames[barrier] ?? '', this.name(process), g, arrived);
  }
  tick(): void {
    this.t++;
  }
  /** Messages still in flight at the end would arrive at the next step at the earliest. */
  finish(): void {
    for (const e of this.sends.values()) e.deliverAt = this.t + 1;
  }
}

/** A failing statement's message, code and params. */
function errorOf(x: XOp): {
  message: string;
  code?: NonNullable<OutcomeDetail['code']>;
  params: Record<string, string | number>;
} {
  if (x.kind === REPLY) {
    const code = 'run-reply-without-request' as const;
    return { message: runErrorMessage(code, {}), code, params: {} };
  }
  const op = x.op;
  if (op.op !== 'error') return { message: 'unexpected statement', params: {} };
  return op.code
    ? { message: op.message, code: op.code, params: { ...(op.params ?? {}) } }
    : { message: op.message, params: {} };
}

/** Replays `steps` from the start and returns the run as a trace. */
export function replay(m: Model, steps: readonly number[], reduce: boolean): Trace {
  const rec = new Recorder(m);
  for (const name of m.names.slice(0, m.procs)) rec.em.start(0, name);
  let s = initialState(m, rec);
  if (reduce) normalize(m, s, rec);
  for (const step of steps) {
    s = applyStep(m, s, step, rec);
    if (reduce) normalize(m, s, rec);
  }
  rec.finish();
  const kind = classify(m, s);
  const outcome = buildOutcome(
    kind,
    rec.em.lastTime(),
    endState(m, s, rec.generations),
    detailOf(m, s, kind),
  );
  rec.em.end(outcome);
  const queues = setupQueues(m.scenario);
  const barriers = setupBarriers(m.scenario);
  return {
    format: 'rendezvous.trace',
    version: 1,
    scenario: traceHeader(m.scenario, queues, barriers),
    outcome,
    events: rec.em.events,
  };
}

/** What the engine's outcome builder needs to know about the final state. */
function endState(m: Model, s: XState, generations: number[]): EndState {
  const procs = m.names.slice(0, m.procs).map((name, k) => {
    const p = createProc(k, name);
    const x = current(m, s, k);
    if (s.st[k] === DONE) p.status = K_DONE;
    else if (s.st[k] === BLOCKED && x !== null) {
      p.status = K_BLOCKED;
      p.reason = reasonOf(x.kind);
      p.on = onOf(m, x);
      p.line = x.line;
      p.peer = x.kind === RECV || x.kind === SSEND || x.kind === CALL ? x.target : -1;
      p.inLoop = x.inLoop;
    }
    return p;
  });
  const barrierByName = new Map<string, BarrierState>();
  m.barrierNames.forEach((name, b) =>
    barrierByName.set(name, {
      name,
      parties: m.parties[b] ?? 0,
      members: m.members[b] ?? [],
      generation: generations[b] ?? 0,
      arrivals: (s.ba[b] ?? []).slice(),
    }),
  );
  return {
    procs,
    procByName: new Map(procs.map((p) => [p.name, p.index])),
    barrierByName,
    failures: m.scenario.failures,
  };
}

function detailOf(m: Model, s: XState, kind: OutcomeKind): OutcomeDetail | undefined {
  if (s.halt < 0) return undefined;
  const name = m.names[s.halt] ?? '';
  const x = current(m, s, s.halt);
  if (x === null) return undefined;
  if (kind === 'limit' || x.kind === STALL)
    return {
      text: `${name} loops for ever without a step (line ${x.line})`,
      process: name,
      line: x.line,
      limit: 'statements',
    };
  if (x.kind !== ERROR && x.kind !== REPLY) return undefined;
  const d = errorOf(x);
  const text = `${name} failed at line ${x.line}: ${d.message}`;
  return d.code
    ? { text, process: name, line: x.line, code: d.code, params: d.params }
    : { text, process: name, line: x.line };
}
