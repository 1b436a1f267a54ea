import { useEffect, useLayoutEffect, useRef } from 'react';
import type { MessageKind } from '../../engine/trace';
import { clock } from '../clock';
import { useReducedMotion } from '../reducedMotion';
import { flightPoint, type Flight } from './flights';
import { KIND_STYLE, shapePath, type Shape } from './kinds';
import type { Rect } from './layout';

interface Props {
  flights: readonly Flight[];
  /** The part of the world shown (the stage's viewBox), in stage units. */
  viewBox: Rect;
  /** Radius of a glyph, in stage units. */
  size: number;
  /** White outlines round glyphs (they part overlapping ones; a dense stage goes without). */
  outlined: boolean;
  /** The id of the picked message, or null. */
  picked: number | null;
}

/**
 * The messages of a crowded stage, painted on one canvas each frame: a thousand glyphs cost one
 * loop of fills instead of a thousand elements for the browser to restyle and repaint. Same
 * shapes and colours as the glyphs; clicks are taken by the stage (flightAt) since the canvas lets
 * them through. It says how many it shows (`data-flights`) for tests and the benchmark.
 */
export function MessagesCanvas({ flights, viewBox, size, outlined, picked }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const cssSize = useRef({ w: 0, h: 0 });
  const paintRef = useRef<() => void>(() => {});
  const still = useReducedMotion();

  // The backing store follows the element's size in device pixels.
  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      cssSize.current = { w: entry.contentRect.width, h: entry.contentRect.height };
      const dpr = window.devicePixelRatio || 1;
      el.width = Math.round(cssSize.current.w * dpr);
      el.height = Math.round(cssSize.current.h * dpr);
      paintRef.current();
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(() => {
    const el = canvas.current;
    const ctx = el?.getContext('2d');
    if (!el || !ctx) return undefined;
    if (cssSize.current.w === 0) cssSize.current = { w: el.clientWidth, h: el.clientHeight };
    const paint = () => {
      const { w, h } = cssSize.current;
      const dpr = window.devicePixelRatio || 1;
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, el.width, el.height);
      if (w === 0 || h === 0 || viewBox.w <= 0 || viewBox.h <= 0) return;
      // As the SVG maps its viewBox (preserveAspectRatio "xMidYMid meet"); then all in stage units.
      const scale = Math.min(w / viewBox.w, h / viewBox.h);
      const ox = (w - viewBox.w * scale) / 2 - viewBox.x * scale;
      const oy = (h - viewBox.h * scale) / 2 - viewBox.y * scale;
      ctx.setTransform(scale * dpr, 0, 0, scale * dpr, ox * dpr, oy * dpr);
      const t = clock.get();
      // One path per kind, filled (and outlined) once: a thousand glyphs cost seven fills.
      const byKind = new Map<MessageKind, number[]>();
      let pickedAt: { x: number; y: number } | null = null;
      for (const f of flights) {
        const p = flightPoint(f, t, still);
        let list = byKind.get(f.message.kind);
        if (!list) byKind.set(f.message.kind, (list = []));
        list.push(p.x, p.y);
        if (f.message.id === picked) pickedAt = p;
      }
      ctx.lineWidth = 2;
      ctx.strokeStyle = '#fff';
      ctx.lineJoin = 'round';
      for (const [kind, points] of byKind) {
        const outline = UNIT_SHAPES[KIND_STYLE[kind].shape];
        ctx.beginPath();
        for (let k = 0; k < points.length; k += 2) traceShape(ctx, outline, points[k]!, points[k + 1]!, size);
        ctx.fillStyle = KIND_STYLE[kind].color;
        ctx.fill();
        if (outlined) ctx.stroke();
      }
      if (pickedAt) {
        ctx.beginPath();
        ctx.arc(pickedAt.x, pickedAt.y, Math.max(size * 1.9, 8), 0, 2 * Math.PI);
        ctx.lineWidth = 4;
        ctx.strokeStyle = '#8a4fff';
        ctx.stroke();
      }
    };
    paintRef.current = paint;
    paint();
    return still ? undefined : clock.on('change', paint);
  }, [flights, viewBox.x, viewBox.y, viewBox.w, viewBox.h, size, outlined, picked, still]);

  return <canvas ref={canvas} className="stage-canvas" aria-hidden="true" data-flights={flights.length} />;
}

/** Each shape as polygons of unit radius (a circle is `null`), as kinds.ts draws them. */
const UNIT_SHAPES: Record<Shape, readonly (readonly number[])[] | null> = Object.fromEntries(
  (['circle', 'diamond', 'square', 'triangle', 'hexagon', 'envelope', 'star'] as const).map((shape) => [
    shape,
    shape === 'circle' ? null : polygonsOf(shapePath(shape, 1)),
  ]),
) as Record<Shape, readonly (readonly number[])[] | null>;

/** The polygons of an SVG path made of M, L and Z commands (absolute). */
function polygonsOf(d: string): number[][] {
  return d
    .split('M')
    .filter(Boolean)
    .map((part) =>
      part
        .replace(/Z/g, '')
        .split('L')
        .flatMap((xy) => xy.split(',').map(Number)),
    );
}

/** Adds a shape of radius `r` at x, y to the current path. */
function traceShape(
  ctx: CanvasRenderingContext2D,
  outline: readonly (readonly number[])[] | null,
  x: number,
  y: number,
  r: number,
): void {
  if (!outline) {
    ctx.moveTo(x + r, y);
    ctx.arc(x, y, r, 0, 2 * Math.PI);
    return;
  }
  for (const poly of outline) {
    ctx.moveTo(x + poly[0]! * r, y + poly[1]! * r);
    for (let k = 2; k < poly.length; k += 2) ctx.lineTo(x + poly[k]! * r, y + poly[k + 1]! * r);
    ctx.closePath();
  }
}
