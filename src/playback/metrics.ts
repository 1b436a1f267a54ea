// The numbers of a run (busy, blocked, idle, messages, queue depth, barrier waits), computed from
// the diagram model so that every number is the length of something drawn.

import type { BlockReason, MessageKind, Trace } from '../engine/trace';
import { buildDiagram, spanWithin } from './diagram';
import type { DiagramModel, ProcessMetrics, RunMetrics } from './diagramModel';

export const BLOCK_REASONS: readonly BlockReason[] = [
  'recv',
  'ssend',
  'call',
  'publish',
  'consume',
  'barrier',
];
export const MESSAGE_KINDS: readonly MessageKind[] = [
  'message',
  'sync',
  'ack',
  'request',
  'reply',
  'publish',
  'dispatch',
];

/** The metrics of a run. */
export function computeMetrics(trace: Trace): RunMetrics {
  return metricsFromDiagram(buildDiagram(trace), trace);
}

/**
 * The metrics of a run from its diagram (built from the same trace); the trace is read again only
 * for what the diagram does not draw: when each process finished and how full each queue got.
 */
export function metricsFromDiagram(model: DiagramModel, trace: Trace): RunMetrics {
  const makespan = model.end;
  const processes: ProcessMetrics[] = [];
  const processLane: number[] = model.lanes.map(() => -1);
  model.lanes.forEach((lane, k) => {
    if (lane.kind !== 'process') return;
    processLane[k] = processes.length;
    processes.push({
      name: lane.name,
      busy: 0,
      blocked: zeros(BLOCK_REASONS),
      blockedTotal: 0,
      idle: 0,
      doneAt: null,
    });
  });
  const processAt = (lane: number): ProcessMetrics | undefined => processes[processLane[lane] ?? -1];

  for (const bar of model.bars) {
    const p = processAt(bar.lane);
    if (p) p.busy += spanWithin(bar.from, bar.to, makespan);
  }
  for (const w of model.waits) {
    const p = processAt(w.lane);
    if (!p) continue;
    const span = spanWithin(w.from, w.to, makespan);
    p.blocked[w.reason] += span;
    p.blockedTotal += span;
  }
  for (const p of processes) p.idle = Math.max(0, makespan - p.busy - p.blockedTotal);

  const messages = zeros(MESSAGE_KINDS);
  for (const a of model.arrows) messages[a.kind] += 1;

  const barrierWaits = model.bands.map((band) => ({
    barrier: band.barrier,
    generation: band.generation,
    waits: band.lanes.map((lane, k) => ({
      process: model.lanes[lane]?.name ?? '?',
      wait: Math.max(
        0,
        (band.arrivals?.[k]?.left ?? band.release ?? makespan) -
          (band.arrivals?.[k]?.at ?? band.firstArrival),
      ),
    })),
  }));

  // One pass for what the model does not hold: finishing times and queue contents.
  const byName = new Map(processes.map((p) => [p.name, p]));
  const queueNames = model.lanes.filter((l) => l.kind === 'queue').map((l) => l.name);
  const held = new Map(queueNames.map((q) => [q, 0]));
  const deepest = new Map(queueNames.map((q) => [q, 0]));
  for (const e of trace.events) {
    if (e.type === 'proc.done') {
      const p = byName.get(e.process);
      if (p) p.doneAt = e.t;
    } else if (e.type === 'msg.deliver' || e.type === 'msg.send') {
      const q = e.type === 'msg.deliver' ? e.to : e.from;
      const n = held.get(q);
      if (n === undefined) continue;
      const next = e.type === 'msg.deliver' ? n + 1 : Math.max(0, n - 1);
      held.set(q, next);
      if (next > (deepest.get(q) ?? 0)) deepest.set(q, next);
    }
  }

  return {
    makespan,
    processes,
    messages,
    queues: queueNames.map((name) => ({ name, deepest: deepest.get(name) ?? 0 })),
    barrierWaits,
  };
}

/** Ticks spent blocked, summed over every process. */
export function totalBlocked(m: RunMetrics): number {
  return m.processes.reduce((sum, p) => sum + p.blockedTotal, 0);
}

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  const r = {} as Record<K, number>;
  for (const k of keys) r[k] = 0;
  return r;
}
