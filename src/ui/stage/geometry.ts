import type { Point } from './layout';

/** The point where the segment from `from`'s centre towards `to` leaves a w×h box around `from`. */
export function boxEdge(from: Point, to: Point, w: number, h: number): Point {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  if (dx === 0 && dy === 0) return from;
  const scale = Math.min(Math.abs(w / 2 / (dx || 1e-9)), Math.abs(h / 2 / (dy || 1e-9)));
  return { x: from.x + dx * Math.min(1, scale), y: from.y + dy * Math.min(1, scale) };
}

/** Progress (0..1) of a message along its wire at time t. */
export function progressAt(t: number, sentAt: number, deliverAt: number): number {
  if (deliverAt <= sentAt) return t >= deliverAt ? 1 : 0;
  return Math.min(1, Math.max(0, (t - sentAt) / (deliverAt - sentAt)));
}

/** A point `p` of the way from a to b, moved sideways by `offset` (so opposite wires don't overlap). */
export function along(a: Point, b: Point, p: number, offset = 0): Point {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.hypot(dx, dy) || 1;
  return { x: a.x + dx * p - (dy / len) * offset, y: a.y + dy * p + (dx / len) * offset };
}
