import { describe, expect, it } from 'vitest';
import { niceTicks, styleOf, yRange, type ChartModel } from './model';
import { chartSvg } from './svgChart';

const model: ChartModel = {
  title: 'Barrier <cost> & size',
  xLabel: 'Size of Worker',
  yLabels: { ticks: 'Time (ticks)', messages: 'Messages' },
  x: [2, 4, 6, 8],
  series: [
    { id: 'finish', label: 'Finish time', unit: 'ticks', values: [5, 10, 13, 17], ...styleOf(0) },
    { id: 'sent', label: 'Messages sent', unit: 'messages', values: [0, 0, 0, 0], ...styleOf(1) },
    { id: 'blocked:W[4]', label: 'W[4] blocked', unit: 'ticks', values: [null, 3, 5, 7], ...styleOf(2) },
  ],
};

describe('niceTicks', () => {
  it('steps by 1, 2 or 5 × 10^k and covers the range', () => {
    expect(niceTicks(0, 65, 5)).toEqual([0, 20, 40, 60]);
    expect(niceTicks(2, 32, 10)).toEqual([5, 10, 15, 20, 25, 30]);
    expect(niceTicks(0, 1, 4)).toEqual([0, 0.5, 1]);
    expect(niceTicks(3, 3)).toEqual([3]);
  });
  it('gives the y axis a round top above the highest value, from 0', () => {
    expect(yRange(model.series, 'ticks')).toEqual([0, 20]);
    expect(yRange(model.series, 'messages')).toEqual([0, 1]);
  });
});

describe('chartSvg', () => {
  it('draws every series with its label, the axes captions, and escapes text', () => {
    const svg = chartSvg(model);
    expect(svg).toMatch(/^<\?xml/);
    expect(svg).toContain('Barrier &lt;cost&gt; &amp; size');
    expect(svg).toContain('Size of Worker');
    expect(svg).toContain('Time (ticks)');
    expect(svg).toContain('Messages</text>');
    expect(svg.match(/<polyline/g)).toHaveLength(3);
    // A point with no value is left out of its line: W[4] has three points.
    const w4 = svg.split('\n').filter((l) => l.startsWith('<polyline'))[2]!;
    expect(w4.match(/,/g)).toHaveLength(3);
  });
  it('draws only the series asked for, and the right axis only when a count is shown', () => {
    const svg = chartSvg(model, new Set(['finish']));
    expect(svg.match(/<polyline/g)).toHaveLength(1);
    expect(svg).not.toContain('Messages</text>');
    expect(svg).not.toContain('W[4] blocked');
  });
  it('is the same text for the same model', () => {
    expect(chartSvg(model)).toBe(chartSvg(structuredClone(model)));
  });
});
