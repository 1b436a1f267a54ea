// The stage's box and its camera: the size the stage is given (watched with a ResizeObserver),
// and the zoom and pan the user chose when the world is too big to read whole.

import { useEffect, useState } from 'react';
import type { Point } from './layout';

export interface StageBox {
  w: number;
  h: number;
  /** The page's root font size: presenter mode's floors grow with it. */
  rootFont: number;
}

/** The size of `el` in CSS pixels, kept up to date; null before the first layout. */
export function useStageBox(el: Element | null, presenter: boolean): StageBox | null {
  const [box, setBox] = useState<StageBox | null>(null);
  useEffect(() => {
    if (!el) return;
    const measure = () => {
      const rect = el.getBoundingClientRect();
      const rootFont = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
      const next = { w: Math.round(rect.width), h: Math.round(rect.height), rootFont };
      setBox((old) =>
        old && old.w === next.w && old.h === next.h && old.rootFont === next.rootFont ? old : next,
      );
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [el, presenter]);
  return box;
}

/** Aspect ratios a layout is made for: steps of 10 %, so resizing a little keeps the picture. */
export function aspectStep(aspect: number): number {
  if (!Number.isFinite(aspect) || aspect <= 0) return 2;
  const k = Math.round(Math.log(aspect) / Math.log(1.1));
  return Number((1.1 ** k).toFixed(4));
}

export interface Camera {
  /** Times the automatic zoom; 1 = automatic. */
  zoom: number;
  /** Where the view is centred, in stage units; null = the middle of the world. */
  center: Point | null;
}

export const AUTO: Camera = { zoom: 1, center: null };

/** Zoom steps the buttons and keys take, and how far the user may zoom either way. */
export const ZOOM_STEP = 1.25;
export const ZOOM_MIN = 0.25;
export const ZOOM_MAX = 4;

/** The camera after zooming by `factor` about the current centre, within the limits. */
export function zoomed(camera: Camera, factor: number, center: Point): Camera {
  return { zoom: Math.min(ZOOM_MAX, Math.max(ZOOM_MIN, camera.zoom * factor)), center };
}
