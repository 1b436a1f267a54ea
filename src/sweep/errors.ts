// Why a sweep cannot be made: one error type with a code and its values, so the app can say it in
// Korean too, and the CLI prints the English message.

import type { Lang } from '../lang/ast';

export type SweepErrorCode =
  | 'bad-range'
  | 'empty-range'
  | 'too-many-points'
  | 'out-of-range'
  | 'scenario-errors'
  | 'point-errors'
  | 'unknown-knob'
  | 'not-a-group';

type Params = Readonly<Record<string, string | number>>;

const TEXTS: Record<SweepErrorCode, Record<Lang, string>> = {
  'bad-range': {
    en: 'A range is written A..B or A..B:STEP with whole numbers (like 2..32:2), not "{text}".',
    ko: '범위는 A..B 또는 A..B:STEP처럼 정수로 씁니다(예: 2..32:2). "{text}"는 범위가 아닙니다.',
  },
  'empty-range': {
    en: 'The range {from}..{to} is empty: the first value must not be larger than the last.',
    ko: '범위 {from}..{to}가 비어 있습니다. 첫 값이 마지막 값보다 크면 안 됩니다.',
  },
  'too-many-points': {
    en: 'The range {text} has {count} points; a sweep runs at most {max}. Use a larger step.',
    ko: '범위 {text}에는 점이 {count}개 있습니다. 한 번에 최대 {max}개까지 실행합니다. 간격을 늘리세요.',
  },
  'out-of-range': {
    en: '{knob} goes from {min} to {max}, so {value} cannot be swept.',
    ko: '{knob} 값은 {min}부터 {max}까지이므로 {value}은(는) 쓸 수 없습니다.',
  },
  'scenario-errors': {
    en: 'The scenario has errors; fix them before sweeping ({first}).',
    ko: '시나리오에 오류가 있습니다. 먼저 고치세요({first}).',
  },
  'point-errors': {
    en: 'With {knob} = {value} the scenario has an error: {first}',
    ko: '{knob} = {value}이면 시나리오에 오류가 생깁니다: {first}',
  },
  'unknown-knob': {
    en: 'Nothing to sweep is named "{name}". Knobs of this scenario: {known}.',
    ko: '"{name}"라는 조절값이 없습니다. 이 시나리오의 조절값: {known}.',
  },
  'not-a-group': {
    en: '{name} is a single process, not a group: only a group’s size can be swept.',
    ko: '{name}은(는) 그룹이 아닌 단일 프로세스입니다. 그룹의 크기만 바꿔 볼 수 있습니다.',
  },
};

/** The error's text in `lang`, its values filled in (a value `KEY_ko`, when given, fills `{KEY}` in Korean). */
export function sweepErrorText(code: SweepErrorCode, params: Params, lang: Lang): string {
  return TEXTS[code][lang].replace(/\{(\w+)\}/g, (all, key: string) => {
    const value = (lang === 'ko' ? params[`${key}_ko`] : undefined) ?? params[key];
    return value === undefined ? all : String(value);
  });
}

/** A sweep that cannot be made as asked; `message` is in English. */
export class SweepError extends Error {
  readonly code: SweepErrorCode;
  readonly params: Params;
  constructor(code: SweepErrorCode, params: Params = {}) {
    super(sweepErrorText(code, params, 'en'));
    this.name = 'SweepError';
    this.code = code;
    this.params = params;
  }

  /** The message in `lang`. */
  text(lang: Lang): string {
    return sweepErrorText(this.code, this.params, lang);
  }
}
