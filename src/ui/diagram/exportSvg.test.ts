import { describe, expect, it } from 'vitest';
import { MESSAGE_KINDS, KIND_STYLE } from '../stage/kinds';
import { diagramSvg, exportFrame } from './exportSvg';
import { REASON_COLOR } from './style';
import { bigModel, smallModel } from './testModels';

const model = smallModel();
const whole = { t0: 0, t1: 20, width: 532 };

/** The arrow lines in an SVG, as [kind, stroke color] pairs. */
function arrowLines(svg: string): [string, string][] {
  return [...svg.matchAll(/<path class="arrow (\w+)"[^>]* stroke="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]);
}

describe('diagramSvg', () => {
  it('draws one line per visible arrow, in its kind’s color', () => {
    const lines = arrowLines(diagramSvg(model, whole, 'en'));
    expect(lines).toHaveLength(model.arrows.length);
    for (const kind of MESSAGE_KINDS) {
      const expected = model.arrows.filter((a) => a.kind === kind).length;
      expect(lines.filter(([k, color]) => k === kind && color === KIND_STYLE[kind].color)).toHaveLength(
        expected,
      );
    }
  });

  it('leaves out arrows outside the time window and on hidden lanes', () => {
    expect(arrowLines(diagramSvg(model, { ...whole, t1: 9 }, 'en'))).toEqual([
      ['message', KIND_STYLE.message.color],
    ]);
    expect(arrowLines(diagramSvg(model, whole, 'en', new Set(['Q'])))).toEqual([
      ['publish', KIND_STYLE.publish.color],
    ]);
  });

  it('draws undelivered messages dashed, each with a head and its kind’s shape', () => {
    const svg = diagramSvg(model, whole, 'en');
    expect(svg).toMatch(/<path class="arrow publish"[^>]*stroke-dasharray/);
    expect(svg.match(/class="head"/g)).toHaveLength(4);
    expect(svg.match(/class="tail"/g)!.length).toBeGreaterThanOrEqual(4);
  });

  it('matches the brute-force count on a busy run', () => {
    const big = bigModel(20_000, 16);
    const [t0, t1] = [200, 260];
    const svg = diagramSvg(big, { t0, t1, width: 1000 }, 'en');
    const perPx = (t1 - t0) / (1000 - 132);
    const [w0, w1] = [t0 - 10 * perPx, t1 + 10 * perPx];
    const expected = big.arrows.filter((a) => a.sentAt <= w1 && a.deliverAt >= w0).length;
    expect(arrowLines(svg)).toHaveLength(expected);
  });

  it('shows waits hatched in their reason’s color, with localized labels', () => {
    const en = diagramSvg(model, whole, 'en');
    const ko = diagramSvg(model, whole, 'ko');
    expect(en).toContain(`class="wait recv"`);
    expect(en).toMatch(new RegExp(`<text[^>]*fill="${REASON_COLOR.recv}"[^>]*>recv</text>`));
    expect(ko).toMatch(/>수신<\/text>/);
    expect(ko).toContain('<title>시공간 다이어그램</title>');
  });

  it('marks barrier releases and the generation that never completed', () => {
    const svg = diagramSvg(model, whole, 'en');
    expect(svg.match(/class="release"/g)).toHaveLength(1);
    expect(svg.match(/class="band-open"/g)).toHaveLength(1);
    expect(svg.match(/class="band"/g)).toHaveLength(3); // gen 1 over R and P, gen 2 over R
  });

  it('is a well-formed document as tall as the shown lanes', () => {
    const svg = diagramSvg(model, whole, 'en', new Set(['jobs']));
    const { view } = exportFrame(model, whole, 'en', new Set(['jobs']));
    expect(view.height).toBe(30 + 3 * 34 + 4);
    expect(svg).toMatch(/^<\?xml[^]*<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="532" height="136"/);
    expect(svg.match(/<g /g)?.length).toBe(svg.match(/<\/g>/g)?.length);
    expect(svg.trim().endsWith('</svg>')).toBe(true);
    expect(svg).not.toContain('NaN');
    expect(svg).not.toContain('>jobs<');
  });
});
