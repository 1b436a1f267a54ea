// The numbers of one point of a sweep, taken from the run metrics the app's panel shows (one
// computation of blocked time and barrier waits, in playback/metrics.ts).

import type { OutcomeKind } from '../lang/ast';
import type { Trace } from '../engine/trace';
import { computeMetrics, totalBlocked } from '../playback/metrics';

/** What a sweep plots of one run. Small and plain, so a Web Worker can send it back instead of the trace. */
export interface PointMetrics {
  outcome: OutcomeKind;
  /** `outcome.time`: when the last event happened. */
  finish: number;
  /** Ticks spent blocked, summed over every process. */
  blockedTotal: number;
  /** Ticks each process spent blocked, in declaration order (group members expanded). */
  blocked: { process: string; ticks: number }[];
  /** Ticks spent waiting at barriers, summed over every member and generation. */
  barrierWait: number;
  /** Messages sent, of every kind (acknowledgements, replies, publishes and dispatches too). */
  sent: number;
}

/** The metrics of one run. */
export function pointMetrics(trace: Trace): PointMetrics {
  const m = computeMetrics(trace);
  let barrierWait = 0;
  for (const b of m.barrierWaits) for (const w of b.waits) barrierWait += w.wait;
  let sent = 0;
  for (const n of Object.values(m.messages)) sent += n;
  return {
    outcome: trace.outcome.kind,
    finish: trace.outcome.time,
    blockedTotal: totalBlocked(m),
    blocked: m.processes.map((p) => ({ process: p.name, ticks: p.blockedTotal })),
    barrierWait,
    sent,
  };
}
