// `goal never` and `goal can` (SPEC §8) against what exploring every order found, injected by the
// caller: met and not met, complete and incomplete, and not explored at all.

import { describe, expect, it } from 'vitest';
import { checkOrThrow, runInProcess } from '../runtime/inprocess';
import { explore } from '../explore';
import { evaluateGoals, needsOrders, type OrdersExplored } from './goals';

const RACE = `
goal never deadlock
goal can deadlock
goal can completed
goal never error
process A
  send C
end
process B
  send C
end
process C
  recv
  recv from A
end`;

const verdicts = (source: string, orders?: OrdersExplored | null, lang?: 'en' | 'ko') => {
  const scenario = checkOrThrow(source);
  return evaluateGoals(scenario, runInProcess(scenario), lang, orders).map((g) => [g.met, g.detail]);
};

describe('goal never / goal can', () => {
  it('the recv race: can deadlock (never deadlock not met), can complete, never errs', () => {
    const scenario = checkOrThrow(RACE);
    expect(needsOrders(scenario)).toBe(true);
    expect(verdicts(RACE, explore(scenario))).toEqual([
      [false, 'some order makes the run end in a deadlock: the shortest takes 2 deliveries'],
      [true, 'the shortest run that does takes 2 deliveries'],
      [true, 'the shortest run that does takes 2 deliveries'],
      [true, 'no order makes the run stop with a run-time error: all 9 states explored'],
    ]);
  });

  it('the fix: never deadlock met; can deadlock not met', () => {
    const fixed = RACE.replace('  recv\n  recv from A', '  recv from A\n  recv from B');
    const scenario = checkOrThrow(fixed);
    const [never, can] = verdicts(fixed, explore(scenario));
    expect(never).toEqual([
      true,
      expect.stringMatching(/^no order makes the run end in a deadlock: all \d+ states explored$/),
    ]);
    expect(can?.[0]).toBe(false);
  });

  it('an incomplete search proves no `never`, but a `can` it found stands', () => {
    const partial: OrdersExplored = {
      states: 5,
      complete: false,
      outcomes: [{ kind: 'completed', shortest: 2 }],
    };
    expect(verdicts(RACE, partial)).toEqual([
      [false, 'no order made the run end in a deadlock in the first 5 states, but the search is incomplete'],
      [false, 'no order made the run end in a deadlock in the first 5 states, but the search is incomplete'],
      [true, 'the shortest run that does takes 2 deliveries'],
      [
        false,
        'no order made the run stop with a run-time error in the first 5 states, but the search is incomplete',
      ],
    ]);
  });

  it('without an exploration nothing is met, and says so', () => {
    expect(verdicts(RACE).map(([met]) => met)).toEqual([false, false, false, false]);
    expect(verdicts(RACE, null)[0]).toEqual([false, 'every order has not been explored yet']);
  });

  it('in Korean, with the tool’s own sentences', () => {
    const scenario = checkOrThrow(RACE);
    const results = evaluateGoals(scenario, runInProcess(scenario), 'ko', explore(scenario));
    expect(results.map((r) => r.text)).toEqual([
      '어떤 순서로도 실행이 교착 상태로 끝나지 않는다',
      '실행이 교착 상태로 끝나는 순서가 있다',
      '실행이 완료되는 순서가 있다',
      '어떤 순서로도 실행이 실행 중 오류로 멈추지 않는다',
    ]);
    expect(results[0]?.detail).toBe(
      '실행이 교착 상태로 끝나는 순서가 있습니다. 가장 짧은 실행은 전달 2번입니다',
    );
  });
});
