import { describe, expect, it } from 'vitest';
import { DiagramController } from './controller';
import { smallModel } from './testModels';
import { fitView, GUTTER, layoutRows, makeView } from './view';
import { indexModel } from './windowIndex';

// No canvas is attached, so nothing is drawn: these check how the view moves.
function controller(end = 20) {
  const model = { ...smallModel(), end };
  const c = new DiagramController(makeView({ t0: 0, t1: 1, width: 0, height: 0 }));
  c.setScene({ model, index: indexModel(model), rows: layoutRows(model.lanes), lang: 'en' }, end, null);
  c.setSize(532, 166, 34);
  return c;
}

describe('DiagramController', () => {
  it('fits a new run, and refits while the user has not moved the view', () => {
    const c = controller();
    expect([c.view.t0, c.view.t1]).toEqual([fitView(c.view, 20).t0, 21]);
    expect(c.timeAt(132 + GUTTER)).toBeCloseTo(0);
    c.setScene(c.scene!, 100, null);
    expect([c.view.t0, c.view.t1]).toEqual([fitView(c.view, 100).t0, 102]);
    const whole = c.view.t1 - c.view.t0;
    c.zoom(2);
    c.setScene(c.scene!, 200, null);
    expect(c.view.t1 - c.view.t0).toBeCloseTo(whole / 2);
  });

  it('follows the playhead out of the window, but not after the user looked elsewhere', () => {
    const c = controller(100);
    c.zoom(104 / 20); // a 20-tick window around the middle
    c.scrollTo(0);
    c.setCursor(10);
    c.setCursor(25); // played past the right edge
    expect(c.view.t0).toBeLessThanOrEqual(25);
    expect(c.view.t1).toBeGreaterThan(25);
    c.scrollTo(60); // the user looks later in the run
    c.setCursor(26);
    expect(c.view.t0).toBe(60);
  });

  it('maps a click to a time within the run', () => {
    const c = controller();
    const perTick = (400 - GUTTER) / 21;
    expect(c.timeAt(132 + GUTTER + 10 * perTick)).toBeCloseTo(10);
    expect(c.timeAt(132)).toBe(0);
    expect(c.timeAt(531)).toBe(20);
  });

  it('drags time with x and lanes with y, within their ends', () => {
    const c = controller();
    c.zoom(2);
    const t0 = c.view.t0;
    c.dragBy(-40, 0);
    expect(c.view.t0).toBeGreaterThan(t0);
    c.setSize(532, 100, 34); // four lanes no longer fit
    c.dragBy(0, -500);
    expect(c.view.scrollY).toBe(4 * 34 - (100 - 30));
  });
});
