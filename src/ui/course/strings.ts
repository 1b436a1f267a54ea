// The Course's own words, in both languages. A title put into a Korean sentence takes its particle
// from lang/josa.ts, as the rest of the app does.

import type { Lang } from '../../lang/ast';
import { josa, type JosaPair } from '../../lang/josa';
import { useApp } from '../../store';

export interface CourseStrings {
  /** The header's button and the window's title. */
  course: string;
  courseHint: string;
  /** "7 of 36 steps done". */
  progress: (done: number, total: number) => string;
  chapterProgress: (done: number, total: number) => string;
  /** "(b) Synchronous and asynchronous". */
  chapter: (letter: string, title: string) => string;
  /** "Step 2 of 4". */
  stepOf: (k: number, n: number) => string;
  /** Read with a step: done, where the student is, not yet. */
  done: string;
  current: string;
  notDone: string;
  start: string;
  /** The button that takes the student back to where they were: "Continue with “Pipe”". */
  continueWith: (title: string) => string;
  previous: string;
  next: string;
  /** The bar's short labels for them. */
  previousShort: string;
  nextShort: string;
  chapters: string;
  close: string;
  leave: string;
  leaveHint: string;
  /** The scenario on screen is not the step's: a way back to it. */
  awayFromStep: string;
  backTo: (title: string) => string;
  openSummary: string;
  /** How a step gets done, while it is not. */
  playToEnd: string;
  meetGoals: string;
  summary: string;
  /** The summary page's parts. */
  tableCaption: string;
  recap: string;
  finished: string;
}

const quoted = (title: string) => `“${title}”`;

/** `“title”` followed by the Korean particle that fits the title's last spoken sound. */
export function withJosa(title: string, pair: JosaPair): string {
  // A question mark is not spoken: "누가 먼저 말할까?" ends in 까.
  const spoken = title.replace(/[?!.]+$/u, '');
  return `${quoted(title)}${josa(spoken, pair).slice(spoken.length)}`;
}

const EN: CourseStrings = {
  course: 'Course',
  courseHint: 'The whole subject in order: chapters of scenarios and exercises, with your progress',
  progress: (d, n) => `${d} of ${n} steps done`,
  chapterProgress: (d, n) => `${d} of ${n} done`,
  chapter: (l, t) => `(${l}) ${t}`,
  stepOf: (k, n) => `Step ${k} of ${n}`,
  done: 'done',
  current: 'you are here',
  notDone: 'not done yet',
  start: 'Start the course',
  continueWith: (t) => `Continue with ${quoted(t)}`,
  previous: 'Previous step',
  next: 'Next step',
  previousShort: 'Previous',
  nextShort: 'Next',
  chapters: 'Chapters',
  close: 'Close',
  leave: 'Leave the course',
  leaveHint: 'Hide this bar; the Course button brings you back to the same place',
  awayFromStep: 'This is not the course’s step.',
  backTo: (t) => `Back to ${quoted(t)}`,
  openSummary: 'Open the summary',
  playToEnd: 'to do: play it to the end',
  meetGoals: 'to do: meet every goal',
  summary: 'Summary',
  tableCaption: 'Message passing and barriers compared',
  recap: 'What each chapter showed',
  finished: 'You have reached the end of the course.',
};

const KO: CourseStrings = {
  course: '학습 과정',
  courseHint: '주제 전체를 차례대로: 시나리오와 연습 문제로 된 장들과 진행 상황',
  progress: (d, n) => `${n}단계 중 ${d}단계 마침`,
  chapterProgress: (d, n) => `${n}개 중 ${d}개 마침`,
  chapter: (l, t) => `(${l}) ${t}`,
  stepOf: (k, n) => `${n}단계 중 ${k}단계`,
  done: '마침',
  current: '지금 여기',
  notDone: '아직 안 함',
  start: '학습 과정 시작하기',
  continueWith: (t) => `${withJosa(t, '으로/로')} 이어 가기`,
  previous: '이전 단계',
  next: '다음 단계',
  previousShort: '이전',
  nextShort: '다음',
  chapters: '장 목록',
  close: '닫기',
  leave: '학습 과정 나가기',
  leaveHint: '이 막대를 숨깁니다. 학습 과정 버튼을 누르면 같은 곳으로 돌아옵니다',
  awayFromStep: '지금 화면은 학습 과정의 단계가 아닙니다.',
  backTo: (t) => `${withJosa(t, '으로/로')} 돌아가기`,
  openSummary: '정리 열기',
  playToEnd: '할 일: 끝까지 재생하기',
  meetGoals: '할 일: 목표 모두 달성하기',
  summary: '정리',
  tableCaption: '메시지 전달과 배리어 비교',
  recap: '각 장에서 본 것',
  finished: '학습 과정의 끝에 왔습니다.',
};

export const COURSE_STRINGS: Record<Lang, CourseStrings> = { en: EN, ko: KO };

export function useCourseStrings(): CourseStrings {
  return COURSE_STRINGS[useApp((s) => s.lang)];
}
