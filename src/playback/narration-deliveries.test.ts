// A run the explorer found (SPEC §8) counts deliveries, not ticks: its narration says every time
// and every wait in deliveries, in English and in Korean ("전달 2번 동안 대기", never "2틱 대기").

import { describe, expect, it } from 'vitest';
import { checkOrThrow, runInProcess } from '../runtime/inprocess';
import { explore } from '../explore';
import { narrateTrace } from './log';

const RPC = 'process Client\n  call Server timeout 3\nend\nprocess Server\n  recv\n  reply\nend\n';

function sentences(source: string, kind: string, lang: 'en' | 'ko', lose = 0): string[] {
  const run = explore(checkOrThrow(source), { lose }).outcomes.find((o) => o.kind === kind)!.run;
  return [...narrateTrace(run, lang, 'deliveries')].map((s) => s.sentence);
}

describe('narration of an explored run', () => {
  it('says waits, arrivals and the clock in deliveries, in Korean', () => {
    const ko = sentences(RPC, 'completed', 'ko');
    expect(ko.join('\n')).not.toMatch(/틱|t=\d/);
    expect(ko).toContain(
      '전달 0 · Client가 Server에게 호출 요청을 보내고 응답을 기다립니다 (#1, 전달 1번째에 도착).',
    );
    expect(ko).toContain('전달 2 · Server의 응답이 돌아와 Client가 다시 진행합니다 (전달 2번 동안 대기).');
    expect(ko.at(-1)).toBe(
      '실행이 완료되었습니다. 모든 프로세스가 전달 2번째까지 프로그램을 끝까지 실행했습니다.',
    );
  });

  it('and in English', () => {
    const en = sentences(RPC, 'completed', 'en');
    expect(en.join('\n')).not.toMatch(/tick|t=\d/);
    expect(en).toContain(
      'delivery 2 · The reply from Server is back, so Client goes on after waiting 2 deliveries.',
    );
    expect(en).toContain(
      'delivery 0 · Client calls Server with request #1 and waits for the reply; it arrives with delivery 1.',
    );
  });

  it('a give-up before any delivery is said without a length; the timed run still speaks of ticks', () => {
    const ko = sentences(RPC, 'deadlock', 'ko', 1);
    expect(ko).toContain('전달 0 · Client가 Server의 응답 기다리기를 포기하고 다음으로 넘어갑니다.');
    const en = sentences(RPC, 'deadlock', 'en', 1);
    expect(en).toContain('delivery 0 · Client gives up waiting for a reply from Server and goes on.');
    const timed = [...narrateTrace(runInProcess(checkOrThrow(RPC)), 'ko')].map((s) => s.sentence);
    expect(timed).toContain('t=2 · Server의 응답이 돌아와 Client가 다시 진행합니다 (2틱 대기).');
  });
});
