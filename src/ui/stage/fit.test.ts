import { describe, expect, it } from 'vitest';
import { clampCenter, fitZoom, floorsFor, floorZoom, LINE_BOX, viewFor } from './fit';
import { PRIMARY_MIN, SECONDARY_MIN } from './sizes';
import { aspectStep, zoomed, AUTO, ZOOM_MAX } from './useCamera';

const world = { x: -100, y: -50, w: 1000, h: 400 };

describe('fitting the world to the stage', () => {
  it('takes the largest zoom at which everything fits', () => {
    expect(fitZoom(world, { w: 500, h: 400 })).toBe(0.5);
    expect(fitZoom(world, { w: 2000, h: 400 })).toBe(1);
    const view = viewFor(world, { w: 2000, h: 600 }, 0.5);
    expect(view.zoom).toBe(1.5);
    expect(view.overflow).toBe(false);
    // The view has the box's shape and holds the whole world, centred.
    expect(view.viewBox.w / view.viewBox.h).toBeCloseTo(2000 / 600);
    expect(view.viewBox.x).toBeLessThanOrEqual(world.x);
    expect(view.viewBox.x + view.viewBox.w).toBeGreaterThanOrEqual(world.x + world.w);
    expect(view.viewBox.y + view.viewBox.h / 2).toBeCloseTo(world.y + world.h / 2);
  });

  it('never goes below the floor: the world overflows and the view stays on it', () => {
    const view = viewFor(world, { w: 400, h: 200 }, 0.9);
    expect(view.zoom).toBe(0.9);
    expect(view.overflow).toBe(true);
    expect(view.viewBox.x).toBeGreaterThanOrEqual(world.x);
    expect(view.viewBox.y).toBeGreaterThanOrEqual(world.y);
    // Panned past the edge: held at the edge.
    const far = viewFor(world, { w: 400, h: 200 }, 0.9, 1, { x: 5000, y: 5000 });
    expect(far.viewBox.x + far.viewBox.w).toBeCloseTo(world.x + world.w);
    expect(far.viewBox.y + far.viewBox.h).toBeCloseTo(world.y + world.h);
  });

  it('multiplies the automatic zoom by the user’s', () => {
    expect(viewFor(world, { w: 500, h: 400 }, 0.1, 2).zoom).toBe(1);
    expect(viewFor(world, { w: 500, h: 400 }, 0.1, 2).overflow).toBe(true);
  });

  it('centres along an axis where the view is larger than the world', () => {
    expect(clampCenter(world, { w: 2000, h: 100 }, { x: 0, y: 0 }).x).toBe(400);
    expect(clampCenter(world, { w: 2000, h: 100 }, { x: 0, y: 0 }).y).toBe(0);
  });
});

describe('floors', () => {
  it('are 14 and 11 px at a desk, and grow with the type in presenter mode', () => {
    expect(floorsFor(false, 25)).toEqual({ primary: 14, secondary: 11 });
    const big = floorsFor(true, 24.96);
    expect(big.primary).toBeGreaterThanOrEqual(22);
    expect(big.secondary).toBeGreaterThanOrEqual(16);
    // Never below the desk's floors, whatever the page's type.
    expect(floorsFor(true, 12)).toEqual({ primary: 14, secondary: 11 });
  });

  it('turn into a zoom at which the smallest texts meet them', () => {
    const floors = { primary: 14, secondary: 11 };
    const zoom = floorZoom(floors);
    expect(PRIMARY_MIN * LINE_BOX * zoom).toBeGreaterThanOrEqual(14);
    expect(SECONDARY_MIN * LINE_BOX * zoom).toBeGreaterThanOrEqual(11);
    expect(PRIMARY_MIN * LINE_BOX * zoom).toBeLessThan(14.6);
  });
});

describe('camera', () => {
  it('quantizes the box shape so small resizes keep the layout', () => {
    expect(aspectStep(2.2)).toBe(aspectStep(2.21));
    expect(aspectStep(1)).toBe(1);
    expect(aspectStep(0)).toBe(2);
  });

  it('zooms within limits', () => {
    let camera = AUTO;
    for (let k = 0; k < 20; k++) camera = zoomed(camera, 2, { x: 0, y: 0 });
    expect(camera.zoom).toBe(ZOOM_MAX);
  });
});
