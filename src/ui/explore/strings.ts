// The explorer's own words, in both languages: the card, its result in plain sentences, and the
// banner over an explored run.

import type { Lang } from '../../lang/ast';
import type { OutcomeKind } from '../../engine/trace';
import { josa } from '../../lang/josa';
import { useApp } from '../../store';

export interface ExploreStrings {
  heading: string;
  /** The `--lose` choice: its label and one option per count. */
  lose: string;
  loseOption: (k: number) => string;
  searching: string;
  progress: (states: number, perSecond: number) => string;
  /** The progress bar's accessible name. */
  progressLabel: string;
  cancel: string;
  close: string;
  searchAgain: string;
  showIt: string;
  makeWhatIf: string;
  /** One reachable ending that is not the only one: "Can deadlock: …". */
  can: (kind: OutcomeKind, shortest: number) => string;
  /** The only ending, every state seen: "Always completes: …". */
  always: (kind: OutcomeKind, states: number) => string;
  shortestIs: (shortest: number) => string;
  allExplored: (states: number) => string;
  budget: (states: number) => string;
  cancelled: (states: number) => string;
  nothingFound: string;
  ignoredFaults: string;
  stale: string;
  failed: (message: string) => string;
  /** The banner over an explored run. */
  playing: (kind: OutcomeKind, shortest: number) => string;
  clockNote: string;
  back: string;
}

const n = (value: number, lang: Lang) => value.toLocaleString(lang === 'ko' ? 'ko-KR' : 'en-US');
const deliveries = (k: number) => (k === 1 ? '1 delivery' : `${n(k, 'en')} deliveries`);

const CAN_EN: Record<OutcomeKind, string> = {
  completed: 'Can complete',
  idle: 'Can end idle, with the servers waiting for work',
  deadlock: 'Can deadlock',
  error: 'Can stop with an error',
  limit: 'Can run into the limit',
};
const ALWAYS_EN: Record<OutcomeKind, string> = {
  completed: 'Always completes',
  idle: 'Always ends idle, with the servers waiting for work',
  deadlock: 'Always deadlocks',
  error: 'Always stops with an error',
  limit: 'Always runs into the limit',
};
const NOUN_EN: Record<OutcomeKind, string> = {
  completed: 'completes',
  idle: 'ends idle',
  deadlock: 'ends in a deadlock',
  error: 'stops with an error',
  limit: 'runs into the limit',
};

const EN: ExploreStrings = {
  heading: 'Every order the network may choose',
  lose: 'Messages the network may lose',
  loseOption: (k) => (k === 0 ? 'none' : k === 1 ? '1 message' : `${k} messages`),
  searching: 'Exploring every order…',
  progress: (s, ps) => `${n(s, 'en')} states visited · ${n(ps, 'en')} states per second`,
  progressLabel: 'Search progress',
  cancel: 'Cancel',
  close: 'Close',
  searchAgain: 'Search again',
  showIt: 'Show it',
  makeWhatIf: 'Make it a what-if',
  can: (kind, k) => `${CAN_EN[kind]}: the shortest way takes ${deliveries(k)}.`,
  always: (kind, s) => `${ALWAYS_EN[kind]}: all ${n(s, 'en')} states explored.`,
  shortestIs: (k) => `The shortest run takes ${deliveries(k)}.`,
  allExplored: (s) => `All ${n(s, 'en')} states explored.`,
  budget: (s) => `The search stopped at its budget of ${n(s, 'en')} states: not every order was checked.`,
  cancelled: (s) => `Cancelled after ${n(s, 'en')} states: not every order was checked.`,
  nothingFound: 'No run has ended yet in the states visited.',
  ignoredFaults:
    'Fault lines with times (lose, delay, cut, crash, restart) are not part of this search: it ignores them.',
  stale: 'The text has changed since this search.',
  failed: (m) => `The search could not be run: ${m}`,
  playing: (kind, k) => `One order the explorer found: it ${NOUN_EN[kind]} after ${deliveries(k)}.`,
  clockNote: 'Its clock counts deliveries, not ticks. Your scenario is unchanged.',
  back: 'Back to the timed run',
};

const CAN_KO: Record<OutcomeKind, string> = {
  completed: '완료될 수 있습니다',
  idle: '서버들이 일감을 기다리는 쉬는 상태로 끝날 수 있습니다',
  deadlock: '교착 상태가 될 수 있습니다',
  error: '오류로 멈출 수 있습니다',
  limit: '한도에 걸릴 수 있습니다',
};
const ALWAYS_KO: Record<OutcomeKind, string> = {
  completed: '항상 완료됩니다',
  idle: '항상 서버들이 일감을 기다리는 쉬는 상태로 끝납니다',
  deadlock: '항상 교착 상태가 됩니다',
  error: '항상 오류로 멈춥니다',
  limit: '항상 한도에 걸립니다',
};
/** The ending as a noun, for "…(으)로 끝납니다". */
const NOUN_KO: Record<OutcomeKind, string> = {
  completed: '완료',
  idle: '쉬는 상태',
  deadlock: '교착 상태',
  error: '오류',
  limit: '한도 초과',
};

const KO: ExploreStrings = {
  heading: '네트워크가 고를 수 있는 모든 순서',
  lose: '네트워크가 잃을 수 있는 메시지',
  loseOption: (k) => (k === 0 ? '없음' : `${k}개`),
  searching: '모든 순서를 살펴보는 중…',
  progress: (s, ps) => `상태 ${n(s, 'ko')}개 살펴봄 · 초당 ${n(ps, 'ko')}개`,
  progressLabel: '탐색 진행',
  cancel: '취소',
  close: '닫기',
  searchAgain: '다시 탐색',
  showIt: '보여 주기',
  makeWhatIf: '만약에 분기로 만들기',
  can: (kind, k) => `${CAN_KO[kind]}: 가장 짧은 경우 전달 ${n(k, 'ko')}번이면 됩니다.`,
  always: (kind, s) => `${ALWAYS_KO[kind]}: 상태 ${n(s, 'ko')}개를 모두 살펴봤습니다.`,
  shortestIs: (k) => `가장 짧은 실행은 전달 ${n(k, 'ko')}번입니다.`,
  allExplored: (s) => `상태 ${n(s, 'ko')}개를 모두 살펴봤습니다.`,
  budget: (s) => `탐색이 한도인 상태 ${n(s, 'ko')}개에서 멈췄습니다. 모든 순서를 확인하지는 못했습니다.`,
  cancelled: (s) => `상태 ${n(s, 'ko')}개까지 보고 취소했습니다. 모든 순서를 확인하지는 못했습니다.`,
  nothingFound: '살펴본 상태 가운데 끝난 실행이 아직 없습니다.',
  ignoredFaults:
    '시간이 적힌 장애 줄(lose, delay, cut, crash, restart)은 이 탐색에 들어가지 않아 무시합니다.',
  stale: '이 탐색 뒤에 글이 바뀌었습니다.',
  failed: (m) => `탐색을 실행할 수 없습니다: ${m}`,
  playing: (kind, k) =>
    `탐색기가 찾은 순서 하나: 전달 ${n(k, 'ko')}번 만에 ${josa(NOUN_KO[kind], '으로/로')} 끝납니다.`,
  clockNote: '시계는 틱이 아니라 전달 횟수를 셉니다. 내 시나리오는 그대로입니다.',
  back: '시간이 있는 실행으로 돌아가기',
};

export const EXPLORE_STRINGS: Record<Lang, ExploreStrings> = { en: EN, ko: KO };

export function useExploreStrings(): ExploreStrings {
  return EXPLORE_STRINGS[useApp((s) => s.lang)];
}
