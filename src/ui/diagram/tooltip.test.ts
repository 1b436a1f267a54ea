import { describe, expect, it } from 'vitest';
import { smallModel } from './testModels';
import { describeHit } from './tooltip';

const model = smallModel();

describe('tooltips', () => {
  it('describe a message: id, kind, ends and times', () => {
    expect(describeHit(model, { kind: 'arrow', index: 0 }, 'en')).toEqual({
      title: 'Message #1 · message',
      lines: ['P → Q', 'sent at 3 · delivered at 8'],
    });
    expect(describeHit(model, { kind: 'arrow', index: 3 }, 'en').lines[1]).toBe(
      'sent at 16 · not delivered before the run ended',
    );
    expect(describeHit(model, { kind: 'arrow', index: 1 }, 'ko').title).toBe('메시지 #2 · 요청');
  });

  it('describe waits, compute and barrier generations', () => {
    expect(describeHit(model, { kind: 'wait', index: 1 }, 'en')).toEqual({
      title: 'Waiting: call',
      lines: ['P · on Q', '10 → 14 (4 ticks)'],
    });
    expect(describeHit(model, { kind: 'wait', index: 3 }, 'en').lines).toEqual(['R', '17 → (never ended)']);
    expect(describeHit(model, { kind: 'wait', index: 0 }, 'ko').title).toBe('기다림: 수신');
    expect(describeHit(model, { kind: 'bar', index: 2 }, 'en').lines).toEqual(['R', '2 → 2.2 (0.2 ticks)']);
    expect(describeHit(model, { kind: 'band', index: 0 }, 'en')).toEqual({
      title: 'Barrier B · generation 1',
      lines: ['first arrival 5 · release 15', 'arrived: R, P'],
    });
    expect(describeHit(model, { kind: 'band', index: 1 }, 'ko').lines[0]).toBe('첫 도착 18 · 해제되지 않음');
    expect(describeHit(model, { kind: 'lane', lane: 3 }, 'en')).toEqual({ title: 'jobs', lines: ['queue'] });
  });
});
