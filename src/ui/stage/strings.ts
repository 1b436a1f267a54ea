// The stage's own words, in both languages: the zoom and pan controls, the open gate, and what
// the worker/line mark on each process means. Kept here so the stage can grow without touching
// the app-wide string table.

import type { LossCause } from '../../engine/trace';
import type { Lang } from '../../lang/ast';
import { josa } from '../../lang/josa';
import { useApp } from '../../store';

/** Why a message vanished: lost on the way (by a fault line or a down receiver), or dropped late. */
export type GoneWhy = LossCause | 'late';

export interface StageStrings {
  /** Shown when the world cannot fit at a readable size. */
  tooBig: string;
  /** The same, in a few words for the note over the picture (`tooBig` is its tooltip). */
  tooBigShort: string;
  /** How to move around, for the focusable stage and its controls. */
  panHelp: string;
  zoomIn: string;
  zoomOut: string;
  zoomFit: string;
  /** The gate after a generation passed it. */
  gateOpen: (generation: number) => string;
  /** Where a process runs and which line it is at: the tooltip of "W1 · L12". */
  runsOn: (worker: number | null, line: number | null) => string;
  /** The mark itself: "W1 · L12", "main · L3". */
  mark: (worker: number | null, line: number | null) => string;
  /** The legend's entry for the mark. */
  markLegend: string;
  /** A queue's status line: "+1 on the way", "full". */
  onTheWay: (n: number) => string;
  full: string;
  /** The word on the mark where a message vanished: "lost", "late". */
  goneMark: (why: GoneWhy) => string;
  /** Why, in a few words: "the link is cut". */
  goneWhy: (why: GoneWhy) => string;
  /** The headings of the lists of lost and late-dropped messages. */
  lostHeading: string;
  droppedHeading: string;
  /** A crowded stage's list of the processes that wait: "Who waits (37)". */
  whoWaits: (n: number) => string;
  /** What the counts over a crowded stage are: "Processes by state". */
  byState: string;
  /**
   * One entry's full sentence, for its tooltip: "reply #2 from Server to Client, lost at t=7: …"
   * (in a run the explorer found, whose clock counts deliveries: "… lost at delivery 7: …").
   */
  goneTitle: (
    kind: string,
    id: number,
    from: string,
    to: string,
    at: number,
    why: GoneWhy,
    deliveries: boolean,
  ) => string;
  /** When, short: "t=7", or "delivery 7" on a clock that counts deliveries. */
  when: (at: number, deliveries: boolean) => string;
  /** "+3 earlier" when a list shows only its last few entries. */
  earlier: (n: number) => string;
  /** A crashed process's state: "down since t=7". */
  downSince: (t: number | null) => string;
  /** A process that just gave up a wait: "gave up after 4 ticks" (or deliveries, on that clock). */
  gaveUp: (ticks: number, deliveries: boolean) => string;
  /** A wire's name, for its button: "Wire Client – Server". */
  wire: (a: string, b: string) => string;
  /** A cut wire's tooltip: "cut from t=8 to t=18". */
  cutWindow: (from: number, to: number) => string;
  /** The layer of messages in flight. */
  messagesInFlight: string;
}

const EN: StageStrings = {
  tooBig: 'Too big to show whole at a readable size: drag, scroll or use the buttons to look around.',
  tooBigShort: 'Not all in view: drag or zoom',
  panHelp: 'Stage view: arrow keys move around, + and - zoom, 0 goes back to the readable size.',
  zoomIn: 'Zoom in on the stage',
  zoomOut: 'Zoom out of the stage',
  zoomFit: 'Stage at readable size',
  gateOpen: (g) => `open · generation ${g} passed`,
  runsOn: (w, l) =>
    `${w === null ? 'runs on the main thread' : `runs in Web Worker ${w}`}${l === null ? '' : `, at line ${l}`}`,
  mark: (w, l) => `${w === null ? 'main' : `W${w}`}${l === null ? '' : ` · L${l}`}`,
  markLegend: 'W1 · L12: runs in Web Worker 1, at line 12 of the code',
  onTheWay: (n) => `+${n} on the way`,
  full: 'full',
  goneMark: (why) => (why === 'late' ? 'too late' : 'lost'),
  goneWhy: (why) =>
    ({
      lose: 'lost on the way',
      cut: 'the link is cut',
      crash: 'its receiver is down',
      late: 'nothing waits for it any more',
    })[why],
  lostHeading: 'Lost',
  droppedHeading: 'Dropped, too late',
  whoWaits: (n) => `Who waits (${n})`,
  byState: 'Processes by state',
  goneTitle: (kind, id, from, to, at, why, deliveries) =>
    `${kind} #${id} from ${from} to ${to}, ${why === 'late' ? 'dropped' : 'lost'} at ${EN.when(at, deliveries)}: ${EN.goneWhy(why)}`,
  when: (at, deliveries) => (deliveries ? `delivery ${at}` : `t=${at}`),
  earlier: (n) => `+${n} earlier`,
  downSince: (t) => (t === null ? 'down (crashed)' : `down since t=${t} (crashed)`),
  gaveUp: (n, deliveries) =>
    `gave up after ${n} ${deliveries ? (n === 1 ? 'delivery' : 'deliveries') : n === 1 ? 'tick' : 'ticks'}`,
  wire: (a, b) => `Wire ${a} – ${b}`,
  cutWindow: (from, to) => `cut from t=${from} to t=${to}`,
  messagesInFlight: 'Messages in flight',
};

const KO: StageStrings = {
  tooBig: '읽을 수 있는 크기로는 한 화면에 다 보이지 않습니다. 끌거나 스크롤하거나 버튼으로 둘러보세요.',
  tooBigShort: '일부만 보입니다: 끌거나 확대·축소',
  panHelp: '무대 보기: 화살표 키로 움직이고, + 와 - 로 확대·축소, 0 으로 읽기 좋은 크기로 돌아갑니다.',
  zoomIn: '무대 확대',
  zoomOut: '무대 축소',
  zoomFit: '무대를 읽기 좋은 크기로',
  gateOpen: (g) => `열림 · ${g}세대 통과`,
  runsOn: (w, l) =>
    `${w === null ? '메인 스레드에서 실행' : `웹 워커 ${w}에서 실행`}${l === null ? '' : `, ${l}번째 줄`}`,
  mark: (w, l) => `${w === null ? '메인' : `W${w}`}${l === null ? '' : ` · L${l}`}`,
  markLegend: 'W1 · L12: 웹 워커 1에서 실행 중, 코드 12번째 줄',
  onTheWay: (n) => `+${n}개 오는 중`,
  full: '가득 참',
  goneMark: (why) => (why === 'late' ? '늦음' : '유실'),
  goneWhy: (why) =>
    ({
      lose: '가는 길에 사라짐',
      cut: '링크가 끊김',
      crash: '받는 쪽이 멈춰 있음',
      late: '기다리는 문장이 없음',
    })[why],
  lostHeading: '유실',
  droppedHeading: '늦어서 버림',
  whoWaits: (n) => `기다리는 프로세스 (${n})`,
  byState: '상태별 프로세스 수',
  goneTitle: (kind, id, from, to, at, why, deliveries) =>
    `${from}에서 ${josa(to, '으로/로')} 가던 ${kind} #${id}: ${deliveries ? `전달 ${at}번째` : `t=${at}`}에 ${why === 'late' ? '버려짐' : '유실'} (${KO.goneWhy(why)})`,
  when: (at, deliveries) => (deliveries ? `전달 ${at}` : `t=${at}`),
  earlier: (n) => `이전 ${n}개 더`,
  downSince: (t) => (t === null ? '멈춤(crash)' : `t=${t}부터 멈춤(crash)`),
  gaveUp: (n, deliveries) => (deliveries ? `전달 ${n}번 동안 기다리다 포기` : `${n}틱 기다리다 포기`),
  wire: (a, b) => `${a} – ${b} 연결선`,
  cutWindow: (from, to) => `t=${from}부터 t=${to}까지 끊김`,
  messagesInFlight: '이동 중인 메시지',
};

export const STAGE_STRINGS: Record<Lang, StageStrings> = { en: EN, ko: KO };

/** The stage's strings in the current language. */
export function useStageStrings(): StageStrings {
  return STAGE_STRINGS[useApp((s) => s.lang)];
}
