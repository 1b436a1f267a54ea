import { describe, expect, it } from 'vitest';
import { hitTest, sameHit, type HitScene } from './hit';
import { smallModel } from './testModels';
import { layoutRows, makeView } from './view';
import { indexModel } from './windowIndex';

// 20 ticks over 400 px: 20 px a tick from x = 132. Rows of 34 px from y = 30:
// P centre 47 (blocks 38–57), Q 81 (72–91), R 115 (106–125), jobs 149.
const model = smallModel();
const view = makeView({ t0: 0, t1: 20, width: 532, height: 166, left: 132, top: 30, laneHeight: 34 });
const scene = (hidden?: Set<string>): HitScene => ({
  model,
  index: indexModel(model),
  rows: layoutRows(model.lanes, hidden),
});
const at = (x: number, y: number, hidden?: Set<string>) => hitTest(scene(hidden), view, x, y);

describe('hit-testing', () => {
  it('finds an arrow along its whole length', () => {
    expect(at(242, 64)).toEqual({ kind: 'arrow', index: 0 }); // #1 midway P→Q
    expect(at(195, 51)).toEqual({ kind: 'arrow', index: 0 }); // near its tail, 2 px off
    expect(at(462, 47 + 17 * 3)).toEqual({ kind: 'arrow', index: 3 }); // #4 P→jobs
  });

  it('prefers an arrow over the block it crosses', () => {
    expect(at(350, 79)).toEqual({ kind: 'arrow', index: 1 }); // #2 lands on Q's compute
    expect(at(360, 85)).toEqual({ kind: 'bar', index: 1 });
  });

  it('finds waits and compute bars within their lane', () => {
    expect(at(230, 88)).toEqual({ kind: 'wait', index: 0 }); // Q recv
    expect(at(150, 47)).toEqual({ kind: 'bar', index: 0 }); // P compute
    expect(at(520, 115)).toEqual({ kind: 'wait', index: 3 }); // R's open wait
  });

  it('gives a one-pixel sliver some slack', () => {
    expect(at(179, 115)).toEqual({ kind: 'bar', index: 2 }); // R 2–2.2 is x 172–176
    expect(at(190, 115)).toBeNull();
  });

  it('finds a barrier band on its members only, outside their blocks', () => {
    expect(at(300, 100)).toEqual({ kind: 'band', index: 0 }); // R, above its wait block
    expect(at(280, 40)).toEqual({ kind: 'band', index: 0 }); // P at t = 7.4
    expect(at(300, 86)).toEqual({ kind: 'bar', index: 1 }); // Q is no member; its bar is
    expect(at(282, 66)).toBeNull(); // between lanes
  });

  it('names a lane from the name column, and nothing on the axis or past the end', () => {
    expect(at(50, 81)).toEqual({ kind: 'lane', lane: 1 });
    expect(at(50, 200)).toBeNull();
    expect(at(300, 10)).toBeNull();
    expect(at(500, 81)).toBeNull();
  });

  it('ignores what a hidden lane would have shown', () => {
    // With P hidden, Q is the first row (y 30–64), and every arrow touches P.
    const hidden = new Set(['P']);
    for (let x = 132; x < 532; x += 3) {
      for (let y = 30; y < 166; y += 3) expect(at(x, y, hidden)?.kind).not.toBe('arrow');
    }
    expect(at(230, 54, hidden)).toEqual({ kind: 'wait', index: 0 });
    expect(at(50, 40, hidden)).toEqual({ kind: 'lane', lane: 1 });
  });

  it('compares hits', () => {
    expect(sameHit({ kind: 'arrow', index: 1 }, { kind: 'arrow', index: 1 })).toBe(true);
    expect(sameHit({ kind: 'arrow', index: 1 }, { kind: 'wait', index: 1 })).toBe(false);
    expect(sameHit({ kind: 'lane', lane: 1 }, { kind: 'lane', lane: 1 })).toBe(true);
    expect(sameHit(null, null)).toBe(true);
    expect(sameHit(null, { kind: 'lane', lane: 0 })).toBe(false);
  });
});
