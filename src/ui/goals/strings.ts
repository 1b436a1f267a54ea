// The goals panel's own words, in both languages.

import type { Lang } from '../../lang/ast';
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
};

export const GOALS_STRINGS: Record<Lang, GoalsStrings> = { en: EN, ko: KO };

export function useGoalsStrings(): GoalsStrings {
  return GOALS_STRINGS[useApp((s) => s.lang)];
}
