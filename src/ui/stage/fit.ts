// Fitting the world into the stage's box: the largest zoom at which everything fits, but never a
// zoom at which text would fall below the floor; then the world no longer fits, and the camera
// shows the part around `center` (pan) at the floor's zoom or a zoom the user chose.

import type { Point, Rect } from './layout';
import { PRIMARY_MIN, SECONDARY_MIN } from './sizes';

/** Smallest line boxes, in CSS pixels, for the stage's primary texts (names, states) and secondary marks. */
export interface Floors {
  primary: number;
  secondary: number;
}

/** Line box of the stage's sans-serif per unit of font size (DejaVu Sans: ascent + descent = 1.164 em). */
export const LINE_BOX = 1.164;

/**
 * Floors for the room the stage is in: 14 and 11 px at a desk or a 1280×720 projector; in
 * presenter mode they grow with the page's type (22.5 and 16.5 px when the root font is 25 px, as
 * at 1920 px wide), so the stage keeps up with the narration.
 */
export function floorsFor(presenter: boolean, rootFontPx: number): Floors {
  const desk = { primary: 14, secondary: 11 };
  if (!presenter) return desk;
  return {
    primary: Math.max(desk.primary, 0.9 * rootFontPx),
    secondary: Math.max(desk.secondary, 0.66 * rootFontPx),
  };
}

/** The smallest zoom at which every text on the stage meets the floors (with 2 % to spare for rounding). */
export function floorZoom(floors: Floors): number {
  return (
    1.02 * Math.max(floors.primary / (PRIMARY_MIN * LINE_BOX), floors.secondary / (SECONDARY_MIN * LINE_BOX))
  );
}

/** The zoom at which `bounds` just fits in `box`. */
export function fitZoom(bounds: Rect, box: { w: number; h: number }): number {
  if (bounds.w <= 0 || bounds.h <= 0 || box.w <= 0 || box.h <= 0) return 1;
  return Math.min(box.w / bounds.w, box.h / bounds.h);
}

export interface View {
  zoom: number;
  /** True when the world is larger than the box at `zoom`: the stage offers pan and zoom. */
  overflow: boolean;
  /** The part of the world shown, in stage units (the SVG viewBox). */
  viewBox: Rect;
}

/**
 * What the stage shows. `userZoom` (1 = automatic) multiplies the automatic zoom; `center` is
 * where the user panned to (null: the middle of the world). The view never wanders off the world.
 */
export function viewFor(
  bounds: Rect,
  box: { w: number; h: number },
  floor: number,
  userZoom = 1,
  center: Point | null = null,
): View {
  const fit = fitZoom(bounds, box);
  const zoom = Math.max(fit, floor) * userZoom;
  const w = box.w / zoom;
  const h = box.h / zoom;
  const overflow = w < bounds.w - 0.5 || h < bounds.h - 0.5;
  const c = clampCenter(
    bounds,
    { w, h },
    center ?? { x: bounds.x + bounds.w / 2, y: bounds.y + bounds.h / 2 },
  );
  return { zoom, overflow, viewBox: { x: c.x - w / 2, y: c.y - h / 2, w, h } };
}

/** Keeps a view of size `view` inside `bounds` along each axis where it is smaller, centred where it is larger. */
export function clampCenter(bounds: Rect, view: { w: number; h: number }, center: Point): Point {
  const axis = (lo: number, size: number, span: number, at: number) =>
    span >= size ? lo + size / 2 : Math.min(lo + size - span / 2, Math.max(lo + span / 2, at));
  return { x: axis(bounds.x, bounds.w, view.w, center.x), y: axis(bounds.y, bounds.h, view.h, center.y) };
}
