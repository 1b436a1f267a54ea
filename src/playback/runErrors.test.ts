// Run-time errors as the class reads them: the `proc.error` event and the error outcome, in English
// as the trace has them, and in Korean from their code.

import { describe, expect, it } from 'vitest';
import { rdv } from '../engine/testkit';
import type { Trace } from '../engine/trace';
import { runSource } from '../runtime/inprocess';
import { describeOutcome, narrate } from './narration';
import { stateAt } from './state';
import { makeTrace, outcomeOf } from './testkit';

/** The narrated `proc.error` event of a trace, in `lang`. */
function errorSentence(trace: Trace, lang: 'en' | 'ko'): string {
  const k = trace.events.findIndex((e) => e.type === 'proc.error');
  return narrate(trace.events[k]!, stateAt(trace, { index: k + 1 }), lang);
}

const cases = [
  {
    src: rdv`
      process W[1..3]
        compute 6 / (3 - i)
      end`,
    en: 'W[3] stops with an error at line 2: division by zero',
    ko: 'W[3] 프로세스가 2번째 줄에서 오류로 멈춥니다: 0으로 나누려 했습니다',
  },
  {
    src: rdv`
      process W[1..1]
        compute 7 % (i - 1)
      end`,
    en: 'W[1] stops with an error at line 2: remainder of a division by zero',
    ko: 'W[1] 프로세스가 2번째 줄에서 오류로 멈춥니다: 0으로 나눈 나머지를 구하려 했습니다',
  },
  {
    src: rdv`
      process W[1..3]
        send W[i + 1] "x"
      end`,
    en: 'W[3] stops with an error at line 2: W[4] does not exist: W has members 1..3',
    ko: 'W[3] 프로세스가 2번째 줄에서 오류로 멈춥니다: W 그룹에는 번호가 4인 멤버가 없습니다. 멤버 번호는 1부터 3까지입니다',
  },
  {
    src: rdv`
      process W[1..1]
        compute i - 2
      end`,
    en: 'W[1] stops with an error at line 2: compute needs a duration of 0 or more, got -1',
    ko: 'W[1] 프로세스가 2번째 줄에서 오류로 멈춥니다: compute 시간은 0 이상이어야 하는데, 계산한 값은 -1입니다',
  },
  {
    src: rdv`
      process A
        reply "nobody asked"
      end`,
    en: 'A stops with an error at line 2: reply has no request to answer',
    ko: 'A 프로세스가 2번째 줄에서 오류로 멈춥니다: reply로 답할 요청이 없습니다',
  },
];

describe('run-time errors in narration', () => {
  it.each(cases)('narrates $en, and in Korean from the code', ({ src, en, ko }) => {
    const trace = runSource(src);
    expect(errorSentence(trace, 'en')).toBe(`t=${trace.outcome.time} · ${en}`);
    expect(errorSentence(trace, 'ko')).toBe(`t=${trace.outcome.time} · ${ko}`);
    const message = ko.slice(ko.indexOf(': ') + 2);
    expect(describeOutcome(trace.outcome, 'ko')).toBe(
      `t=${trace.outcome.time}에 ${trace.outcome.process} 프로세스의 ${trace.outcome.line}번째 줄에서 오류가 나서 실행이 멈췄습니다: ${message}`,
    );
    // English outcomes keep their sentence, which has the English message in it.
    expect(describeOutcome(trace.outcome, 'en')).toContain(trace.outcome.message);
  });

  it('explains a host failure in Korean, with or without the process', () => {
    const timeout = outcomeOf('error', 3, {
      message: 'Error at t=3: Worker 2 stopped answering (no reply in 500 ms).',
      code: 'run-worker-failed',
      params: { reason: 'timeout', worker: 2, ms: 500 },
    });
    expect(describeOutcome(timeout, 'ko')).toBe(
      't=3에 오류가 나서 실행이 멈췄습니다: 2번 워커가 500ms 동안 응답하지 않았습니다',
    );
    const silent = outcomeOf('error', 0, {
      process: 'B',
      message: 'Error at t=0: B: its program produced no further operation.',
      code: 'run-worker-failed',
      params: { reason: 'no-operation' },
    });
    expect(describeOutcome(silent, 'ko')).toBe(
      't=0에 B 프로세스에서 오류가 나서 실행이 멈췄습니다: 프로세스의 프로그램이 다음 동작을 내놓지 않았습니다',
    );
  });

  it('shows the recorded English message for an error without a code', () => {
    const trace = makeTrace(
      { processes: ['A'] },
      [
        { type: 'proc.start', t: 0, process: 'A' },
        { type: 'proc.error', t: 0, process: 'A', line: 2, message: 'there is no queue named q' },
      ],
      outcomeOf('error', 0, {
        process: 'A',
        line: 2,
        message: 'Error at t=0: A failed at line 2: there is no queue named q.',
      }),
    );
    expect(errorSentence(trace, 'ko')).toBe(
      't=0 · A 프로세스가 2번째 줄에서 오류로 멈춥니다: there is no queue named q',
    );
  });
});
