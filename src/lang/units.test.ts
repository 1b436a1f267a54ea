import { describe, expect, it } from 'vitest';
import { Reporter } from './diagnostics';
import { lex } from './lexer';
import { LineMap } from './span';
import { editDistance, suggest } from './suggest';
import { check, KEYWORDS, utf8Length } from './index';

describe('LineMap', () => {
  it('maps offsets to lines and code-point columns', () => {
    const m = new LineMap('ab\n😀x\r\ny\rz');
    expect(m.lineCount).toBe(4);
    expect(m.span(0, 1)).toMatchObject({ line: 1, col: 1, endLine: 1, endCol: 2 });
    expect(m.span(3, 5)).toMatchObject({ line: 2, col: 1, endCol: 2 }); // the emoji is 2 units, 1 column
    expect(m.span(5, 6)).toMatchObject({ line: 2, col: 2, endCol: 3 });
    expect(m.span(8, 9)).toMatchObject({ line: 3, col: 1 });
    expect(m.span(10, 11)).toMatchObject({ line: 4, col: 1 });
  });

  it('clamps spans into the text', () => {
    const m = new LineMap('abc');
    expect(m.span(-5, 99)).toMatchObject({ from: 0, to: 3, line: 1, col: 1, endCol: 4 });
    expect(new LineMap('').span(0, 0)).toMatchObject({ from: 0, to: 0, line: 1, col: 1 });
  });
});

describe('lexer', () => {
  const tokens = (src: string) => {
    const r = new Reporter(new LineMap(src));
    return { lines: lex(src, r), diags: r.list };
  };

  it('cuts lines into names, numbers, strings and symbols', () => {
    const { lines, diags } = tokens('send W[i+1] "a\\"b" # c\n  0..12 <= != ==');
    expect(diags).toEqual([]);
    expect(lines[0]?.tokens.map((t) => [t.kind, t.value])).toEqual([
      ['name', 'send'],
      ['name', 'W'],
      ['punct', '['],
      ['name', 'i'],
      ['punct', '+'],
      ['number', '1'],
      ['punct', ']'],
      ['string', 'a"b'],
    ]);
    expect(lines[1]?.tokens.map((t) => t.text)).toEqual(['0', '..', '12', '<=', '!=', '==']);
  });

  it('reads Unicode names with marks and digits', () => {
    const { lines } = tokens('देव Σ2 _a1 é');
    expect(lines[0]?.tokens.map((t) => [t.kind, t.text])).toEqual([
      ['name', 'देव'],
      ['name', 'Σ2'],
      ['name', '_a1'],
      ['name', 'é'],
    ]);
  });

  it('groups a run of bad characters into one diagnostic and names invisible ones', () => {
    const { diags } = tokens('a @$! b\n\u0000');
    expect(diags.map((d) => [d.code, d.span.col, d.span.endCol])).toEqual([
      ['unexpected-char', 3, 6],
      ['unexpected-char', 1, 2],
    ]);
    expect(diags[0]?.message).toBe('unexpected character `@`');
    expect(diags[1]?.message).toBe('unexpected character `U+0000`');
  });
});

describe('suggest', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('sned', 'send')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('abc', 'abcdef', 2)).toBe(3);
  });

  it('prefers a case-insensitive match, then the nearest within the allowance', () => {
    expect(suggest('SEND', ['ssend', 'send'])).toBe('send');
    expect(suggest('reciev', KEYWORDS)).toBe('recv');
    expect(suggest('xyz', KEYWORDS)).toBe(null);
    expect(suggest('B', ['A'])).toBe(null); // one letter: only a case match
    expect(suggest('b', ['A', 'B'])).toBe('B');
  });
});

describe('check', () => {
  it('is deterministic', () => {
    const src = 'process A\n  sned B\nend\nprocess A\nend';
    expect(check(src)).toEqual(check(src));
  });

  it('measures UTF-8 length', () => {
    expect(utf8Length('aé한😀')).toBe(1 + 2 + 3 + 4);
    expect(utf8Length('\ud800')).toBe(3);
  });

  it('keeps KEYWORDS to the reserved words (not en/ko/i/n)', () => {
    expect(KEYWORDS).toHaveLength(26);
    for (const w of ['en', 'ko', 'i', 'n']) expect(KEYWORDS).not.toContain(w);
  });
});
