import { describe, expect, it } from 'vitest';
import { displayWidth, fitList, wrapText } from './wrap';

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

describe('wrapText with widows and lists', () => {
  it('does not leave a short Korean word alone on the last line', () => {
    const lines = wrapText('큐 jobs의 메시지를 기다리는 중', 22, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).not.toBe('중');
    expect(lines[1]!.endsWith('기다리는\u00a0중')).toBe(true);
  });
  it('never splits a Korean word', () => {
    const lines = wrapText('Server의 응답을 기다리는 중', 12, 3);
    expect(lines.join(' ').replace(/\u00a0/g, ' ')).toBe('Server의 응답을 기다리는 중');
  });
  it('measures with the given measure, and takes a word along for a short last one', () => {
    expect(wrapText('aa bb cc', 50, 3, (t) => t.length * 10)).toEqual(['aa', 'bb cc']);
    expect(wrapText('aaaa bbbb', 50, 3, (t) => t.length * 10)).toEqual(['aaaa', 'bbbb']);
  });
});

describe('fitList', () => {
  it('shows as many names as fit and counts the rest', () => {
    const names = ['Worker[1]', 'Worker[2]', 'Worker[3]', 'Worker[4]'];
    expect(fitList('missing', names, 100)).toBe('missing: Worker[1], Worker[2], Worker[3], Worker[4]');
    expect(fitList('missing', names, 40)).toBe('missing: Worker[1], Worker[2] +2');
    expect(fitList('missing', [], 40)).toBe('missing: —');
  });
});

describe('Korean one-syllable words', () => {
  it('never start a line: "중" stays with the word before it', () => {
    const lines = wrapText('배리어 sync에서 기다리는 중 (3/3)', 20, 2);
    expect(lines).toEqual(['배리어 sync에서', '기다리는\u00a0중 (3/3)']);
    for (const line of lines) expect(line.startsWith('중')).toBe(false);
  });
});
