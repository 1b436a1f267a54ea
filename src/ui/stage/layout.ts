// Where everything sits on the stage, in stage units. Processes go round an ellipse in declaration
// order (so a group's members stay together); queues and barriers sit in rows in the middle. The
// ellipse is shaped for the box the stage has: a wide, short box gets a wide, short world, so the
// zoom that fits it (fit.ts) is as large as it can be. Pure: the same scenario and shape always
// give the same picture.

import type { Scenario } from '../../lang/ast';
import { setupBarriers } from '../../engine/setup';
import { boxEdge } from './geometry';
import { COMPACT_ABOVE, GAP, GATE, MARGIN, NODE, NODE_COMPACT, QUEUE, type Size } from './sizes';

export interface Point {
  x: number;
  y: number;
}

/** Space kept between two processes (and, half of it, round queues and gates) so a message has a wire to travel. */
const WIRE_ROOM = 100;

/** A rectangle by its top-left corner. */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface StageLayout {
  /** Size of a process node; compact on a crowded stage. */
  node: Size;
  compact: boolean;
  /** Processes drawn as dots in a grid (lod.ts), not boxes. */
  dots: boolean;
  /** Centres of every process, queue and barrier. */
  processes: Map<string, Point>;
  queues: Map<string, Point>;
  barriers: Map<string, Point>;
  /** Everything drawn, with a margin: what the camera fits into the stage's box. */
  bounds: Rect;
}

/** A box centred on `at`, with `pad` of free space it asks for round it. */
interface Placed extends Size {
  at: Point;
  pad?: number;
}

/** Space between queues and gates side by side in the middle. */
const MIDDLE_GAP = 20;

/** Boxes of the middle rows (queues above, barriers below), centred on 0,0, in the given order. */
function middleRows(queues: readonly string[], barriers: readonly string[], perRow: number) {
  const rows: { names: string[]; size: Size; kind: 'queues' | 'barriers' }[] = [];
  for (let k = 0; k < queues.length; k += perRow)
    rows.push({ names: queues.slice(k, k + perRow), size: QUEUE, kind: 'queues' });
  for (let k = 0; k < barriers.length; k += perRow)
    rows.push({ names: barriers.slice(k, k + perRow), size: GATE, kind: 'barriers' });
  const height = rows.reduce((sum, r) => sum + r.size.h, 0) + MIDDLE_GAP * Math.max(0, rows.length - 1);
  const out = { queues: new Map<string, Point>(), barriers: new Map<string, Point>() };
  let top = -height / 2;
  for (const row of rows) {
    const width = row.names.length * row.size.w + (row.names.length - 1) * MIDDLE_GAP;
    row.names.forEach((name, k) => {
      out[row.kind].set(name, {
        x: -width / 2 + row.size.w / 2 + k * (row.size.w + MIDDLE_GAP),
        y: top + row.size.h / 2,
      });
    });
    top += row.size.h + MIDDLE_GAP;
  }
  return out;
}

/** True when no two boxes come closer than their pads (sweep over boxes sorted by their left edge). */
export function apart(boxes: readonly Placed[]): boolean {
  const sorted = [...boxes].sort((a, b) => a.at.x - a.w / 2 - (b.at.x - b.w / 2));
  const widest = Math.max(0, ...boxes.map((b) => b.pad ?? GAP / 2));
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    const padA = a.pad ?? GAP / 2;
    const right = a.at.x + a.w / 2 + padA + widest;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j]!;
      if (b.at.x - b.w / 2 >= right) break;
      const gap = padA + (b.pad ?? GAP / 2);
      if (b.at.x - b.w / 2 < a.at.x + a.w / 2 + gap && Math.abs(a.at.y - b.at.y) < (a.h + b.h) / 2 + gap)
        return false;
    }
  }
  return true;
}

/** The smallest rectangle holding every box, with MARGIN round it. */
export function boundsOf(boxes: readonly Placed[]): Rect {
  if (boxes.length === 0) return { x: -MARGIN, y: -MARGIN, w: 2 * MARGIN, h: 2 * MARGIN };
  const x0 = Math.min(...boxes.map((b) => b.at.x - b.w / 2)) - MARGIN;
  const y0 = Math.min(...boxes.map((b) => b.at.y - b.h / 2)) - MARGIN;
  const x1 = Math.max(...boxes.map((b) => b.at.x + b.w / 2)) + MARGIN;
  const y1 = Math.max(...boxes.map((b) => b.at.y + b.h / 2)) + MARGIN;
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

/** How large a world of these bounds is drawn in a box of this aspect (width / height), up to a constant. */
const scoreFor = (bounds: Rect, aspect: number) => Math.min(aspect / bounds.w, 1 / bounds.h);

/** Space between neighbours in a row, and between rows, in the row arrangement. */
const ROW_GAP_X = 80;
const ROW_GAP_Y = 64;

/**
 * Processes in `rows` rows, going round like a ring (left to right, then right to left), the
 * queues and gates in a row of their own in the middle, or (`inline`) at the end of the last row.
 */
function rowsLayout(
  names: readonly string[],
  node: Size,
  middle: readonly { name: string; kind: 'queues' | 'barriers' }[],
  rows: number,
  inline: boolean,
): Omit<StageLayout, 'compact' | 'dots'> {
  const per = Math.ceil(names.length / rows);
  type Item = { name: string; kind: 'processes' | 'queues' | 'barriers'; size: Size };
  const lines: Item[][] = [];
  for (let r = 0; r < rows; r++) {
    const line: Item[] = names
      .slice(r * per, (r + 1) * per)
      .map((name) => ({ name, kind: 'processes' as const, size: node }));
    // Without a hub in the middle, rows go round like a ring; with one, every row reads left to right.
    if (r % 2 === 1 && middle.length === 0) line.reverse();
    if (line.length) lines.push(line);
  }
  const extra: Item[] = middle.map((m) => ({ ...m, size: m.kind === 'queues' ? QUEUE : GATE }));
  if (extra.length) {
    if (inline && lines.length > 0) {
      // At the end of the last row, where the wires between the rows do not cross it.
      lines[lines.length - 1]!.push(...extra);
    } else lines.splice(Math.max(1, Math.floor(lines.length / 2)), 0, extra);
  }
  const out = {
    node,
    processes: new Map<string, Point>(),
    queues: new Map<string, Point>(),
    barriers: new Map<string, Point>(),
  };
  const boxes: Placed[] = [];
  let top = 0;
  for (const line of lines) {
    const height = Math.max(...line.map((i) => i.size.h));
    const width = line.reduce((a, i) => a + i.size.w, 0) + ROW_GAP_X * (line.length - 1);
    let left = -width / 2;
    for (const item of line) {
      const at = { x: left + item.size.w / 2, y: top + height / 2 };
      out[item.kind].set(item.name, at);
      boxes.push({ at, ...item.size });
      left += item.size.w + ROW_GAP_X;
    }
    top += height + ROW_GAP_Y;
  }
  return { ...out, bounds: boundsOf(boxes) };
}

/** The ellipse arrangement that a box of this aspect shows largest, for each turn and middle-row width. */
function ellipseLayouts(
  scenario: Scenario,
  names: readonly string[],
  node: Size,
  aspect: number,
): Omit<StageLayout, 'compact' | 'dots'>[] {
  const count = names.length;
  const items = scenario.queues.length + scenario.barriers.length;
  const turns = count >= 3 ? [Math.PI, Math.PI + Math.PI / count] : [Math.PI];
  const rowWidths = items <= 1 ? [1] : [...new Set([1, 2, 3, 4].map((n) => Math.min(n, items)))];
  const out: Omit<StageLayout, 'compact' | 'dots'>[] = [];
  for (const turn of turns) {
    const unit = names.map((_, k) => {
      const angle = turn + (2 * Math.PI * k) / Math.max(1, count);
      return { x: Math.cos(angle), y: count <= 2 ? 0 : Math.sin(angle) };
    });
    for (const perRow of rowWidths) {
      const middle = middleRows(
        scenario.queues.map((q) => q.name),
        scenario.barriers.map((b) => b.name),
        perRow,
      );
      const middleBoxes: Placed[] = [
        ...[...middle.queues.values()].map((at) => ({ at, ...QUEUE })),
        ...[...middle.barriers.values()].map((at) => ({ at, ...GATE })),
      ];
      const place = (rx: number, ry: number): Placed[] =>
        unit.map((u) => ({ at: { x: rx * u.x, y: ry * u.y }, ...node, pad: WIRE_ROOM / 2 }));
      const fits = (rx: number, ry: number) => apart([...place(rx, ry), ...middleBoxes]);
      const middleBounds = boundsOf(middleBoxes);
      const far = count * (node.w + node.h + WIRE_ROOM) + middleBounds.w + middleBounds.h;
      const heights = count <= 2 ? [0] : [0, ...Array.from({ length: 40 }, (_, k) => 8 * 1.15 ** k)];
      let best: { layout: Omit<StageLayout, 'compact' | 'dots'>; score: number } | null = null;
      for (const ry of heights) {
        if (!fits(far, ry)) continue;
        // The narrowest ellipse for this height that keeps every box apart.
        let lo = 0;
        let hi = far;
        if (fits(0, ry)) hi = 0;
        for (let step = 0; step < 18 && hi - lo > 0.5; step++) {
          const mid = (lo + hi) / 2;
          if (fits(mid, ry)) hi = mid;
          else lo = mid;
        }
        const processBoxes = place(hi, ry);
        const bounds = boundsOf([...processBoxes, ...middleBoxes]);
        const score = scoreFor(bounds, aspect);
        if (!best || score > best.score * 1.0001)
          best = {
            score,
            layout: {
              node,
              processes: new Map(names.map((name, k) => [name, processBoxes[k]!.at])),
              queues: middle.queues,
              barriers: middle.barriers,
              bounds,
            },
          };
      }
      if (best) out.push(best.layout);
    }
  }
  return out;
}

/**
 * Lays out the stage for a checked scenario, for a box of the given aspect (width / height):
 * processes round an ellipse or in rows going round, whichever a box of that shape shows largest.
 */
export function layoutStage(scenario: Scenario, aspect = 2): StageLayout {
  const names = scenario.instances.map((p) => p.name);
  const compact = names.length > COMPACT_ABOVE;
  const node = compact ? NODE_COMPACT : NODE;
  const middle = [
    ...scenario.queues.map((q) => ({ name: q.name, kind: 'queues' as const })),
    ...scenario.barriers.map((b) => ({ name: b.name, kind: 'barriers' as const })),
  ];
  const candidates = ellipseLayouts(scenario, names, node, aspect);
  const maxRows = Math.min(names.length, Math.max(1, Math.ceil(Math.sqrt(names.length / aspect) * 2)));
  for (let rows = 1; rows <= maxRows; rows++)
    for (const inline of middle.length ? [false, true] : [false])
      candidates.push(rowsLayout(names, node, middle, rows, inline));
  let best = candidates[0]!;
  for (const c of candidates.slice(1))
    if (scoreFor(c.bounds, aspect) > scoreFor(best.bounds, aspect) * 1.0001) best = c;
  return { ...best, compact, dots: false };
}

/** For each barrier, the processes whose program arrives at it, in declaration order (as the run counts them). */
export function membersOf(scenario: Scenario): Map<string, string[]> {
  return new Map(
    setupBarriers(scenario).map((b) => [b.name, b.members.map((k) => scenario.instances[k]?.name ?? '')]),
  );
}

/** Where a wire between two endpoints (processes or queues) leaves and enters their boxes. */
export function wireEnds(layout: StageLayout): (a: string, b: string) => { from: Point; to: Point } | null {
  const sizeOf = (name: string) =>
    layout.queues.has(name) ? QUEUE : layout.barriers.has(name) ? GATE : layout.node;
  const posOf = (name: string) => layout.processes.get(name) ?? layout.queues.get(name);
  return (a, b) => {
    const pa = posOf(a);
    const pb = posOf(b);
    if (!pa || !pb) return null;
    const sa = sizeOf(a);
    const sb = sizeOf(b);
    return { from: boxEdge(pa, pb, sa.w + 6, sa.h + 6), to: boxEdge(pb, pa, sb.w + 6, sb.h + 6) };
  };
}
