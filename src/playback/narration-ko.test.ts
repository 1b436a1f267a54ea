// The Korean narration of the built-in scenarios, read against how a Korean says each name: the
// readings below are written out by hand, not computed by josa(), so a wrong rule shows here.

import { describe, expect, it } from 'vitest';
import type { Trace } from '../engine/trace';
import { runSource } from '../runtime/inprocess';
import { BUILTINS } from '../scenarios/all';
import { narrate } from './narration';
import { stateAt } from './state';

/** Each built-in name and how it is said; a group member is said by its number in Sino-Korean. */
const SAID: Record<string, string> = {
  Client: '클라이언트',
  Server: '서버',
  Producer: '프로듀서',
  Worker: '워커',
  Writer: '라이터',
  Reader: '리더',
  Near: '니어',
  Far: '파',
  Main: '메인',
  A: '에이',
  B: '비',
  Orders: '오더스',
  Inventory: '인벤토리',
  Billing: '빌링',
  Email: '이메일',
  jobs: '잡스',
  pipe: '파이프',
  inbox1: '인박스일',
  inbox2: '인박스이',
  inbox3: '인박스삼',
  sync: '싱크',
  start: '스타트',
  mapped: '맵트',
  App: '앱',
  Db: '디비',
  Sensor: '센서',
  Camera: '카메라',
  Collector: '컬렉터',
  Monitor: '모니터',
  Tally: '탤리',
};
const NUMBER = ['영', '일', '이', '삼', '사', '오', '육', '칠', '팔', '구'];
const said = (name: string): string => {
  const member = /\[(\d)\]$/.exec(name);
  return member ? NUMBER[Number(member[1])]! : SAID[name]!;
};

/** The particle forms after a syllable: [with a final consonant, without]; ㄹ counts as a vowel before 로. */
const PAIRS: [string, string][] = [
  ['이', '가'],
  ['을', '를'],
  ['은', '는'],
  ['과', '와'],
  ['으로', '로'],
];
function fits(syllable: string, particle: string): boolean {
  const jong = ((syllable.codePointAt(0) ?? 0) - 0xac00) % 28;
  const pair = PAIRS.find((p) => p.includes(particle))!;
  const final = jong !== 0 && !(jong === 8 && pair[0] === '으로');
  return particle === (final ? pair[0] : pair[1]);
}

const escape = (s: string): string => s.replace(/[[\]]/g, '\\$&');

function korean(trace: Trace): string[] {
  return trace.events.map((e, k) => narrate(e, stateAt(trace, { index: k + 1 }), 'ko'));
}

const runs = BUILTINS.map((b) => [b.id, runSource(b.source)] as const);

describe('Korean narration of the built-ins', () => {
  it.each(runs)('puts the right particle after every name (%s)', (_id, trace) => {
    const names = [
      ...trace.scenario.processes,
      ...trace.scenario.queues.map((q) => q.name),
      ...trace.scenario.barriers.map((b) => b.name),
    ];
    // Longest first, so that `Worker[1]` is not read as `Worker`.
    const alternatives = [...names].sort((a, b) => b.length - a.length).map(escape);
    const named = new RegExp(`(${alternatives.join('|')})(이|가|을|를|은|는|과|와|으로|로)(?![가-힣])`, 'gu');
    let seen = 0;
    // A scenario's own notes and questions are its author's words, not the narration's.
    const ours = korean(trace).filter((s) => !/의 (?:설명|질문) \(/.test(s));
    for (const sentence of ours) {
      for (const [, name, particle] of sentence.matchAll(named)) {
        const syllables = said(name!);
        expect(syllables, `${name} is in the table`).toBeDefined();
        expect([sentence, fits(syllables.slice(-1), particle!)]).toEqual([sentence, true]);
        seen++;
      }
      // 에서 says where, not who: the one who acts is never "Server에서".
      expect(sentence).not.toMatch(new RegExp(`(?:${alternatives.join('|')})에서`, 'u'));
    }
    expect(seen).toBeGreaterThan(0);
  });

  const lines = (id: string): string[] => korean(runs.find(([i]) => i === id)![1]);

  it('makes the waiting server and the computing worker the subject', () => {
    expect(lines('rpc')).toContain(
      't=0 · Server가 메시지를 기다립니다 (21번째 줄). 아직 도착한 메시지가 없습니다.',
    );
    expect(lines('rpc')).toContain(
      't=2 · Server가 Client의 요청(#1 "GET /balance")을 받습니다. Client는 아직 응답을 기다립니다.',
    );
    expect(lines('barrier')).toContain('t=0 · Worker[3]이 9틱 동안 계산합니다 (13번째 줄, t=9까지).');
    expect(lines('barrier')).toContain('t=0 · Worker[2]가 4틱 동안 계산합니다 (15번째 줄, t=4까지).');
    expect(lines('barrier')).toContain(
      't=2 · Worker[1]이 배리어 sync의 다른 참가자를 기다립니다 (1/3 도착).',
    );
    expect(lines('start-gate')).toContain('t=0 · Main이 5틱 동안 계산합니다 (12번째 줄, t=5까지).');
    expect(lines('fanout-rpc')).toContain(
      't=0 · Email이 메시지를 기다립니다 (39번째 줄). 아직 도착한 메시지가 없습니다.',
    );
  });

  it('says who waits for whom when the run ends', () => {
    expect(lines('deadlock').at(-1)).toBe(
      't=1에 교착 상태(데드락)가 생겼습니다. 어떤 프로세스도 더 진행할 수 없습니다. ' +
        'A가 B의 수신 확인(ack)을 기다립니다. B가 A의 수신 확인(ack)을 기다립니다. 순환 대기: A → B → A.',
    );
    expect(lines('ring-ssend').at(-1)).toContain(
      'P[0]이 P[1]의 수신 확인(ack)을 기다립니다. P[1]이 P[2]의 수신 확인(ack)을 기다립니다. ' +
        'P[2]가 P[3]의 수신 확인(ack)을 기다립니다. P[3]이 P[0]의 수신 확인(ack)을 기다립니다.',
    );
    expect(lines('queue').at(-1)).toContain(
      'Worker[1]이 큐 jobs의 메시지를 기다립니다. Worker[2]가 큐 jobs의 메시지를 기다립니다.',
    );
  });
});
