import { describe, expect, it } from 'vitest';
import { check } from '../../lang';
import { BUILTINS } from '../../scenarios/all';
import { apart, layoutStage, type StageLayout } from './layout';
import { fitZoom } from './fit';
import { GATE, NODE, NODE_COMPACT, QUEUE } from './sizes';

const layoutOf = (source: string, aspect?: number) => layoutStage(check(source).scenario, aspect);

/** Every box the layout draws. */
function boxes(layout: StageLayout) {
  return [
    ...[...layout.processes.values()].map((at) => ({ at, ...layout.node })),
    ...[...layout.queues.values()].map((at) => ({ at, ...QUEUE })),
    ...[...layout.barriers.values()].map((at) => ({ at, ...GATE })),
  ];
}

describe('layoutStage', () => {
  it('keeps every box apart and inside the bounds, for every built-in and box shape', () => {
    for (const b of BUILTINS)
      for (const aspect of [1, 1.6, 2.2, 2.7, 4]) {
        const layout = layoutStage(check(b.source).scenario, aspect);
        const all = boxes(layout);
        expect(apart(all), `${b.id} at ${aspect}`).toBe(true);
        for (const box of all) {
          expect(box.at.x - box.w / 2).toBeGreaterThanOrEqual(layout.bounds.x);
          expect(box.at.x + box.w / 2).toBeLessThanOrEqual(layout.bounds.x + layout.bounds.w);
          expect(box.at.y - box.h / 2).toBeGreaterThanOrEqual(layout.bounds.y);
          expect(box.at.y + box.h / 2).toBeLessThanOrEqual(layout.bounds.y + layout.bounds.h);
        }
      }
  });

  it('makes a wider world for a wider box', () => {
    const source = BUILTINS.find((b) => b.id === 'mapreduce')!.source;
    const tall = layoutOf(source, 1).bounds;
    const wide = layoutOf(source, 3).bounds;
    expect(wide.w / wide.h).toBeGreaterThan(tall.w / tall.h);
  });

  it('lets every built-in be read at 14 px in a 1280×720 stage of 800×340 px', () => {
    // The smallest text is 14 units: at a zoom of 0.88 its line box is 14 px.
    for (const b of BUILTINS) {
      const layout = layoutStage(check(b.source).scenario, 800 / 340);
      expect(fitZoom(layout.bounds, { w: 800, h: 340 }), b.id).toBeGreaterThanOrEqual(0.88);
    }
  });

  it('leaves room for a message between two processes', () => {
    const layout = layoutOf('process A\n  send B\nend\nprocess B\n  recv\nend\n');
    const [a, b] = [...layout.processes.values()];
    expect(Math.abs(a!.x - b!.x) - NODE.w).toBeGreaterThanOrEqual(60);
  });

  it('draws a crowded stage with compact nodes', () => {
    const layout = layoutOf('process W[1..32]\n  compute 1\nend\n');
    expect(layout.compact).toBe(true);
    expect(layout.node).toEqual(NODE_COMPACT);
    expect(apart(boxes(layout))).toBe(true);
  });

  it('gives the same picture for the same scenario and shape', () => {
    const source = BUILTINS.find((b) => b.id === 'pubsub')!.source;
    expect(layoutOf(source, 2.2)).toEqual(layoutOf(source, 2.2));
  });
});
