// Where everything sits on the stage. Processes go round an ellipse in declaration order (so a
// group's members stay together); queues and barriers sit inside it, near the processes that use
// them. Pure: the same scenario always gets the same picture.

import type { Scenario } from '../../lang/ast';
import { queuesAndBarriers } from '../../lang/walk';
import { setupBarriers } from '../../engine/setup';
import { boxEdge } from './geometry';

export interface Point {
  x: number;
  y: number;
}

export interface StageLayout {
  width: number;
  height: number;
  /** Size of a process node; shrinks as processes multiply. */
  node: { w: number; h: number };
  processes: Map<string, Point>;
  queues: Map<string, Point>;
  barriers: Map<string, Point>;
}

export const STAGE_WIDTH = 1000;
export const STAGE_HEIGHT = 620;
export const STAGE_HEIGHT_PAIR = 360;

/** Node size for `count` processes on the ellipse. */
function nodeSize(count: number): { w: number; h: number } {
  if (count <= 6) return { w: 190, h: 90 };
  if (count <= 12) return { w: 150, h: 80 };
  if (count <= 24) return { w: 104, h: 50 };
  if (count <= 48) return { w: 66, h: 34 };
  return { w: 44, h: 24 };
}

/** Lays out the stage for a checked scenario. */
export function layoutStage(scenario: Scenario): StageLayout {
  const names = scenario.instances.map((p) => p.name);
  const count = names.length;
  const node = nodeSize(count);
  // Two processes face each other on one line, so they need a shorter stage.
  const height = count <= 2 ? STAGE_HEIGHT_PAIR : STAGE_HEIGHT;
  const cx = STAGE_WIDTH / 2;
  const cy = height / 2;
  const rx = STAGE_WIDTH / 2 - node.w / 2 - 20;
  const ry = height / 2 - node.h / 2 - 24;
  const processes = new Map<string, Point>();
  names.forEach((name, k) => {
    if (count === 1) return processes.set(name, { x: cx - rx * 0.6, y: cy });
    // Two processes face each other left and right; more go round, starting at the left.
    const angle = Math.PI + (2 * Math.PI * k) / count;
    processes.set(name, {
      x: cx + rx * Math.cos(angle),
      y: cy + ry * Math.sin(angle) * (count === 2 ? 0 : 1),
    });
  });

  const used = scenario.processes.map((decl) => queuesAndBarriers(decl.body));
  const usersOf = (kind: 'queues' | 'barriers', name: string) =>
    scenario.instances
      .filter((inst) => used[inst.decl]?.[kind].has(name))
      .map((inst) => processes.get(inst.name)!);

  const centres = (kind: 'queues' | 'barriers', list: readonly { name: string }[], row: number) => {
    const out = new Map<string, Point>();
    list.forEach((item, k) => {
      const users = usersOf(kind, item.name);
      const mean = users.length
        ? {
            x: users.reduce((a, p) => a + p.x, 0) / users.length,
            y: users.reduce((a, p) => a + p.y, 0) / users.length,
          }
        : { x: cx, y: cy };
      // Pull towards the centre so the item stays inside the ring, then spread items apart.
      const spread = (k - (list.length - 1) / 2) * 150;
      out.set(item.name, { x: cx + (mean.x - cx) * 0.35 + spread, y: cy + (mean.y - cy) * 0.35 + row });
    });
    return out;
  };
  const both = scenario.queues.length > 0 && scenario.barriers.length > 0;
  return {
    width: STAGE_WIDTH,
    height,
    node,
    processes,
    queues: centres('queues', scenario.queues, both ? -60 : 0),
    barriers: centres('barriers', scenario.barriers, both ? 70 : 0),
  };
}

/** For each barrier, the processes whose program arrives at it, in declaration order (as the run counts them). */
export function membersOf(scenario: Scenario): Map<string, string[]> {
  return new Map(
    setupBarriers(scenario).map((b) => [b.name, b.members.map((k) => scenario.instances[k]?.name ?? '')]),
  );
}

/** Sizes of the boxes drawn for queues and barriers (processes use `layout.node`). */
export const QUEUE_SIZE = { w: 200, h: 84 };
export const GATE_SIZE = { w: 224, h: 112 };

/** Where a wire between two endpoints (processes or queues) leaves and enters their boxes. */
export function wireEnds(layout: StageLayout): (a: string, b: string) => { from: Point; to: Point } | null {
  const sizeOf = (name: string) =>
    layout.queues.has(name) ? QUEUE_SIZE : layout.barriers.has(name) ? GATE_SIZE : layout.node;
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

/**
 * The part of the stage that holds something: every node, queue and gate with room around it.
 * Presenter mode shows just this box, so a small scenario fills the projector.
 */
export function contentBox(layout: StageLayout): { x: number; y: number; w: number; h: number } {
  const boxes: { at: Point; w: number; h: number }[] = [
    ...[...layout.processes.values()].map((at) => ({ at, ...layout.node })),
    ...[...layout.queues.values()].map((at) => ({ at, ...QUEUE_SIZE })),
    ...[...layout.barriers.values()].map((at) => ({ at, ...GATE_SIZE })),
  ];
  if (boxes.length === 0) return { x: 0, y: 0, w: layout.width, h: layout.height };
  const pad = 24;
  const x0 = Math.max(0, Math.min(...boxes.map((b) => b.at.x - b.w / 2)) - pad);
  const y0 = Math.max(0, Math.min(...boxes.map((b) => b.at.y - b.h / 2)) - pad);
  const x1 = Math.min(layout.width, Math.max(...boxes.map((b) => b.at.x + b.w / 2)) + pad);
  const y1 = Math.min(layout.height, Math.max(...boxes.map((b) => b.at.y + b.h / 2)) + pad);
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}
