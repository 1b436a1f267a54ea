import { describe, expect, it } from 'vitest';
import { check, MAX_INSTANCES } from '../lang';
import {
  SweepError,
  findKnob,
  parseRange,
  rangeValues,
  suggestedRange,
  sweepKnobs,
  sweepPoints,
  MAX_POINTS,
} from './index';

const BARRIER = `# Workers meet at a gate.
latency 2
link Boss W[1] latency 3
queue jobs capacity 2
barrier gate
process Boss
  publish jobs
end
process W[1..3]
  compute i
  barrier gate
end
process Sink
  consume jobs
end
`;
const scenario = check(BARRIER).scenario;

/** The SweepError a call throws (fails the test when it throws nothing or something else). */
function sweepError(f: () => unknown): SweepError {
  try {
    f();
  } catch (error) {
    if (error instanceof SweepError) return error;
    throw error;
  }
  throw new Error('expected a SweepError');
}

describe('parseRange', () => {
  it('reads A..B and A..B:STEP', () => {
    expect(parseRange('2..32:2')).toEqual({ from: 2, to: 32, step: 2 });
    expect(parseRange('1..5')).toEqual({ from: 1, to: 5, step: 1 });
    expect(parseRange(' 0 .. 0 ')).toEqual({ from: 0, to: 0, step: 1 });
    expect(rangeValues(parseRange('2..9:3'))).toEqual([2, 5, 8]);
  });

  it('refuses what is not a range, with a clear message', () => {
    for (const bad of ['', '2..', '..3', '2-3', '1..5:0', '-1..3', '1.5..3', '1..5:x', '1..2..3'])
      expect(sweepError(() => parseRange(bad)).code).toBe('bad-range');
    expect(sweepError(() => parseRange('2..x')).message).toBe(
      'A range is written A..B or A..B:STEP with whole numbers (like 2..32:2), not "2..x".',
    );
    expect(sweepError(() => parseRange('9..3')).message).toBe(
      'The range 9..3 is empty: the first value must not be larger than the last.',
    );
  });

  it(`refuses more than ${MAX_POINTS} points`, () => {
    expect(rangeValues(parseRange(`1..${MAX_POINTS}`))).toHaveLength(MAX_POINTS);
    const e = sweepError(() => parseRange(`0..${MAX_POINTS}`));
    expect(e.message).toBe(
      'The range 0..1000 has 1001 points; a sweep runs at most 1000. Use a larger step.',
    );
    expect(e.text('ko')).toContain('1001개');
  });
});

describe('sweepKnobs and findKnob', () => {
  it('lists settings, groups, links, queues and barriers with labels and bounds', () => {
    const knobs = sweepKnobs(scenario);
    expect(knobs.map((k) => [k.id, k.kind, k.value])).toEqual([
      ['latency', 'latency', 2],
      ['jitter', 'jitter', 0],
      ['seed', 'seed', 1],
      ['W', 'group', 3],
      ['Boss-W[1]', 'link', 3],
      ['jobs', 'capacity', 2],
      ['gate', 'parties', 3],
    ]);
    const w = knobs.find((k) => k.id === 'W')!;
    expect(w.label).toEqual({ en: 'Size of group W', ko: '그룹 W의 크기' });
    expect([w.min, w.max]).toEqual([1, MAX_INSTANCES - 2]); // Boss and Sink take two
  });

  it('finds a knob by name, a link either way round', () => {
    expect(findKnob(scenario, 'latency').kind).toBe('latency');
    expect(findKnob(scenario, 'W[1]-Boss')).toMatchObject({ kind: 'link', a: 'Boss', b: 'W[1]' });
    expect(findKnob(scenario, 'gate')).toMatchObject({ kind: 'parties', barrier: 'gate' });
  });

  it('suggests a first range every knob can take', () => {
    const ranges = Object.fromEntries(sweepKnobs(scenario).map((k) => [k.id, suggestedRange(k)]));
    expect(ranges).toEqual({
      latency: { from: 0, to: 10, step: 1 },
      jitter: { from: 0, to: 10, step: 1 },
      seed: { from: 1, to: 200, step: 1 },
      W: { from: 2, to: 32, step: 1 },
      'Boss-W[1]': { from: 0, to: 10, step: 1 },
      jobs: { from: 1, to: 10, step: 1 },
      gate: { from: 1, to: 7, step: 1 },
    });
    for (const knob of sweepKnobs(scenario))
      expect(sweepPoints(BARRIER, knob, suggestedRange(knob)).length).toBeGreaterThan(1);
  });

  it('names the knobs there are when asked for an unknown one', () => {
    expect(sweepError(() => findKnob(scenario, 'speed')).message).toBe(
      'Nothing to sweep is named "speed". Knobs of this scenario: latency, jitter, seed, W, Boss-W[1], jobs, gate.',
    );
    expect(sweepError(() => findKnob(scenario, 'Boss')).message).toBe(
      'Boss is a single process, not a group: only a group’s size can be swept.',
    );
  });
});

describe('sweepPoints', () => {
  it('makes one text per value, each differing from the original in one number', () => {
    const points = sweepPoints(BARRIER, findKnob(scenario, 'W'), parseRange('2..6:2'));
    expect(points.map((p) => p.value)).toEqual([2, 4, 6]);
    expect(points.map((p) => p.text)).toEqual([2, 4, 6].map((n) => BARRIER.replace('W[1..3]', `W[1..${n}]`)));
    const latency = sweepPoints(BARRIER, findKnob(scenario, 'latency'), parseRange('0..1'));
    expect(latency[0]!.text).toBe(BARRIER.replace('latency 2', 'latency 0'));
    const link = sweepPoints(BARRIER, findKnob(scenario, 'Boss-W[1]'), parseRange('7..7'));
    expect(link[0]!.text).toBe(BARRIER.replace('latency 3', 'latency 7'));
    const jobs = sweepPoints(BARRIER, findKnob(scenario, 'jobs'), parseRange('5..5'));
    expect(jobs[0]!.text).toBe(BARRIER.replace('capacity 2', 'capacity 5'));
    const seeds = sweepPoints(BARRIER, findKnob(scenario, 'seed'), parseRange('1..3'));
    expect(seeds[2]!.text).toBe(BARRIER.replace('latency 2\n', 'latency 2\nseed 3\n'));
  });

  it('refuses values out of the knob’s bounds, points with errors and scenarios with errors', () => {
    expect(sweepError(() => sweepPoints(BARRIER, findKnob(scenario, 'W'), parseRange('0..4'))).message).toBe(
      'Size of group W goes from 1 to 4094, so 0 cannot be swept.',
    );
    expect(
      sweepError(() => sweepPoints(BARRIER, findKnob(scenario, 'jobs'), parseRange('0..4'))).text('ko'),
    ).toBe('큐 jobs의 용량 값은 1부터 제한 없음까지이므로 0은(는) 쓸 수 없습니다.');
    const indexed = 'process A\n  send W[3]\nend\nprocess W[1..3]\n  recv\nend\n';
    const e = sweepError(() =>
      sweepPoints(indexed, findKnob(check(indexed).scenario, 'W'), parseRange('1..3')),
    );
    expect(e.code).toBe('point-errors');
    expect(e.message).toMatch(/^With Size of group W = 1 the scenario has an error: 2:\d+: /);
    const broken = 'process A\n  sned B\nend\n';
    expect(
      sweepError(() => sweepPoints(broken, findKnob(check(broken).scenario, 'seed'), parseRange('1..2')))
        .code,
    ).toBe('scenario-errors');
  });
});
