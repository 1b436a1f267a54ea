// The goals panel's own words, in both languages.

import type { Lang } from '../../lang/ast';
import { formatCount } from '../../engine/outcome';
import { useApp } from '../../store';

export interface GoalsStrings {
  goals: string;
  /** The compact line in the theatre: "Goals: 2 of 3 met". */
  summary: (met: number, total: number) => string;
  met: string;
  notMet: string;
  /** Instead of verdicts: why there are none right now. */
  errors: string;
  pending: string;
  failed: string;
  /** The theatre line while there are no verdicts. */
  summaryErrors: string;
  summaryPending: string;
  solved: string;
  /** Read out (and shown) when every goal is met. */
  solvedLong: string;
  solvedBefore: string;
  startOver: string;
  startOverHelp: string;
  showHint: (next: number, total: number) => string;
  hint: (k: number) => string;
  hints: string;
  /** While every order is explored for the `never`/`can` goals. */
  exploring: string;
  exploringProgress: (states: number, perSecond: number, lose: number) => string;
  exploringLabel: string;
  summaryExploring: string;
  stop: string;
  /** A search stopped before the end: a `never` goal is then not proven. */
  budget: (states: number) => string;
  cancelled: string;
  /** Plays the run a `never`/`can` goal is about. */
  showIt: string;
  showItHelp: string;
}

const EN: GoalsStrings = {
  goals: 'Goals',
  summary: (met, total) => `Goals: ${met} of ${total} met`,
  met: 'met',
  notMet: 'not met',
  errors: 'The text has errors: fix them and the goals are checked again.',
  pending: 'Running the text to check the goals…',
  failed: 'The run failed, so the goals could not be checked.',
  summaryErrors: 'Goals: fix the errors first',
  summaryPending: 'Goals: checking…',
  solved: 'Solved!',
  solvedLong: 'Solved: every goal is met.',
  solvedBefore: 'Solved before',
  startOver: 'Start over',
  startOverHelp: 'Puts back the starting text; your text stays in the Scenario menu as a draft.',
  showHint: (next, total) => `Show a hint (${next} of ${total})`,
  hint: (k) => `Hint ${k}`,
  hints: 'Hints',
  exploring: 'Exploring every order…',
  exploringProgress: (states, perSecond, lose) =>
    `${formatCount(states)} states so far · ${formatCount(perSecond)} per second${lose > 0 ? ` · up to ${lose} ${lose === 1 ? 'message' : 'messages'} lost` : ''}`,
  exploringLabel: 'Exploring every order',
  summaryExploring: 'Goals: exploring every order…',
  stop: 'Stop',
  budget: (states) =>
    `The search stopped at its budget of ${formatCount(states)} states, so a “never” goal is not proven.`,
  cancelled: 'The search was stopped before the end, so a “never” goal is not proven.',
  showIt: 'Show it',
  showItHelp: 'Plays the shortest such run on the stage (its clock counts deliveries).',
};

const KO: GoalsStrings = {
  goals: '목표',
  summary: (met, total) => `목표 ${total}개 중 ${met}개 달성`,
  met: '달성',
  notMet: '미달성',
  errors: '글에 오류가 있습니다. 고치면 목표를 다시 확인합니다.',
  pending: '목표를 확인하려고 실행하는 중…',
  failed: '실행이 실패해서 목표를 확인하지 못했습니다.',
  summaryErrors: '목표: 먼저 오류를 고치세요',
  summaryPending: '목표: 확인하는 중…',
  solved: '해결!',
  solvedLong: '해결했습니다. 모든 목표를 달성했습니다.',
  solvedBefore: '전에 해결함',
  startOver: '처음부터 다시',
  startOverHelp: '시작할 때의 글로 되돌립니다. 고친 글은 시나리오 메뉴에 초안으로 남습니다.',
  showHint: (next, total) => `힌트 보기 (${total}개 중 ${next}번째)`,
  hint: (k) => `힌트 ${k}`,
  hints: '힌트',
  exploring: '모든 순서를 탐색하는 중…',
  exploringProgress: (states, perSecond, lose) =>
    `지금까지 상태 ${formatCount(states)}개 · 초당 ${formatCount(perSecond)}개${lose > 0 ? ` · 메시지 ${lose}개까지 유실` : ''}`,
  exploringLabel: '모든 순서 탐색',
  summaryExploring: '목표: 모든 순서를 탐색하는 중…',
  stop: '멈추기',
  budget: (states) =>
    `탐색이 한도인 상태 ${formatCount(states)}개에서 멈췄으므로 ‘어떤 순서로도 …않는다’ 목표는 증명되지 않았습니다.`,
  cancelled: '탐색을 끝까지 하지 않고 멈췄으므로 ‘어떤 순서로도 …않는다’ 목표는 증명되지 않았습니다.',
  showIt: '보여 주기',
  showItHelp: '그런 실행 가운데 가장 짧은 것을 무대에서 재생합니다(시계는 전달 횟수를 셉니다).',
};

export const GOALS_STRINGS: Record<Lang, GoalsStrings> = { en: EN, ko: KO };

export function useGoalsStrings(): GoalsStrings {
  return GOALS_STRINGS[useApp((s) => s.lang)];
}
