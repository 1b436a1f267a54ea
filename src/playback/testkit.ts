// Hand-made traces for tests and benchmarks: a builder that numbers events, and a generator of
// long, plausible traces (not a faithful engine: it only has to exercise every reducer path).

import type { Outcome, Trace, TraceEvent, TraceScenario } from '../engine/trace';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** A trace event without its `seq` (the builder numbers them). */
export type Unnumbered = DistributiveOmit<TraceEvent, 'seq'>;

export interface ScenarioInput {
  processes: string[];
  queues?: { name: string; capacity: number | null }[];
  barriers?: { name: string; parties: number }[];
}

/** An outcome with empty defaults. */
export function outcomeOf(kind: Outcome['kind'], time: number, extra: Partial<Outcome> = {}): Outcome {
  return { kind, time, message: `${kind} at t=${time}`, blocked: [], cycle: null, ...extra };
}

/** A trace from events in order: assigns `seq` 0, 1, 2, … and adds `run.end` when `outcome` is given. */
export function makeTrace(scenario: ScenarioInput, events: Unnumbered[], outcome?: Outcome): Trace {
  const all: Unnumbered[] = outcome ? [...events, { type: 'run.end', t: outcome.time, outcome }] : events;
  const numbered = all.map((e, seq) => ({ ...e, seq }) as TraceEvent);
  const s: TraceScenario = {
    title: 'test',
    titles: {},
    processes: scenario.processes,
    queues: scenario.queues ?? [],
    barriers: scenario.barriers ?? [],
  };
  const last = numbered[numbered.length - 1];
  return {
    format: 'rendezvous.trace',
    version: 1,
    scenario: s,
    outcome: outcome ?? outcomeOf('limit', last?.t ?? 0, { limit: 'events' }),
    events: numbered,
  };
}

/** A small seeded PRNG (mulberry32), returning [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

interface Flight {
  id: number;
  from: string;
  to: string;
  kind: 'message' | 'sync' | 'ack' | 'request' | 'reply' | 'publish' | 'dispatch';
  at: number;
}

/**
 * A synthetic trace of `count` events over `procs` processes, a queue `jobs` (capacity 3) and a
 * barrier `B`. With `backlog`, processes send more than they receive, so mailboxes keep growing.
 */
export function synthTrace(count: number, seed = 1, procs = 6, backlog = true): Trace {
  // Cumulative shares of: compute, send, ssend/call, recv, reply/note, publish, consume, barrier.
  const [c1, c2, c3, c4, c5, c6, c7] = backlog
    ? [0.2, 0.4, 0.54, 0.7, 0.78, 0.85, 0.9]
    : [0.15, 0.25, 0.33, 0.7, 0.8, 0.86, 0.92];
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const names = Array.from({ length: procs }, (_, i) => `P${i}`);
  const out: Unnumbered[] = names.map((process) => ({ type: 'proc.start', t: 0, process }));
  const busyUntil = new Map<string, number>(names.map((p) => [p, 0]));
  const waiting = new Map<string, string>(); // process → what it waits for ('recv', 'reply:ID', …)
  const mailbox = new Map<string, Flight[]>(names.map((p) => [p, []]));
  const pending = new Map<string, Flight[]>(names.map((p) => [p, []]));
  const jobs: Flight[] = [];
  const consumers: string[] = [];
  let inbound = 0;
  let arrived: string[] = [];
  let generation = 0;
  let flights: Flight[] = [];
  let nextId = 1;
  let t = 0;
  const send = (from: string, to: string, kind: Flight['kind'], line: number): Flight => {
    const f: Flight = { id: nextId++, from, to, kind, at: t + Math.floor(rnd() * 4) };
    out.push({
      type: 'msg.send',
      t,
      id: f.id,
      from,
      to,
      kind,
      payload: rnd() < 0.5 ? null : `p${f.id}`,
      deliverAt: f.at,
      line,
    });
    flights.push(f);
    if (kind === 'publish') inbound++;
    return f;
  };
  const wake = (p: string, f: Flight): void => {
    waiting.delete(p);
    out.push({ type: 'proc.unblock', t, process: p }, { type: 'msg.recv', t, id: f.id, process: p, line: 9 });
  };
  const dispatch = (): void => {
    while (jobs.length > 0 && consumers.length > 0) {
      jobs.shift();
      send('jobs', consumers.shift() as string, 'dispatch', 12);
    }
  };
  const take = (p: string, f: Flight): void => {
    if (f.kind === 'sync') send(p, f.from, 'ack', 7);
    if (f.kind === 'request') (pending.get(p) as Flight[]).push(f);
  };

  while (out.length < count) {
    // Deliveries due now, in send order.
    const due = flights.filter((f) => f.at <= t);
    flights = flights.filter((f) => f.at > t);
    for (const f of due) {
      out.push({ type: 'msg.deliver', t, id: f.id, to: f.to });
      if (f.kind === 'publish') {
        inbound--;
        jobs.push(f);
        dispatch();
      } else if (f.kind === 'ack' || f.kind === 'reply' || f.kind === 'dispatch') {
        wake(f.to, f);
      } else if (waiting.get(f.to) === 'recv') {
        wake(f.to, f);
        take(f.to, f);
      } else (mailbox.get(f.to) as Flight[]).push(f);
    }
    for (const p of names) {
      if (waiting.has(p) || (busyUntil.get(p) as number) > t) continue;
      const r = rnd();
      const other = pick(names.filter((x) => x !== p));
      const box = mailbox.get(p) as Flight[];
      if (r < c1) {
        const duration = Math.floor(rnd() * 4);
        out.push({ type: 'proc.compute', t, process: p, line: 2, duration });
        busyUntil.set(p, t + Math.max(1, duration));
      } else if (r < c2) send(p, other, 'message', 3);
      else if (r < c3) {
        const kind = r < (c2 + c3) / 2 ? 'sync' : 'request';
        send(p, other, kind, 4);
        waiting.set(p, kind);
        out.push({
          type: 'proc.block',
          t,
          process: p,
          line: 4,
          reason: kind === 'sync' ? 'ssend' : 'call',
          on: other,
        });
      } else if (r < c4) {
        const f = box.shift();
        if (f) {
          out.push({ type: 'msg.recv', t, id: f.id, process: p, line: 5 });
          take(p, f);
        } else {
          waiting.set(p, 'recv');
          out.push({ type: 'proc.block', t, process: p, line: 5, reason: 'recv', on: null });
        }
      } else if (r < c5) {
        const req = (pending.get(p) as Flight[]).shift();
        if (req) send(p, req.from, 'reply', 6);
        else
          out.push({
            type: 'note',
            t,
            process: p,
            line: 1,
            text: `hello from ${p}`,
            lang: rnd() < 0.5 ? 'en' : null,
          });
      } else if (r < c6) {
        if (jobs.length + inbound < 3) send(p, 'jobs', 'publish', 10);
      } else if (r < c7) {
        waiting.set(p, 'consume');
        consumers.push(p);
        out.push({ type: 'proc.block', t, process: p, line: 11, reason: 'consume', on: 'jobs' });
        dispatch();
      } else {
        arrived.push(p);
        out.push({
          type: 'barrier.arrive',
          t,
          barrier: 'B',
          process: p,
          generation,
          arrived: arrived.length,
          parties: 3,
          line: 8,
        });
        if (arrived.length === 3) {
          out.push({ type: 'barrier.release', t, barrier: 'B', generation, processes: arrived });
          for (const q of arrived.filter((x) => x !== p)) {
            waiting.delete(q);
            out.push({ type: 'proc.unblock', t, process: q });
          }
          arrived = [];
          generation++;
        } else {
          waiting.set(p, 'barrier');
          out.push({ type: 'proc.block', t, process: p, line: 8, reason: 'barrier', on: 'B' });
        }
      }
    }
    // Stuck (everyone waits, nothing in flight): free someone so the run goes on.
    if (flights.length === 0 && names.every((p) => waiting.has(p))) {
      const p = names.find((x) => waiting.get(x) === 'recv') ?? pick(names);
      waiting.delete(p);
      if (consumers.includes(p)) consumers.splice(consumers.indexOf(p), 1);
      if (arrived.includes(p)) arrived = arrived.filter((x) => x !== p);
      out.push({ type: 'proc.unblock', t, process: p });
    }
    t++;
  }
  out.length = Math.min(out.length, count);
  const end = out[out.length - 1]?.t ?? 0;
  return makeTrace(
    { processes: names, queues: [{ name: 'jobs', capacity: 3 }], barriers: [{ name: 'B', parties: 3 }] },
    out,
    outcomeOf('limit', end, { limit: 'events' }),
  );
}
