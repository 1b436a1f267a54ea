// The Help panel's words in English and Korean, each a whole sentence in its own language.

import type { HelpTab } from '../../store/view';
import type { ShortcutId } from './shortcuts';

/** A sentence around a code: the words before it, the code, the words after it. */
type CodeInText = [before: string, code: string, after: string];

const en = {
  title: 'Help',
  close: 'Close',
  closeHint: 'Close the help (Esc)',
  tabsLabel: 'Parts of the help',
  tabs: { guide: 'Guide', reference: 'Reference', keys: 'Keyboard' } satisfies Record<HelpTab, string>,
  searchPlaceholder: {
    guide: 'Search the guide',
    reference: 'Search the reference',
  },
  matches: (n: number) => (n === 1 ? '1 section matches' : `${n} sections match`),
  noMatch: (q: string) => `No section mentions “${q}”.`,
  noMatchHint: 'Try a shorter word, or look in the other part of the help.',
  tryIt: 'Try it',
  tryItLabel: 'Try this example on the stage',
  expected: 'Expected',
  expectOutcome: (outcome: string, time: number | null): CodeInText => [
    '',
    outcome,
    time === null ? '' : ` at t=${time}`,
  ],
  expectCheck: (code: string, line: number | null, column: number | null): CodeInText =>
    line === null
      ? ['the checker reports ', code, '']
      : ['the checker reports ', code, ` at line ${line}, column ${column ?? 1}`],
  openScenario: (id: string) => `Open the built-in scenario “${id}”`,
  opensInNewTab: '(opens in a new tab)',
  keysIntro: 'These keys work anywhere in the app except while you type in a text field.',
  keysHeadKeys: 'Keys',
  keysHeadAction: 'What they do',
  shortcut: {
    playPause: 'Play or pause the run',
    step: 'Step one event forward or back',
    ends: 'Jump to the first or the last event',
    speed: 'Play faster or slower',
    help: 'Open this help',
    presenter: 'Turn presenter mode on or off',
    close: 'Close the help, or leave presenter mode',
    reveal: 'At a checkpoint question, reveal the answer and play on',
    branches: 'Show the previous or next what-if branch',
    undoWhatIf: 'Undo or redo the last what-if',
    leaveEditor: 'In the editor, Tab indents: press Esc, then Tab, to move on to the next control',
  } satisfies Record<ShortcutId, string>,
  missing: 'This part of the help has not been written yet.',
};

export type HelpStrings = typeof en;

const ko: HelpStrings = {
  title: '도움말',
  close: '닫기',
  closeHint: '도움말 닫기 (Esc)',
  tabsLabel: '도움말 구성',
  tabs: { guide: '개념 안내', reference: '언어 레퍼런스', keys: '단축키' },
  searchPlaceholder: {
    guide: '개념 안내에서 찾기',
    reference: '레퍼런스에서 찾기',
  },
  matches: (n: number) => `일치하는 섹션 ${n}개`,
  noMatch: (q: string) => `“${q}”에 맞는 섹션이 없습니다.`,
  noMatchHint: '더 짧은 낱말로 찾거나 도움말의 다른 부분을 살펴보세요.',
  tryIt: '실행해 보기',
  tryItLabel: '이 예제를 무대에서 실행해 보기',
  expected: '예상 결과',
  expectOutcome: (outcome: string, time: number | null): CodeInText =>
    time === null
      ? [`실행은 `, outcome, ` 상태로 끝납니다.`]
      : [`실행은 t=${time}에 `, outcome, ` 상태로 끝납니다.`],
  expectCheck: (code: string, line: number | null, column: number | null): CodeInText =>
    line === null
      ? [`검사기가 `, code, ` 문제를 알려 줍니다.`]
      : [`검사기가 ${line}행 ${column ?? 1}열에서 `, code, ` 문제를 알려 줍니다.`],
  openScenario: (id: string) => `기본 제공 시나리오 “${id}” 열기`,
  opensInNewTab: '(새 탭에서 열림)',
  keysIntro: '이 키들은 텍스트 입력란에 글을 쓰는 동안이 아니라면 앱 어디에서나 작동합니다.',
  keysHeadKeys: '키',
  keysHeadAction: '하는 일',
  shortcut: {
    playPause: '실행을 재생하거나 일시 정지합니다',
    step: '이벤트 하나만큼 앞으로 또는 뒤로 갑니다',
    ends: '첫 이벤트나 마지막 이벤트로 건너뜁니다',
    speed: '더 빠르게 또는 더 느리게 재생합니다',
    help: '이 도움말을 엽니다',
    presenter: '발표 모드를 켜거나 끕니다',
    close: '도움말을 닫거나 발표 모드에서 나옵니다',
    reveal: '체크포인트 질문에서 답을 보여 주고 이어서 재생합니다',
    branches: '이전 또는 다음 만약에 분기를 봅니다',
    undoWhatIf: '마지막 만약에를 되돌리거나 다시 합니다',
    leaveEditor: '편집기 안에서 Tab은 들여쓰기입니다. Esc를 누른 뒤 Tab을 누르면 다음 컨트롤로 넘어갑니다',
  },
  missing: '도움말의 이 부분은 아직 작성되지 않았습니다.',
};

export const HELP_STRINGS = { en, ko } as const;
