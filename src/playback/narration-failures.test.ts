// Every failure event of the built-ins that teach failure is told, in English and Korean, and a
// few exact sentences, so the narration never skips what the stage shows.

import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../engine/trace';
import { runSource } from '../runtime/inprocess';
import { BUILTINS } from '../scenarios/all';
import { createPlayback } from './index';
import { narrate } from './narration';

const FAILURE_EVENTS = new Set<TraceEvent['type']>([
  'proc.crash',
  'proc.restart',
  'proc.timeout',
  'msg.lost',
  'msg.drop',
  'barrier.withdraw',
]);
const IDS = ['rpc-lost-reply', 'rpc-retry', 'queue-crash', 'barrier-crash', 'barrier-timeout', 'partition'];

/** The sentences of every failure event of built-in `id`, in `lang`. */
function told(id: string, lang: 'en' | 'ko'): { type: string; sentence: string }[] {
  const trace = runSource(BUILTINS.find((b) => b.id === id)!.source);
  const pb = createPlayback(trace);
  return trace.events.flatMap((e, k) =>
    FAILURE_EVENTS.has(e.type) ? [{ type: e.type, sentence: narrate(e, pb.stateAt(k + 1), lang) }] : [],
  );
}

describe('narration of failures', () => {
  it('every built-in that teaches failure has failure events, each told in both languages', () => {
    const seen = new Set<string>();
    for (const id of IDS)
      for (const lang of ['en', 'ko'] as const) {
        const list = told(id, lang);
        expect(list.length, id).toBeGreaterThan(0);
        for (const { type, sentence } of list) {
          seen.add(type);
          expect(sentence, `${id} ${type} ${lang}`).toMatch(/^t=\d+ · \S/);
          expect(sentence).not.toMatch(/undefined|null|NaN|\?/);
          if (lang === 'ko') expect(sentence).toMatch(/[가-힣]/);
        }
      }
    expect([...seen].sort()).toEqual([...FAILURE_EVENTS].sort());
  });

  it('tells the lost reply, the timeout, the crash and the late drop exactly', () => {
    expect(told('rpc-lost-reply', 'en')).toEqual([
      { type: 'msg.lost', sentence: 't=7 · Message #2 to Client is lost on the way.' },
    ]);
    expect(told('rpc-lost-reply', 'ko')[0]!.sentence).toBe(
      't=7 · Client로 가던 메시지 #2는 가는 길에 사라집니다.',
    );
    const retry = told('rpc-retry', 'en');
    expect(retry[1]).toEqual({
      type: 'proc.timeout',
      sentence: 't=8 · Client gives up waiting for a reply from Server after 8 ticks and goes on.',
    });
    expect(told('rpc-retry', 'ko')[1]!.sentence).toBe(
      't=8 · Client가 8틱 만에 Server의 응답 기다리기를 포기하고 다음으로 넘어갑니다.',
    );
    expect(retry.find((x) => x.type === 'msg.drop')!.sentence).toContain('#4 reaches Client too late');
    const crash = told('queue-crash', 'en');
    expect(crash.map((x) => x.type)).toEqual(['proc.crash', 'proc.restart']);
    expect(crash[0]!.sentence).toBe(
      't=7 · Worker crashes: whatever it was doing is abandoned, and its mailbox is gone.',
    );
    expect(told('partition', 'en')[0]!.sentence).toBe('t=12 · Message #4 to App is lost: the link is cut.');
  });
});
