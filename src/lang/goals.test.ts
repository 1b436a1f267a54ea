import { describe, expect, it } from 'vitest';
import { check, print, printGoal, type GoalLine } from './index';

/** Drops every span so trees can be compared by shape. */
function strip<T>(x: T): T {
  return JSON.parse(JSON.stringify(x, (k, v: unknown) => (k === 'span' ? undefined : v))) as T;
}

const HEAD =
  'process Client\n  call Server\nend\nprocess Server\n  recv\n  reply\nend\nprocess W[1..3]\n  compute i\nend\n';

function goals(lines: string): GoalLine[] {
  const r = check(`${HEAD}${lines}\n`);
  expect(r.diagnostics).toEqual([]);
  return strip(r.scenario.goals);
}

describe('goal lines (SPEC §7)', () => {
  it.each<[string, GoalLine]>([
    ['goal outcome completed', { kind: 'outcome', outcome: 'completed', texts: [] } as unknown as GoalLine],
    ['goal outcome deadlock', { kind: 'outcome', outcome: 'deadlock', texts: [] } as unknown as GoalLine],
    ['goal time <= 12', { kind: 'time', op: '<=', value: 12, texts: [] } as unknown as GoalLine],
    ['goal time == 0', { kind: 'time', op: '==', value: 0, texts: [] } as unknown as GoalLine],
    [
      'goal blocked Client < 4',
      {
        kind: 'blocked',
        target: { name: 'Client', index: null },
        op: '<',
        value: 4,
        texts: [],
      } as unknown as GoalLine,
    ],
    [
      'goal blocked W >= 2',
      {
        kind: 'blocked',
        target: { name: 'W', index: null },
        op: '>=',
        value: 2,
        texts: [],
      } as unknown as GoalLine,
    ],
    [
      'goal delivered W[2] > 0',
      {
        kind: 'delivered',
        target: { name: 'W', index: 2 },
        op: '>',
        value: 0,
        texts: [],
      } as unknown as GoalLine,
    ],
  ])('%s', (line, want) => {
    expect(goals(line)).toEqual([want]);
  });

  it('reads the exercise’s own words, with or without a language, in source order', () => {
    const [g] = goals('goal outcome completed en "Make it finish" ko "끝까지 돌게 하라" "Finish"');
    expect(g?.texts).toEqual([
      { lang: 'en', text: 'Make it finish' },
      { lang: 'ko', text: '끝까지 돌게 하라' },
      { lang: null, text: 'Finish' },
    ]);
  });

  it('keeps goals in source order, wherever they stand', () => {
    const src = 'goal time < 9\nprocess A\nend\ngoal outcome idle\nprocess B\nend\ngoal blocked A == 0\n';
    const r = check(src);
    expect(r.ok).toBe(true);
    expect(r.scenario.goals.map((g) => [g.kind, g.span.line])).toEqual([
      ['time', 1],
      ['outcome', 4],
      ['blocked', 7],
    ]);
  });

  it('leaves `goal` and its words valid names everywhere else', () => {
    const src = [
      'queue outcome',
      'process goal',
      '  send time "x"',
      '  publish outcome',
      'end',
      'process time',
      '  recv from goal',
      'end',
      'goal delivered time >= 1',
      'goal blocked goal <= 0 en "goal"',
      '',
    ].join('\n');
    const r = check(src);
    expect(r.diagnostics).toEqual([]);
    expect(r.scenario.processes.map((p) => p.name)).toEqual(['goal', 'time']);
    expect(r.scenario.goals).toHaveLength(2);
    expect(print(r.scenario)).toContain('goal blocked goal <= 0 en "goal"');
  });

  it('prints every form back to the same line', () => {
    const lines = [
      'goal outcome completed en "Make it finish" ko "끝까지 돌게 하라"',
      'goal time <= 12',
      'goal blocked Client < 4 "Do not wait \\"long\\""',
      'goal blocked W >= 2',
      'goal delivered W[2] > 0 ko "받기"',
      'goal delivered Server == 1',
    ];
    const r = check(`${HEAD}${lines.join('\n')}\n`);
    expect(r.diagnostics).toEqual([]);
    expect(r.scenario.goals.map(printGoal)).toEqual(lines);
    const printed = print(r.scenario);
    expect(printed).toContain(lines.join('\n'));
    expect(print(check(printed).scenario)).toBe(printed);
  });

  it('reports every problem at once, one per line', () => {
    const r = check(`${HEAD}goal speed <= 1\ngoal time != 3\ngoal blocked Nobody <= 1\n`);
    expect(r.diagnostics.map((d) => [d.code, d.span.line])).toEqual([
      ['unknown-goal-kind', 11],
      ['goal-not-equal', 12],
      ['unknown-name', 13],
    ]);
    expect(r.diagnostics[0]?.message).toBe('unknown kind of goal `speed`');
    expect(r.diagnostics[1]?.message).toBe('a goal cannot use `!=`');
  });
});
