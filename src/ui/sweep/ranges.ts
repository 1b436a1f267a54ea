// The range a sweep starts with for each kind of knob: what a teacher would try first, from the
// knob's current value. Pure.

import type { SweepKnob } from '../../sweep/knobs';
import type { SweepRange } from '../../sweep/points';

/** Points a default range aims at: enough for a curve, few enough to run in a moment. */
const TARGET = 20;

/** How many seeds the many-seeds tab runs. */
export const SEED_COUNT = 200;

/** The range the form first offers for `knob`. */
export function defaultRange(knob: SweepKnob): SweepRange {
  const v = knob.value;
  switch (knob.kind) {
    case 'group': {
      // 2..32 by 2: from a pair to a room full, the sizes a class counts in.
      const to = Math.max(knob.min, Math.min(32, knob.max));
      const from = Math.min(to, Math.max(knob.min, 2));
      return { from, to, step: to - from >= 16 ? 2 : 1 };
    }
    case 'seed':
      return { from: v, to: v + TARGET - 1, step: 1 };
    case 'capacity':
    case 'parties':
      return rounded(Math.max(knob.min, 1), Math.max(8, 2 * v), knob);
    default:
      // Latency and jitter: from none to well past the current value.
      return rounded(knob.min, Math.max(10, 2 * v), knob);
  }
}

/** `from..to` (to kept within the knob's bounds) with a step that gives about TARGET points. */
function rounded(from: number, to: number, knob: SweepKnob): SweepRange {
  const top = Math.max(from, Math.min(to, knob.max));
  const step = Math.max(1, Math.ceil((top - from) / TARGET));
  return { from, to: top, step };
}
