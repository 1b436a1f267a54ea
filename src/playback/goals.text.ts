// The words of goals (SPEC §7) in English and Korean: the sentence the tool writes for a goal that
// brings none of its own, and the detail that says what the run measured against it.

import type { OutcomeKind } from '../engine/trace';
import type { GoalLine, GoalOp, Lang } from '../lang/ast';
import { josa } from '../lang/josa';
import { orderDetail, orderSentence, type RunGoal } from './goals.orders';

/** What the run measured for one goal. */
export interface Measured {
  met: boolean;
  /** Ticks for `time` and `blocked` (and the end time for `outcome`), messages for `delivered`. */
  value: number;
  outcome: OutcomeKind;
  /** For `never` and `can` (SPEC §8): what exploring every order found, or null when it has not run.
   *  `shortest`: the fewest deliveries to the goal's outcome, null when no order reached it. */
  orders?: { states: number; complete: boolean; shortest: number | null } | null;
}

type Unit = 'ticks' | 'messages';

const en = {
  count: (n: number, unit: Unit) => `${n} ${unit === 'ticks' ? 'tick' : 'message'}${n === 1 ? '' : 's'}`,
  bound(op: GoalOp, n: number, unit: Unit): string {
    const c = en.count(n, unit);
    return {
      '<=': `at most ${c}`,
      '<': `less than ${c}`,
      '>=': `at least ${c}`,
      '>': `more than ${c}`,
      '==': `exactly ${c}`,
    }[op];
  },
  /** The goal's side of a detail; `<=` reads as the contract's "the goal allows 4". */
  wants(op: GoalOp, n: number): string {
    return {
      '<=': `the goal allows ${n}`,
      '<': `the goal allows less than ${n}`,
      '>=': `the goal wants at least ${n}`,
      '>': `the goal wants more than ${n}`,
      '==': `the goal wants exactly ${n}`,
    }[op];
  },
  ends: {
    completed: 'The run completes',
    idle: 'The run ends idle, only servers waiting for work',
    deadlock: 'The run ends in a deadlock',
    limit: 'The run stops at its limit',
    error: 'The run stops with a run-time error',
  } satisfies Record<OutcomeKind, string>,
  ended: (kind: OutcomeKind, t: number): string =>
    ({
      completed: `the run completes at t=${t}`,
      idle: `the run ends idle at t=${t}`,
      deadlock: `the run ends in a deadlock at t=${t}`,
      limit: `the run stops at its limit at t=${t}`,
      error: `the run stops with a run-time error at t=${t}`,
    })[kind],
  wanted: {
    completed: 'the goal wants it to complete',
    idle: 'the goal wants it to end idle',
    deadlock: 'the goal wants a deadlock',
    limit: 'the goal wants it to stop at its limit',
    error: 'the goal wants a run-time error',
  } satisfies Record<OutcomeKind, string>,
};

const ko = {
  count: (n: number, unit: Unit) => `${n}${unit === 'ticks' ? '틱' : '개'}`,
  bound(op: GoalOp, n: number, unit: Unit): string {
    const c = ko.count(n, unit);
    return { '<=': `${c} 이하`, '<': `${c} 미만`, '>=': `${c} 이상`, '>': `${c} 초과`, '==': `정확히 ${c}` }[
      op
    ];
  },
  ends: {
    completed: '실행이 끝까지 완료된다',
    idle: '실행이 유휴 상태로 끝난다 (서버만 일을 기다린다)',
    deadlock: '실행이 교착 상태로 끝난다',
    limit: '실행이 한도에 걸려 멈춘다',
    error: '실행이 실행 중 오류로 멈춘다',
  } satisfies Record<OutcomeKind, string>,
  ended: (kind: OutcomeKind, t: number): string =>
    ({
      completed: `실행이 t=${t}에 완료되었습니다`,
      idle: `실행이 t=${t}에 유휴 상태로 끝났습니다`,
      deadlock: `실행이 t=${t}에 교착 상태로 끝났습니다`,
      limit: `실행이 t=${t}에 한도에 걸려 멈췄습니다`,
      error: `실행이 t=${t}에 실행 중 오류로 멈췄습니다`,
    })[kind],
  wanted: {
    completed: '목표는 끝까지 완료되는 것입니다',
    idle: '목표는 유휴 상태로 끝나는 것입니다',
    deadlock: '목표는 교착 상태로 끝나는 것입니다',
    limit: '목표는 한도에 걸려 멈추는 것입니다',
    error: '목표는 실행 중 오류로 멈추는 것입니다',
  } satisfies Record<OutcomeKind, string>,
};

/** `Client`, `W[2]` or `W` as written in the goal. */
const named = (g: GoalLine & { kind: 'blocked' | 'delivered' }): string =>
  g.target.index === null ? g.target.name : `${g.target.name}[${g.target.index}]`;

/**
 * The tool's sentence for a goal without words of its own. `members` is the size of the group a
 * goal names whole (its members' numbers add up), null for one process.
 */
export function goalSentence(g: GoalLine, members: number | null, lang: Lang): string {
  return g.kind === 'never' || g.kind === 'can'
    ? orderSentence(g, lang)
    : runSentence(g as RunGoal, members, lang);
}

function runSentence(g: RunGoal, members: number | null, lang: Lang): string {
  if (lang === 'ko') {
    switch (g.kind) {
      case 'outcome':
        return ko.ends[g.outcome];
      case 'time':
        return `실행 시간이 ${ko.bound(g.op, g.value, 'ticks')}이다`;
      case 'blocked':
        return members === null
          ? `${josa(named(g), '이/가')} 막혀 있는 시간이 모두 ${ko.bound(g.op, g.value, 'ticks')}이다`
          : `${named(g)} 그룹 멤버 ${members}개가 막혀 있는 시간의 합이 ${ko.bound(g.op, g.value, 'ticks')}이다`;
      case 'delivered':
        return members === null
          ? `${josa(named(g), '이/가')} 받는 메시지가 ${ko.bound(g.op, g.value, 'messages')}이다`
          : `${named(g)} 그룹 멤버 ${members}개가 받는 메시지의 합이 ${ko.bound(g.op, g.value, 'messages')}이다`;
    }
  }
  switch (g.kind) {
    case 'outcome':
      return en.ends[g.outcome];
    case 'time':
      return `The run lasts ${en.bound(g.op, g.value, 'ticks')}`;
    case 'blocked':
      return members === null
        ? `${named(g)} is blocked ${en.bound(g.op, g.value, 'ticks')} in all`
        : `The ${members} members of ${named(g)} are blocked ${en.bound(g.op, g.value, 'ticks')} in all, added up`;
    case 'delivered':
      return members === null
        ? `${named(g)} takes ${en.bound(g.op, g.value, 'messages')}`
        : `The ${members} members of ${named(g)} take ${en.bound(g.op, g.value, 'messages')}, added up`;
  }
}

/**
 * What the run measured against a goal: "Client was blocked 9 ticks; the goal allows 4".
 * `members` as for `goalSentence`.
 */
export function goalDetail(g: GoalLine, m: Measured, members: number | null, lang: Lang): string {
  return g.kind === 'never' || g.kind === 'can'
    ? orderDetail(g, m, lang)
    : runDetail(g as RunGoal, m, members, lang);
}

function runDetail(g: RunGoal, m: Measured, members: number | null, lang: Lang): string {
  if (lang === 'ko') {
    const goalSide =
      g.kind === 'outcome'
        ? ko.wanted[g.outcome]
        : `목표는 ${ko.bound(g.op, g.value, g.kind === 'delivered' ? 'messages' : 'ticks')}입니다`;
    switch (g.kind) {
      case 'outcome':
        return m.met ? ko.ended(m.outcome, m.value) : `${ko.ended(m.outcome, m.value)}. ${goalSide}`;
      case 'time':
        return `실행은 ${ko.count(m.value, 'ticks')} 걸렸습니다. ${goalSide}`;
      case 'blocked':
        return `${josa(subjectKo(g, members), '은/는')} ${members === null ? '' : '모두 합쳐 '}${ko.count(m.value, 'ticks')} 동안 막혀 있었습니다. ${goalSide}`;
      case 'delivered':
        return `${josa(subjectKo(g, members), '은/는')} ${members === null ? '' : '모두 합쳐 '}메시지를 ${ko.count(m.value, 'messages')} 받았습니다. ${goalSide}`;
    }
  }
  switch (g.kind) {
    case 'outcome':
      return m.met
        ? en.ended(m.outcome, m.value)
        : `${en.ended(m.outcome, m.value)}; ${en.wanted[g.outcome]}`;
    case 'time':
      return `the run took ${en.count(m.value, 'ticks')}; ${en.wants(g.op, g.value)}`;
    case 'blocked':
      return `${subjectEn(g, members)} ${members === null ? 'was' : 'were'} blocked ${en.count(m.value, 'ticks')}${members === null ? '' : ' in all'}; ${en.wants(g.op, g.value)}`;
    case 'delivered':
      return `${subjectEn(g, members)} took ${en.count(m.value, 'messages')}${members === null ? '' : ' in all'}; ${en.wants(g.op, g.value)}`;
  }
}

function subjectEn(g: GoalLine & { kind: 'blocked' | 'delivered' }, members: number | null): string {
  return members === null ? named(g) : `the members of ${named(g)}`;
}

function subjectKo(g: GoalLine & { kind: 'blocked' | 'delivered' }, members: number | null): string {
  return members === null ? named(g) : `${named(g)} 그룹 멤버들`;
}
