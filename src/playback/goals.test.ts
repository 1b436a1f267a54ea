import { describe, expect, it } from 'vitest';
import { traceToJson } from '../engine/json';
import type { Trace } from '../engine/trace';
import { check, type Scenario } from '../lang';
import { runInProcess } from '../runtime/inprocess';
import { BUILTINS } from '../scenarios/all';
import { allMet, blockedTimes, evaluateGoals, type GoalResult } from './goals';

function scenarioOf(src: string): Scenario {
  const r = check(src);
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return r.scenario;
}

/** Runs `program` with `goals` appended and returns each goal's verdict. */
function verdicts(program: string, goals: string, lang?: 'en' | 'ko'): GoalResult[] {
  const scenario = scenarioOf(`${program}${goals}\n`);
  return evaluateGoals(scenario, runInProcess(scenario), lang);
}
const met = (program: string, goals: string): boolean[] => verdicts(program, goals).map((g) => g.met);

// The client is blocked 0→5 in its call, the server 0→1 in its recv; each takes one message.
const RPC =
  'process Client\n  call Server "ping"\nend\nprocess Server\n  recv\n  compute 3\n  reply "pong"\nend\n';

describe('goal outcome', () => {
  it('is met when the run ends as named, and says how it ended', () => {
    const [done, dead] = verdicts(RPC, 'goal outcome completed\ngoal outcome deadlock');
    expect(done).toEqual({
      line: 9,
      text: 'The run completes',
      met: true,
      detail: 'the run completes at t=5',
    });
    expect(dead).toEqual({
      line: 10,
      text: 'The run ends in a deadlock',
      met: false,
      detail: 'the run completes at t=5; the goal wants a deadlock',
    });
  });

  it('knows every outcome kind', () => {
    const idle = 'process S\n  loop\n    recv\n  end\nend\n';
    const deadlock = 'process A\n  recv from B\nend\nprocess B\n  recv from A\nend\n';
    const limit = 'process A\n  loop\n    compute 1\n  end\nend\n';
    const error = 'process A\n  reply\nend\n';
    const all = ['completed', 'idle', 'deadlock', 'limit', 'error']
      .map((k) => `goal outcome ${k}`)
      .join('\n');
    const scenario = scenarioOf(`${limit}${all}\n`);
    expect(evaluateGoals(scenario, runInProcess(scenario, { maxEvents: 20 })).map((g) => g.met)).toEqual([
      false,
      false,
      false,
      true,
      false,
    ]);
    expect(met(idle, all)).toEqual([false, true, false, false, false]);
    expect(met(deadlock, all)).toEqual([false, false, true, false, false]);
    expect(met(error, all)).toEqual([false, false, false, false, true]);
    expect(verdicts(error, 'goal outcome completed')[0]?.detail).toBe(
      'the run stops with a run-time error at t=0; the goal wants it to complete',
    );
  });
});

describe('goal time', () => {
  it('compares outcome.time with every operator', () => {
    expect(met(RPC, 'goal time <= 5\ngoal time <= 4\ngoal time < 6\ngoal time < 5')).toEqual([
      true,
      false,
      true,
      false,
    ]);
    expect(met(RPC, 'goal time >= 5\ngoal time >= 6\ngoal time > 4\ngoal time > 5')).toEqual([
      true,
      false,
      true,
      false,
    ]);
    expect(met(RPC, 'goal time == 5\ngoal time == 0')).toEqual([true, false]);
  });

  it('says how long the run took and what the goal asks', () => {
    expect(verdicts(RPC, 'goal time <= 4')[0]).toMatchObject({
      text: 'The run lasts at most 4 ticks',
      met: false,
      detail: 'the run took 5 ticks; the goal allows 4',
    });
    expect(verdicts(RPC, 'goal time > 1')[0]?.detail).toBe(
      'the run took 5 ticks; the goal wants more than 1',
    );
  });
});

describe('goal blocked', () => {
  it('adds up the intervals from each block to the unblock that ends it', () => {
    expect(met(RPC, 'goal blocked Client <= 5\ngoal blocked Client < 5\ngoal blocked Server == 1')).toEqual([
      true,
      false,
      true,
    ]);
    expect(verdicts(RPC, 'goal blocked Client <= 4')[0]).toEqual({
      line: 9,
      text: 'Client is blocked at most 4 ticks in all',
      met: false,
      detail: 'Client was blocked 5 ticks; the goal allows 4',
    });
  });

  it('ends a block at a crash', () => {
    // Server waits from 0 and crashes at 3; the run goes on to t=5 without it.
    const src = 'process Client\n  compute 5\nend\nprocess Server\n  recv\nend\ncrash Server at 3\n';
    expect(verdicts(src, 'goal blocked Server == 3')[0]).toMatchObject({ met: true });
    expect(verdicts(src, 'goal blocked Server >= 4')[0]?.detail).toBe(
      'Server was blocked 3 ticks; the goal wants at least 4',
    );
  });

  it('ends a block at a timeout', () => {
    const src = 'process A\n  recv timeout 4\nend\nprocess B\n  compute 10\nend\n';
    expect(met(src, 'goal blocked A == 4\ngoal blocked B == 0\ngoal time == 10')).toEqual([true, true, true]);
  });

  it('counts a process still blocked at the end up to outcome.time', () => {
    const src = 'process A\n  recv from B\nend\nprocess B\n  compute 6\n  recv from A\nend\n';
    expect(met(src, 'goal outcome deadlock\ngoal blocked A == 6\ngoal blocked B == 0')).toEqual([
      true,
      true,
      true,
    ]);
  });

  it('adds up the members of a group, and measures one member alone', () => {
    // W[1] waits 1→3, W[2] 2→3, W[3] completes the barrier: 2 + 1 + 0.
    const src = 'barrier B\nprocess W[1..3]\n  compute i\n  barrier B\nend\n';
    expect(
      met(src, 'goal blocked W == 3\ngoal blocked W < 3\ngoal blocked W[1] == 2\ngoal blocked W[3] == 0'),
    ).toEqual([true, false, true, true]);
    expect(verdicts(src, 'goal blocked W <= 2')[0]).toMatchObject({
      text: 'The 3 members of W are blocked at most 2 ticks in all, added up',
      detail: 'the members of W were blocked 3 ticks in all; the goal allows 2',
    });
  });

  it('sums blocks across a restart, counting each interval once', () => {
    const trace: Trace = {
      format: 'rendezvous.trace',
      version: 1,
      scenario: { title: '', titles: {}, processes: ['A'], queues: [], barriers: [] },
      outcome: { kind: 'deadlock', time: 20, message: '', blocked: [], cycle: null },
      events: [
        { seq: 0, t: 0, type: 'proc.start', process: 'A' },
        { seq: 1, t: 1, type: 'proc.block', process: 'A', line: 2, reason: 'recv', on: null },
        { seq: 2, t: 4, type: 'proc.crash', process: 'A' },
        { seq: 3, t: 6, type: 'proc.restart', process: 'A' },
        { seq: 4, t: 6, type: 'proc.block', process: 'A', line: 2, reason: 'recv', on: null },
        { seq: 5, t: 9, type: 'proc.timeout', process: 'A', line: 2, reason: 'recv' },
        { seq: 6, t: 12, type: 'proc.block', process: 'A', line: 3, reason: 'call', on: 'B' },
      ],
    };
    // 1→4 (crash) + 6→9 (timeout) + 12→20 (still blocked at the end).
    expect(blockedTimes(trace).get('A')).toBe(3 + 3 + 8);
  });
});

describe('goal delivered', () => {
  it('counts the messages a process took, replies included', () => {
    expect(
      met(RPC, 'goal delivered Client == 1\ngoal delivered Server >= 1\ngoal delivered Server > 1'),
    ).toEqual([true, true, false]);
    expect(verdicts(RPC, 'goal delivered Server >= 2')[0]).toEqual({
      line: 9,
      text: 'Server takes at least 2 messages',
      met: false,
      detail: 'Server took 1 message; the goal wants at least 2',
    });
  });

  it('adds up the members of a group', () => {
    const src =
      'process P\n  send W[1]\n  send W[2]\n  send W[2]\nend\nprocess W[1..2]\n  repeat i\n    recv\n  end\nend\n';
    expect(met(src, 'goal delivered W == 3\ngoal delivered W[2] == 2\ngoal delivered W[1] < 1')).toEqual([
      true,
      true,
      false,
    ]);
    expect(verdicts(src, 'goal delivered W > 3')[0]?.detail).toBe(
      'the members of W took 3 messages in all; the goal wants more than 3',
    );
  });
});

describe('the words of a goal', () => {
  const goal = 'goal time <= 9 ko "아홉 틱 안에 끝내라" en "Finish within nine ticks"';

  it('are the goal’s own in the chosen language, else its first, else the tool’s sentence', () => {
    expect(verdicts(RPC, goal, 'en')[0]?.text).toBe('Finish within nine ticks');
    expect(verdicts(RPC, goal, 'ko')[0]?.text).toBe('아홉 틱 안에 끝내라');
    expect(verdicts(RPC, goal)[0]?.text).toBe('아홉 틱 안에 끝내라');
    expect(verdicts(RPC, 'goal time <= 9 ko "아홉 틱"', 'en')[0]?.text).toBe('아홉 틱');
    expect(verdicts(RPC, 'goal time <= 9 "Nine"', 'ko')[0]?.text).toBe('Nine');
    expect(verdicts(RPC, 'goal time <= 9', 'ko')[0]?.text).toBe('실행 시간이 9틱 이하이다');
  });

  it('have Korean sentences and details for the app', () => {
    const ko = verdicts(
      RPC,
      'goal outcome deadlock\ngoal time == 3\ngoal blocked Client <= 4\ngoal delivered Server > 1\ngoal outcome completed',
      'ko',
    );
    expect(ko.map((g) => g.detail)).toEqual([
      '실행이 t=5에 완료되었습니다. 목표는 교착 상태로 끝나는 것입니다',
      '실행은 5틱 걸렸습니다. 목표는 정확히 3틱입니다',
      'Client는 5틱 동안 막혀 있었습니다. 목표는 4틱 이하입니다',
      'Server는 메시지를 1개 받았습니다. 목표는 1개 초과입니다',
      '실행이 t=5에 완료되었습니다',
    ]);
    expect(ko.map((g) => g.text)).toEqual([
      '실행이 교착 상태로 끝난다',
      '실행 시간이 정확히 3틱이다',
      'Client가 막혀 있는 시간이 모두 4틱 이하이다',
      'Server가 받는 메시지가 1개 초과이다',
      '실행이 끝까지 완료된다',
    ]);
    const group = verdicts(
      'barrier B\nprocess W[1..3]\n  compute i\n  barrier B\nend\n',
      'goal blocked W < 3',
      'ko',
    );
    expect(group[0]).toMatchObject({
      text: 'W 그룹 멤버 3개가 막혀 있는 시간의 합이 3틱 미만이다',
      detail: 'W 그룹 멤버들은 모두 합쳐 3틱 동안 막혀 있었습니다. 목표는 3틱 미만입니다',
      met: false,
    });
  });
});

describe('goals', () => {
  it('come in source order, and are all met only when there is at least one', () => {
    const r = verdicts(RPC, 'goal time <= 9\n# a comment\ngoal outcome completed\ngoal blocked Server <= 0');
    expect(r.map((g) => [g.line, g.met])).toEqual([
      [9, true],
      [11, true],
      [12, false],
    ]);
    expect(allMet(r)).toBe(false);
    expect(allMet(r.slice(0, 2))).toBe(true);
    expect(allMet([])).toBe(false);
    expect(verdicts(RPC, '')).toEqual([]);
  });

  it('never change the run: every built-in gives the same trace with goals as without', () => {
    for (const b of BUILTINS) {
      const plain = scenarioOf(b.source);
      const first = plain.processes[0]?.name ?? '';
      const goals = [
        'goal outcome completed en "Finish" ko "끝내라"',
        'goal time <= 3',
        `goal blocked ${first} <= 1`,
        `goal delivered ${first} >= 1`,
      ].join('\n');
      const withGoals = scenarioOf(`${b.source}\n${goals}\n`);
      expect(withGoals.goals, b.id).toHaveLength(4);
      const a = runInProcess(plain);
      const c = runInProcess(withGoals);
      expect(traceToJson(c), b.id).toBe(traceToJson(a));
    }
  });
});
