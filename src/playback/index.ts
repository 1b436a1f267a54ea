// The snapshot index: seek anywhere in a long trace by cloning the nearest earlier snapshot and
// applying the events since (at most `interval`, more only for very big worlds). Snapshots are
// drafts never mutated once taken; answers get fresh containers and share only frozen records.

import type { Trace, TraceEvent } from '../engine/trace';
import type { Draft } from './draft';
import { cloneDraft, draftWeight, initialDraft, materialize } from './draft';
import { applyEvent, involvedProcesses } from './reducer';
import { clampIndex } from './state';
import type { World } from './world';

export type * from './world';
export { barrierOf, pickNote, processOf, queueOf } from './world';
export { apply, initialWorld, stateAt, type PositionQuery } from './state';
export { describeBlocked, describeOutcome, narrate } from './narration';
export {
  checkpointAt,
  checkpointBefore,
  checkpointsOf,
  pickAsk,
  stopBefore,
  type Checkpoint,
} from './checkpoints';

export interface PlaybackOptions {
  /** Events between snapshots (at least; big worlds get sparser snapshots). Default 256. */
  interval?: number;
}

/**
 * Positions count applied events (0..eventCount): position k shows the world after `events[k-1]`.
 * Every method taking or returning an index uses positions.
 */
export interface Playback {
  readonly trace: Trace;
  readonly eventCount: number;
  /** Time of the last event (0 for an empty trace). */
  readonly endTime: number;
  /**
   * The World after `index` events, at `t` (default, and at least: the time of that position; keep
   * it ≤ `timeOf(index + 1)` for a consistent picture).
   */
  stateAt(index: number, t?: number): World;
  /** The World at time `t`: every event with time ≤ t applied, interpolated to t. */
  stateAtTime(t: number): World;
  /** The time of position `index`: the time of `events[index-1]`, 0 for position 0. */
  timeOf(index: number): number;
  /** The last position whose time is ≤ t: the number of events with time ≤ t. */
  indexAtTime(t: number): number;
  /** The first position after `fromIndex` produced by an event involving `process`, or null. */
  nextEventOf(process: string, fromIndex: number): number | null;
  /** The last position before `fromIndex` produced by an event involving `process`, or null. */
  prevEventOf(process: string, fromIndex: number): number | null;
}

/** Greatest i with sorted[i] ≤ x, or -1. */
function lastAtMost(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Builds the snapshot index of `trace` (O(events); about 0.1 s for 100,000 events). */
export function createPlayback(trace: Trace, options: PlaybackOptions = {}): Playback {
  const events = trace.events;
  const n = events.length;
  const interval = Math.max(1, Math.floor(options.interval ?? 256));
  const times = new Float64Array(n);
  const snapAt: number[] = [0];
  const snaps: Draft[] = [cloneDraft(initialDraft(trace))];
  const byProcess = new Map<string, number[]>();

  const d = initialDraft(trace);
  const isProcess = (name: string): boolean => d.procAt.has(name);
  let lastSnap = 0;
  let weight = draftWeight(d);
  for (let i = 0; i < n; i++) {
    const e = events[i] as TraceEvent;
    applyEvent(d, e, i);
    times[i] = e.t;
    for (const p of involvedProcesses(e, isProcess)) {
      let list = byProcess.get(p);
      if (!list) byProcess.set(p, (list = []));
      if (list[list.length - 1] !== i + 1) list.push(i + 1);
    }
    // A seek clones a snapshot anyway, so replaying up to a sixteenth of its size in events costs
    // little more; spacing big snapshots that far apart bounds memory when mailboxes pile up.
    if (i + 1 - lastSnap >= Math.max(interval, weight >> 4)) {
      snaps.push(cloneDraft(d));
      snapAt.push(i + 1);
      lastSnap = i + 1;
      weight = draftWeight(d);
    }
  }

  const timeOf = (index: number): number => {
    const k = clampIndex(index, n);
    return k === 0 ? 0 : (times[k - 1] as number);
  };

  const stateAt = (index: number, t?: number): World => {
    const k = clampIndex(index, n);
    const s = lastAtMost(snapAt, k);
    const from = snapAt[s] as number;
    const draft = cloneDraft(snaps[s] as Draft);
    for (let i = from; i < k; i++) applyEvent(draft, events[i] as TraceEvent, i);
    return materialize(draft, t ?? draft.t);
  };

  const indexAtTime = (t: number): number => (Number.isNaN(t) ? 0 : lastAtMost(times, t) + 1);

  return {
    trace,
    eventCount: n,
    endTime: n === 0 ? 0 : (times[n - 1] as number),
    stateAt,
    stateAtTime: (t) => stateAt(indexAtTime(t), t),
    timeOf,
    indexAtTime,
    nextEventOf(process, fromIndex) {
      const list = byProcess.get(process) ?? [];
      return list[lastAtMost(list, fromIndex) + 1] ?? null;
    },
    prevEventOf(process, fromIndex) {
      const list = byProcess.get(process) ?? [];
      return list[lastAtMost(list, fromIndex - 1)] ?? null;
    },
  };
}
