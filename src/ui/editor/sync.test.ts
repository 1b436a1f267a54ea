import { describe, expect, it } from 'vitest';
import { diffRange, normalizeBreaks, planSync } from './sync';

describe('syncing the value prop', () => {
  it('does nothing when the text is the same (line breaks aside)', () => {
    expect(planSync('a\nb', 'a\r\nb')).toEqual({ kind: 'none' });
    expect(normalizeBreaks('a\rb\r\nc')).toBe('a\nb\nc');
  });

  it('makes a minimal edit when most of the text stays (a knob)', () => {
    const before = 'latency 1\nprocess A\n  compute 1\nend\n';
    const after = 'latency 12\nprocess A\n  compute 1\nend\n';
    expect(planSync(before, after)).toEqual({ kind: 'change', from: 9, to: 9, insert: '2' });
  });

  it('starts a fresh document when little stays (another scenario)', () => {
    expect(planSync('process A\nend\n', 'queue q\nprocess Zed\n  consume q\nend\n')).toEqual({
      kind: 'reset',
      text: 'queue q\nprocess Zed\n  consume q\nend\n',
    });
    expect(planSync('', 'x')).toEqual({ kind: 'reset', text: 'x' });
  });

  it('never splits a surrogate pair', () => {
    const d = diffRange('a😀b', 'a😁b');
    expect(d).toEqual({ from: 1, toA: 3, toB: 3 });
  });
});
