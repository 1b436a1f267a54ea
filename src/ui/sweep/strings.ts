// The sweep panel's own words, in both languages.

import type { Lang } from '../../lang/ast';
import type { OutcomeKind } from '../../engine/trace';
import { josa } from '../../lang/josa';
import { useApp } from '../../store';

export interface SweepStrings {
  title: string;
  close: string;
  /** The two tabs. */
  sweepTab: string;
  seedsTab: string;
  knob: string;
  from: string;
  to: string;
  step: string;
  /** How many points the range makes, under the fields. */
  pointCount: (n: number) => string;
  badRange: string;
  tooMany: (max: number) => string;
  noKnobs: string;
  run: string;
  cancel: string;
  progress: (done: number, total: number) => string;
  cancelled: (done: number, total: number) => string;
  failed: (detail: string) => string;
  /** The series. */
  finish: string;
  blocked: string;
  barrierWait: string;
  sent: string;
  processBlocked: (name: string) => string;
  /** The y axes. */
  ticksAxis: string;
  messagesAxis: string;
  chartTitle: (knob: string, scenario: string, from: number, to: number) => string;
  /** The chart's one-sentence description for screen readers. */
  chartSummary: (knob: string, from: number, to: number, first: number, last: number) => string;
  seriesToggles: string;
  perProcess: string;
  /** The table. */
  tableCaption: string;
  outcome: string;
  open: string;
  openPoint: (knob: string, value: number) => string;
  /** Under the chart: how to read a point and open it. */
  chartHint: string;
  exportCsv: string;
  exportSvg: string;
  exportPng: string;
  /** Many seeds. */
  runSeeds: (n: number) => string;
  seedsFrom: string;
  noJitter: string;
  withJitter: (jitter: number) => string;
  /** "deadlock in 7 of 200". */
  kindCount: (kind: OutcomeKind, n: number, total: number) => string;
  outcomes: Record<OutcomeKind, string>;
  histogramTitle: (n: number) => string;
  finishAxis: string;
  runsAxis: string;
  seed: string;
  seedsCaption: string;
  showOnly: string;
  all: string;
  openSeed: (seed: number) => string;
  /** The list shows the runs of one bar (a click on it): what it shows, and the way back. */
  inBin: (from: number, to: number) => string;
  everyFinish: string;
  histogramHint: string;
}

const EN: SweepStrings = {
  title: 'Sweep',
  close: 'Close',
  sweepTab: 'Sweep a knob',
  seedsTab: 'Many seeds',
  knob: 'Knob',
  from: 'From',
  to: 'To',
  step: 'Step',
  pointCount: (n) => (n === 1 ? '1 run' : `${n} runs`),
  badRange: 'Give whole numbers, From no more than To, and a step of 1 or more.',
  tooMany: (max) => `At most ${max} runs at a time: take a bigger step.`,
  noKnobs: 'This scenario has nothing to sweep: no latency, jitter, seed, group, queue or barrier to change.',
  run: 'Run sweep',
  cancel: 'Cancel',
  progress: (d, t) => `${d} of ${t} runs done`,
  cancelled: (d, t) => `Cancelled after ${d} of ${t} runs.`,
  failed: (d) => `The sweep stopped: ${d}`,
  finish: 'Finish time',
  blocked: 'Total blocked time',
  barrierWait: 'Barrier wait',
  sent: 'Messages sent',
  processBlocked: (n) => `${n} blocked`,
  ticksAxis: 'Time (ticks)',
  messagesAxis: 'Messages',
  chartTitle: (k, s, a, b) => `${s} — ${k} from ${a} to ${b}`,
  chartSummary: (k, a, b, f, l) =>
    `As ${k} goes from ${a} to ${b}, the finish time goes from ${f} to ${l} ticks.`,
  seriesToggles: 'Show on the chart',
  perProcess: 'Blocked time of each process',
  tableCaption: 'Every run of the sweep',
  outcome: 'Outcome',
  open: 'Open',
  openPoint: (k, v) => `Open the run with ${k} = ${v} on the stage`,
  chartHint: 'Hover or use ← → on the chart to read a point; click it or press Enter to open that run.',
  exportCsv: 'Table (CSV)',
  exportSvg: 'Chart (SVG)',
  exportPng: 'Chart (PNG)',
  runSeeds: (n) => `Run ${n} seeds`,
  seedsFrom: 'First seed',
  noJitter:
    'This scenario has no jitter, so every seed gives the same run. Add a `jitter N` line (or raise it in the settings) for the seed to matter.',
  withJitter: (j) =>
    `Jitter ${j}: each message's delay gets a random extra of 0 to ${j} ticks, drawn from the seed.`,
  kindCount: (k, n, t) => `${EN.outcomes[k]} in ${n} of ${t}`,
  outcomes: {
    completed: 'completed',
    idle: 'idle',
    deadlock: 'deadlock',
    limit: 'limit reached',
    error: 'error',
  },
  histogramTitle: (n) => `Finish times of ${n} seeds`,
  finishAxis: 'Finish time (ticks)',
  runsAxis: 'Runs',
  seed: 'Seed',
  seedsCaption: 'Every seed run',
  showOnly: 'Show',
  all: 'All',
  openSeed: (s) => `Open seed ${s} on the stage`,
  inBin: (a, b) =>
    a === b
      ? `Showing the runs that finished at t=${a}.`
      : `Showing the runs that finished at t=${a} to ${b}.`,
  everyFinish: 'Every finish time',
  histogramHint: 'Click a bar (or press Enter on it) to list only its runs.',
};

const KO_OUTCOMES: Record<OutcomeKind, string> = {
  completed: '완료',
  idle: '유휴',
  deadlock: '교착 상태',
  limit: '한도 도달',
  error: '오류',
};

const KO: SweepStrings = {
  title: '스윕',
  close: '닫기',
  sweepTab: '값 바꿔 가며 실행',
  seedsTab: '여러 시드',
  knob: '바꿀 값',
  from: '시작',
  to: '끝',
  step: '간격',
  pointCount: (n) => `실행 ${n}번`,
  badRange: '정수를 입력하세요. 시작은 끝보다 크지 않아야 하고, 간격은 1 이상이어야 합니다.',
  tooMany: (max) => `한 번에 최대 ${max}번까지 실행합니다. 간격을 늘리세요.`,
  noKnobs: '이 시나리오에는 바꿀 값이 없습니다. 지연, 지터, 시드, 그룹, 큐, 배리어가 없습니다.',
  run: '스윕 실행',
  cancel: '취소',
  progress: (d, t) => `${t}번 중 ${d}번 실행함`,
  cancelled: (d, t) => `${t}번 중 ${d}번 실행하고 취소했습니다.`,
  failed: (d) => `스윕이 멈췄습니다: ${d}`,
  finish: '끝난 시각',
  blocked: '막힌 시간 합계',
  barrierWait: '배리어 대기',
  sent: '보낸 메시지',
  processBlocked: (n) => `${n} 막힘`,
  ticksAxis: '시간 (틱)',
  messagesAxis: '메시지 수',
  chartTitle: (k, s, a, b) => `${s} — ${k} ${a}~${b}`,
  chartSummary: (k, a, b, f, l) =>
    `${josa(k, '이/가')} ${a}에서 ${b}까지 바뀌는 동안 끝난 시각은 ${f}틱에서 ${l}틱이 됩니다.`,
  seriesToggles: '차트에 표시',
  perProcess: '프로세스별 막힌 시간',
  tableCaption: '스윕의 모든 실행',
  outcome: '결과',
  open: '열기',
  openPoint: (k, v) => `${k} = ${v}인 실행을 무대에서 열기`,
  chartHint: '차트에서 마우스를 올리거나 ← → 로 점을 읽고, 클릭하거나 Enter를 누르면 그 실행이 열립니다.',
  exportCsv: '표 (CSV)',
  exportSvg: '차트 (SVG)',
  exportPng: '차트 (PNG)',
  runSeeds: (n) => `시드 ${n}개 실행`,
  seedsFrom: '첫 시드',
  noJitter:
    '이 시나리오에는 지터가 없어서 어떤 시드든 같은 실행이 나옵니다. 시드가 차이를 만들려면 `jitter N` 줄을 넣거나 설정에서 지터를 올리세요.',
  withJitter: (j) => `지터 ${j}: 메시지마다 지연에 0~${j}틱이 시드에 따라 무작위로 더해집니다.`,
  kindCount: (k, n, t) => `${josa(KO_OUTCOMES[k], '이/가')} ${t}번 중 ${n}번`,
  outcomes: KO_OUTCOMES,
  histogramTitle: (n) => `시드 ${n}개의 끝난 시각`,
  finishAxis: '끝난 시각 (틱)',
  runsAxis: '실행 수',
  seed: '시드',
  seedsCaption: '실행한 모든 시드',
  showOnly: '보기',
  all: '전체',
  openSeed: (s) => `시드 ${s} 실행을 무대에서 열기`,
  inBin: (a, b) => (a === b ? `t=${a}에 끝난 실행만 보여 줍니다.` : `t=${a}~${b}에 끝난 실행만 보여 줍니다.`),
  everyFinish: '모든 끝난 시각',
  histogramHint: '막대를 클릭하거나 Enter를 누르면 그 막대의 실행만 목록에 나옵니다.',
};

export const SWEEP_STRINGS: Record<Lang, SweepStrings> = { en: EN, ko: KO };

export function useSweepStrings(): SweepStrings {
  return SWEEP_STRINGS[useApp((s) => s.lang)];
}
