// The compare view's own words about a half that cannot be shown, in English and Korean.

const en = {
  running: 'Running…',
  /** A text with errors: how many, then the first of them. */
  doesNotCheck: (errors: number, line: number, first: string) =>
    `This scenario does not check (${errors === 1 ? '1 error' : `${errors} errors`}), so it cannot run. Line ${line}: ${first}`,
  didNotRun: (detail: string) => `This scenario could not be run: ${detail}`,
};

const ko: typeof en = {
  running: '실행 중…',
  doesNotCheck: (errors: number, line: number, first: string) =>
    `이 시나리오에는 오류가 ${errors}개 있어 실행할 수 없습니다. ${line}행: ${first}`,
  didNotRun: (detail: string) => `이 시나리오를 실행하지 못했습니다: ${detail}`,
};

export const COMPARE_STRINGS = { en, ko };
