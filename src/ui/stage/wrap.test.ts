import { describe, expect, it } from 'vitest';
import { displayWidth, wrapText } from './wrap';

describe('wrapText', () => {
  it('keeps short text on one line', () => {
    expect(wrapText('waiting for a message', 30, 2)).toEqual(['waiting for a message']);
  });
  it('breaks at spaces and fits every line', () => {
    const lines = wrapText('waiting at barrier sync (2/3)', 20, 2);
    expect(lines).toEqual(['waiting at barrier', 'sync (2/3)']);
  });
  it('cuts the last line with an ellipsis when the text is too long', () => {
    const lines = wrapText('waiting for the acknowledgement from a process with a long name', 20, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(20);
  });
  it('counts Korean characters as wide', () => {
    expect(displayWidth('대기 중')).toBe(7);
    for (const line of wrapText('Server의 응답을 기다리는 중', 12, 2))
      expect(displayWidth(line)).toBeLessThanOrEqual(12);
  });
});
