// `goal never KIND` and `goal can KIND` (SPEC §8): read, checked and printed like `goal outcome`.

import { describe, expect, it } from 'vitest';
import { check, printGoal } from './index';

const HEAD = 'process A\n  send B\nend\nprocess B\n  recv\nend\n';

describe('goal never / goal can', () => {
  it.each([
    ['goal never deadlock', 'never', 'deadlock'],
    ['goal can completed', 'can', 'completed'],
    ['goal never error', 'never', 'error'],
    ['goal can idle', 'can', 'idle'],
  ])('%s', (line, kind, outcome) => {
    const r = check(`${HEAD}${line}\n`);
    expect(r.diagnostics).toEqual([]);
    const [g] = r.scenario.goals;
    expect(g).toMatchObject({ kind, outcome, texts: [] });
    expect(printGoal(g!)).toBe(line);
  });

  it('keeps the exercise’s words and prints them back', () => {
    const line = 'goal never deadlock en "No deadlock, whatever the order" ko "어떤 순서로도 교착 없음"';
    const r = check(`${HEAD}${line}\n`);
    expect(r.ok).toBe(true);
    expect(r.scenario.goals[0]?.texts.map((t) => [t.lang, t.text])).toEqual([
      ['en', 'No deadlock, whatever the order'],
      ['ko', '어떤 순서로도 교착 없음'],
    ]);
    expect(printGoal(r.scenario.goals[0]!)).toBe(line);
  });

  it('an unknown outcome is an error with a suggestion; a missing one asks for a kind of outcome', () => {
    const typo = check(`${HEAD}goal never deadlok\n`);
    expect(typo.ok).toBe(false);
    expect(typo.diagnostics[0]).toMatchObject({
      code: 'unknown-outcome',
      hint: expect.stringContaining('deadlock'),
    });
    const bare = check(`${HEAD}goal can\n`);
    expect(bare.diagnostics[0]?.code).toBe('expected-token');
  });

  it('an unknown goal kind lists never and can among the kinds', () => {
    const r = check(`${HEAD}goal always deadlock\n`);
    expect(r.diagnostics[0]?.code).toBe('unknown-goal-kind');
    expect(r.diagnostics[0]?.hint).toContain('`never`');
  });

  it('`never` and `can` stay valid names elsewhere', () => {
    const r = check('process never\n  send can\nend\nprocess can\n  recv\nend\n');
    expect(r.ok).toBe(true);
  });

  it('`lose N` after the outcome asks for the orders with up to N messages lost', () => {
    const line = 'goal never deadlock lose 1 en "Finish even if one message is lost"';
    const r = check(`${HEAD}${line}\n`);
    expect(r.diagnostics).toEqual([]);
    expect(r.scenario.goals[0]).toMatchObject({ kind: 'never', outcome: 'deadlock', lose: 1 });
    expect(printGoal(r.scenario.goals[0]!)).toBe(line);
    expect(check(`${HEAD}goal can completed lose 2\n`).scenario.goals[0]).toMatchObject({ lose: 2 });
    // Without it, the goal carries no count (the command line's `--lose` applies).
    expect(check(`${HEAD}goal can completed\n`).scenario.goals[0]).not.toHaveProperty('lose');
  });

  it('`lose` wants a number; `goal outcome` takes no `lose`', () => {
    expect(check(`${HEAD}goal never deadlock lose\n`).diagnostics[0]?.code).toBe('expected-number');
    expect(check(`${HEAD}goal outcome deadlock lose 1\n`).ok).toBe(false);
  });
});
