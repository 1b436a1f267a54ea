// The diagram's moving parts outside React: the view, the cursor and the hover live here and a
// frame is drawn in requestAnimationFrame only when one of them changed (DESIGN habit 7). The
// picture has two canvases: the base redraws when the view or the scene changes, the overlay
// (hover) on its own; the playhead is an element moved by a transform, so playing repaints no
// canvas at all, however large the run.

import { drawBase, drawOverlay, type Scene } from './draw';
import type { Hit } from './hit';
import {
  clampScroll,
  clampView,
  fitView,
  panBy,
  plotWidth,
  timeToX,
  xToTime,
  zoomAt,
  type View,
} from './view';

/** Runs fn and reports how long it took, in milliseconds. */
export function measure<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}

/**
 * Told after every frame: the view, how long the base took (null when only the overlay was
 * drawn), and for a new model the cost of its index and first draw.
 */
export type DrawnListener = (view: View, baseMs: number | null, firstDrawMs: number | null) => void;

export class DiagramController {
  view: View;
  scene: Scene | null = null;
  /** The end of the time axis: the run's end, or a shared one when diagrams are compared. */
  end = 0;
  cursor: number | null = null;
  hover: Hit | null = null;
  /** True until the user zooms or pans: a fitted view refits when the run grows. */
  fitted = true;
  private canvas: HTMLCanvasElement | null = null;
  private overlay: HTMLCanvasElement | null = null;
  private cursorEl: HTMLElement | null = null;
  private frame = 0;
  private baseDirty = true;
  private overlayDirty = true;
  private pendingFirst: number | null = null;
  private listeners = new Set<DrawnListener>();

  constructor(view: View) {
    this.view = view;
  }

  /** Calls fn after every frame drawn; returns the way to stop. */
  subscribe(fn: DrawnListener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** The canvases, and the playhead's element (without one, the overlay draws the playhead). */
  attach(
    canvas: HTMLCanvasElement | null,
    overlay: HTMLCanvasElement | null = null,
    cursor: HTMLElement | null = null,
  ) {
    this.canvas = canvas;
    this.overlay = overlay;
    this.cursorEl = cursor;
    if (canvas) this.request(true);
    else if (this.frame) {
      cancelAnimationFrame(this.frame);
      this.frame = 0;
    }
  }

  /** A new model, language or set of lanes; `indexMs` is what building the index cost. */
  setScene(scene: Scene, end: number, indexMs: number | null) {
    const modelChanged = this.scene?.model !== scene.model;
    this.scene = scene;
    this.end = end;
    if (modelChanged) {
      this.hover = null;
      if (indexMs !== null) this.pendingFirst = indexMs;
    }
    this.request(true);
    this.setView(this.fitted ? fitView(this.view, end) : clampView(this.view, end), this.fitted);
  }

  setSize(width: number, height: number, laneHeight: number) {
    const v = this.view;
    if (v.width === width && v.height === height && v.laneHeight === laneHeight) return;
    // A resize keeps the time window, only the pixels per tick change; a fitted view fits again,
    // since the gutter before t=0 is a width in pixels.
    const next = { ...v, width, height, laneHeight };
    this.setView(this.fitted ? fitView(next, this.end) : next, this.fitted);
  }

  /** Moves the playhead; when playing carries it out of the window, the window follows. */
  setCursor(t: number | null) {
    const prev = this.cursor;
    this.cursor = t;
    const v = this.view;
    const inside = (x: number) => x >= v.t0 && x <= v.t1;
    if (t !== null && prev !== null && inside(prev) && !inside(t)) {
      const span = v.t1 - v.t0;
      const t0 = t > v.t1 ? t - 0.1 * span : t - 0.9 * span;
      this.setView(clampView({ ...v, t0, t1: t0 + span }, this.end), this.fitted);
    }
    this.request(false);
  }

  setHover(hit: Hit | null) {
    this.hover = hit;
    this.overlayDirty = true;
    this.request(false);
  }

  fit() {
    this.setView(fitView(this.view, this.end), true);
  }

  /** Zooms by factor around x (default: the middle of the plot). */
  zoom(factor: number, x = this.view.left + plotWidth(this.view) / 2) {
    this.setView(zoomAt(this.view, factor, x, this.end), false);
  }

  /** Pans by a fraction of the window's span (positive: later). */
  panFraction(fraction: number) {
    this.setView(panBy(this.view, fraction * (this.view.t1 - this.view.t0), this.end), false);
  }

  /** Drags the picture by dx, dy pixels: time follows x, the lanes follow y. */
  dragBy(dx: number, dy: number) {
    const v = this.view;
    const dt = (-dx / plotWidth(v)) * (v.t1 - v.t0);
    this.setView({ ...panBy(v, dt, this.end), scrollY: v.scrollY - dy }, dx === 0 && this.fitted);
  }

  /** Shows the window starting at t0 (the scrollbar). */
  scrollTo(t0: number) {
    const v = this.view;
    this.setView(clampView({ ...v, t0, t1: t0 + (v.t1 - v.t0) }, this.end), false);
  }

  scrollLanes(dy: number) {
    this.setView({ ...this.view, scrollY: this.view.scrollY + dy }, this.fitted);
  }

  /** The time under x, within the run. */
  timeAt(x: number): number {
    return Math.min(Math.max(xToTime(this.view, x), 0), Math.max(this.end, 0));
  }

  private setView(v: View, fitted: boolean) {
    const rows = this.scene?.rows.order.length ?? 0;
    const next = clampScroll(v, rows);
    this.fitted = fitted;
    const old = this.view;
    const same = (Object.keys(next) as (keyof View)[]).every((k) => next[k] === old[k]);
    if (same) return;
    this.view = next;
    this.request(true);
  }

  /** Asks for a frame; `base` when the picture itself changed, not just the playhead or hover. */
  request(base = false) {
    if (base) this.baseDirty = true;
    // Without an element for it, the playhead is drawn on the overlay.
    if (!this.cursorEl) this.overlayDirty = true;
    if (this.frame || !this.canvas) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  /** Draws now, at the screen's pixel density: the base if it changed, and the overlay. */
  draw() {
    const scene = this.scene;
    const v = this.view;
    if (!this.canvas || !scene || v.width <= 0 || v.height <= 0) return;
    const dpr = window.devicePixelRatio || 1;
    const base = fitCanvas(this.canvas, v, dpr);
    if (!base) return;
    let ms: number | null = null;
    if (this.baseDirty || base.resized) {
      this.baseDirty = false;
      ms = measure(() => drawBase(base.ctx, scene, v)).ms;
    }
    const top = (this.overlayDirty || ms !== null) && this.overlay && fitCanvas(this.overlay, v, dpr);
    if (top) {
      this.overlayDirty = false;
      top.ctx.clearRect(0, 0, v.width, v.height);
      drawOverlay(top.ctx, scene, v, { cursor: this.cursorEl ? null : this.cursor, hover: this.hover });
    }
    if (this.cursorEl) placeCursor(this.cursorEl, v, this.cursor);
    let first: number | null = null;
    if (ms !== null && this.pendingFirst !== null) {
      first = this.pendingFirst + ms;
      this.pendingFirst = null;
    }
    for (const fn of this.listeners) fn(v, ms, first);
  }
}

/** Puts the playhead's element at time `t` over the plot, or hides it when `t` is out of view. */
function placeCursor(el: HTMLElement, v: View, t: number | null) {
  const shown = t !== null && t >= v.t0 && t <= v.t1;
  el.style.visibility = shown ? 'visible' : 'hidden';
  if (!shown) return;
  el.style.height = `${v.height - v.top}px`;
  el.style.transform = `translate(${timeToX(v, t)}px, ${v.top}px)`;
}

/** Sizes a canvas's backing store to the view at this pixel density and returns its context. */
function fitCanvas(canvas: HTMLCanvasElement, v: View, dpr: number) {
  const w = Math.round(v.width * dpr);
  const h = Math.round(v.height * dpr);
  const resized = canvas.width !== w || canvas.height !== h;
  if (resized) {
    canvas.width = w;
    canvas.height = h;
  }
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  return { ctx, resized };
}
