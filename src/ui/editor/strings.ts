// Every string the scenario editor shows, in English and Korean. Kept apart from the app's strings
// so the editor chunk carries its own (and the app's first paint does not carry them).

import { STATEMENTS } from '../../lang/statements';
import type { EditorLang } from './types';

/** The palette's statements, in the order the buttons appear: every statement of the language. */
export const PALETTE = STATEMENTS;

export type PaletteItem = (typeof PALETTE)[number];

/** One-line descriptions of each keyword, shown beside completions and as button tooltips. */
type KeywordInfo = Readonly<Record<string, string>>;

const enInfo: KeywordInfo = {
  title: 'Scenario title, optionally per language: title ko "…"',
  about: 'One-paragraph description shown with the scenario',
  latency: 'One-way delay of every message, in ticks',
  jitter: 'Extra random delay 0..N added to each message',
  seed: 'Seed of the random draws (jitter)',
  link: 'Delay between two processes or queues: link A B latency N',
  barrier: 'Barrier: declare it at the top level, or wait at it inside a process',
  queue: 'A broker queue; add capacity N for a bounded one (a pipe)',
  process: 'One process, or a group: process W[1..4]',
  compute: 'Local work for E ticks (busy, not blocked)',
  send: 'Asynchronous send to a process; continue at once',
  ssend: 'Synchronous send: wait until it is received and acknowledged',
  recv: 'Take the oldest message (from T only, if given); wait if none',
  call: 'RPC: send a request and wait for the reply',
  reply: 'Answer the oldest request not yet answered',
  publish: 'Put a message on a queue (waits while a bounded queue is full)',
  consume: 'Take the next message from a queue',
  note: 'A caption shown when this point is reached',
  ask: 'A checkpoint: playback pauses and asks the class a question (answer "…" is revealed after)',
  repeat: 'Run the body E times',
  loop: 'Run the body forever (a server)',
  if: 'Run the body when the condition holds',
  else: 'Otherwise run this part',
  end: 'Close the innermost open block',
  from: 'Only from this process',
  parties: 'How many processes the barrier waits for',
  capacity: 'How many messages the queue holds at most',
};

const koInfo: KeywordInfo = {
  title: '시나리오 제목 (언어별로: title ko "…")',
  about: '시나리오와 함께 보여 줄 한 문단 설명',
  latency: '모든 메시지의 편도 지연 (틱)',
  jitter: '메시지마다 더해지는 0..N 사이의 무작위 지연',
  seed: '무작위 값(jitter)의 시드',
  link: '두 프로세스나 큐 사이의 지연: link A B latency N',
  barrier: '배리어: 최상위에서 선언하거나, 프로세스 안에서 기다립니다',
  queue: '브로커 큐. capacity N을 붙이면 크기가 제한된 큐(파이프)',
  process: '프로세스 하나, 또는 그룹: process W[1..4]',
  compute: 'E틱 동안 로컬 작업 (바쁨, 막힘 아님)',
  send: '비동기 전송: 보내고 바로 계속합니다',
  ssend: '동기 전송: 상대가 받고 확인이 돌아올 때까지 기다립니다',
  recv: '가장 오래된 메시지를 받습니다 (from T면 T에게서만). 없으면 기다립니다',
  call: 'RPC: 요청을 보내고 응답을 기다립니다',
  reply: '아직 답하지 않은 가장 오래된 요청에 응답합니다',
  publish: '큐에 메시지를 넣습니다 (크기 제한 큐가 가득 차면 기다림)',
  consume: '큐에서 다음 메시지를 가져옵니다',
  note: '이 지점에 도달하면 보여 줄 설명',
  ask: '체크포인트: 재생을 멈추고 질문을 던집니다 (answer "…"는 예측한 뒤에 공개됩니다)',
  repeat: '본문을 E번 실행합니다',
  loop: '본문을 끝없이 실행합니다 (서버)',
  if: '조건이 참이면 본문을 실행합니다',
  else: '그렇지 않으면 이 부분을 실행합니다',
  end: '가장 안쪽의 열린 블록을 닫습니다',
  from: '이 프로세스에게서만',
  parties: '배리어가 기다리는 프로세스 수',
  capacity: '큐에 담을 수 있는 최대 메시지 수',
};

const en = {
  palette: 'Insert a statement',
  insert: (label: string) => `Insert ${label}`,
  paletteLabels: {
    compute: 'compute',
    send: 'send',
    ssend: 'ssend',
    recv: 'recv',
    call: 'call',
    reply: 'reply',
    publish: 'publish',
    consume: 'consume',
    barrier: 'barrier',
    note: 'note',
    ask: 'ask',
    repeat: 'repeat',
    loop: 'loop',
    if: 'if',
    break: 'break',
  } satisfies Record<PaletteItem, string>,
  info: enInfo,
  keyword: 'keyword',
  process: 'process',
  group: (first: number, last: number) => `group [${first}..${last}]`,
  queue: 'queue',
  barrier: 'barrier',
  language: 'language',
  selectProcess: (name: string) => `Select process ${name}`,
  moreProcesses: (n: number) => `${n} more processes on this line`,
  noteText: 'What happens here?',
  askText: 'What happens next?',
  answerText: 'Describe what happens.',
  /** Translations of CodeMirror's own interface strings (search panel, lint panel, …). */
  phrases: null as Readonly<Record<string, string>> | null,
};

export type EditorStrings = typeof en;

const ko: EditorStrings = {
  palette: '문장 넣기',
  insert: (label: string) => `${label} 넣기`,
  paletteLabels: en.paletteLabels,
  info: koInfo,
  keyword: '키워드',
  process: '프로세스',
  group: (first: number, last: number) => `그룹 [${first}..${last}]`,
  queue: '큐',
  barrier: '배리어',
  language: '언어',
  selectProcess: (name: string) => `프로세스 ${name} 선택`,
  moreProcesses: (n: number) => `이 줄에 프로세스 ${n}개 더`,
  noteText: '여기서 무슨 일이 일어날까요?',
  askText: '다음에 무슨 일이 일어날까요?',
  answerText: '일어나는 일을 적어 주세요.',
  phrases: {
    Find: '찾기',
    Replace: '바꾸기',
    next: '다음',
    previous: '이전',
    all: '모두',
    'match case': '대소문자 구분',
    'by word': '단어 단위',
    regexp: '정규식',
    replace: '바꾸기',
    'replace all': '모두 바꾸기',
    close: '닫기',
    'current match': '현재 찾은 항목',
    'on line': '줄',
    'replaced $ matches': '$개를 바꿨습니다',
    'replaced match on line $': '$번 줄의 항목을 바꿨습니다',
    'Go to line': '줄로 이동',
    go: '이동',
    Diagnostics: '문제',
    'No diagnostics': '문제 없음',
    Completions: '자동 완성',
    'Control character': '제어 문자',
    'Selection deleted': '선택 영역을 지웠습니다',
    'folded code': '접힌 코드',
    unfold: '펼치기',
  },
};

export const EDITOR_STRINGS: Readonly<Record<EditorLang, EditorStrings>> = { en, ko };
