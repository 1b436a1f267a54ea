// The step ranges Export Mermaid offers, as player positions (events applied): the whole run, the
// run so far, and the part since the last checkpoint up to the next one, which is what a teacher
// paused on a question usually wants on a slide. `toMermaid(trace, { from, to })` draws the
// events between the two positions.

import type { TraceEvent } from '../engine/trace';
import { checkpointsOf } from '../playback/checkpoints';

export type MermaidRangeKind = 'whole' | 'so-far' | 'checkpoints';

export interface MermaidRange {
  kind: MermaidRangeKind;
  /** First position (the events after it are drawn). */
  from: number;
  /** Last position (events up to it are drawn). */
  to: number;
}

/** The ranges worth offering at position `index`, and which one to preselect. */
export function mermaidRanges(
  events: readonly TraceEvent[],
  index: number,
): { ranges: MermaidRange[]; preferred: MermaidRangeKind } {
  const n = events.length;
  const at = Math.max(0, Math.min(n, Math.round(index)));
  const ranges: MermaidRange[] = [{ kind: 'whole', from: 0, to: n }];
  const inside = at > 0 && at < n;
  if (inside) ranges.push({ kind: 'so-far', from: 0, to: at });
  const ends = checkpointsOf(events).map((c) => c.end);
  if (ends.length > 0) {
    // At a question: from the one before it up to it. Between two: from the last one to the next.
    const from = ends.filter((e) => e < at).pop() ?? 0;
    const to = ends.find((e) => e >= at) ?? n;
    if (to > from && !(from === 0 && to === n)) ranges.push({ kind: 'checkpoints', from, to });
  }
  const has = (kind: MermaidRangeKind) => ranges.some((r) => r.kind === kind);
  const preferred = inside && has('checkpoints') ? 'checkpoints' : has('so-far') ? 'so-far' : 'whole';
  return { ranges, preferred };
}

/** `from` and `to` as whole positions within the run, in order. */
export function clampRange(n: number, from: number, to: number): { from: number; to: number } {
  const clamp = (x: number) => (Number.isFinite(x) ? Math.max(0, Math.min(n, Math.round(x))) : 0);
  const a = clamp(from);
  const b = Number.isFinite(to) ? clamp(to) : n;
  return a <= b ? { from: a, to: b } : { from: b, to: a };
}
