import { describe, expect, it } from 'vitest';
import { buildDiagram } from '../../playback/diagram';
import { runSource } from '../../runtime/inprocess';
import { drawDiagram, type Ctx2D, type Scene } from './draw';
import { describeHit } from './tooltip';
import { fitView, layoutRows, makeView } from './view';
import { indexModel } from './windowIndex';

/** A context that records the marks (element names) drawn, with the position of each fillRect. */
function recorder() {
  const marks: string[] = [];
  const rects: { mark: string; x: number; w: number }[] = [];
  let last = '';
  const noop = () => {};
  const ctx: Ctx2D = {
    fillStyle: '#000',
    strokeStyle: '#000',
    lineWidth: 1,
    globalAlpha: 1,
    font: '12px sans-serif',
    textAlign: 'start',
    textBaseline: 'alphabetic',
    save: noop,
    restore: noop,
    beginPath: noop,
    closePath: noop,
    moveTo: noop,
    lineTo: noop,
    rect: noop,
    arc: noop,
    fill: noop,
    stroke: noop,
    clip: noop,
    fillRect: (x, _y, w) => rects.push({ mark: last, x, w }),
    fillText: noop,
    measureText: (text) => ({ width: text.length * 7 }),
    setLineDash: noop,
    mark: (what) => {
      last = what;
      marks.push(what);
    },
  };
  return { ctx, marks, rects };
}

function draw(source: string) {
  const model = buildDiagram(runSource(source));
  const scene: Scene = { model, index: indexModel(model), rows: layoutRows(model.lanes), lang: 'en' };
  const view = fitView(makeView({ t0: 0, t1: 1, width: 1000, height: 400 }), model.end);
  const rec = recorder();
  // One element per path, as the SVG export draws: every mark is named.
  drawDiagram(rec.ctx, scene, view, undefined, { batch: false });
  return { ...rec, model };
}

describe('failure marks on the diagram', () => {
  it('a lost reply ends in a cross, without an arrowhead; a wait that gave up gets its cap', () => {
    const { marks } = draw(`latency 2
lose Server Client
process Client
  call Server "x" timeout 6
end
process Server
  recv
  reply "ok"
end
`);
    expect(marks.filter((m) => m === 'lost')).toHaveLength(2); // halo and cross
    expect(marks.filter((m) => m === 'head')).toHaveLength(1); // the request's only
    expect(marks.filter((m) => m === 'gave-up')).toHaveLength(1);
    expect(marks).not.toContain('down');
    expect(marks).not.toContain('cut');
  });

  it('a cut wire: one band over both lanes, edged at its start and end', () => {
    const model = buildDiagram(runSource(`process A\n  send B\nend\nprocess B\n  recv\nend\n`), [
      { a: 'A', b: 'B', from: 2, to: 4 },
    ]);
    const scene: Scene = { model, index: indexModel(model), rows: layoutRows(model.lanes), lang: 'en' };
    const view = fitView(makeView({ t0: 0, t1: 1, width: 1000, height: 400 }), 10);
    const { ctx, marks, rects } = recorder();
    drawDiagram(ctx, scene, view, undefined, { batch: false });
    expect(marks.filter((m) => m === 'cut')).toHaveLength(1);
    expect(marks.filter((m) => m === 'cut-edge')).toHaveLength(2);
    expect(rects.filter((r) => r.mark === 'cut')).toHaveLength(2); // one per lane
  });

  it('a crash and its restart: a down band between a crash line and a restart line', () => {
    const { rects } = draw(`crash A at 3
restart A at 5
process A
  compute 10
end
`);
    const down = rects.find((r) => r.mark === 'down')!;
    const crash = rects.find((r) => r.mark === 'crash')!;
    const restart = rects.find((r) => r.mark === 'restart')!;
    expect(down.w).toBeGreaterThan(0);
    expect(crash.x + 1.5).toBeCloseTo(down.x, 5);
    expect(restart.x + 1.5).toBeCloseTo(down.x + down.w, 5);
  });

  it('a late answer is marked dropped, its arrowhead kept', () => {
    const { marks } = draw(`latency 2
delay Server Client by 5
process Client
  call Server "x" timeout 4
end
process Server
  recv
  reply "ok"
end
`);
    expect(marks.filter((m) => m === 'dropped')).toHaveLength(2);
    expect(marks.filter((m) => m === 'head')).toHaveLength(2);
  });
});

describe('failure tooltips', () => {
  it('say where a message was lost and that a wait gave up, in both languages', () => {
    const model = buildDiagram(
      runSource(`latency 2
cut Server Client from 1 to 9
process Client
  call Server "x" timeout 6
end
process Server
  recv
  reply "ok"
end
`),
    );
    const lost = model.arrows.findIndex((a) => a.kind === 'reply');
    expect(describeHit(model, { kind: 'arrow', index: lost }, 'en').lines[1]).toBe(
      'sent at 2 · lost at 4 (the link is cut)',
    );
    expect(describeHit(model, { kind: 'arrow', index: lost }, 'ko').lines[1]).toBe(
      '송신 2 · 4에 유실 (링크가 끊김)',
    );
    const wait = model.waits.findIndex((w) => w.ended === 'timeout');
    expect(describeHit(model, { kind: 'wait', index: wait }, 'en').lines).toContain('gave up');
    expect(describeHit(model, { kind: 'wait', index: wait }, 'ko').lines).toContain('포기');
  });
});
