// `ask` checkpoints in a trace: where playback pauses to let the class predict what happens next.
// Consecutive `ask` events of one process at one instant (its `en` and `ko` lines) form one
// checkpoint; the playhead stops just after the last of them.

import type { Lang } from '../lang/ast';
import type { EventOf, TraceEvent } from '../engine/trace';

export type AskEvent = EventOf<'ask'>;

export interface Checkpoint {
  /** The playback position (events applied) that shows the question: just after its last `ask`. */
  readonly end: number;
  /** Its `ask` events, one per language line. */
  readonly asks: readonly AskEvent[];
}

const cache = new WeakMap<readonly TraceEvent[], readonly Checkpoint[]>();

/** Every checkpoint of a trace, in order (computed once per trace). */
export function checkpointsOf(events: readonly TraceEvent[]): readonly Checkpoint[] {
  const known = cache.get(events);
  if (known) return known;
  const found: Checkpoint[] = [];
  for (let k = 0; k < events.length; k++) {
    const first = events[k]!;
    if (first.type !== 'ask') continue;
    const asks: AskEvent[] = [first];
    while (k + 1 < events.length) {
      const e = events[k + 1]!;
      if (e.type !== 'ask' || e.process !== first.process || e.t !== first.t) break;
      asks.push(e);
      k++;
    }
    found.push(Object.freeze({ end: k + 1, asks: Object.freeze(asks) }));
  }
  const frozen = Object.freeze(found);
  cache.set(events, frozen);
  return frozen;
}

/** The last checkpoint at or before position `index`, or null. */
export function checkpointBefore(events: readonly TraceEvent[], index: number): Checkpoint | null {
  const all = checkpointsOf(events);
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid]!.end <= index) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? null : all[lo - 1]!;
}

/** The checkpoint whose question position `index` shows (its last `ask` just applied), or null. */
export function checkpointAt(events: readonly TraceEvent[], index: number): Checkpoint | null {
  const c = checkpointBefore(events, index);
  return c !== null && c.end === index ? c : null;
}

/**
 * Where playing from position `from` towards `to` must stop: the end of the first checkpoint whose
 * events are not all applied at `from` and which begins at or before `to`, else `to`.
 */
export function stopBefore(events: readonly TraceEvent[], from: number, to: number): number {
  for (const c of checkpointsOf(events)) {
    if (c.end <= from) continue;
    const start = c.end - c.asks.length;
    return start < to ? Math.max(c.end, from) : to;
  }
  return to;
}

/** The question to show in `lang`: its own line, else the untagged one, else the first. */
export function pickAsk(c: Checkpoint, lang: Lang): AskEvent {
  return c.asks.find((a) => a.lang === lang) ?? c.asks.find((a) => a.lang === null) ?? c.asks[0]!;
}
