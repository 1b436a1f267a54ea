import { describe, expect, it } from 'vitest';
import { DETAIL_LIMIT, drawDiagram, type Ctx2D, type Scene } from './draw';
import { bigModel, smallModel } from './testModels';
import { fitView, layoutRows, makeView } from './view';
import { indexModel } from './windowIndex';

/** A context that only counts what it is asked to do. */
class CountingCtx implements Ctx2D {
  fillStyle: Ctx2D['fillStyle'] = '#000';
  strokeStyle: Ctx2D['strokeStyle'] = '#000';
  lineWidth = 1;
  globalAlpha = 1;
  font = '12px sans-serif';
  textAlign: CanvasTextAlign = 'start';
  textBaseline: CanvasTextBaseline = 'alphabetic';
  calls: Record<string, number> = {};
  private count(name: string) {
    this.calls[name] = (this.calls[name] ?? 0) + 1;
  }
  save = () => this.count('save');
  restore = () => this.count('restore');
  beginPath = () => this.count('beginPath');
  closePath = () => this.count('closePath');
  moveTo = () => this.count('moveTo');
  lineTo = () => this.count('lineTo');
  rect = () => this.count('rect');
  arc = () => this.count('arc');
  fill = () => this.count('fill');
  stroke = () => this.count('stroke');
  clip = () => this.count('clip');
  fillRect = () => this.count('fillRect');
  fillText = () => this.count('fillText');
  measureText = (text: string) => ({ width: text.length * 7 });
  setLineDash = () => this.count('setLineDash');
  mark?: (what: string) => void;
}

const sceneOf = (model = bigModel()): Scene => ({
  model,
  index: indexModel(model),
  rows: layoutRows(model.lanes),
  lang: 'en',
});

describe('drawDiagram', () => {
  const big = sceneOf();

  it('paints a 100,000-event run in a bounded number of paths', () => {
    const view = fitView(makeView({ t0: 0, t1: 1, width: 1600, height: 900, laneHeight: 13 }), big.model.end);
    const ctx = new CountingCtx();
    drawDiagram(ctx, big, view, { cursor: big.model.end / 2, hover: { kind: 'arrow', index: 5 } });
    // One path per style, whatever the number of elements.
    expect((ctx.calls.fill ?? 0) + (ctx.calls.stroke ?? 0)).toBeLessThan(120);
    expect(big.model.arrows.length).toBeGreaterThan(DETAIL_LIMIT);
    expect(ctx.calls.arc ?? 0).toBe(0); // too many arrows for tail shapes
  });

  it('touches only what is in the window when zoomed in', () => {
    const wide = fitView(makeView({ t0: 0, t1: 1, width: 1600, height: 900 }), big.model.end);
    const narrow = { ...wide, t0: 1000, t1: 1040 };
    const ctx = new CountingCtx();
    const marks: string[] = [];
    ctx.mark = (what) => marks.push(what);
    drawDiagram(ctx, big, narrow, undefined, { batch: false });
    const perPx = 40 / (1600 - narrow.left);
    const [w0, w1] = [1000 - 10 * perPx, 1040 + 10 * perPx];
    const expected = big.model.arrows.filter((a) => a.sentAt <= w1 && a.deliverAt >= w0).length;
    expect(marks.filter((m) => m.startsWith('arrow '))).toHaveLength(expected);
    expect(expected).toBeLessThan(big.model.arrows.length / 20);
    expect(ctx.calls.arc ?? 0).toBeGreaterThan(0); // close enough for tail shapes again
  });

  it('reports the cost of a first draw and of a pan (for information)', () => {
    const start = performance.now();
    const scene = sceneOf(bigModel());
    const view = fitView(makeView({ t0: 0, t1: 1, width: 1600, height: 900 }), scene.model.end);
    drawDiagram(new CountingCtx(), scene, view);
    const first = performance.now() - start;
    const panStart = performance.now();
    for (let k = 0; k < 20; k++)
      drawDiagram(new CountingCtx(), scene, { ...view, t0: 100 + k * 5, t1: 400 + k * 5 });
    console.info(
      `draw: first ${first.toFixed(1)} ms, pan ${((performance.now() - panStart) / 20).toFixed(2)} ms/frame (JS only)`,
    );
  });

  it('draws a small model with labels, and nothing for an empty one', () => {
    const ctx = new CountingCtx();
    drawDiagram(ctx, sceneOf(smallModel()), makeView({ t0: 0, t1: 20, width: 532, height: 166 }), {
      cursor: 7,
      hover: { kind: 'band', index: 0 },
    });
    expect(ctx.calls.fillText).toBeGreaterThan(4 + 3); // lane names, axis, wait labels
    expect(ctx.calls.save).toBe(ctx.calls.restore);
    const empty = { end: 0, lanes: [], bars: [], waits: [], arrows: [], bands: [] };
    expect(() =>
      drawDiagram(new CountingCtx(), sceneOf(empty), makeView({ t0: -1, t1: 1, width: 300, height: 60 })),
    ).not.toThrow();
  });
});
