import { describe, expect, it } from 'vitest';
import { ClockValue } from './clock';

describe('ClockValue', () => {
  it('tells every listener each new value at once, and nothing when the value stays', () => {
    const c = new ClockValue(2);
    const seen: number[] = [];
    const other: number[] = [];
    c.on('change', (t) => seen.push(t));
    c.on('change', (t) => other.push(t));
    c.set(3);
    expect(seen).toEqual([3]);
    c.set(3);
    c.set(4.5);
    expect(seen).toEqual([3, 4.5]);
    expect(other).toEqual(seen);
    expect(c.get()).toBe(4.5);
  });

  it('stops telling a listener once it unsubscribes, even from inside a notification', () => {
    const c = new ClockValue();
    const seen: number[] = [];
    const stop = c.on('change', (t) => {
      seen.push(t);
      if (t === 2) stop();
    });
    c.set(1);
    c.set(2);
    c.set(3);
    expect(seen).toEqual([1, 2]);
  });
});
