import { describe, expect, it } from 'vitest';
import { check } from '../../lang';
import { blocksBefore, lineStarts, openBlocks } from './scan';
import { PALETTE } from './strings';
import { insertTemplate, type Insertion } from './templates';

const SRC = `process Client
  send Server "hi"
  repeat 2

  end
end
process Server
  recv
end
process W[1..2]
  compute 1
end
`;

const apply = (doc: string, e: Insertion) => doc.slice(0, e.from) + e.insert + doc.slice(e.to);
const selected = (doc: string, e: Insertion) => apply(doc, e).slice(e.anchor, e.head);
/** Offset of the end of 1-based `line`. */
const endOf = (doc: string, line: number) =>
  doc
    .split('\n')
    .slice(0, line)
    .reduce((n, l) => n + l.length + 1, -1);
const startOf = (doc: string, line: number) => endOf(doc, line) - (doc.split('\n')[line - 1]?.length ?? 0);

describe('palette insertions', () => {
  it('fills a blank line with the indentation of the block around it', () => {
    const e = insertTemplate(SRC, startOf(SRC, 4), 'send', { scenario: check(SRC).scenario });
    const out = apply(SRC, e);
    expect(out.split('\n')[3]).toBe('    send Server "hello"');
    expect(selected(SRC, e)).toBe('Server');
  });

  it('goes below the cursor line, one level deeper after a block opener', () => {
    const e = insertTemplate(SRC, endOf(SRC, 3), 'compute');
    expect(apply(SRC, e).split('\n').slice(2, 5)).toEqual(['  repeat 2', '    compute 2', '']);
    expect(selected(SRC, e)).toBe('2');
    const after = insertTemplate(SRC, endOf(SRC, 2), 'recv');
    expect(apply(SRC, after).split('\n')[2]).toBe('  recv');
    expect(after.anchor).toBe(after.head);
    expect(apply(SRC, after).slice(0, after.anchor).endsWith('  recv')).toBe(true);
  });

  it('goes above the line when the cursor is in its indentation', () => {
    const e = insertTemplate(SRC, startOf(SRC, 2) + 1, 'reply');
    expect(apply(SRC, e).split('\n').slice(1, 3)).toEqual(['  reply "response"', '  send Server "hi"']);
    expect(selected(SRC, e)).toBe('response');
    const beforeEnd = insertTemplate(SRC, startOf(SRC, 9), 'note', { noteText: 'say "hi"' });
    expect(apply(SRC, beforeEnd).split('\n')[8]).toBe('  note "say \\"hi\\""');
  });

  it('writes blocks on three lines with the cursor in the body', () => {
    const e = insertTemplate(SRC, endOf(SRC, 8), 'repeat');
    const out = apply(SRC, e);
    expect(out.split('\n').slice(7, 11)).toEqual(['  recv', '  repeat 3', '    ', '  end']);
    expect(e.anchor).toBe(e.head);
    expect(out.slice(0, e.anchor).split('\n').pop()).toBe('    ');
  });

  it('picks a target other than the sender, and `i` conditions only in groups', () => {
    const scenario = check(SRC).scenario;
    const fromServer = insertTemplate(SRC, endOf(SRC, 8), 'call', { scenario });
    expect(selected(SRC, fromServer)).toBe('Client');
    const inGroup = insertTemplate(SRC, endOf(SRC, 11), 'if', { scenario });
    expect(apply(SRC, inGroup).split('\n').slice(11, 14)).toEqual(['  if i == 1', '    ', '  end']);
    expect(selected(SRC, inGroup)).toBe('i == 1');
    const single = insertTemplate(SRC, endOf(SRC, 8), 'if', { scenario });
    expect(selected(SRC, single)).toBe('1 == 1');
    const noNames = insertTemplate('process A\n\nend\n', 10, 'ssend');
    expect(selected('process A\n\nend\n', noNames)).toBe('Server');
  });

  it('uses declared queue and barrier names', () => {
    const doc = 'queue inbox\nbarrier gate\nprocess P\n  compute 1\nend\n';
    const scenario = check(doc).scenario;
    expect(selected(doc, insertTemplate(doc, endOf(doc, 4), 'publish', { scenario }))).toBe('inbox');
    expect(selected(doc, insertTemplate(doc, endOf(doc, 4), 'barrier', { scenario }))).toBe('gate');
  });

  it('inserts `break` as is inside a repeat, and the retry idiom outside any loop', () => {
    const scenario = check(SRC).scenario;
    const inside = insertTemplate(SRC, endOf(SRC, 4), 'break', { scenario });
    expect(apply(SRC, inside).split('\n')[3]).toBe('    break');
    const below = insertTemplate(SRC, endOf(SRC, 3), 'break', { scenario });
    expect(apply(SRC, below).split('\n')[3]).toBe('    break');
    const outside = insertTemplate(SRC, endOf(SRC, 8), 'break', { scenario });
    expect(apply(SRC, outside).split('\n').slice(8, 14)).toEqual([
      '  repeat 3',
      '    call Client "request" timeout 4',
      '    if not timedout',
      '      break',
      '    end',
      '  end',
    ]);
    expect(selected(SRC, outside)).toBe('Client');
    expect(check(apply(SRC, outside)).ok).toBe(true);
  });

  it('puts a goal at the top level: on a blank top-level line, else at the end of the text', () => {
    const doc = `${SRC}\n`;
    const inside = insertTemplate(doc, endOf(doc, 2), 'goal');
    expect(apply(doc, inside)).toBe(`${SRC}goal outcome completed\n`);
    expect(selected(doc, inside)).toBe('completed');
    const blank = 'process A\nend\n\nprocess B\nend\n';
    const onBlank = insertTemplate(blank, startOf(blank, 3), 'goal');
    expect(apply(blank, onBlank)).toBe('process A\nend\ngoal outcome completed\nprocess B\nend\n');
    expect(selected(blank, onBlank)).toBe('completed');
    const bare = 'process A\nend';
    expect(apply(bare, insertTemplate(bare, 3, 'goal'))).toBe('process A\nend\ngoal outcome completed\n');
    expect(check(apply(bare, insertTemplate(bare, 3, 'goal'))).scenario.goals).toHaveLength(1);
  });

  it('inserts a statement that checks cleanly for every palette item', () => {
    const scenario = check(SRC).scenario;
    for (const item of PALETTE) {
      for (const line of [4, 8, 11]) {
        const e = insertTemplate(SRC, endOf(SRC, line), item, { scenario });
        const errors = check(apply(SRC, e)).diagnostics.filter((d) => d.severity === 'error');
        expect(errors, `${item} after line ${line}`).toEqual([]);
      }
    }
  });
});

describe('block scanning', () => {
  it('tracks open blocks, process names and groups', () => {
    expect(openBlocks(['process W[1..2]', '  loop', '    if i == 1'])).toMatchObject([
      { kind: 'process', name: 'W', group: true },
      { kind: 'loop', line: 2 },
      { kind: 'if', line: 3, indent: '    ' },
    ]);
    expect(openBlocks(['process A', 'repeat 2', 'end', 'end', 'end'])).toEqual([]);
    expect(openBlocks(['process A', '  loop', 'process B  # recovers'])).toMatchObject([
      { name: 'B', group: false },
    ]);
    expect(openBlocks(['# process A', '"process"'])).toEqual([]);
  });

  it('reads the blocks open at a position, with any line breaks', () => {
    const doc = 'process A\r\n  repeat 2\r\n    compute 1';
    expect(blocksBefore(doc, doc.length).map((b) => b.kind)).toEqual(['process', 'repeat']);
    expect(blocksBefore(doc, 3)).toEqual([]);
  });
});

describe('statements typed outside every process', () => {
  it('go at the end of the process above the cursor, else the first one', () => {
    const doc = 'title "t"\nprocess A\n  recv\nend\n\nprocess B\n  compute 1\nend\n';
    const atTop = insertTemplate(doc, 0, 'send');
    expect(apply(doc, atTop).split('\n').slice(1, 5)).toEqual([
      'process A',
      '  recv',
      '  send Server "hello"',
      'end',
    ]);
    const between = insertTemplate(doc, startOf(doc, 5), 'compute');
    expect(apply(doc, between).split('\n').slice(2, 5)).toEqual(['  recv', '  compute 2', 'end']);
    const atEnd = insertTemplate(doc, doc.length, 'loop');
    expect(apply(doc, atEnd).split('\n').slice(6, 11)).toEqual([
      '  compute 1',
      '  loop',
      '    ',
      '  end',
      'end',
    ]);
    expect(apply(doc, atEnd).slice(0, atEnd.anchor).split('\n').pop()).toBe('    ');
  });

  it('stay where they are without any process, and on a process header go inside', () => {
    expect(apply('\n', insertTemplate('\n', 0, 'recv'))).toBe('recv\n');
    const doc = 'process A\nend\n';
    expect(apply(doc, insertTemplate(doc, 4, 'recv'))).toBe('process A\n  recv\nend\n');
  });

  it('finds line starts with any line breaks', () => {
    expect(lineStarts('a\r\nb\rc\nd')).toEqual([0, 3, 5, 7]);
  });
});
