// The what-if controls' own words, in both languages.

import type { Lang } from '../../lang/ast';
import type { NotPossible } from '../../playback/whatif';
import { useApp } from '../../store';

export interface WhatIfStrings {
  /** The card's heading: "What if…" */
  whatIf: string;
  /** What the card is about. */
  aboutProcess: (name: string) => string;
  aboutMessage: (label: string) => string;
  aboutWire: (a: string, b: string) => string;
  crashHere: string;
  restartHere: string;
  loseIt: string;
  delayIt: string;
  cutFor: string;
  /** The unit of the number box: "ticks". */
  ticks: string;
  /** The number box's label. */
  howLong: string;
  /** A short line under the buttons: what a new branch is. */
  note: string;
  close: string;
  notPossible: Record<NotPossible, string>;
  /** The branch bar. */
  branches: string;
  original: string;
  undo: string;
  redo: string;
  /** The compare control: "Compare with…" and its button. */
  compareWith: string;
  compare: string;
  /** How to switch branches from the keyboard (the bar's tooltip). */
  keysHelp: string;
  /** Read out when a branch is made or shown. */
  nowShowing: (label: string) => string;
}

const EN: WhatIfStrings = {
  whatIf: 'What if…',
  aboutProcess: (n) => `Process ${n}`,
  aboutMessage: (l) => l,
  aboutWire: (a, b) => `The wire ${a} – ${b}`,
  crashHere: 'Crash here',
  restartHere: 'Restart here',
  loseIt: 'Lose it',
  delayIt: 'Delay it',
  cutFor: 'Cut it',
  ticks: 'ticks',
  howLong: 'How many ticks',
  note: 'Makes a new branch from this step; the original stays.',
  close: 'Close',
  notPossible: {
    'no-such-message': 'That message has not been sent yet at this step.',
    'not-in-flight': 'That message has already arrived.',
    'already-lost': 'That message is lost already.',
    ended: 'This process has already ended.',
    crashed: 'This process is down already.',
    'not-crashed': 'Only a crashed process can restart.',
    'bad-ticks': 'Give a whole number of ticks, 1 or more.',
  },
  branches: 'What-ifs',
  original: 'Original',
  undo: 'Undo what-if',
  redo: 'Redo what-if',
  compareWith: 'Compare with',
  compare: 'Compare',
  keysHelp: '[ and ] switch branches; Ctrl+Z and Ctrl+Shift+Z undo and redo a what-if.',
  nowShowing: (l) => `Now showing: ${l}`,
};

const KO: WhatIfStrings = {
  whatIf: '만약에…',
  aboutProcess: (n) => `프로세스 ${n}`,
  aboutMessage: (l) => l,
  aboutWire: (a, b) => `${a} – ${b} 연결`,
  crashHere: '여기서 다운시키기',
  restartHere: '여기서 재시작',
  loseIt: '유실시키기',
  delayIt: '지연시키기',
  cutFor: '끊기',
  ticks: '틱',
  howLong: '몇 틱 동안',
  note: '이 단계에서 새 분기를 만듭니다. 원본은 그대로 남습니다.',
  close: '닫기',
  notPossible: {
    'no-such-message': '이 단계에서는 아직 보내지 않은 메시지입니다.',
    'not-in-flight': '이미 도착한 메시지입니다.',
    'already-lost': '이미 유실된 메시지입니다.',
    ended: '이미 끝난 프로세스입니다.',
    crashed: '이미 다운된 프로세스입니다.',
    'not-crashed': '다운된 프로세스만 재시작할 수 있습니다.',
    'bad-ticks': '1 이상의 정수로 틱 수를 입력하세요.',
  },
  branches: '만약에',
  original: '원본',
  undo: '만약에 되돌리기',
  redo: '만약에 다시 하기',
  compareWith: '비교할 분기',
  compare: '비교',
  keysHelp: '[ 와 ] 로 분기를 바꾸고, Ctrl+Z 와 Ctrl+Shift+Z 로 만약에를 되돌리거나 다시 합니다.',
  nowShowing: (l) => `지금 보는 분기: ${l}`,
};

export const WHATIF_STRINGS: Record<Lang, WhatIfStrings> = { en: EN, ko: KO };

export function useWhatIfStrings(): WhatIfStrings {
  return WHATIF_STRINGS[useApp((s) => s.lang)];
}
