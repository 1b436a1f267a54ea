import { describe, expect, it } from 'vitest';
import { GAP, MARGIN, place, type Box } from './place';

const size = { width: 300, height: 160 };
const view = { width: 1280, height: 800 };
const stage: Box = { left: 16, top: 170, width: 800, height: 290 };

const overlaps = (a: Box, b: Box) =>
  a.left < b.left + b.width &&
  b.left < a.left + a.width &&
  a.top < b.top + b.height &&
  b.top < a.top + a.height;
const inside = (a: Box) =>
  a.left >= MARGIN &&
  a.top >= MARGIN &&
  a.left + a.width <= view.width - MARGIN &&
  a.top + a.height <= view.height - MARGIN;

describe('place', () => {
  it('puts the caption on the first preferred side with room, clear of its target', () => {
    const p = place(stage, size, view, ['right', 'below']);
    expect(p.side).toBe('right');
    expect(p.left).toBe(stage.left + stage.width + GAP);
    expect(inside({ ...p, ...size })).toBe(true);
    expect(overlaps({ ...p, ...size }, stage)).toBe(false);
    // Level with the target's middle, the arrow at the caption's middle.
    expect(p.top + size.height / 2).toBeCloseTo(stage.top + stage.height / 2);
    expect(p.arrow).toBeCloseTo(size.height / 2);
  });

  it('falls back to the next side when the first has no room', () => {
    const p = place(stage, size, { width: 1000, height: 800 }, ['right', 'below']);
    expect(p.side).toBe('below');
    expect(p.top).toBe(stage.top + stage.height + GAP);
    expect(overlaps({ ...p, ...size }, stage)).toBe(false);
  });

  it('does not hang a caption below the bottom of the window', () => {
    const controls: Box = { left: 16, top: 465, width: 800, height: 100 };
    const p = place(controls, size, { width: 1280, height: 720 }, ['below', 'above']);
    expect(p.side).toBe('above');
    expect(p.top + size.height + GAP).toBe(controls.top);
  });

  it('keeps a caption below or above a target inside the window, its arrow still on the target', () => {
    const menu: Box = { left: 1100, top: 10, width: 170, height: 40 };
    const p = place(menu, size, view, ['below']);
    expect(p.left + size.width).toBe(view.width - MARGIN);
    expect(p.left + p.arrow).toBeCloseTo(menu.left + menu.width / 2);
    const edge = place({ left: 0, top: 300, width: 20, height: 20 }, size, view, ['above']);
    expect(edge.left).toBe(MARGIN);
    // The arrow stays on the caption, off its rounded corner.
    expect(edge.arrow).toBeGreaterThan(0);
    expect(edge.arrow).toBeLessThan(size.width);
  });

  it('never puts a caption above the window', () => {
    const header: Box = { left: 500, top: 8, width: 300, height: 40 };
    expect(place(header, size, view, ['above', 'below']).side).toBe('below');
  });

  it('aims at the top of a tall target, and stays in the window when the target runs past it', () => {
    const source: Box = { left: 840, top: 400, width: 420, height: 1200 };
    const p = place(source, size, view, ['left']);
    expect(p.side).toBe('left');
    expect(p.left + size.width + GAP).toBe(source.left);
    expect(p.top).toBeLessThan(source.top + 40);
    expect(p.top + p.arrow).toBeGreaterThan(source.top);
    const low = place({ ...source, top: 760 }, size, view, ['left']);
    expect(inside({ ...low, ...size })).toBe(true);
  });

  it('goes inside the target when no side has room', () => {
    const whole: Box = { left: 0, top: 0, width: 400, height: 600 };
    const p = place(whole, size, { width: 400, height: 600 }, ['right', 'left']);
    expect(p.side).toBe('inside');
    expect(p.left).toBeGreaterThanOrEqual(MARGIN);
    expect(p.left + size.width).toBeLessThanOrEqual(400 - MARGIN);
  });
});
