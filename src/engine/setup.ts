// What the kernel derives from a checked scenario before the run: barrier members, queues and
// barriers (declared, implicit, and any a hand-built scenario forgot), link endpoints, and the
// trace header.

import type { Scenario } from '../lang/ast';
import { queuesAndBarriers } from '../lang/walk';
import type { TraceScenario } from './trace';
import type { NetworkConfig } from './network';
import { Fifo } from './fifo';
import { WaitLine, type Scramble } from './line';
import type { BarrierState, QueueState } from './state';

/** Names used by each process declaration's program. */
function usesByDecl(scenario: Scenario, kind: 'barrier' | 'queue'): Set<string>[] {
  return scenario.processes.map(
    (decl) => queuesAndBarriers(decl.body)[kind === 'barrier' ? 'barriers' : 'queues'],
  );
}

/** The barriers of a run, each with the instances whose program contains it. */
export function setupBarriers(scenario: Scenario): BarrierState[] {
  const uses = usesByDecl(scenario, 'barrier');
  const membersOf = (name: string) =>
    scenario.instances.flatMap((inst, k) => (uses[inst.decl]?.has(name) ? [k] : []));
  const out: BarrierState[] = scenario.barriers.map((b) => ({
    name: b.name,
    parties: b.parties,
    members: membersOf(b.name),
    generation: 0,
    arrivals: [],
  }));
  const known = new Set(out.map((b) => b.name));
  for (const names of uses) {
    for (const name of names) {
      if (known.has(name)) continue;
      known.add(name);
      const members = membersOf(name);
      out.push({ name, parties: members.length, members, generation: 0, arrivals: [] });
    }
  }
  return out;
}

/** The broker queues of a run; their endpoints follow the processes'. */
export function setupQueues(scenario: Scenario, scramble?: Scramble): QueueState[] {
  const decls = scenario.queues.map((q) => ({ name: q.name, capacity: q.capacity }));
  const known = new Set(decls.map((q) => q.name));
  for (const names of usesByDecl(scenario, 'queue')) {
    for (const name of names) {
      if (!known.has(name)) decls.push({ name, capacity: null });
      known.add(name);
    }
  }
  const base = scenario.instances.length;
  return decls.map((q, k) => ({
    name: q.name,
    endpoint: base + k,
    capacity: q.capacity,
    items: new Fifo(),
    inFlight: 0,
    consumers: new WaitLine(scramble),
    publishers: new WaitLine(scramble),
  }));
}

/** The network settings, links resolved to endpoint numbers (a group name stands for all its members). */
export function networkConfig(
  scenario: Scenario,
  queues: QueueState[],
  endpoints: Map<string, number[]>,
): NetworkConfig {
  return {
    endpoints: scenario.instances.length + queues.length,
    latency: scenario.latency.value,
    jitter: scenario.jitter.value,
    seed: scenario.seed.value,
    links: scenario.links.map((l) => ({
      a: endpoints.get(l.a.name) ?? [],
      b: endpoints.get(l.b.name) ?? [],
      latency: l.latency,
    })),
  };
}

/** The endpoints each name stands for: a process or member itself, a group each of its members, a queue. */
export function endpointsByName(scenario: Scenario, queues: QueueState[]): Map<string, number[]> {
  const endpoints = new Map<string, number[]>();
  scenario.instances.forEach((inst, k) => {
    endpoints.set(inst.name, [k]);
    const decl = scenario.processes[inst.decl];
    if (decl?.group) {
      const members = endpoints.get(decl.name) ?? [];
      if (!endpoints.has(decl.name)) endpoints.set(decl.name, members);
      members.push(k);
    }
  });
  for (const q of queues) endpoints.set(q.name, [q.endpoint]);
  return endpoints;
}

/** The scenario part of the trace. */
export function traceHeader(
  scenario: Scenario,
  queues: QueueState[],
  barriers: BarrierState[],
): TraceScenario {
  const pick = (lang: 'en' | 'ko' | null) => scenario.titles.find((t) => t.lang === lang)?.text;
  const en = pick('en');
  const ko = pick('ko');
  const titles: TraceScenario['titles'] = {};
  if (en !== undefined) titles.en = en;
  if (ko !== undefined) titles.ko = ko;
  return {
    title: pick(null) ?? en ?? ko ?? 'untitled',
    titles,
    processes: scenario.instances.map((inst) => inst.name),
    queues: queues.map((q) => ({ name: q.name, capacity: q.capacity })),
    barriers: barriers.map((b) => ({ name: b.name, parties: b.parties })),
  };
}
