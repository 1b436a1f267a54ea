// Level of detail: past a few dozen processes a box per process no longer fits a screen at a
// readable size, so each process becomes a dot in a grid that keeps the whole world in view, and
// messages in flight are painted on a canvas (see MessagesCanvas.tsx). Pure: the same scenario and
// shape give the same picture.

import type { Scenario } from '../../lang/ast';
import type { Point, StageLayout } from './layout';
import { boundsOf } from './layout';
import { GATE, QUEUE, type Size } from './sizes';

/** Above this many processes, processes are dots. */
export const DOTS_ABOVE = 64;
/** Above this many messages in flight, they are painted on a canvas rather than drawn one element each. */
export const CANVAS_MESSAGES_ABOVE = 48;

/** How a stage of `processes` processes draws them. */
export function levelOf(processes: number): 'boxes' | 'dots' {
  return processes > DOTS_ABOVE ? 'dots' : 'boxes';
}

/** Distance between neighbouring dots, in stage units. */
export const DOT_PITCH = 30;
/** Radius of a process dot, in stage units (a blocked one is drawn larger, see ProcessDot). */
export const DOT_R = 9;
/** Space between the grid of dots and the row of queues and gates below it. */
const ROW_GAP = 40;
const ITEM_GAP = 20;

/** Columns and rows of the grid for `count` dots, shaped for a box of this aspect (width / height). */
export function gridShape(count: number, aspect: number): { cols: number; rows: number } {
  if (count <= 0) return { cols: 0, rows: 0 };
  const cols = Math.max(1, Math.min(count, Math.ceil(Math.sqrt(count * aspect))));
  return { cols, rows: Math.ceil(count / cols) };
}

/**
 * The dots in declaration order, row by row, each row going the other way from the one above
 * (like a ring folded into rows: P[i] and P[i + 1] are always neighbours); queues and gates in a
 * row of their own under the grid.
 */
export function dotsLayout(scenario: Scenario, aspect = 2): StageLayout {
  const names = scenario.instances.map((p) => p.name);
  const { cols, rows } = gridShape(names.length, aspect);
  const processes = new Map<string, Point>();
  names.forEach((name, k) => {
    const row = Math.floor(k / cols);
    const inRow = k % cols;
    const col = row % 2 === 0 ? inRow : cols - 1 - inRow;
    processes.set(name, { x: (col - (cols - 1) / 2) * DOT_PITCH, y: row * DOT_PITCH });
  });
  const items: { name: string; kind: 'queues' | 'barriers'; size: Size }[] = [
    ...scenario.queues.map((q) => ({ name: q.name, kind: 'queues' as const, size: QUEUE })),
    ...scenario.barriers.map((b) => ({ name: b.name, kind: 'barriers' as const, size: GATE })),
  ];
  const queues = new Map<string, Point>();
  const barriers = new Map<string, Point>();
  const width = items.reduce((a, i) => a + i.size.w, 0) + ITEM_GAP * Math.max(0, items.length - 1);
  const top = (rows - 1) * DOT_PITCH + DOT_PITCH / 2 + ROW_GAP;
  const tallest = Math.max(0, ...items.map((i) => i.size.h));
  let left = -width / 2;
  for (const item of items) {
    (item.kind === 'queues' ? queues : barriers).set(item.name, {
      x: left + item.size.w / 2,
      y: top + tallest / 2,
    });
    left += item.size.w + ITEM_GAP;
  }
  // Each dot owns a cell of the grid; boundsOf adds the margin round the whole.
  const cell = { w: DOT_PITCH, h: DOT_PITCH };
  const bounds = boundsOf([
    ...[...processes.values()].map((at) => ({ at, ...cell })),
    ...items.map((i) => ({ at: (i.kind === 'queues' ? queues : barriers).get(i.name)!, ...i.size })),
  ]);
  const node = { w: 2 * DOT_R, h: 2 * DOT_R };
  return { node, compact: true, dots: true, processes, queues, barriers, bounds };
}
