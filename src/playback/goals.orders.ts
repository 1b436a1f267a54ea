// The words of `goal never KIND` and `goal can KIND` (SPEC §8) in English and Korean: the sentence
// the tool writes for such a goal without words of its own, and what exploring every order found.

import type { OutcomeKind } from '../engine/trace';
import { formatCount } from '../engine/outcome';
import type { GoalLine, Lang } from '../lang/ast';
import type { Measured } from './goals.text';

type OrderGoal = Extract<GoalLine, { kind: 'never' | 'can' }>;
/** The goals checked against the one run (SPEC §7). */
export type RunGoal = Exclude<GoalLine, OrderGoal>;

/** "In no order does the run …" / "Some order makes the run …". */
const enBase: Record<OutcomeKind, string> = {
  completed: 'complete',
  idle: 'end idle',
  deadlock: 'end in a deadlock',
  limit: 'stop at its limit',
  error: 'stop with a run-time error',
};

/** "실행이 …지 않는다" / "실행이 …는 순서가 있다". */
const koStem: Record<OutcomeKind, string> = {
  completed: '완료되',
  idle: '유휴 상태로 끝나',
  deadlock: '교착 상태로 끝나',
  limit: '한도에 걸려 멈추',
  error: '실행 중 오류로 멈추',
};

const deliveriesEn = (n: number) => `${n} ${n === 1 ? 'delivery' : 'deliveries'}`;

/** "1 message" / "2 messages". */
const messagesEn = (n: number) => `${n} ${n === 1 ? 'message' : 'messages'}`;

/** The tool's sentence for a `never` or `can` goal (with `lose N`, the losses it allows). */
export function orderSentence(g: OrderGoal, lang: Lang): string {
  const lose = g.lose ?? 0;
  if (lang === 'ko') {
    if (g.kind === 'never')
      return lose > 0
        ? `메시지를 ${lose}개까지 잃어도 어떤 순서로도 실행이 ${koStem[g.outcome]}지 않는다`
        : `어떤 순서로도 실행이 ${koStem[g.outcome]}지 않는다`;
    return lose > 0
      ? `메시지를 ${lose}개까지 잃을 수 있을 때 실행이 ${koStem[g.outcome]}는 순서가 있다`
      : `실행이 ${koStem[g.outcome]}는 순서가 있다`;
  }
  const lost = lose > 0 ? `, even with up to ${messagesEn(lose)} lost,` : '';
  return g.kind === 'never'
    ? `In no order${lost} does the run ${enBase[g.outcome]}`
    : `Some order${lose > 0 ? ` (with up to ${messagesEn(lose)} lost)` : ''} makes the run ${enBase[g.outcome]}`;
}

/** What exploring found against a `never` or `can` goal. */
export function orderDetail(g: OrderGoal, m: Measured, lang: Lang): string {
  const o = m.orders ?? null;
  if (lang === 'ko') {
    const stem = koStem[g.outcome];
    if (o === null) return '아직 모든 순서를 탐색하지 않았습니다';
    if (o.shortest !== null)
      return g.kind === 'can'
        ? `그런 실행 가운데 가장 짧은 것은 전달 ${o.shortest}번입니다`
        : `실행이 ${stem}는 순서가 있습니다. 가장 짧은 실행은 전달 ${o.shortest}번입니다`;
    return o.complete
      ? `상태 ${formatCount(o.states)}개를 모두 탐색했고, 실행이 ${stem}는 순서는 없습니다`
      : `처음 상태 ${formatCount(o.states)}개에서는 실행이 ${stem}는 순서를 찾지 못했지만, 탐색이 끝나지 않았습니다`;
  }
  const base = enBase[g.outcome];
  if (o === null) return 'every order has not been explored yet';
  if (o.shortest !== null)
    return g.kind === 'can'
      ? `the shortest run that does takes ${deliveriesEn(o.shortest)}`
      : `some order makes the run ${base}: the shortest takes ${deliveriesEn(o.shortest)}`;
  return o.complete
    ? `no order makes the run ${base}: all ${formatCount(o.states)} states explored`
    : `no order made the run ${base} in the first ${formatCount(o.states)} states, but the search is incomplete`;
}
