// `goal never` and `goal can` (SPEC §8) against what exploring every order found, injected by the
// caller: met and not met, complete and incomplete, and not explored at all.

import { describe, expect, it } from 'vitest';
import { checkOrThrow, runInProcess } from '../runtime/inprocess';
import { explore } from '../explore';
import { evaluateGoals, lossesToExplore, needsOrders, type OrdersByLoss, type OrdersExplored } from './goals';

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

  it('a goal with `lose N` is checked against the search with N losses', () => {
    const RPC = `goal never deadlock lose 1\ngoal never deadlock\ngoal can idle lose 1
process Client
  call Server
end
process Server
  loop
    recv
    reply
  end
end`;
    const scenario = checkOrThrow(RPC);
    expect(lossesToExplore(scenario)).toEqual([0, 1]);
    expect(lossesToExplore(scenario, 2)).toEqual([1, 2]);
    const byLoss = new Map([0, 1].map((lose) => [lose, explore(scenario, { lose })]));
    const orders: OrdersByLoss = (lose) => byLoss.get(lose ?? 0);
    const results = evaluateGoals(scenario, runInProcess(scenario), 'en', orders);
    expect(results.map((r) => r.met)).toEqual([false, true, true]);
    expect(results[0]?.text).toBe(
      'In no order, even with up to 1 message lost, does the run end in a deadlock',
    );
    expect(results[0]?.detail).toMatch(
      /^some order makes the run end in a deadlock: the shortest takes \d deliver/,
    );
    expect(results[2]?.text).toBe('Some order (with up to 1 message lost) makes the run end idle');
    const ko = evaluateGoals(scenario, runInProcess(scenario), 'ko', orders);
    expect(ko[0]?.text).toBe('메시지를 1개까지 잃어도 어떤 순서로도 실행이 교착 상태로 끝나지 않는다');
    // A search for another count is not taken for it: unexplored, not met.
    expect(evaluateGoals(scenario, runInProcess(scenario), 'en', () => null)[1]?.met).toBe(false);
  });
});
