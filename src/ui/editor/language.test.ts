import { StringStream } from '@codemirror/language';
import { describe, expect, it } from 'vitest';
import { rdvHighlighter } from './highlight';
import { rdvParser, type RdvState } from './language';

/** Every (text, token) pair of the lines, read with one running state as CodeMirror does. */
function tokens(text: string): [string, string | null][][] {
  const state = rdvParser.startState?.(2) as RdvState;
  return text.split('\n').map((line) => {
    const out: [string, string | null][] = [];
    const stream = new StringStream(line, 2, 2);
    while (!stream.eol()) {
      const style = rdvParser.token(stream, state);
      if (style !== null) out.push([stream.current(), style]);
      stream.start = stream.pos;
    }
    return out;
  });
}

describe('highlighting tokens', () => {
  it('tells keywords, names, strings, numbers, comments and tags apart', () => {
    const [title, queue, proc, send, repeat, note, end] = tokens(
      'title ko "제목"\nqueue jobs capacity 2\nprocess W[1..3]  # workers\n  send W[i+1] "a \\" b"\n  repeat n\n  note en "x"\nend',
    );
    expect(title).toEqual([
      ['title', 'keyword'],
      ['ko', 'atom'],
      ['"제목"', 'string'],
    ]);
    expect(queue).toEqual([
      ['queue', 'keyword'],
      ['jobs', 'variableName.definition'],
      ['capacity', 'keyword'],
      ['2', 'number'],
    ]);
    expect(proc?.map((t) => t[1])).toEqual([
      'keyword',
      'variableName.definition',
      'squareBracket',
      'number',
      'operator',
      'number',
      'squareBracket',
      'lineComment',
    ]);
    expect(send).toEqual([
      ['send', 'keyword'],
      ['W', 'variableName'],
      ['[', 'squareBracket'],
      ['i', 'variableName.special'],
      ['+', 'operator'],
      ['1', 'number'],
      [']', 'squareBracket'],
      ['"a \\" b"', 'string'],
    ]);
    expect(repeat).toEqual([
      ['repeat', 'controlKeyword'],
      ['n', 'variableName.special'],
    ]);
    expect(note?.[1]).toEqual(['en', 'atom']);
    expect(end).toEqual([['end', 'controlKeyword']]);
  });

  it('marks unterminated strings and stray characters', () => {
    const [line] = tokens('  send A "open');
    expect(line?.[2]).toEqual(['"open', 'string invalid']);
    const [bad] = tokens('compute 1 = 2');
    expect(bad?.[2]).toEqual(['=', 'invalid']);
  });

  it('uses a name, not a definition, for barriers used inside a process', () => {
    const [, use] = tokens('process A\n  barrier b\nend');
    expect(use?.[1]).toEqual(['b', 'variableName']);
    const [decl] = tokens('barrier b parties 2');
    expect(decl?.[1]).toEqual(['b', 'variableName.definition']);
  });

  it('knows the words of goals only where they stand (SPEC §7)', () => {
    const kinds = (src: string, line = 0) => {
      const row = tokens(src)[line] ?? [];
      return row.map((t) => `${t[0]}:${t[1]}`).join(' ');
    };
    expect(kinds('goal outcome completed en "Finish" ko "끝"')).toBe(
      'goal:keyword outcome:keyword completed:atom en:atom "Finish":string ko:atom "끝":string',
    );
    expect(kinds('goal time <= 12')).toBe('goal:keyword time:keyword <=:operator 12:number');
    expect(kinds('goal blocked en <= 4 en "x"')).toBe(
      'goal:keyword blocked:keyword en:variableName <=:operator 4:number en:atom "x":string',
    );
    expect(kinds('goal delivered W[2] >= 1')).toBe(
      'goal:keyword delivered:keyword W:variableName [:squareBracket 2:number ]:squareBracket >=:operator 1:number',
    );
    // A process named `goal` is a name wherever it is not a line's first word.
    expect(kinds('process goal\n  send goal\nend', 1)).toBe('send:keyword goal:variableName');
    expect(kinds('process outcome\nend', 0)).toBe('process:keyword outcome:variableName.definition');
  });

  it('knows the words of failures only where they stand (SPEC §6)', () => {
    const kinds = (line: string) =>
      tokens(line)[0]
        ?.map((t) => `${t[0]}:${t[1]}`)
        .join(' ');
    expect(kinds('crash at at 3')).toBe('crash:keyword at:variableName at:keyword 3:number');
    expect(kinds('restart W[1] at 4')).toBe(
      'restart:keyword W:variableName [:squareBracket 1:number ]:squareBracket at:keyword 4:number',
    );
    expect(kinds('lose count W[2] skip 1 count 2')).toBe(
      'lose:keyword count:variableName W:variableName [:squareBracket 2:number ]:squareBracket skip:keyword 1:number count:keyword 2:number',
    );
    expect(kinds('delay A jobs by 2')).toBe(
      'delay:keyword A:variableName jobs:variableName by:keyword 2:number',
    );
    expect(kinds('cut to from from 1 to 2')).toBe(
      'cut:keyword to:variableName from:variableName from:keyword 1:number to:keyword 2:number',
    );
    const [, recv, recvFrom, consume, iff, brk] = tokens(
      'process W[0..1]\n  recv timeout n\n  recv from timeout timeout 2\n  consume timeout timeout i\n  if not timedout\n  break',
    );
    expect(recv).toEqual([
      ['recv', 'keyword'],
      ['timeout', 'keyword'],
      ['n', 'variableName.special'],
    ]);
    expect(recvFrom?.map((t) => t[1])).toEqual(['keyword', 'keyword', 'variableName', 'keyword', 'number']);
    expect(consume?.map((t) => t[1])).toEqual(['keyword', 'variableName', 'keyword', 'variableName.special']);
    expect(iff).toEqual([
      ['if', 'controlKeyword'],
      ['not', 'keyword'],
      ['timedout', 'keyword'],
    ]);
    expect(brk).toEqual([['break', 'controlKeyword']]);
    const [, send] = tokens('process A\n  send timeout "x"');
    expect(send?.[1]).toEqual(['timeout', 'variableName']);
  });

  it('indents by open blocks, and dedents `end` and `else`', () => {
    const state = rdvParser.startState?.(2) as RdvState;
    for (const line of ['process A', '  if 1 == 1']) {
      const stream = new StringStream(line, 2, 2);
      while (!stream.eol()) {
        rdvParser.token(stream, state);
        stream.start = stream.pos;
      }
    }
    const cx = { unit: 2 } as Parameters<NonNullable<typeof rdvParser.indent>>[2];
    expect(rdvParser.indent?.(state, 'compute 1', cx)).toBe(4);
    expect(rdvParser.indent?.(state, 'else', cx)).toBe(2);
    expect(rdvParser.indent?.(state, 'end', cx)).toBe(2);
  });

  it('maps tags to classes through their parents', () => {
    const tag = (name: string, parents: string[] = []) => {
      const t = { toString: () => name, set: [] as unknown[] };
      t.set = [t, ...parents.map((p) => ({ toString: () => p }))];
      return t;
    };
    const style = (...tags: ReturnType<typeof tag>[]) =>
      rdvHighlighter.style(tags as unknown as Parameters<typeof rdvHighlighter.style>[0]);
    expect(style(tag('lineComment', ['comment']))).toBe('rdv-comment');
    expect(style(tag('controlKeyword', ['keyword']))).toBe('rdv-control');
    expect(style(tag('definition(variableName)', ['variableName']))).toBe('rdv-def');
    expect(style(tag('string'), tag('invalid'))).toBe('rdv-string rdv-invalid');
    expect(style(tag('meta'))).toBeNull();
  });
});
