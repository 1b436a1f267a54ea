// The words around problems and run-time errors (the diagnostics themselves come from the language's
// own tables), in English and Korean.

const en = {
  learnMore: 'Learn more',
  /** The button's accessible name: its visible words, then which entry it opens. */
  learnMoreAbout: (code: string) => `Learn more: ${code}`,
  learnMoreTitle: 'Open the explanation in the language reference',
  severity: { error: 'error', warning: 'warning' },
};

const ko: typeof en = {
  learnMore: '설명 보기',
  learnMoreAbout: (code: string) => `설명 보기: ${code}`,
  learnMoreTitle: '언어 레퍼런스에서 이 문제의 설명을 엽니다',
  severity: { error: '오류', warning: '경고' },
};

export const PROBLEM_STRINGS = { en, ko };
