// What every drawing step shares: the context interface, the scene, the frame being drawn and
// the scratch lists reused from one frame to the next.

import type { DiagramModel } from '../../playback/diagramModel';
import type { DiagramLang } from './strings';
import { FONT } from './style';
import { plotWidth, type Rows, type View } from './view';
import type { DiagramIndex } from './windowIndex';

/** The part of CanvasRenderingContext2D the diagram uses. */
export interface Ctx2D {
  fillStyle: string | CanvasGradient | CanvasPattern;
  strokeStyle: string | CanvasGradient | CanvasPattern;
  lineWidth: number;
  globalAlpha: number;
  font: string;
  textAlign: CanvasTextAlign;
  textBaseline: CanvasTextBaseline;
  save(): void;
  restore(): void;
  beginPath(): void;
  closePath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  rect(x: number, y: number, w: number, h: number): void;
  arc(x: number, y: number, r: number, a0: number, a1: number): void;
  fill(): void;
  stroke(): void;
  clip(): void;
  fillRect(x: number, y: number, w: number, h: number): void;
  fillText(text: string, x: number, y: number): void;
  measureText(text: string): { width: number };
  setLineDash(segments: number[]): void;
  /** Names the next element drawn (the SVG recorder writes it as a class). */
  mark?(what: string): void;
  /** A diagonal hatch in a color, as a fill style (the SVG recorder makes a <pattern>). */
  hatch?(color: string): string;
}

export interface Scene {
  model: DiagramModel;
  index: DiagramIndex;
  rows: Rows;
  lang: DiagramLang;
}

export interface Frame {
  scene: Scene;
  v: View;
  /** One path per style (on screen), or one per element (SVG export). */
  batch: boolean;
  /** The time window, widened by a few pixels for arrowheads and shapes. */
  w0: number;
  w1: number;
  firstRow: number;
  lastRow: number;
}

export function makeFrame(scene: Scene, v: View, batch: boolean): Frame {
  const perPx = (v.t1 - v.t0) / plotWidth(v);
  const count = scene.rows.order.length;
  return {
    scene,
    v,
    batch,
    w0: v.t0 - 10 * perPx,
    w1: v.t1 + 10 * perPx,
    firstRow: Math.max(0, Math.floor(v.scrollY / v.laneHeight)),
    lastRow: Math.min(count - 1, Math.floor((v.scrollY + v.height - v.top) / v.laneHeight)),
  };
}

export const font = (size: number, weight = 400) => `${weight} ${size}px ${FONT}`;

// Scratch lists reused across frames (drawing is synchronous, so one set is enough).
export const visible: number[] = [];
/** Rectangles as x, y, w, h, x, y, w, h, ... */
export const rects: number[] = [];

export function clipRect(ctx: Ctx2D, x: number, y: number, w: number, h: number) {
  ctx.beginPath();
  ctx.rect(x, y, w, h);
  ctx.clip();
}

/** Paints the rectangles in `rects`: as one path, or one path each. */
export function paintRects(ctx: Ctx2D, batch: boolean, mode: 'fill' | 'stroke', mark: string) {
  if (batch) {
    ctx.beginPath();
    for (let k = 0; k < rects.length; k += 4)
      ctx.rect(rects[k]!, rects[k + 1]!, rects[k + 2]!, rects[k + 3]!);
    ctx[mode]();
    return;
  }
  for (let k = 0; k < rects.length; k += 4) {
    ctx.mark?.(mark);
    ctx.beginPath();
    ctx.rect(rects[k]!, rects[k + 1]!, rects[k + 2]!, rects[k + 3]!);
    ctx[mode]();
  }
}

/** Adds a block to `rects`, merged with the row's previous one when they touch on screen. */
export function pushBlock(
  merge: boolean,
  last: Float64Array,
  row: number,
  x: number,
  w: number,
  y: number,
  h: number,
) {
  const at = last[row]!;
  if (merge && at >= 0 && x <= rects[at]! + rects[at + 2]! + 0.75) {
    rects[at + 2] = Math.max(rects[at + 2]!, x + w - rects[at]!);
    return;
  }
  last[row] = rects.length;
  rects.push(x, y, w, h);
}
