import { describe, expect, it } from 'vitest';
import { STAGE_STRINGS } from './strings';

// A run the explorer found counts deliveries, not ticks (SPEC §8): the stage's own words for
// times say so, in both languages; a timed run keeps its ticks.
describe('stage times on either clock', () => {
  const { en, ko } = STAGE_STRINGS;

  it('a lost message says when: t=7 in a timed run, delivery 7 in an explored one', () => {
    expect(en.when(7, false)).toBe('t=7');
    expect(en.when(7, true)).toBe('delivery 7');
    expect(ko.when(7, true)).toBe('전달 7');
    expect(en.goneTitle('reply', 2, 'Server', 'Client', 7, 'lose', false)).toContain('lost at t=7:');
    expect(en.goneTitle('reply', 2, 'Server', 'Client', 3, 'lose', true)).toContain('lost at delivery 3:');
    expect(ko.goneTitle('응답', 2, 'Server', 'Client', 3, 'lose', true)).toContain('전달 3번째에 유실');
    expect(ko.goneTitle('응답', 2, 'Server', 'Client', 7, 'late', false)).toContain('t=7에 버려짐');
  });

  it('a give-up says how long in the run clock’s own unit', () => {
    expect(en.gaveUp(4, false)).toBe('gave up after 4 ticks');
    expect(en.gaveUp(1, true)).toBe('gave up after 1 delivery');
    expect(en.gaveUp(2, true)).toBe('gave up after 2 deliveries');
    expect(ko.gaveUp(4, false)).toBe('4틱 기다리다 포기');
    expect(ko.gaveUp(2, true)).toBe('전달 2번 동안 기다리다 포기');
  });
});
