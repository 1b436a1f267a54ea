// The words of importing logs and exporting pages and diagrams, in both languages (kept next to
// the code that says them).
import { useApp } from '../../store';

const EN = {
  tooLarge: 'It is larger than a trace or a log can be (50 MB).',
  badLog: (why: string) => `It is not a ShiViz log Rendezvous can read. ${why}`,
  badTrace: (why: string) => `It is not a trace Rendezvous can read. ${why}`,
  pageSaved: (name: string) =>
    `Saved ${name}: one file that opens anywhere, offline too, at this scenario and step.`,
  pageMissing:
    'The page could not be made: its template comes with the built app (npm run build) and needs the network once.',
  pageImported: 'A trace from a file cannot go into a page: go back to your scenario first.',
  pageTooLarge: 'This scenario is too large to put in a page.',
  mermaidRange: 'Which part of the run?',
  mermaidWhole: (n: number) => `The whole run (events 0–${n})`,
  mermaidSoFar: (k: number) => `The run so far (events 0–${k})`,
  mermaidCheckpoints: (a: number, b: number) => `From question to question (events ${a}–${b})`,
  mermaidCustom: 'These events:',
  mermaidFrom: 'From event',
  mermaidTo: 'to event',
  mermaidSave: 'Save .mmd',
  cancel: 'Cancel',
};

type Words = typeof EN;

const KO: Words = {
  tooLarge: '트레이스나 로그의 크기 제한(50 MB)보다 큽니다.',
  badLog: (why) => `Rendezvous가 읽을 수 있는 ShiViz 로그가 아닙니다. ${why}`,
  badTrace: (why) => `Rendezvous가 읽을 수 있는 트레이스가 아닙니다. ${why}`,
  pageSaved: (name) =>
    `${name}을(를) 저장했습니다. 어디서든, 오프라인에서도 이 시나리오와 단계로 열리는 파일 하나입니다.`,
  pageMissing:
    '페이지를 만들 수 없습니다. 페이지 틀은 빌드된 앱(npm run build)에 들어 있고, 한 번은 네트워크가 필요합니다.',
  pageImported: '파일에서 연 트레이스는 페이지에 넣을 수 없습니다. 먼저 내 시나리오로 돌아가세요.',
  pageTooLarge: '시나리오가 너무 커서 페이지에 넣을 수 없습니다.',
  mermaidRange: '실행의 어느 부분을 내보낼까요?',
  mermaidWhole: (n) => `실행 전체 (이벤트 0–${n})`,
  mermaidSoFar: (k) => `지금까지 (이벤트 0–${k})`,
  mermaidCheckpoints: (a, b) => `질문에서 질문까지 (이벤트 ${a}–${b})`,
  mermaidCustom: '이 이벤트들:',
  mermaidFrom: '시작 이벤트',
  mermaidTo: '끝 이벤트',
  mermaidSave: '.mmd로 저장',
  cancel: '취소',
};

export const FILE_WORDS = { en: EN, ko: KO } as const;

/** The words in the app's language, outside React. */
export const fileWords = (lang: 'en' | 'ko'): Words => FILE_WORDS[lang];

/** The words in the app's language. */
export function useFileWords(): Words {
  return FILE_WORDS[useApp((st) => st.lang)];
}
