import { describe, expect, it } from 'vitest';
import { check } from '../../lang';
import { busyMesh } from '../../../bench/scenarios';
import { flightAt, flightPoint, type Flight } from './flights';
import { DOT_PITCH, DOTS_ABOVE, dotsLayout, gridShape, levelOf } from './lod';
import { GATE, QUEUE } from './sizes';

const scenarioOf = (source: string) => check(source).scenario;

describe('levelOf', () => {
  it('draws boxes up to the threshold and dots past it', () => {
    expect(levelOf(2)).toBe('boxes');
    expect(levelOf(DOTS_ABOVE)).toBe('boxes');
    expect(levelOf(DOTS_ABOVE + 1)).toBe('dots');
    expect(levelOf(1024)).toBe('dots');
  });
});

describe('gridShape', () => {
  it('holds every dot, with no empty row, shaped like the box', () => {
    for (const count of [1, 7, 65, 256, 1000, 1024, 4096])
      for (const aspect of [1, 1.6, 2.2, 4]) {
        const { cols, rows } = gridShape(count, aspect);
        expect(cols * rows).toBeGreaterThanOrEqual(count);
        expect(cols * (rows - 1)).toBeLessThan(count);
        if (count >= 256) expect(Math.abs(cols / rows - aspect) / aspect).toBeLessThan(0.25);
      }
  });
});

describe('dotsLayout', () => {
  const layout = dotsLayout(scenarioOf(busyMesh(1024)), 2.2);
  const points = [...layout.processes.values()];

  it('places every process once, a pitch apart, inside the bounds', () => {
    expect(layout.dots).toBe(true);
    expect(layout.processes.size).toBe(1024);
    expect(new Set(points.map((p) => `${p.x},${p.y}`)).size).toBe(1024);
    for (const p of points) {
      expect(p.x - DOT_PITCH / 2).toBeGreaterThanOrEqual(layout.bounds.x);
      expect(p.x + DOT_PITCH / 2).toBeLessThanOrEqual(layout.bounds.x + layout.bounds.w);
      expect(p.y - DOT_PITCH / 2).toBeGreaterThanOrEqual(layout.bounds.y);
      expect(p.y + DOT_PITCH / 2).toBeLessThanOrEqual(layout.bounds.y + layout.bounds.h);
    }
  });

  it('keeps neighbours in declaration order next to each other, like a ring folded into rows', () => {
    for (let k = 0; k + 1 < 1024; k++) {
      const a = layout.processes.get(`P[${k}]`)!;
      const b = layout.processes.get(`P[${k + 1}]`)!;
      expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeCloseTo(DOT_PITCH, 6);
    }
  });

  it('is the same for the same scenario and shape', () => {
    const again = dotsLayout(scenarioOf(busyMesh(1024)), 2.2);
    expect([...again.processes]).toEqual([...layout.processes]);
    expect(again.bounds).toEqual(layout.bounds);
  });

  it('puts queues and gates in a row under the grid, apart from each other', () => {
    const source = `queue Q
barrier B
process P[0..99]
  publish Q "job"
  barrier B
end
process C
  repeat 100
    consume Q
  end
end
`;
    const l = dotsLayout(scenarioOf(source), 2);
    const bottom = Math.max(...[...l.processes.values()].map((p) => p.y)) + DOT_PITCH / 2;
    const q = l.queues.get('Q')!;
    const g = l.barriers.get('B')!;
    expect(q.y - QUEUE.h / 2).toBeGreaterThan(bottom);
    expect(g.y - GATE.h / 2).toBeGreaterThan(bottom);
    expect(Math.abs(q.x - g.x)).toBeGreaterThanOrEqual((QUEUE.w + GATE.w) / 2);
    expect(g.y + GATE.h / 2).toBeLessThanOrEqual(l.bounds.y + l.bounds.h);
  });
});

describe('flightAt', () => {
  const flight = (id: number, sentAt: number, deliverAt: number, progress = 0): Flight => ({
    message: { id, sentAt, deliverAt, progress } as Flight['message'],
    from: { x: 0, y: 0 },
    to: { x: 100, y: 0 },
    lane: 0,
    label: `#${id}`,
  });

  it('finds the message drawn under the point at that time, and none away from every message', () => {
    const flights = [flight(1, 0, 10), flight(2, 5, 15)];
    // At t=5, #1 is half way (x=50) and #2 just leaving (x=0).
    expect(flightPoint(flights[0]!, 5, false)).toEqual({ x: 50, y: 0 });
    expect(flightAt(flights, { x: 52, y: 1 }, 5, false, 6)?.message.id).toBe(1);
    expect(flightAt(flights, { x: 2, y: -2 }, 5, false, 6)?.message.id).toBe(2);
    expect(flightAt(flights, { x: 25, y: 0 }, 5, false, 6)).toBeNull();
  });

  it('under reduced motion, finds a message where it stands at the current event', () => {
    const flights = [flight(3, 0, 10, 0.2)];
    expect(flightAt(flights, { x: 20, y: 0 }, 9, true, 4)?.message.id).toBe(3);
    expect(flightAt(flights, { x: 90, y: 0 }, 9, true, 4)).toBeNull();
  });
});
