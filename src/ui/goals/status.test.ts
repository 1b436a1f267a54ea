import { describe, expect, it } from 'vitest';
import { check } from '../../lang';
import { runInProcess } from '../../runtime/inprocess';
import { goalsView } from './status';

const RPC = `process Client
  call Server "ping"
end
process Server
  recv
  compute 3
  reply "pong"
end
goal outcome completed en "Make it finish" ko "끝까지 돌게 하라"
goal blocked Client <= 2
`;

describe('goalsView', () => {
  it('says nothing for a scenario without goals', () => {
    const checked = check('process A\n  compute 1\nend\n');
    const trace = runInProcess(checked.scenario);
    expect(goalsView({ checked, runScenario: checked.scenario, trace, runStatus: 'done' }, 'en')).toEqual({
      kind: 'none',
    });
  });

  it('gives verdicts with details for the finished run of the text on screen, in the UI language', () => {
    const checked = check(RPC);
    const trace = runInProcess(checked.scenario);
    const view = goalsView({ checked, runScenario: checked.scenario, trace, runStatus: 'done' }, 'en');
    expect(view.kind).toBe('checked');
    if (view.kind !== 'checked') return;
    expect(view.met).toBe(1);
    expect(view.solved).toBe(false);
    expect(view.results[0]).toMatchObject({ line: 9, text: 'Make it finish', met: true });
    expect(view.results[0]!.detail).toContain('t=5');
    expect(view.results[1]).toMatchObject({ line: 10, met: false });
    expect(view.results[1]!.detail).toBe('Client was blocked 5 ticks; the goal allows 2');
    const ko = goalsView({ checked, runScenario: checked.scenario, trace, runStatus: 'done' }, 'ko');
    expect(ko.kind === 'checked' && ko.results[0]!.text).toBe('끝까지 돌게 하라');
  });

  it('is solved when every goal is met', () => {
    const checked = check(RPC.replace('<= 2', '<= 5'));
    const trace = runInProcess(checked.scenario);
    const view = goalsView({ checked, runScenario: checked.scenario, trace, runStatus: 'done' }, 'en');
    expect(view).toMatchObject({ kind: 'checked', met: 2, solved: true });
  });

  it('never shows an older run as current: pending while the new text is not yet run', () => {
    const before = check(RPC);
    const trace = runInProcess(before.scenario);
    const now = check(RPC.replace('<= 2', '<= 5'));
    const waiting = goalsView({ checked: now, runScenario: before.scenario, trace, runStatus: 'done' }, 'en');
    expect(waiting.kind).toBe('pending');
    const running = goalsView({ checked: now, runScenario: now.scenario, trace, runStatus: 'running' }, 'en');
    expect(running.kind).toBe('pending');
    const failed = goalsView(
      { checked: now, runScenario: before.scenario, trace, runStatus: 'failed' },
      'en',
    );
    expect(failed.kind).toBe('failed');
    // The goals are still listed in their own words, or the tool's sentence when they have none.
    expect(waiting.kind !== 'none' && waiting.kind !== 'checked' && waiting.goals).toEqual([
      { line: 9, text: 'Make it finish' },
      { line: 10, text: expect.stringContaining('Client') },
    ]);
  });

  it('says the text has errors instead of giving verdicts', () => {
    const broken = check(RPC.replace('recv', 'recv\n  sned Client'));
    const trace = runInProcess(check(RPC).scenario);
    const view = goalsView({ checked: broken, runScenario: null, trace, runStatus: 'done' }, 'ko');
    expect(view.kind).toBe('errors');
  });
});
