import { describe, expect, it } from 'vitest';
import { check } from '../../lang';
import { readFileSync } from 'node:fs';
import { runSource } from '../../runtime/inprocess';
import { findKnob } from '../../sweep/knobs';
import { sweepPoints } from '../../sweep/points';
import { pointMetrics } from '../../sweep/metrics';
import { seedSummary } from '../../sweep/table';
import { histogramModel, sweepChartModel } from './chartModel';
import { defaultRange } from './ranges';
import type { PointRow } from './rows';
import { SWEEP_STRINGS } from './strings';

const barrier = readFileSync(new URL('../../scenarios/barrier.rdv', import.meta.url), 'utf8');
const rowsOf = (text: string, knobId: string, from: number, to: number, step = 1): PointRow[] => {
  const knob = findKnob(check(text).scenario, knobId);
  return sweepPoints(text, knob, { from, to, step }).map((p) => ({
    value: p.value,
    text: p.text,
    ...pointMetrics(runSource(p.text)),
  }));
};

describe('defaultRange', () => {
  it('sweeps a group from a pair to 32 by 2, as a teacher counts', () => {
    const knob = findKnob(check(barrier).scenario, 'Worker');
    expect(defaultRange(knob)).toEqual({ from: 2, to: 32, step: 2 });
  });
  it('takes latency and jitter from 0 to past the current value, about 20 points at most', () => {
    const s = check('latency 30\njitter 2\nprocess A\n  compute 1\nend\n').scenario;
    expect(defaultRange(findKnob(s, 'latency'))).toEqual({ from: 0, to: 60, step: 3 });
    expect(defaultRange(findKnob(s, 'jitter'))).toEqual({ from: 0, to: 10, step: 1 });
  });
  it('keeps a group within the processes the scenario may have', () => {
    const knob = { ...findKnob(check(barrier).scenario, 'Worker'), max: 10 };
    expect(defaultRange(knob)).toEqual({ from: 2, to: 10, step: 1 });
  });
});

describe('sweepChartModel', () => {
  const rows = rowsOf(barrier, 'Worker', 2, 8, 2);
  const model = sweepChartModel(rows, 'Size of group Worker', 'Barrier', SWEEP_STRINGS.en);

  it('plots the finish time, the sums and each process against the knob', () => {
    expect(model.x).toEqual([2, 4, 6, 8]);
    expect(model.series.find((s) => s.id === 'finish')!.values).toEqual([5, 10, 13, 17]);
    expect(model.series.map((s) => s.id).slice(0, 4)).toEqual(['finish', 'blocked', 'barrier', 'sent']);
    expect(model.series.find((s) => s.id === 'sent')!.unit).toBe('messages');
    expect(model.title).toBe('Barrier — Size of group Worker from 2 to 8');
  });
  it('leaves a gap where a process does not exist at that size', () => {
    expect(model.series.find((s) => s.id === 'blocked:Worker[8]')!.values).toEqual([null, null, null, 0]);
    expect(model.series.find((s) => s.id === 'blocked:Worker[1]')!.values.every((v) => v !== null)).toBe(
      true,
    );
  });
  it('gives every series its own colour and dash among the first four', () => {
    const looks = model.series.slice(0, 4).map((s) => `${s.color}${s.dash.join()}`);
    expect(new Set(looks).size).toBe(4);
  });
});

describe('histogramModel', () => {
  const race = `latency 1\njitter 4\nprocess A\n  send C\nend\nprocess B\n  compute 2\n  send C\nend\nprocess C\n  recv\n  recv from B\nend\n`;
  const rows = rowsOf(race, 'seed', 1, 60);
  const summary = seedSummary(rows);
  const model = histogramModel(summary, SWEEP_STRINGS.ko);

  it('stacks the outcomes: the top series is every run of the bin, the bottom the deadlocks', () => {
    expect(model.series.map((s) => s.id)).toEqual(['completed', 'deadlock']);
    expect(model.series[0]!.values).toEqual(summary.bins.map((b) => b.count));
    expect(model.series[1]!.values).toEqual(summary.bins.map((b) => b.byOutcome.deadlock ?? 0));
    expect(model.title).toBe('시드 60개의 끝난 시각');
  });
});

describe('Korean counts', () => {
  it('put the right particle after each outcome', () => {
    const ko = SWEEP_STRINGS.ko;
    expect(ko.kindCount('deadlock', 7, 200)).toBe('교착 상태가 200번 중 7번');
    expect(ko.kindCount('completed', 193, 200)).toBe('완료가 200번 중 193번');
    expect(ko.kindCount('limit', 1, 200)).toBe('한도 도달이 200번 중 1번');
    expect(SWEEP_STRINGS.en.kindCount('deadlock', 7, 200)).toBe('deadlock in 7 of 200');
  });
});
