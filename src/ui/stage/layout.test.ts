import { describe, expect, it } from 'vitest';
import { check } from '../../lang';
import { contentBox, GATE_SIZE, layoutStage } from './layout';

const layoutOf = (source: string) => layoutStage(check(source).scenario);

describe('contentBox', () => {
  it('holds every node and gate, inside the stage', () => {
    const layout = layoutOf('process W[1..3]\n  barrier sync\nend\n');
    const box = contentBox(layout);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.w).toBeLessThanOrEqual(layout.width);
    expect(box.y + box.h).toBeLessThanOrEqual(layout.height);
    for (const at of layout.processes.values()) {
      expect(at.x - layout.node.w / 2).toBeGreaterThanOrEqual(box.x);
      expect(at.x + layout.node.w / 2).toBeLessThanOrEqual(box.x + box.w);
      expect(at.y - layout.node.h / 2).toBeGreaterThanOrEqual(box.y);
      expect(at.y + layout.node.h / 2).toBeLessThanOrEqual(box.y + box.h);
    }
    const gate = layout.barriers.get('sync')!;
    expect(gate.x - GATE_SIZE.w / 2).toBeGreaterThanOrEqual(box.x);
    expect(gate.x + GATE_SIZE.w / 2).toBeLessThanOrEqual(box.x + box.w);
  });

  it('is smaller than the stage when a few processes leave room around them', () => {
    const layout = layoutOf('process A\n  send B\nend\nprocess B\n  recv\nend\n');
    const box = contentBox(layout);
    expect(box.w * box.h).toBeLessThan(layout.width * layout.height);
  });
});
