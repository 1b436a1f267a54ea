// Hit-testing: which element of the diagram lies under a pointer. Pure: the same inputs the
// drawing uses, and the same geometry.

import type { DiagramModel } from '../../playback/diagramModel';
import { arrowSegment, blockBox, distanceToSegment, spanX } from './geometry';
import { visit, type DiagramIndex } from './windowIndex';
import { rowAt, xToTime, type Rows, type View } from './view';

export type Hit =
  | { kind: 'arrow'; index: number }
  | { kind: 'wait'; index: number }
  | { kind: 'bar'; index: number }
  | { kind: 'band'; index: number }
  | { kind: 'lane'; lane: number };

export interface HitScene {
  model: DiagramModel;
  index: DiagramIndex;
  rows: Rows;
}

/** Pixels of slack around thin things (arrows, one-tick blocks). */
export const TOLERANCE = 5;

/** The element under (x, y): an arrow first, then a wait or compute block, then a barrier band. */
export function hitTest(scene: HitScene, v: View, x: number, y: number): Hit | null {
  const { model, index, rows } = scene;
  if (y < v.top || y > v.height || x > v.width) return null;
  const row = rowAt(v, rows, y);
  if (x < v.left) return row < 0 ? null : { kind: 'lane', lane: rows.order[row]! };

  const tLo = xToTime(v, x - TOLERANCE);
  const tHi = xToTime(v, x + TOLERANCE);
  let best = -1;
  let bestDistance = TOLERANCE;
  visit(index.arrows, tLo, tHi, (i) => {
    const seg = arrowSegment(model, rows, v, i);
    if (!seg) return;
    const d = distanceToSegment(x, y, seg);
    if (d <= bestDistance) {
      bestDistance = d;
      best = i;
    }
  });
  if (best >= 0) return { kind: 'arrow', index: best };
  if (row < 0) return null;
  const lane = rows.order[row]!;

  const box = blockBox(v, row);
  if (y >= box.y - 2 && y <= box.y + box.h + 2) {
    const near = (from: number, to: number) => {
      const { x: x0, w } = spanX(v, from, to, 0);
      const pad = w < 2 * TOLERANCE ? TOLERANCE - w / 2 : 0;
      return x >= x0 - pad && x <= x0 + w + pad ? Math.abs(x - (x0 + w / 2)) : Infinity;
    };
    const pick = (list: readonly { lane: number; from: number; to: number }[], ix: typeof index.waits) => {
      let found = -1;
      let dist = Infinity;
      visit(ix, tLo, tHi, (i) => {
        const el = list[i]!;
        if (el.lane !== lane) return;
        const d = near(el.from, el.to);
        if (d < dist) {
          dist = d;
          found = i;
        }
      });
      return found;
    };
    const wait = pick(model.waits, index.waits);
    if (wait >= 0) return { kind: 'wait', index: wait };
    const bar = pick(model.bars, index.bars);
    if (bar >= 0) return { kind: 'bar', index: bar };
  }

  const t = xToTime(v, x);
  let band = -1;
  visit(index.bands, t, t, (i) => {
    if (band < 0 && model.bands[i]!.lanes.includes(lane)) band = i;
  });
  if (band >= 0) return { kind: 'band', index: band };
  return null;
}

/** The same hit, or both null: for deciding whether a hover changed. */
export function sameHit(a: Hit | null, b: Hit | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.kind === 'lane') return b.kind === 'lane' && a.lane === b.lane;
  return b.kind === a.kind && 'index' in b && a.index === b.index;
}
