// Where each message in flight is drawn at a given time, and which one a click lands on: shared by
// the glyphs (MessagesLayer.tsx) and the canvas of a crowded stage (MessagesCanvas.tsx). Pure.

import type { MessageView } from '../../playback/world';
import { along, progressAt } from './geometry';
import type { Point } from './layout';

export interface Flight {
  message: MessageView;
  from: Point;
  to: Point;
  /** Sideways offset so a message and its answer travel on separate lanes. */
  lane: number;
  label: string;
}

/**
 * Where a message is at virtual time `t`: gliding along its wire, or (`still`, under reduced
 * motion) standing where it was at the current event.
 */
export function flightPoint(f: Flight, t: number, still: boolean): Point {
  const progress = still ? f.message.progress : progressAt(t, f.message.sentAt, f.message.deliverAt);
  return along(f.from, f.to, progress, f.lane);
}

/** The message drawn nearest to `p` within `radius` (stage units) at time `t`, or null. */
export function flightAt(
  flights: readonly Flight[],
  p: Point,
  t: number,
  still: boolean,
  radius: number,
): Flight | null {
  let best: Flight | null = null;
  let bestD = radius * radius;
  for (const f of flights) {
    const q = flightPoint(f, t, still);
    const d = (q.x - p.x) ** 2 + (q.y - p.y) ** 2;
    // Later messages are drawn on top: on a tie the later one is the one seen.
    if (d <= bestD) {
      best = f;
      bestD = d;
    }
  }
  return best;
}
