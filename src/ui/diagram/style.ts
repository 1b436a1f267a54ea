// The diagram's palette and the message shapes as drawing operations. Message colors and
// shapes come from the stage's KIND_STYLE so both views always agree.

import type { BlockReason } from '../../engine/trace';
import { shapePath, type Shape } from '../stage/kinds';

export const FONT =
  "system-ui, -apple-system, 'Segoe UI', 'Noto Sans KR', 'Apple SD Gothic Neo', 'Malgun Gothic', sans-serif";

export const COLORS = {
  paper: '#ffffff',
  ink: '#1b1f27',
  muted: '#4f5866',
  line: '#d5dae2',
  grid: '#eceff3',
  rowAlt: '#f7f8fa',
  queueRow: '#eef3f9',
  queueInk: '#2b5d8a',
  compute: '#007a58',
  cursor: '#0b63b6',
  band: '#6b5b95',
  hover: '#1b1f27',
};

/** One color per wait reason, dark enough for text on white and distinct from the compute green. */
export const REASON_COLOR: Record<BlockReason, string> = {
  recv: '#b5410a',
  ssend: '#a0307a',
  call: '#7a5a00',
  publish: '#1f6e9c',
  consume: '#4b4bb0',
  barrier: '#555b66',
};

export const REASONS = Object.keys(REASON_COLOR) as BlockReason[];

/** A step of a shape outline, centred on 0,0: move, line, close, or a whole circle. */
export type ShapeOp = { op: 'M' | 'L'; x: number; y: number } | { op: 'Z' } | { op: 'circle'; r: number };

const cache = new Map<string, ShapeOp[]>();

/** The outline of a kind's shape as operations, read from the stage's SVG path (cached). */
export function shapeOps(shape: Shape, r: number): ShapeOp[] {
  const key = `${shape}:${r}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const path = shapePath(shape, r);
  const ops: ShapeOp[] = [];
  if (path.includes('A')) {
    ops.push({ op: 'circle', r });
  } else {
    for (const [, cmd, args] of path.matchAll(/([MLZ])([^MLZ]*)/g)) {
      if (cmd === 'Z') {
        ops.push({ op: 'Z' });
        continue;
      }
      const [x, y] = args!.split(',').map(Number);
      ops.push({ op: cmd as 'M' | 'L', x: x!, y: y! });
    }
  }
  cache.set(key, ops);
  return ops;
}
