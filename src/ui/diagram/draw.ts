// Draws the space-time diagram on anything shaped like a 2D canvas context: the on-screen
// canvases, an offscreen one for PNG export, or the SVG recorder. Two layers: the base (lanes,
// axis, every mark) changes with the view; the overlay (playhead, hover) changes every frame
// during playback and is cheap.

import { clipRect, font, makeFrame, type Ctx2D, type Frame, type Scene } from './frame';
import type { Hit } from './hit';
import { drawCuts, drawDowns, drawFates, drawGaveUp } from './failureMarks';
import { drawArrows, drawBands, drawBars, drawHover, drawWaits } from './marks';
import { rowCenter } from './geometry';
import { DIAGRAM_STRINGS } from './strings';
import { COLORS } from './style';
import { labelCenter, ticks } from './ticks';
import { plotWidth, rowTop, timeToX, type View } from './view';

export type { Ctx2D, Scene } from './frame';
export { DETAIL_LIMIT, THICK_LIMIT } from './marks';

export interface Overlay {
  cursor: number | null;
  hover: Hit | null;
}

export interface DrawOptions {
  /** One path per style (on screen), or one per element (SVG export). Default true. */
  batch?: boolean;
}

const NO_OVERLAY: Overlay = { cursor: null, hover: null };

/** Draws the whole diagram for view v: base and overlay. */
export function drawDiagram(ctx: Ctx2D, scene: Scene, v: View, overlay = NO_OVERLAY, opts: DrawOptions = {}) {
  drawBase(ctx, scene, v, opts);
  drawOverlay(ctx, scene, v, overlay);
}

/** Lanes, axis, names and every mark in the window, over an opaque background. */
export function drawBase(ctx: Ctx2D, scene: Scene, v: View, opts: DrawOptions = {}) {
  const f = makeFrame(scene, v, opts.batch ?? true);
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
  ctx.fillStyle = COLORS.paper;
  ctx.fillRect(0, 0, v.width, v.height);
  ctx.save();
  clipRect(ctx, v.left, v.top, plotWidth(v), v.height - v.top);
  drawRows(ctx, f);
  drawGrid(ctx, f);
  drawBands(ctx, f);
  drawCuts(ctx, f);
  drawBars(ctx, f);
  drawWaits(ctx, f);
  drawDowns(ctx, f);
  drawGaveUp(ctx, f);
  drawArrows(ctx, f);
  drawFates(ctx, f);
  ctx.restore();
  drawAxis(ctx, f);
  drawLaneNames(ctx, f);
}

/** The playhead and the hovered element's outline, on a transparent layer. */
export function drawOverlay(ctx: Ctx2D, scene: Scene, v: View, overlay: Overlay) {
  const f = makeFrame(scene, v, true);
  ctx.save();
  clipRect(ctx, v.left, 0, plotWidth(v), v.height);
  ctx.save();
  clipRect(ctx, v.left, v.top, plotWidth(v), v.height - v.top);
  if (overlay.hover && overlay.hover.kind !== 'lane') drawHover(ctx, f, overlay.hover);
  ctx.restore();
  const t = overlay.cursor;
  if (t !== null && t >= v.t0 && t <= v.t1) {
    const x = timeToX(v, t);
    ctx.fillStyle = COLORS.cursor;
    ctx.fillRect(x - 1, v.top, 2, v.height - v.top);
    ctx.beginPath();
    ctx.moveTo(x - 6, v.top - 9);
    ctx.lineTo(x + 6, v.top - 9);
    ctx.lineTo(x, v.top);
    ctx.closePath();
    ctx.fill();
  }
  ctx.restore();
  if (overlay.hover?.kind === 'lane') drawHover(ctx, f, overlay.hover);
}

function drawRows(ctx: Ctx2D, f: Frame) {
  const { v, scene } = f;
  const { lanes } = scene.model;
  const isQueue = (row: number) => lanes[scene.rows.order[row]!]!.kind === 'queue';
  for (const pass of ['alt', 'queue'] as const) {
    ctx.beginPath();
    for (let row = f.firstRow; row <= f.lastRow; row++) {
      const queue = isQueue(row);
      if (pass === 'queue' ? queue : !queue && row % 2 === 1) {
        ctx.rect(v.left, rowTop(v, row), plotWidth(v), v.laneHeight);
      }
    }
    ctx.fillStyle = pass === 'queue' ? COLORS.queueRow : COLORS.rowAlt;
    ctx.fill();
  }
  for (const queue of [false, true]) {
    ctx.beginPath();
    for (let row = f.firstRow; row <= f.lastRow; row++) {
      if (isQueue(row) !== queue) continue;
      const y = Math.round(rowCenter(v, row)) + 0.5;
      ctx.moveTo(v.left, y);
      ctx.lineTo(v.width, y);
    }
    ctx.strokeStyle = queue ? COLORS.queueInk : COLORS.line;
    ctx.lineWidth = 1;
    ctx.setLineDash(queue ? [6, 4] : []);
    ctx.stroke();
  }
  ctx.setLineDash([]);
}

function drawGrid(ctx: Ctx2D, f: Frame) {
  const { v } = f;
  ctx.beginPath();
  for (const t of ticks(v).times) {
    const x = Math.round(timeToX(v, t)) + 0.5;
    ctx.moveTo(x, v.top);
    ctx.lineTo(x, v.height);
  }
  ctx.strokeStyle = COLORS.grid;
  ctx.lineWidth = 1;
  ctx.stroke();
}

function drawAxis(ctx: Ctx2D, f: Frame) {
  const { v, scene } = f;
  ctx.fillStyle = COLORS.paper;
  ctx.fillRect(0, 0, v.width, v.top);
  const { times } = ticks(v);
  ctx.beginPath();
  ctx.moveTo(0, v.top - 0.5);
  ctx.lineTo(v.width, v.top - 0.5);
  for (const t of times) {
    const x = Math.round(timeToX(v, t)) + 0.5;
    ctx.moveTo(x, v.top - 6);
    ctx.lineTo(x, v.top);
  }
  ctx.strokeStyle = COLORS.line;
  ctx.lineWidth = 1;
  ctx.stroke();
  ctx.font = font(12);
  ctx.fillStyle = COLORS.muted;
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'center';
  for (const t of times) {
    const label = String(t);
    ctx.fillText(label, labelCenter(v, timeToX(v, t), ctx.measureText(label).width), v.top / 2 - 2);
  }
  ctx.textAlign = 'left';
  ctx.fillText(`${DIAGRAM_STRINGS[scene.lang].time} →`, 10, v.top / 2 - 2);
}

function drawLaneNames(ctx: Ctx2D, f: Frame) {
  const { v, scene } = f;
  const { lanes } = scene.model;
  ctx.save();
  clipRect(ctx, 0, v.top, v.left, v.height - v.top);
  ctx.fillStyle = COLORS.paper;
  ctx.fillRect(0, v.top, v.left, v.height - v.top);
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  const size = v.laneHeight < 24 ? 13 : 14;
  for (let row = f.firstRow; row <= f.lastRow; row++) {
    const lane = lanes[scene.rows.order[row]!]!;
    const queue = lane.kind === 'queue';
    const y = rowTop(v, row);
    const cy = y + v.laneHeight / 2;
    if (queue) {
      ctx.fillStyle = COLORS.queueRow;
      ctx.fillRect(0, y, v.left, v.laneHeight);
      // A little queue: three slots in a row.
      ctx.beginPath();
      for (let k = 0; k < 3; k++) ctx.rect(8 + k * 5, cy - 4, 4, 8);
      ctx.fillStyle = COLORS.queueInk;
      ctx.fill();
    }
    const x = queue ? 28 : 10;
    ctx.font = font(size, queue ? 500 : 600);
    ctx.fillStyle = queue ? COLORS.queueInk : COLORS.ink;
    ctx.fillText(fitText(ctx, lane.name, v.left - x - 8), x, cy + 0.5);
  }
  ctx.fillStyle = COLORS.line;
  ctx.fillRect(v.left - 1, v.top, 1, v.height - v.top);
  ctx.restore();
}

const fitted = new Map<string, string>();

/** The text, cut with an ellipsis to fit maxWidth (remembered: names rarely change). */
function fitText(ctx: Ctx2D, text: string, maxWidth: number): string {
  const key = `${ctx.font}|${maxWidth}|${text}`;
  const known = fitted.get(key);
  if (known !== undefined) return known;
  let out = text;
  if (ctx.measureText(text).width > maxWidth) {
    const chars = [...text];
    let n = chars.length;
    while (n > 1 && ctx.measureText(`${chars.slice(0, n).join('')}…`).width > maxWidth) n--;
    out = `${chars.slice(0, n).join('')}…`;
  }
  if (fitted.size > 2000) fitted.clear();
  fitted.set(key, out);
  return out;
}
