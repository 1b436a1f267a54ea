import { describe, expect, it } from 'vitest';
import { runSource } from '../runtime/inprocess';
import { createPlayback } from './index';
import { narrateTrace, sentenceAt } from './log';
import { narrate } from './narration';
import { BUILTINS } from '../scenarios/all';

const source = `latency 2
queue jobs capacity 1
barrier b
process A
  call B "x"
  publish jobs
  publish jobs
  barrier b
end
process B
  recv
  reply "y"
  consume jobs
  consume jobs
  barrier b
end`;

describe('narrating a stretch of the trace', () => {
  const trace = runSource(source);
  const playback = createPlayback(trace, { interval: 8 });
  const expected = (k: number, lang: 'en' | 'ko') => narrate(trace.events[k]!, playback.stateAt(k + 1), lang);

  it('narrateTrace gives the same sentence as narrating each event from its own world', () => {
    for (const { index, sentence } of narrateTrace(trace, 'en')) expect(sentence).toBe(expected(index, 'en'));
  });

  it('sentenceAt agrees whether it walks forward, jumps back or jumps far', () => {
    const fresh = createPlayback(trace, { interval: 8 });
    const order = [3, 4, 5, 9, 2, trace.events.length - 1, 0, 7, 8, 8, 1];
    for (const k of order) {
      expect(sentenceAt(fresh, k, 'en')).toBe(expected(k, 'en'));
      expect(sentenceAt(fresh, k, 'ko')).toBe(expected(k, 'ko'));
    }
  });

  it.each(BUILTINS.map((b) => [b.id, b.source] as const))(
    'sentenceAt, walking forward, says exactly what a full World says, in both languages: %s',
    (_id, text) => {
      const run = runSource(text);
      const pb = createPlayback(run);
      for (let k = 0; k < run.events.length; k++)
        for (const lang of ['en', 'ko'] as const)
          expect(sentenceAt(pb, k, lang)).toBe(narrate(run.events[k]!, pb.stateAt(k + 1), lang));
    },
  );
});

describe('a synchronous message taken while its sender waits', () => {
  it('says the sender still waits for the acknowledgement, walking or from a full World', () => {
    const trace = runSource('latency 2\nprocess A\n  ssend B "s"\nend\nprocess B\n  recv\nend\n');
    const playback = createPlayback(trace, { interval: 8 });
    const k = trace.events.findIndex((e) => e.type === 'msg.recv');
    expect(sentenceAt(playback, k, 'en')).toBe(
      't=2 · ' + 'B takes synchronous message #1 "s" from A; A still waits for the acknowledgement.',
    );
    for (let j = 0; j < trace.events.length; j++)
      expect(sentenceAt(createPlayback(trace), j, 'en')).toBe(
        narrate(trace.events[j]!, playback.stateAt(j + 1), 'en'),
      );
  });
});
