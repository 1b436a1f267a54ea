// The marks of failures (SPEC §6) on the diagram: a process's down interval from its crash to its
// restart, a red cap where a wait gave up, and a cross where a message was lost (amber where an
// answer was dropped for coming late). Few in any run, so each is found by one scan of a short
// list, cached per model.

import type { DiagramModel } from '../../playback/diagramModel';
import { font, type Ctx2D, type Frame } from './frame';
import { arrowSegment, blockBox, spanX } from './geometry';
import { DIAGRAM_STRINGS } from './strings';
import { COLORS } from './style';
import { rowTop, timeToX } from './view';

export const FAILURE_COLORS = {
  down: '#3b3f46',
  downFill: '#d9dce1',
  lost: '#c62828',
  late: '#b35c00',
  gaveUp: '#b00020',
};

interface Lists {
  /** Arrows with a fate, by index. */
  fates: number[];
  /** Waits that gave up, by index. */
  gaveUp: number[];
}

const cache = new WeakMap<DiagramModel, Lists>();

function listsOf(model: DiagramModel): Lists {
  let lists = cache.get(model);
  if (!lists) {
    lists = { fates: [], gaveUp: [] };
    model.arrows.forEach((a, i) => a.fate && lists!.fates.push(i));
    model.waits.forEach((w, i) => w.ended === 'timeout' && lists!.gaveUp.push(i));
    cache.set(model, lists);
  }
  return lists;
}

/**
 * Cut wires: over both lanes of the pair, a pale red band for the window, edged by dashed red
 * lines through both lanes at its start and end, and the word "cut".
 */
export function drawCuts(ctx: Ctx2D, f: Frame) {
  const { v, scene } = f;
  const { model, rows } = scene;
  const word = DIAGRAM_STRINGS[scene.lang].cut;
  for (const c of model.cuts ?? []) {
    if (c.to < f.w0 || c.from > f.w1) continue;
    const ra = rows.rowOf[c.laneA] ?? -1;
    const rb = rows.rowOf[c.laneB] ?? -1;
    if (ra < 0 || rb < 0) continue;
    const { x, w } = spanX(v, c.from, c.to, 2);
    ctx.mark?.('cut');
    ctx.fillStyle = FAILURE_COLORS.lost;
    ctx.globalAlpha = 0.08;
    for (const row of [ra, rb]) ctx.fillRect(x, rowTop(v, row), w, v.laneHeight);
    ctx.globalAlpha = 1;
    const top = rowTop(v, Math.min(ra, rb));
    const bottom = rowTop(v, Math.max(ra, rb)) + v.laneHeight;
    ctx.strokeStyle = FAILURE_COLORS.lost;
    ctx.lineWidth = 1.5;
    ctx.setLineDash([4, 3]);
    for (const edge of [x, x + w]) {
      ctx.mark?.('cut-edge');
      ctx.beginPath();
      ctx.moveTo(edge, top);
      ctx.lineTo(edge, bottom);
      ctx.stroke();
    }
    ctx.setLineDash([]);
    ctx.font = font(11, 700);
    ctx.textAlign = 'left';
    ctx.textBaseline = 'top';
    if (v.laneHeight >= 18 && w > ctx.measureText(word).width + 8) {
      ctx.fillStyle = FAILURE_COLORS.lost;
      ctx.fillText(word, Math.max(x, v.left) + 4, top + 1);
    }
  }
}

/** Down intervals: a grey band the height of the lane, a bold line at the crash, the word "down". */
export function drawDowns(ctx: Ctx2D, f: Frame) {
  const { v, scene } = f;
  const { model, rows } = scene;
  const word = DIAGRAM_STRINGS[scene.lang].down;
  ctx.font = font(12, 700);
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  for (const d of model.downs ?? []) {
    if (d.to < f.w0 || d.from > f.w1) continue;
    const row = rows.rowOf[d.lane] ?? -1;
    if (row < f.firstRow || row > f.lastRow) continue;
    const top = rowTop(v, row) + 2;
    const h = v.laneHeight - 4;
    const { x, w } = spanX(v, d.from, d.to, 2);
    ctx.mark?.('down');
    ctx.fillStyle = FAILURE_COLORS.downFill;
    ctx.fillRect(x, top, w, h);
    ctx.mark?.('crash');
    ctx.fillStyle = FAILURE_COLORS.down;
    ctx.fillRect(x - 1.5, top, 3, h);
    if (!d.open) {
      ctx.mark?.('restart');
      ctx.fillStyle = COLORS.compute;
      ctx.fillRect(x + w - 1.5, top, 3, h);
    }
    const tw = ctx.measureText(word).width;
    if (v.laneHeight >= 18 && w > tw + 12) {
      ctx.fillStyle = FAILURE_COLORS.down;
      ctx.fillText(word, Math.max(x, v.left) + 6, top + h / 2 + 0.5);
    }
  }
}

/** A short red cap across the end of each wait that gave up at its timeout. */
export function drawGaveUp(ctx: Ctx2D, f: Frame) {
  const { v, scene } = f;
  const { model, rows } = scene;
  ctx.fillStyle = FAILURE_COLORS.gaveUp;
  for (const i of listsOf(model).gaveUp) {
    const w = model.waits[i]!;
    if (w.to < f.w0 || w.to > f.w1) continue;
    const row = rows.rowOf[w.lane] ?? -1;
    if (row < f.firstRow || row > f.lastRow) continue;
    const box = blockBox(v, row);
    ctx.mark?.('gave-up');
    ctx.fillRect(timeToX(v, w.to) - 3, box.y - 3, 3, box.h + 6);
  }
}

/** A cross on a white halo where each lost message ended, at its loss time (amber: dropped late). */
export function drawFates(ctx: Ctx2D, f: Frame) {
  const { v, scene } = f;
  const { model, rows } = scene;
  const r = 5;
  ctx.setLineDash([]);
  for (const i of listsOf(model).fates) {
    const a = model.arrows[i]!;
    if (a.fate!.at < f.w0 || a.sentAt > f.w1) continue;
    const s = arrowSegment(model, rows, v, i);
    if (!s) continue;
    const x = timeToX(v, a.fate!.at);
    const y = s.y2;
    for (const [color, width] of [
      [COLORS.paper, 6],
      [a.fate!.why === 'late' ? FAILURE_COLORS.late : FAILURE_COLORS.lost, 2.5],
    ] as const) {
      ctx.mark?.(a.fate!.why === 'late' ? 'dropped' : 'lost');
      ctx.beginPath();
      ctx.moveTo(x - r, y - r);
      ctx.lineTo(x + r, y + r);
      ctx.moveTo(x + r, y - r);
      ctx.lineTo(x - r, y + r);
      ctx.strokeStyle = color;
      ctx.lineWidth = width;
      ctx.stroke();
    }
  }
}
