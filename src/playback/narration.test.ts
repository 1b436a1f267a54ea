import { describe, expect, it } from 'vitest';
import type { BlockReason, EventType, MessageKind, Outcome, OutcomeKind, Trace } from '../engine/trace';
import type { Lang } from '../lang/ast';
import { blockedView, procView } from './testkit-worlds';
import { barrierTwice, callReply, fixtures, queueCap, ssendAck } from './testkit-fixtures';
import { describeBlocked, describeOutcome, narrate } from './narration';
import { stateAt } from './state';
import { makeTrace, outcomeOf } from './testkit';

/** What the fixtures leave out: a note, a recv from a named sender, an error. */
const misc: Trace = makeTrace(
  { processes: ['서버', 'W[3]'] },
  [
    { type: 'proc.start', t: 0, process: '서버' },
    { type: 'proc.start', t: 0, process: 'W[3]' },
    { type: 'note', t: 0, process: '서버', line: 1, text: 'Waiting for W[3]', lang: 'en' },
    { type: 'note', t: 0, process: '서버', line: 2, text: 'W[3]의 결과를 기다립니다', lang: 'ko' },
    { type: 'proc.block', t: 0, process: '서버', line: 3, reason: 'recv', on: 'W[3]' },
    { type: 'proc.compute', t: 0, process: 'W[3]', line: 7, duration: 0 },
    { type: 'proc.error', t: 0, process: 'W[3]', line: 8, message: 'division by zero' },
  ],
  outcomeOf('error', 0, { process: 'W[3]', line: 8, message: 'W[3] failed at line 8: division by zero' }),
);

const all: Trace[] = [...Object.values(fixtures), misc];
const langs: Lang[] = ['en', 'ko'];
const hangul = /[\uac00-\ud7a3]/;
/** Text the scenario wrote (names, notes), which is in any language. */
const authored = (s: string): string => s.replaceAll('W[3]의 결과를 기다립니다', '').replaceAll('서버', '');
/** A name of these traces followed by a particle whose form does not fit the name's last sound. */
const badParticle =
  /(?:\b(?:A|B|C|P|Client|Server|jobs|sync|W\[2\])|서버)(?:이|은|을|과|으로)(?![\uac00-\ud7a3])|W\[3\](?:가|는|를|와|로)(?![\uac00-\ud7a3])/;
/** A name as the place of an action (에서 "at") where it is the one who acts. */
const nameAsPlace = /(?:\b[A-Z]\w*|\]|서버)에서/;

function sentences(trace: Trace, lang: Lang): string[] {
  return trace.events.map((e, k) => narrate(e, stateAt(trace, { index: k + 1 }), lang));
}

describe('narrate', () => {
  it('covers every event type, message kind and block reason', () => {
    const types = new Set<EventType>();
    const kinds = new Set<MessageKind>();
    const reasons = new Set<BlockReason>();
    for (const e of all.flatMap((t) => t.events)) {
      types.add(e.type);
      if (e.type === 'msg.send') kinds.add(e.kind);
      if (e.type === 'proc.block') reasons.add(e.reason);
    }
    expect(types.size).toBe(13);
    expect(kinds.size).toBe(7);
    expect(reasons.size).toBe(6);
  });

  it.each(langs)('says something real for every event (%s)', (lang) => {
    for (const trace of all) {
      for (const [k, s] of sentences(trace, lang).entries()) {
        const e = trace.events[k]!;
        expect(s).not.toMatch(/undefined|null|NaN|\[object|\?\/|\(\?/);
        if (e.type !== 'run.end') expect(s.startsWith(`t=${e.t} · `)).toBe(true);
        expect(hangul.test(authored(s))).toBe(lang === 'ko');
      }
    }
  });

  it('gives different English and Korean sentences, with particles that fit the names in Korean', () => {
    for (const trace of all) {
      const en = sentences(trace, 'en');
      const ko = sentences(trace, 'ko');
      for (const [k, s] of ko.entries()) {
        expect(s).not.toBe(en[k]);
        expect(s).not.toMatch(badParticle);
        expect(s).not.toMatch(nameAsPlace);
      }
    }
  });

  it('reads the same from the world before the event as from the world after it', () => {
    for (const trace of all) {
      for (const [k, e] of trace.events.entries()) {
        for (const lang of langs) {
          expect(narrate(e, stateAt(trace, { index: k }), lang)).toBe(
            narrate(e, stateAt(trace, { index: k + 1 }), lang),
          );
        }
      }
    }
  });

  it('tells who takes what and who still waits', () => {
    const e = callReply.events[7]!;
    const w = stateAt(callReply, { index: 8 });
    expect(narrate(e, w, 'en')).toBe(
      't=1 · Server takes request #1 "q" from Client; Client still waits for the reply.',
    );
    expect(narrate(e, w, 'ko')).toBe(
      't=1 · Server가 Client의 요청(#1 "q")을 받습니다. Client는 아직 응답을 기다립니다.',
    );
    const reply = callReply.events[9]!;
    expect(narrate(reply, stateAt(callReply, { index: 10 }), 'en')).toBe(
      't=3 · Server answers request #1 from Client with reply #2 "a"; it arrives at t=4.',
    );
    const ack = ssendAck.events[7]!;
    expect(narrate(ack, stateAt(ssendAck, { index: 8 }), 'en')).toBe(
      't=3 · B sends acknowledgement #2 back to A, confirming message #1; it arrives at t=4.',
    );
  });

  it('explains queues and barriers', () => {
    expect(narrate(queueCap.events[3]!, stateAt(queueCap, { index: 4 }), 'en')).toBe(
      't=0 · Queue jobs is full (1/1), so P waits for a free slot (line 3).',
    );
    expect(narrate(barrierTwice.events[9]!, stateAt(barrierTwice, { index: 10 }), 'en')).toBe(
      't=2 · Barrier sync opens (generation 0): A, B and C go on together.',
    );
    expect(narrate(barrierTwice.events[9]!, stateAt(barrierTwice, { index: 10 }), 'ko')).toBe(
      't=2 · 배리어 sync의 0세대가 다 모였습니다. A, B, C 모두 함께 다시 진행합니다.',
    );
  });
});

describe('describeBlocked', () => {
  const cases: [BlockReason, string | null, string, string][] = [
    ['recv', null, 'waiting for a message', '메시지를 기다리는 중'],
    ['recv', 'Server', 'waiting for a message from Server', 'Server의 메시지를 기다리는 중'],
    ['ssend', 'B', 'waiting for ack from B', 'B의 수신 확인(ack)을 기다리는 중'],
    ['call', 'Server', 'waiting for reply from Server', 'Server의 응답을 기다리는 중'],
    ['publish', 'jobs', 'waiting for a free slot in jobs', '큐 jobs의 빈자리를 기다리는 중'],
    ['consume', 'jobs', 'waiting for a message from jobs', '큐 jobs의 메시지를 기다리는 중'],
  ];

  it.each(cases)('captions a %s wait on %s', (reason, on, en, ko) => {
    const p = procView('P', { status: 'blocked', blocked: blockedView(reason, on, 0, 1) });
    expect(describeBlocked(p, 'en')).toBe(en);
    expect(describeBlocked(p, 'ko')).toBe(ko);
  });

  it('counts arrivals at a barrier', () => {
    const a = stateAt(barrierTwice, { index: 7 }).processes[0]!;
    expect(describeBlocked(a, 'en')).toBe('waiting at barrier sync (2/3)');
    expect(describeBlocked(a, 'ko')).toBe('배리어 sync에서 기다리는 중 (2/3)');
    expect(describeBlocked(procView('P'), 'en')).toBe('');
  });
});

describe('describeOutcome', () => {
  const outcomes: Outcome[] = [
    outcomeOf('completed', 9),
    outcomeOf('idle', 9, { blocked: [{ process: 'Server', reason: 'recv', waitsFor: null }] }),
    outcomeOf('deadlock', 9, {
      blocked: [
        { process: 'A', reason: 'call', waitsFor: 'B' },
        { process: 'B', reason: 'ssend', waitsFor: 'A' },
        { process: 'C', reason: 'barrier', waitsFor: ['D', 'E'] },
        { process: 'D', reason: 'publish', waitsFor: 'jobs' },
        { process: 'E', reason: 'recv', waitsFor: 'A' },
        { process: 'F', reason: 'consume', waitsFor: 'jobs' },
      ],
      cycle: ['A', 'B'],
    }),
    outcomeOf('limit', 9, { limit: 'events' }),
    outcomeOf('limit', 9, { limit: 'time' }),
    outcomeOf('limit', 9, { limit: 'statements' }),
    outcomeOf('error', 9, { process: 'W[2]', line: 4, message: 'no request to reply to' }),
  ];

  it('explains every outcome kind in both languages', () => {
    const seen = new Set<OutcomeKind>();
    for (const o of outcomes) {
      seen.add(o.kind);
      const en = describeOutcome(o, 'en');
      const ko = describeOutcome(o, 'ko');
      expect(en).not.toMatch(/undefined|null|NaN/);
      expect(ko).not.toMatch(/undefined|null|NaN/);
      expect(hangul.test(ko)).toBe(true);
      expect(ko).not.toBe(en);
      expect(ko).not.toMatch(badParticle);
      expect(ko).not.toMatch(nameAsPlace);
    }
    expect(seen.size).toBe(5);
  });

  it('names who waits for what, and the cycle', () => {
    const deadlock = outcomes[2]!;
    const en = describeOutcome(deadlock, 'en');
    expect(en).toContain('A waits for the reply from B.');
    expect(en).toContain('B waits for A to take its message and acknowledge it.');
    expect(en).toContain('C waits at a barrier for D and E to arrive.');
    expect(en).toContain('The cycle of waiting: A → B → A.');
    const ko = describeOutcome(deadlock, 'ko');
    expect(ko).toContain('A가 B의 응답을 기다립니다. B가 A의 수신 확인(ack)을 기다립니다.');
    expect(ko).toContain('순환 대기: A → B → A.');
  });

  it('names the barrier when given the world', () => {
    const o = outcomeOf('deadlock', 0, { blocked: [{ process: 'A', reason: 'barrier', waitsFor: ['C'] }] });
    const w = stateAt(barrierTwice, { index: 7 });
    expect(describeOutcome(o, 'en', w)).toContain('A waits at barrier sync for C to arrive.');
    expect(describeOutcome(o, 'ko', w)).toContain('A가 배리어 sync의 나머지 참가자(C)를 기다립니다.');
  });
});
