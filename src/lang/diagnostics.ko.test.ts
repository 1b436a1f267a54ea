import { describe, expect, it } from 'vitest';
import type { Diagnostic } from './ast';
import { DIAGNOSTIC_CODES, Reporter, type DiagnosticCode, type Params } from './diagnostics';
import { LineMap } from './span';
import { KO_HINTS } from './hints.ko';
import { HINTS, type HintId } from './hints';
import { KO_MESSAGES, KO_RUN_MESSAGES } from './diagnostics.ko';
import {
  diagnosticHint,
  diagnosticMessage,
  referenceLink,
  renderDiagnostic,
  runErrorText,
} from './diagnostics.render';
import { RUN_ERROR_CODES, runErrorMessage, type RunErrorCode } from './diagnostics.run';
import { check } from './index';
import { checkCases, syntaxCases } from './test/cases';
import { faultCases } from './test/cases.faults';
import { goalCases } from './test/cases.goals';

const HANGUL = /\p{Script=Hangul}/u;

/** Latin words left in Korean text once code (in backticks) and the language's own words are removed. */
function englishLeft(text: string): string[] {
  const prose = text.replace(/`[^`]*`/g, '');
  return (prose.match(/[A-Za-z]{2,}/g) ?? []).filter(
    (w) => !['KiB', 'ack', 'ms', 'compute', 'reply', 'timeout'].includes(w),
  );
}

/** Values like the checker's own for every code (the English parser words included). */
const SAMPLES: Record<DiagnosticCode, Params> = {
  'too-large': { bytes: 300_000 },
  'no-process': {},
  'unexpected-char': { char: '@' },
  'unterminated-string': {},
  'bad-escape': { char: 'n' },
  'number-too-large': { text: '9007199254740992' },
  'unknown-keyword': { word: 'sned' },
  'expected-keyword': { found: 'the number 5' },
  'statement-outside-process': { word: 'send' },
  'toplevel-in-process': { word: 'latency' },
  'missing-end': { opener: 'process Client', line: 1 },
  'extra-end': {},
  'else-outside-if': {},
  'duplicate-else': { line: 2 },
  'else-if': {},
  'expected-name': { what: 'a process name', after: 'send' },
  'expected-expression': { after: 'compute', found: 'a quoted text' },
  'expected-string': { after: 'note' },
  'expected-number': { after: 'latency', found: 'the keyword `end`' },
  'expected-token': { what: '`]`' },
  'unexpected-token': { found: 'the keyword `compute`' },
  'bad-lang': { lang: 'fr' },
  'duplicate-name': { name: 'A', kind: 'group', line: 3 },
  'duplicate-setting': { word: 'seed', line: 1 },
  'duplicate-title': { lang: 'in `ko`', line: 1 },
  'duplicate-about': { lang: 'without a language', line: 2 },
  'unknown-name': { kind: 'process or queue', name: 'Srv' },
  'wrong-kind': { name: 'q', actual: 'queue', expected: 'process' },
  'group-needs-index': { name: 'W' },
  'not-a-group': { name: 'A' },
  'index-out-of-range': { name: 'W', index: 0 },
  'var-outside-group': { name: 'i' },
  'bad-range': { first: 3, last: 1 },
  'too-many-processes': { count: 4097 },
  'must-be-positive': { word: 'capacity' },
  'negative-amount': { word: 'repeat', value: -1 },
  'division-by-zero': {},
  'too-deep': { what: 'block' },
  'duplicate-option': { word: 'count' },
  'empty-cut': { from: 5, to: 3 },
  'restart-without-crash': { name: 'Server', at: 7 },
  'break-outside-loop': {},
  'timeout-too-small': { value: 0 },
  'unknown-goal-kind': { word: 'speed' },
  'unknown-outcome': { word: 'finished' },
  'goal-not-equal': {},
  'duplicate-goal-text': { lang: 'in `en`' },
  'internal-error': { detail: 'stack overflow' },
  unreachable: { line: 2 },
  'parties-exceed-users': { name: 'B', parties: 3, users: 1 },
  'never-receives': { name: 'B', what: 'this `call` waits forever for a reply' },
};

const HINT_SAMPLES: Record<HintId, Params> = {
  'did-you-mean': { name: 'send' },
  'largest-number': {},
  'only-escapes': {},
  'close-string': {},
  'use-double-equals': {},
  'straight-quotes': {},
  'whole-numbers': {},
  'add-process': {},
  'put-inside-process': {},
  'move-to-top': {},
  'remove-end': {},
  'nest-if': {},
  'keyword-reserved': { word: 'end' },
  languages: {},
  'one-namespace': {},
  'name-member': { name: 'W', first: 0, last: 2 },
  'members-range': { name: 'W', first: 1, last: 3 },
  'i-and-n': {},
  'smaller-first': { first: 3, last: 1 },
  'parties-on-declaration': {},
  'capacity-on-declaration': {},
  'send-to-process': {},
  'queue-statements': {},
  'barrier-statement': {},
  'recv-from': { name: 'A' },
  'expression-parts': {},
  'parties-deadlock': { users: 2, name: 'B' },
  'add-recv': { name: 'B' },
  'one-statement-per-line': {},
  'literal-numbers': {},
  'option-once': {},
  'cut-window': { from: 5 },
  'add-crash': { name: 'Server', at: 7 },
  'crash-processes': {},
  'break-in-loop': {},
  'timeout-statements': {},
  'timeout-at-least-one': {},
  'goal-kinds': {},
  'outcome-kinds': {},
  'goal-operators': {},
  'goal-literal': {},
  'goal-text-once': {},
  'goal-processes': {},
};

const RUN_SAMPLES: Record<RunErrorCode, Params[]> = {
  'run-division-by-zero': [{ op: '/' }, { op: '%' }],
  'run-no-such-member': [{ group: 'W', index: 4, first: 1, last: 3 }],
  'run-negative-compute': [{ duration: -1 }],
  'run-bad-timeout': [{ value: 0 }, { value: -3 }],
  'run-reply-without-request': [{}],
  'run-worker-failed': [
    { reason: 'no-operation' },
    { reason: 'failed', worker: 2, detail: 'Error: boom' },
    { reason: 'crashed', worker: 1, detail: '' },
    { reason: 'crashed', worker: 1, detail: 'Uncaught RangeError' },
    { reason: 'unreadable', worker: 3 },
    { reason: 'timeout', worker: 1, ms: 10000 },
    { reason: 'stopped' },
    { reason: 'exception', detail: 'process 3 already has a pull under way' },
  ],
};

/** Params holding English words of the parser rather than values from the source. */
const PROSE = new Set(['kind', 'actual', 'expected', 'what', 'found']);

/** The English message of a code, as the checker reports it. */
function englishMessage(code: DiagnosticCode, params: Params): string {
  return new Reporter(new LineMap('')).at(code, 0, 0, params).message;
}

function expectKorean(text: string): void {
  expect(text).toMatch(HANGUL);
  expect(text).not.toMatch(/undefined|NaN|\[object|null/);
  expect(englishLeft(text)).toEqual([]);
}

describe('Korean diagnostics', () => {
  it('every diagnostic code, hint id and run-time error code has a Korean template', () => {
    expect(Object.keys(KO_MESSAGES).sort()).toEqual(DIAGNOSTIC_CODES.map((d) => d.code).sort());
    expect(Object.keys(KO_HINTS).sort()).toEqual(Object.keys(HINTS).sort());
    expect(Object.keys(KO_RUN_MESSAGES).sort()).toEqual(RUN_ERROR_CODES.map((d) => d.code).sort());
  });

  it.each(DIAGNOSTIC_CODES.map((d) => d.code))('renders %s as Korean with its values', (code) => {
    const params = SAMPLES[code];
    const text = KO_MESSAGES[code](params);
    const english = englishMessage(code, params);
    expectKorean(code === 'internal-error' ? text.replace(String(params.detail), '') : text);
    for (const [key, value] of Object.entries(params)) {
      // What the English shows as it is (names, numbers, lines) the Korean shows too; the
      // parser's English words (`what`, `found`, kinds…) are translated instead.
      if (PROSE.has(key) || (key === 'lang' && code !== 'bad-lang')) continue;
      if (english.includes(String(value))) expect(text).toContain(String(value));
    }
  });

  it.each(Object.keys(HINTS) as HintId[])('renders hint %s as Korean with its values', (id) => {
    const params = HINT_SAMPLES[id];
    const text = KO_HINTS[id](params);
    expectKorean(text);
    const english = HINTS[id](params);
    for (const value of Object.values(params))
      if (english.includes(String(value))) expect(text).toContain(String(value));
  });

  it('renders every diagnostic the checker reports in the case tables in Korean, hints included', () => {
    let seen = 0;
    for (const c of [...syntaxCases, ...checkCases, ...faultCases, ...goalCases]) {
      for (const d of check(c.src).diagnostics) {
        const { message, hint } = renderDiagnostic(d, 'ko');
        expectKorean(message);
        if (d.hint !== null) expectKorean(hint ?? '');
        else expect(hint).toBeNull();
        seen++;
      }
    }
    expect(seen).toBeGreaterThan(80);
  });

  it('turns the parser’s English words into Korean phrases with fitting particles', () => {
    const ko = (src: string) => check(src).diagnostics.map((d) => diagnosticMessage(d, 'ko'));
    const P = (body: string) => `process A\n${body}\n  recv\nend\n`;
    expect(ko(P('  send 5'))).toEqual(['프로세스 이름이 와야 할 자리에 숫자 5가 있습니다']);
    expect(ko(P('  send end'))).toEqual(['프로세스 이름이 와야 할 자리에 `end` 키워드가 있습니다']);
    expect(ko(P('  consume'))).toEqual(['`consume` 뒤에 큐 이름이 와야 합니다']);
    expect(ko(P('  compute "x"'))).toEqual(['숫자나 식이 와야 할 자리에 문자열이 있습니다']);
    expect(ko(P('  3'))).toEqual(['줄을 숫자 3으로 시작할 수는 없습니다']);
    expect(ko(P('  from A'))).toEqual(['줄을 `from` 키워드로 시작할 수는 없습니다']);
    expect(ko(P('  recv A'))).toEqual(['`from` 키워드가 와야 할 자리에 `A`가 있습니다']);
    expect(ko('process W[0 1]\nend')).toEqual(['`..` 기호가 와야 할 자리에 숫자 1이 있습니다']);
    expect(ko('process W[0..1]\n  if i\n  end\nend')).toEqual([
      '줄이 끝나기 전에 비교 연산자(`==`, `!=`, `<`, `<=`, `>`, `>=`)가 와야 합니다',
    ]);
    expect(ko('barrier W\nprocess W[0..1]\nend')).toEqual([
      '`W` 이름은 이미 1번째 줄에서 배리어로 선언되었습니다',
    ]);
    expect(ko('title ko "a"\ntitle ko "b"\nprocess A\nend')).toEqual([
      '`ko` 언어의 `title` 줄이 또 있습니다 (첫 번째는 1번째 줄)',
    ]);
    expect(ko('process A\n  send B "x"\nend\nprocess B\nend')).toEqual([
      '`B` 프로세스는 메시지를 받지 않으므로 이 메시지는 아무도 꺼내 가지 않습니다',
    ]);
  });

  it('falls back to the English text for a code or hint it does not know', () => {
    const d: Diagnostic = {
      severity: 'error',
      code: 'made-up',
      message: 'something odd',
      hint: 'try again',
      hintId: 'made-up-hint',
      span: { from: 0, to: 0, line: 1, col: 1, endLine: 1, endCol: 1 },
    };
    expect(diagnosticMessage(d, 'ko')).toBe('something odd');
    expect(diagnosticHint(d, 'ko')).toBe('try again');
    expect(renderDiagnostic(d, 'en')).toEqual({ message: 'something odd', hint: 'try again' });
  });
});

describe('run-time errors', () => {
  it('have stable, documented codes', () => {
    expect(RUN_ERROR_CODES.map((c) => c.code)).toEqual([
      'run-division-by-zero',
      'run-no-such-member',
      'run-negative-compute',
      'run-bad-timeout',
      'run-reply-without-request',
      'run-worker-failed',
    ]);
    for (const c of RUN_ERROR_CODES) expect(c.description.length).toBeGreaterThan(20);
  });

  it('keep the English messages the trace has always carried', () => {
    expect(runErrorMessage('run-division-by-zero', { op: '/' })).toBe('division by zero');
    expect(runErrorMessage('run-division-by-zero', { op: '%' })).toBe('remainder of a division by zero');
    expect(runErrorMessage('run-no-such-member', { group: 'W', index: 4, first: 1, last: 3 })).toBe(
      'W[4] does not exist: W has members 1..3',
    );
    expect(runErrorMessage('run-negative-compute', { duration: -1 })).toBe(
      'compute needs a duration of 0 or more, got -1',
    );
    expect(runErrorMessage('run-reply-without-request', {})).toBe('reply has no request to answer');
    expect(runErrorMessage('run-bad-timeout', { value: 0 })).toBe('timeout must be at least 1 tick, got 0');
    expect(runErrorMessage('run-worker-failed', { reason: 'crashed', worker: 2, detail: '' })).toBe(
      'Worker 2 crashed: it could not run',
    );
    expect(runErrorMessage('run-worker-failed', { reason: 'timeout', worker: 1, ms: 500 })).toBe(
      'Worker 1 stopped answering (no reply in 500 ms)',
    );
  });

  it.each(RUN_ERROR_CODES.map((c) => c.code))('renders %s in Korean with its values', (code) => {
    for (const params of RUN_SAMPLES[code]) {
      const text = runErrorText({ code, params }, 'ko') ?? '';
      expectKorean(
        text.replace(/Error: boom|Uncaught RangeError|process 3 already has a pull under way/, ''),
      );
      for (const value of Object.values(params)) {
        if (typeof value === 'number' || (params.reason === undefined && value !== '/' && value !== '%'))
          expect(text).toContain(String(value));
      }
      expect(runErrorText({ code, params }, 'en')).toBe(runErrorMessage(code, params));
    }
  });

  it('has no text for an error without a known code', () => {
    expect(runErrorText({}, 'ko')).toBeNull();
    expect(runErrorText({ code: 'run-made-up', params: {} }, 'en')).toBeNull();
  });
});

describe('reference links', () => {
  it('point at the code’s own heading in the reference of the language', () => {
    expect(referenceLink('unknown-keyword', 'en')).toBe('docs/reference.en.md#unknown-keyword');
    expect(referenceLink('run-division-by-zero', 'ko')).toBe('docs/reference.ko.md#run-division-by-zero');
  });
});
