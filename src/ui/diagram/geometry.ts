// Where each element of the model lands on screen: shared by drawing and hit-testing so that
// what the pointer finds is exactly what was drawn.

import type { DiagramModel } from '../../playback/diagramModel';
import { rowTop, timeToX, type Rows, type View } from './view';

/** Vertical extent of the compute and wait blocks within a row. */
export function blockBox(v: View, row: number): { y: number; h: number } {
  const h = Math.max(6, Math.round(v.laneHeight * 0.56));
  return { y: rowTop(v, row) + Math.round((v.laneHeight - h) / 2), h };
}

/** The vertical centre of a row, where arrows start and end. */
export function rowCenter(v: View, row: number): number {
  return rowTop(v, row) + v.laneHeight / 2;
}

/** Keeps x within a few pixels of the plot, so huge zooms never hand the canvas huge numbers. */
export function clampX(v: View, x: number): number {
  return Math.min(Math.max(x, v.left - 50), v.width + 50);
}

/** A horizontal span on screen, at least `min` pixels wide. */
export function spanX(v: View, from: number, to: number, min = 1): { x: number; w: number } {
  const x0 = clampX(v, timeToX(v, from));
  const x1 = clampX(v, timeToX(v, to));
  return { x: x0, w: Math.max(min, x1 - x0) };
}

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The on-screen segment of arrow i, or null when either end's lane is hidden. */
export function arrowSegment(model: DiagramModel, rows: Rows, v: View, i: number): Segment | null {
  const a = model.arrows[i]!;
  const r1 = rows.rowOf[a.fromLane] ?? -1;
  const r2 = rows.rowOf[a.toLane] ?? -1;
  if (r1 < 0 || r2 < 0) return null;
  return {
    x1: timeToX(v, a.sentAt),
    y1: rowCenter(v, r1),
    x2: timeToX(v, a.deliverAt),
    y2: rowCenter(v, r2),
  };
}

/** Distance from a point to a segment. */
export function distanceToSegment(px: number, py: number, s: Segment): number {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  const len2 = dx * dx + dy * dy;
  const u = len2 === 0 ? 0 : Math.min(1, Math.max(0, ((px - s.x1) * dx + (py - s.y1) * dy) / len2));
  return Math.hypot(px - (s.x1 + u * dx), py - (s.y1 + u * dy));
}
