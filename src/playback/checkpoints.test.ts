import { describe, expect, it } from 'vitest';
import { runSource } from '../runtime/inprocess';
import { checkpointAt, checkpointBefore, checkpointsOf, pickAsk, stopBefore } from './checkpoints';

const SOURCE = `process A
  compute 2
  ask en "Who arrives first?" answer "B"
  ask ko "누가 먼저 도착할까요?" answer "B입니다"
  barrier G
  ask "Done?"
end
process B
  barrier G
end
`;

describe('checkpoints', () => {
  const trace = runSource(SOURCE);
  const events = trace.events;
  const asks = events.flatMap((e, k) => (e.type === 'ask' ? [k] : []));

  it('groups the language lines of one checkpoint and ends just after them', () => {
    expect(asks).toHaveLength(3);
    const all = checkpointsOf(events);
    expect(all.map((c) => c.end)).toEqual([asks[1]! + 1, asks[2]! + 1]);
    expect(all[0]!.asks.map((a) => a.lang)).toEqual(['en', 'ko']);
    expect(all[0]!.asks[0]).toMatchObject({ process: 'A', line: 3, t: 2, answer: 'B' });
    expect(all[1]!.asks[0]).toMatchObject({ lang: null, answer: null, text: 'Done?' });
  });

  it('finds the last checkpoint at or before a position', () => {
    const [first, second] = checkpointsOf(events);
    expect(checkpointBefore(events, 0)).toBeNull();
    expect(checkpointBefore(events, first!.end - 1)).toBeNull();
    expect(checkpointBefore(events, first!.end)).toBe(first);
    expect(checkpointBefore(events, second!.end - 1)).toBe(first);
    expect(checkpointBefore(events, events.length)).toBe(second);
    // Exactly at a checkpoint: only the position right after its last line.
    expect(checkpointAt(events, first!.end)).toBe(first);
    expect(checkpointAt(events, first!.end - 1)).toBeNull();
    expect(checkpointAt(events, first!.end + 1)).toBeNull();
  });

  it('stops playing at the first checkpoint ahead, however far the jump', () => {
    const [first, second] = checkpointsOf(events);
    expect(stopBefore(events, 0, events.length)).toBe(first!.end);
    // A jump that would apply only the checkpoint's first line still stops after the whole checkpoint.
    expect(stopBefore(events, 0, asks[0]! + 1)).toBe(first!.end);
    // A jump that ends before the checkpoint is untouched.
    expect(stopBefore(events, 0, asks[0]!)).toBe(asks[0]);
    // Past the first checkpoint, the next stop is the second.
    expect(stopBefore(events, first!.end, events.length)).toBe(second!.end);
    expect(stopBefore(events, second!.end, events.length)).toBe(events.length);
  });

  it('picks the question in the reader’s language, else the untagged one', () => {
    const [first, second] = checkpointsOf(events);
    expect(pickAsk(first!, 'ko').text).toBe('누가 먼저 도착할까요?');
    expect(pickAsk(first!, 'en').text).toBe('Who arrives first?');
    expect(pickAsk(second!, 'ko').text).toBe('Done?');
  });

  it('a trace without asks has no checkpoints', () => {
    const plain = runSource('process A\n  compute 1\nend\n').events;
    expect(checkpointsOf(plain)).toEqual([]);
    expect(stopBefore(plain, 0, plain.length)).toBe(plain.length);
  });
});
