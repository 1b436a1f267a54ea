// The diagram's own words in English and Korean: short wait labels drawn on the bars, tooltips,
// and the accessible names of its controls.

import type { BlockReason, LossCause } from '../../engine/trace';

export type DiagramLang = 'en' | 'ko';

export interface DiagramStrings {
  /** Short labels drawn inside a wait block, by reason. */
  reasons: Record<BlockReason, string>;
  zoomIn: string;
  zoomOut: string;
  fit: string;
  panLeft: string;
  panRight: string;
  lanes: string;
  queue: string;
  timeWindow: string;
  keysHint: string;
  time: string;
  message: string;
  sentAt: string;
  deliveredAt: string;
  notDelivered: string;
  wait: string;
  on: string;
  neverEnded: string;
  compute: string;
  ticks: (n: number) => string;
  barrier: string;
  generation: string;
  firstArrival: string;
  release: string;
  notReleased: string;
  members: string;
  process: string;
  title: string;
  /** A lost or late-dropped message's fate, for its tooltip: "lost at 7 (the link is cut)". */
  fate: (why: LossCause | 'late', at: string) => string;
  /** How a wait ended when it was not satisfied. */
  gaveUp: string;
  crashed: string;
  /** The label on a process's down interval. */
  down: string;
  /** The label on a cut wire's window. */
  cut: string;
}

const en: DiagramStrings = {
  reasons: {
    recv: 'recv',
    ssend: 'ssend',
    call: 'call',
    publish: 'publish',
    consume: 'consume',
    barrier: 'barrier',
  },
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Fit',
  panLeft: 'Pan left',
  panRight: 'Pan right',
  lanes: 'Lanes',
  queue: 'queue',
  timeWindow: 'Visible time window',
  keysHint: 'Left and right arrows pan, + and − zoom, Enter moves the playhead to the centre.',
  time: 'time',
  message: 'Message',
  sentAt: 'sent at',
  deliveredAt: 'delivered at',
  notDelivered: 'not delivered before the run ended',
  wait: 'Waiting',
  on: 'on',
  neverEnded: 'never ended',
  compute: 'Compute',
  ticks: (n) => `${n} tick${n === 1 ? '' : 's'}`,
  barrier: 'Barrier',
  generation: 'generation',
  firstArrival: 'first arrival',
  release: 'release',
  notReleased: 'never released',
  members: 'arrived',
  process: 'process',
  title: 'Space-time diagram',
  fate: (why, at) =>
    why === 'late'
      ? `dropped at ${at}: it came too late`
      : `lost at ${at} (${{ lose: 'lost on the way', cut: 'the link is cut', crash: 'its receiver is down' }[why]})`,
  gaveUp: 'gave up',
  crashed: 'ended by a crash',
  down: 'down',
  cut: 'cut',
};

const ko: DiagramStrings = {
  reasons: {
    recv: '수신',
    ssend: '동기 송신',
    call: '호출',
    publish: '발행',
    consume: '소비',
    barrier: '배리어',
  },
  zoomIn: '확대',
  zoomOut: '축소',
  fit: '전체 보기',
  panLeft: '왼쪽으로 이동',
  panRight: '오른쪽으로 이동',
  lanes: '레인',
  queue: '큐',
  timeWindow: '보이는 시간 범위',
  keysHint: '왼쪽·오른쪽 화살표로 이동, + 와 − 로 확대·축소, Enter로 재생 위치를 가운데로 옮깁니다.',
  time: '시간',
  message: '메시지',
  sentAt: '송신',
  deliveredAt: '도착',
  notDelivered: '실행이 끝날 때까지 도착하지 않음',
  wait: '기다림',
  on: '대상',
  neverEnded: '끝나지 않음',
  compute: '계산',
  ticks: (n) => `${n}틱`,
  barrier: '배리어',
  generation: '세대',
  firstArrival: '첫 도착',
  release: '해제',
  notReleased: '해제되지 않음',
  members: '도착한 프로세스',
  process: '프로세스',
  title: '시공간 다이어그램',
  fate: (why, at) =>
    why === 'late'
      ? `${at}에 버려짐: 너무 늦게 도착`
      : `${at}에 유실 (${{ lose: '가는 길에 사라짐', cut: '링크가 끊김', crash: '받는 쪽이 멈춰 있음' }[why]})`,
  gaveUp: '포기',
  crashed: '멈춤(crash)으로 끝남',
  down: '멈춤',
  cut: '끊김',
};

export const DIAGRAM_STRINGS: Record<DiagramLang, DiagramStrings> = { en, ko };
