// The marks of the diagram: barrier bands, compute bars, hatched waits, message arrows, and
// the highlight of the element under the pointer. Each visits only its slice of the window.
// Strokes wider than a hairline are kept to short paths: one long wide path is what costs
// most in a software-rendered canvas.

import type { MessageKind } from '../../engine/trace';
import { KIND_STYLE, MESSAGE_KINDS } from '../stage/kinds';
import { font, paintRects, pushBlock, rects, visible, type Ctx2D, type Frame } from './frame';
import { arrowSegment, blockBox, rowCenter, spanX, type Segment } from './geometry';
import type { Hit } from './hit';
import { DIAGRAM_STRINGS } from './strings';
import { COLORS, REASON_COLOR, REASONS, shapeOps, type ShapeOp } from './style';
import { plotWidth, rowTop, timeToX } from './view';
import { bandEnd, visit } from './windowIndex';

/** Above this many visible arrows, heads and tail shapes are left out: they would be specks. */
export const DETAIL_LIMIT = 1000;
/** Up to this many, each line is doubled (a bolder line from two hairlines, cheap to raster). */
export const THICK_LIMIT = 1000;
/** Up to this many, each tail shape sits on a white halo. */
const HALO_LIMIT = 300;
/** Beyond this many, the densest stretches are thinned: at most BIN_CAP lines start in a BIN. */
export const DENSE_LIMIT = 3000;
const BIN = 4;
const BIN_CAP = 10;
/** Beyond this many visible waits, blocks are a few pixels wide: plain fills, no hatch or edge. */
const PLAIN_WAITS = 2000;

export function drawBands(ctx: Ctx2D, f: Frame) {
  const { v, scene, batch } = f;
  const { model, rows } = scene;
  visible.length = 0;
  visit(scene.index.bands, f.w0, f.w1, (i) => visible.push(i));
  if (visible.length === 0) return;
  rects.length = 0;
  for (const i of visible) {
    const band = model.bands[i]!;
    const { x, w } = spanX(v, band.firstArrival, bandEnd(model, i));
    for (const lane of band.lanes) {
      const row = rows.rowOf[lane] ?? -1;
      if (row >= 0) rects.push(x, rowTop(v, row), w, v.laneHeight);
    }
  }
  ctx.fillStyle = COLORS.band;
  ctx.globalAlpha = 0.14;
  paintRects(ctx, batch, 'fill', 'band');
  ctx.globalAlpha = 1;
  // The release: one bold line through every member's lane, since all leave at one instant.
  // A generation that never completed gets a dashed edge at the end of the run instead.
  for (const open of [false, true]) {
    rects.length = 0;
    for (const i of visible) {
      const band = model.bands[i]!;
      if ((band.release === null) !== open) continue;
      const memberRows = band.lanes.map((l) => rows.rowOf[l] ?? -1).filter((r) => r >= 0);
      if (memberRows.length === 0) continue;
      const top = rowTop(v, Math.min(...memberRows)) + 2;
      const bottom = rowTop(v, Math.max(...memberRows)) + v.laneHeight - 2;
      rects.push(timeToX(v, bandEnd(model, i)) - 1.5, top, 3, bottom - top);
    }
    if (!open) {
      ctx.fillStyle = COLORS.band;
      paintRects(ctx, batch, 'fill', 'release');
      continue;
    }
    ctx.strokeStyle = COLORS.band;
    ctx.lineWidth = 1.5;
    ctx.setLineDash([4, 4]);
    for (let k = 0; k < rects.length; k += 4) {
      ctx.mark?.('band-open');
      ctx.beginPath();
      ctx.moveTo(rects[k]! + 1.5, rects[k + 1]!);
      ctx.lineTo(rects[k]! + 1.5, rects[k + 1]! + rects[k + 3]!);
      ctx.stroke();
    }
    ctx.setLineDash([]);
  }
}

export function drawBars(ctx: Ctx2D, f: Frame) {
  const { v, scene, batch } = f;
  const { model, rows } = scene;
  rects.length = 0;
  const last = new Float64Array(rows.order.length).fill(-1);
  visit(scene.index.bars, f.w0, f.w1, (i) => {
    const bar = model.bars[i]!;
    const row = rows.rowOf[bar.lane] ?? -1;
    if (row < f.firstRow || row > f.lastRow) return;
    const { x, w } = spanX(v, bar.from, bar.to);
    const box = blockBox(v, row);
    pushBlock(batch, last, row, x, w, box.y, box.h);
  });
  ctx.fillStyle = COLORS.compute;
  paintRects(ctx, batch, 'fill', 'compute');
}

export function drawWaits(ctx: Ctx2D, f: Frame) {
  const { v, scene, batch } = f;
  const { model, rows } = scene;
  visible.length = 0;
  visit(scene.index.waits, f.w0, f.w1, (i) => {
    const row = rows.rowOf[model.waits[i]!.lane] ?? -1;
    if (row >= f.firstRow && row <= f.lastRow) visible.push(i);
  });
  if (visible.length === 0) return;
  const plain = batch && visible.length > PLAIN_WAITS;
  const last = new Float64Array(rows.order.length);
  for (const reason of REASONS) {
    rects.length = 0;
    last.fill(-1);
    for (const i of visible) {
      const wait = model.waits[i]!;
      if (wait.reason !== reason) continue;
      const { x, w } = spanX(v, wait.from, wait.to);
      const box = blockBox(v, rows.rowOf[wait.lane]!);
      pushBlock(batch, last, rows.rowOf[wait.lane]!, x, w, box.y, box.h);
    }
    if (rects.length === 0) continue;
    const color = REASON_COLOR[reason];
    ctx.fillStyle = color;
    ctx.globalAlpha = plain ? 0.45 : 0.14;
    paintRects(ctx, batch, 'fill', `wait ${reason}`);
    ctx.globalAlpha = 1;
    if (plain) continue;
    const hatch = hatchFill(ctx, color);
    if (hatch) {
      ctx.fillStyle = hatch;
      paintRects(ctx, true, 'fill', 'hatch');
    }
    ctx.strokeStyle = color;
    ctx.lineWidth = 1;
    paintRects(ctx, true, 'stroke', 'wait-edge');
  }
  drawWaitLabels(ctx, f);
}

function drawWaitLabels(ctx: Ctx2D, f: Frame) {
  const { v, scene } = f;
  if (v.laneHeight < 18) return;
  const words = DIAGRAM_STRINGS[scene.lang].reasons;
  ctx.font = font(12, 600);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  const widths = new Map<string, number>();
  for (const i of visible) {
    const wait = scene.model.waits[i]!;
    const word = words[wait.reason];
    let tw = widths.get(word);
    if (tw === undefined) widths.set(word, (tw = ctx.measureText(word).width));
    // Centre the label on the part of the block that is on screen.
    const { x, w } = spanX(v, wait.from, wait.to);
    const x0 = Math.max(x, v.left);
    const x1 = Math.min(x + w, v.width);
    if (x1 - x0 < tw + 12) continue;
    const cy = rowCenter(v, scene.rows.rowOf[wait.lane]!);
    ctx.fillStyle = COLORS.paper;
    ctx.globalAlpha = 0.9;
    ctx.fillRect((x0 + x1) / 2 - tw / 2 - 3, cy - 8, tw + 6, 16);
    ctx.globalAlpha = 1;
    ctx.fillStyle = REASON_COLOR[wait.reason];
    ctx.fillText(word, (x0 + x1) / 2, cy + 0.5);
  }
}

const HATCH = 8;
const tiles = new Map<string, HTMLCanvasElement | OffscreenCanvas | null>();

/** A diagonal hatch as a fill style: a small repeating tile at the screen's pixel density. */
function hatchFill(ctx: Ctx2D, color: string): Ctx2D['fillStyle'] | null {
  if (ctx.hatch) return ctx.hatch(color);
  const c = ctx as Ctx2D & Partial<Pick<CanvasRenderingContext2D, 'createPattern' | 'getTransform'>>;
  if (!c.createPattern || !c.getTransform) return null;
  const scale = c.getTransform().a || 1;
  const key = `${color}@${scale}`;
  if (!tiles.has(key)) tiles.set(key, hatchTile(color, scale));
  const tile = tiles.get(key);
  const pattern = tile ? c.createPattern(tile, 'repeat') : null;
  if (pattern && scale !== 1) pattern.setTransform(new DOMMatrix([1 / scale, 0, 0, 1 / scale, 0, 0]));
  return pattern;
}

function hatchTile(color: string, scale: number): HTMLCanvasElement | OffscreenCanvas | null {
  const s = Math.max(1, Math.round(HATCH * scale));
  let tile: HTMLCanvasElement | OffscreenCanvas;
  if (typeof OffscreenCanvas !== 'undefined') tile = new OffscreenCanvas(s, s);
  else if (typeof document !== 'undefined') {
    tile = document.createElement('canvas');
    tile.width = s;
    tile.height = s;
  } else return null;
  const t = tile.getContext('2d') as CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
  if (!t) return null;
  t.strokeStyle = color;
  t.globalAlpha = 0.75;
  t.lineWidth = 1.2 * scale;
  t.beginPath();
  // Lines x + y = 0, s and 2s: seamless when repeated.
  for (const k of [0, 1, 2]) {
    t.moveTo(k * s - s - 1, s + 1);
    t.lineTo(k * s + 1, -1);
  }
  t.stroke();
  return tile;
}

export function drawArrows(ctx: Ctx2D, f: Frame) {
  const { v, scene, batch } = f;
  const { model, rows } = scene;
  visible.length = 0;
  visit(scene.index.arrows, f.w0, f.w1, (i) => {
    const a = model.arrows[i]!;
    if ((rows.rowOf[a.fromLane] ?? -1) >= 0 && (rows.rowOf[a.toLane] ?? -1) >= 0) visible.push(i);
  });
  if (visible.length === 0) return;
  if (visible.length > DENSE_LIMIT) thin(f);
  const n = visible.length;
  const thick = n <= THICK_LIMIT;
  const detail = n <= DETAIL_LIMIT;
  ctx.globalAlpha = detail ? 1 : 0.7;
  ctx.lineWidth = 1;
  for (const kind of MESSAGE_KINDS) {
    const { color } = KIND_STYLE[kind];
    ctx.strokeStyle = color;
    for (const delivered of [true, false]) {
      ctx.setLineDash(delivered ? [] : [5, 4]);
      if (batch) ctx.beginPath();
      for (const i of visible) {
        const a = model.arrows[i]!;
        if (a.kind !== kind || (a.deliverIndex !== null) !== delivered) continue;
        const s = arrowSegment(model, rows, v, i)!;
        if (!batch) {
          ctx.mark?.(`arrow ${kind}`);
          ctx.beginPath();
        }
        ctx.moveTo(s.x1, s.y1);
        ctx.lineTo(s.x2, s.y2);
        if (thick) {
          // The second hairline, beside the first across the line's main direction.
          const steep = Math.abs(s.x2 - s.x1) < Math.abs(s.y2 - s.y1);
          const ox = steep ? 0.75 : 0;
          const oy = steep ? 0 : 0.75;
          ctx.moveTo(s.x1 + ox, s.y1 + oy);
          ctx.lineTo(s.x2 + ox, s.y2 + oy);
        }
        if (!batch) ctx.stroke();
      }
      if (batch) ctx.stroke();
    }
    ctx.setLineDash([]);
    if (detail) drawArrowEnds(ctx, f, kind, n <= HALO_LIMIT);
  }
  ctx.globalAlpha = 1;
}

/**
 * Where thousands of lines start within a few pixels they paint one smear; drawing them all
 * only costs time. Keeps at most BIN_CAP per BIN pixels of start position, so sparse stretches,
 * a lone late message included, are always complete. Zooming in shows every arrow.
 */
function thin(f: Frame) {
  const { v, scene } = f;
  const counts = new Uint16Array(Math.ceil((v.width + 100) / BIN));
  let kept = 0;
  for (const i of visible) {
    const x = timeToX(v, scene.model.arrows[i]!.sentAt);
    const bin = Math.min(counts.length - 1, Math.max(0, Math.floor((x - v.left + 50) / BIN)));
    if (counts[bin]! >= BIN_CAP) continue;
    counts[bin]!++;
    visible[kept++] = i;
  }
  visible.length = kept;
}

/** Arrowheads, and the kind's shape at the tail (on a white halo) so color is never the only cue. */
function drawArrowEnds(ctx: Ctx2D, f: Frame, kind: MessageKind, halo: boolean) {
  const { v, scene, batch } = f;
  const { color, shape } = KIND_STYLE[kind];
  const passes: { part: string; ops: ShapeOp[] | null; fill: string }[] = [
    { part: 'head', ops: null, fill: color },
    ...(halo ? [{ part: 'halo', ops: shapeOps(shape, 5), fill: COLORS.paper }] : []),
    { part: 'tail', ops: shapeOps(shape, 3.5), fill: color },
  ];
  for (const { part, ops, fill } of passes) {
    ctx.fillStyle = fill;
    if (batch) ctx.beginPath();
    for (const i of visible) {
      const a = scene.model.arrows[i]!;
      if (a.kind !== kind) continue;
      // A lost message ends in a cross (failureMarks.ts), not in an arrowhead.
      if (!ops && a.fate && a.fate.why !== 'late') continue;
      const s = arrowSegment(scene.model, scene.rows, v, i)!;
      if (!batch) {
        ctx.mark?.(part);
        ctx.beginPath();
      }
      if (ops) shapeAt(ctx, ops, s.x1, s.y1);
      else headPath(ctx, s);
      if (!batch) ctx.fill();
    }
    if (batch) ctx.fill();
  }
}

function headPath(ctx: Ctx2D, s: Segment) {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  const len = Math.hypot(dx, dy);
  if (len < 6) return;
  const ux = dx / len;
  const uy = dy / len;
  const back = 9;
  const half = 4;
  ctx.moveTo(s.x2, s.y2);
  ctx.lineTo(s.x2 - ux * back - uy * half, s.y2 - uy * back + ux * half);
  ctx.lineTo(s.x2 - ux * back + uy * half, s.y2 - uy * back - ux * half);
  ctx.closePath();
}

function shapeAt(ctx: Ctx2D, ops: ShapeOp[], x: number, y: number) {
  for (const o of ops) {
    if (o.op === 'circle') {
      ctx.moveTo(x + o.r, y);
      ctx.arc(x, y, o.r, 0, 2 * Math.PI);
    } else if (o.op === 'Z') ctx.closePath();
    else if (o.op === 'M') ctx.moveTo(x + o.x, y + o.y);
    else ctx.lineTo(x + o.x, y + o.y);
  }
}

/** Outlines the element under the pointer. */
export function drawHover(ctx: Ctx2D, f: Frame, hit: Hit) {
  const { v, scene } = f;
  const { model, rows } = scene;
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
  if (hit.kind === 'arrow') {
    const s = arrowSegment(model, rows, v, hit.index);
    if (!s) return;
    for (const [color, width] of [
      [COLORS.paper, 6],
      [KIND_STYLE[model.arrows[hit.index]!.kind].color, 3],
    ] as const) {
      ctx.beginPath();
      ctx.moveTo(s.x1, s.y1);
      ctx.lineTo(s.x2, s.y2);
      headPath(ctx, s);
      ctx.strokeStyle = color;
      ctx.lineWidth = width;
      ctx.stroke();
    }
    return;
  }
  if (hit.kind === 'lane') {
    const row = rows.rowOf[hit.lane] ?? -1;
    if (row < 0) return;
    ctx.fillStyle = COLORS.hover;
    ctx.globalAlpha = 0.06;
    ctx.fillRect(v.left, rowTop(v, row), plotWidth(v), v.laneHeight);
    ctx.globalAlpha = 1;
    return;
  }
  ctx.beginPath();
  if (hit.kind === 'band') {
    const band = model.bands[hit.index]!;
    const { x, w } = spanX(v, band.firstArrival, bandEnd(model, hit.index));
    for (const lane of band.lanes) {
      const row = rows.rowOf[lane] ?? -1;
      if (row >= 0) ctx.rect(x, rowTop(v, row) + 1, w, v.laneHeight - 2);
    }
  } else {
    const el = hit.kind === 'wait' ? model.waits[hit.index]! : model.bars[hit.index]!;
    const row = rows.rowOf[el.lane] ?? -1;
    if (row < 0) return;
    const { x, w } = spanX(v, el.from, el.to, 2);
    const box = blockBox(v, row);
    ctx.rect(x - 1, box.y - 1, w + 2, box.h + 2);
  }
  ctx.strokeStyle = COLORS.hover;
  ctx.lineWidth = 2;
  ctx.stroke();
}
