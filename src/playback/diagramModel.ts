// The space-time diagram and the metrics as data: built from the trace alone, drawn by the UI.

import type { BlockReason, LossCause, MessageKind } from '../engine/trace';

export interface Lane {
  name: string;
  kind: 'process' | 'queue';
}

/** A `compute`: the process is busy from `from` to `to`. */
export interface ComputeBar {
  lane: number;
  from: number;
  to: number;
  /** Index in `trace.events` of the `proc.compute` event. */
  eventIndex: number;
}

/** A wait: from a `proc.block` to its `proc.unblock` (or to the end of the run when none came). */
export interface WaitInterval {
  lane: number;
  from: number;
  to: number;
  reason: BlockReason;
  on: string | null;
  /** Index of the `proc.block` event. */
  eventIndex: number;
  /** True when the wait never ended (a deadlock, an idle server, or a run cut short). */
  open: boolean;
  /** How it ended when not satisfied (SPEC §6): it gave up at its `timeout`, or its process crashed. */
  ended?: 'timeout' | 'crash';
}

/** One message: from (sender's lane, send time) to (receiver's lane, delivery time). */
export interface Arrow {
  id: number;
  kind: MessageKind;
  fromLane: number;
  toLane: number;
  sentAt: number;
  deliverAt: number;
  /** Index of the `msg.send` event. */
  eventIndex: number;
  /** Index of the `msg.deliver` event, or null if the run ended first. */
  deliverIndex: number | null;
  /** What became of it when it never reached its receiver's program (SPEC §6): lost, or dropped late. */
  fate?: { why: LossCause | 'late'; at: number; eventIndex: number };
}

/** A process down: from its `proc.crash` to its `proc.restart`, or to the end of the run. */
export interface DownInterval {
  lane: number;
  from: number;
  to: number;
  /** Index of the `proc.crash` event. */
  eventIndex: number;
  /** True when it was never restarted. */
  open: boolean;
}

/** One generation of a barrier: from its first arrival to the instant it released everyone. */
export interface BarrierBand {
  barrier: string;
  generation: number;
  /** Lanes of the members that arrived, in arrival order. */
  lanes: number[];
  firstArrival: number;
  /** Release time, or null when the generation never completed. */
  release: number | null;
  /** Index of the `barrier.release` event, or null. */
  releaseIndex: number | null;
  /** Each arrival, parallel to `lanes`: its time and the index of its `barrier.arrive` event;
   *  `left`: when it was withdrawn (a timeout or a crash, SPEC §6). */
  arrivals?: { at: number; eventIndex: number; left?: number }[];
}

export interface DiagramModel {
  /** Time of the last event (the makespan). */
  end: number;
  /** Processes in declaration order, then queues. */
  lanes: Lane[];
  bars: ComputeBar[];
  waits: WaitInterval[];
  arrows: Arrow[];
  bands: BarrierBand[];
  /** Crashed processes, crash to restart (absent in models built before SPEC §6 existed). */
  downs?: DownInterval[];
  /** Wires cut by the scenario's `cut` lines, when the caller gave them (the trace does not carry them). */
  cuts?: CutBand[];
}

/** A `cut A B from T1 to T2` line, as two lanes and a time window. */
export interface CutBand {
  laneA: number;
  laneB: number;
  from: number;
  to: number;
}

export interface ProcessMetrics {
  name: string;
  /** Ticks spent in `compute`. */
  busy: number;
  /** Ticks spent waiting, by reason. */
  blocked: Record<BlockReason, number>;
  blockedTotal: number;
  /** The rest of the makespan: running at an instant, or finished before the end. */
  idle: number;
  /** When the process reached its end, or null. */
  doneAt: number | null;
}

export interface RunMetrics {
  makespan: number;
  processes: ProcessMetrics[];
  /** Messages sent, by kind. */
  messages: Record<MessageKind, number>;
  /** The most messages each queue held at once (in it, not counting those on their way). */
  queues: { name: string; deepest: number }[];
  /** How long each member waited at each barrier generation: what a straggler costs the others. */
  barrierWaits: { barrier: string; generation: number; waits: { process: string; wait: number }[] }[];
}
