// Source → expected diagnostics, one table per stage; the tests run them and check that every
// diagnostic code appears somewhere.

import { expect } from 'vitest';
import { check } from '../index';

/** [code, line, col, hint (exact), or undefined not to check it] */
export type Want = [string, number, number, (string | null)?];

export interface Case {
  name: string;
  src: string;
  want: Want[];
}

/** A process A that receives, around the given body lines. */
export const P = (body: string) => `process A\n${body}\n  recv\nend\n`;

/** Problems found while lexing and parsing. */
export const syntaxCases: Case[] = [
  // — input as a whole —
  {
    name: 'empty input',
    src: '',
    want: [['no-process', 1, 1, 'add `process NAME`, its statements, and `end`']],
  },
  { name: 'only comments', src: '# nothing\n\n  # here\n', want: [['no-process', 1, 1]] },
  { name: 'declarations but no process', src: 'title "x"\nqueue q\n', want: [['no-process', 1, 1]] },
  // — lexer —
  { name: 'unexpected character', src: P('  compute 1 @'), want: [['unexpected-char', 2, 13, null]] },
  {
    name: 'single = hints ==',
    src: 'process W[0..1]\n  if i = 0\n  end\nend',
    want: [['unexpected-char', 2, 8, 'to compare, write `==`']],
  },
  {
    name: 'smart quotes',
    src: P('  note “hi”'),
    want: [
      ['unexpected-char', 2, 8, 'strings use straight double quotes `"`'],
      ['unexpected-char', 2, 11],
    ],
  },
  {
    name: 'fraction',
    src: P('  compute 1.5'),
    want: [['unexpected-char', 2, 12, 'numbers are whole ticks; fractions are not allowed']],
  },
  {
    name: 'unterminated string at its quote',
    src: P('  send A "hello # not a comment'),
    want: [['unterminated-string', 2, 10, 'add the closing `"` on the same line']],
  },
  {
    name: 'bad escape',
    src: P('  send A "a\\nb"'),
    want: [['bad-escape', 2, 12, 'only `\\"` and `\\\\` are escapes; write `\\\\` for a backslash']],
  },
  {
    name: 'number too large',
    src: 'seed 9007199254740992\nprocess A\nend',
    want: [['number-too-large', 1, 6, 'the largest number is 9007199254740991']],
  },
  { name: 'largest number is fine', src: 'seed 9007199254740991\nprocess A\nend', want: [] },
  // — line starts —
  {
    name: 'misspelt statement',
    src: P('  sned A'),
    want: [['unknown-keyword', 2, 3, 'did you mean `send`?']],
  },
  { name: 'wrong case', src: P('  Send A'), want: [['unknown-keyword', 2, 3, 'did you mean `send`?']] },
  { name: 'nothing close', src: P('  frobnicate'), want: [['unknown-keyword', 2, 3, null]] },
  {
    name: 'top-level keywords suggested at top level',
    src: 'titel "x"\nprocess A\nend',
    want: [['unknown-keyword', 1, 1, 'did you mean `title`?']],
  },
  {
    name: 'misspelt process still opens its block',
    src: 'proces A\n  recv\nend\nprocess B\nend',
    want: [['unknown-keyword', 1, 1, 'did you mean `process`?']],
  },
  {
    name: 'misspelt loop still opens its block',
    src: 'process A\n  lopo\n    recv\n  end\nend',
    want: [['unknown-keyword', 2, 3, 'did you mean `loop`?']],
  },
  {
    name: 'else suggested only inside if',
    src: 'process W[0..1]\n  if i == 0\n  esle\n  end\nend',
    want: [['unknown-keyword', 3, 3, 'did you mean `else`?']],
  },
  { name: 'number at line start', src: P('  5'), want: [['expected-keyword', 2, 3]] },
  { name: 'keyword that cannot start a line', src: P('  from A'), want: [['expected-keyword', 2, 3]] },
  {
    name: 'statement at top level',
    src: 'send A\nprocess A\n  recv\nend',
    want: [['statement-outside-process', 1, 1, 'put it between `process NAME` and `end`']],
  },
  {
    name: 'block statement at top level keeps ends matched',
    src: 'loop\n  recv\nend\nprocess A\nend',
    want: [['statement-outside-process', 1, 1]],
  },
  {
    name: 'top-level line inside a process',
    src: P('  latency 3'),
    want: [['toplevel-in-process', 2, 3, 'move it outside the `process` … `end` block']],
  },
  { name: 'queue declaration inside a process', src: P('  queue q'), want: [['toplevel-in-process', 2, 3]] },
  // — blocks —
  { name: 'missing end of a process', src: 'process Client\n  recv\n', want: [['missing-end', 1, 1]] },
  {
    name: 'missing end of a nested block (both open)',
    src: 'title "t"\nprocess A\n  loop\n    recv\n',
    want: [
      ['missing-end', 2, 1],
      ['missing-end', 3, 3],
    ],
  },
  {
    name: 'missing end before the next process',
    src: 'process A\n  recv\nprocess B\n  recv\nend',
    want: [['missing-end', 1, 1]],
  },
  {
    name: 'extra end',
    src: 'process A\n  recv\nend\nend',
    want: [['extra-end', 4, 1, 'remove it, or check which block it was meant to close']],
  },
  { name: 'else outside if', src: P('  else'), want: [['else-outside-if', 2, 3]] },
  {
    name: 'else in a repeat inside an if',
    src: 'process W[0..1]\n  if i == 0\n    repeat 2\n    else\n    end\n  end\n  recv\nend',
    want: [['else-outside-if', 4, 5]],
  },
  {
    name: 'two elses',
    src: 'process W[0..1]\n  if i == 0\n  else\n  else\n  end\n  recv\nend',
    want: [['duplicate-else', 4, 3]],
  },
  {
    name: 'else if',
    src: 'process W[0..1]\n  if i == 0\n  else if i == 1\n  else\n  end\n  recv\nend',
    want: [['else-if', 3, 3, 'write `else`, then a nested `if` … `end` inside it']],
  },
  // — tokens inside lines —
  { name: 'number where a name belongs', src: P('  send 5'), want: [['expected-name', 2, 8]] },
  {
    name: 'keyword where a name belongs',
    src: P('  send end'),
    want: [['expected-name', 2, 8, '`end` is a keyword and cannot be a name']],
  },
  { name: 'missing name at end of line', src: P('  consume'), want: [['expected-name', 2, 10]] },
  {
    name: 'string where a process name belongs',
    src: 'process "A"\nend',
    want: [
      ['no-process', 1, 1],
      ['expected-name', 1, 9],
    ],
  },
  { name: 'missing expression', src: P('  compute'), want: [['expected-expression', 2, 10]] },
  {
    name: 'name in an expression',
    src: P('  compute x'),
    want: [['expected-expression', 2, 11, 'expressions use numbers, `i`, `n`, `+ - * / %` and parentheses']],
  },
  { name: 'dangling operator', src: P('  compute 1 +'), want: [['expected-expression', 2, 14]] },
  { name: 'missing text', src: P('  note'), want: [['expected-string', 2, 7]] },
  { name: 'text is not quoted', src: 'title Hello\nprocess A\nend', want: [['expected-string', 1, 7]] },
  { name: 'setting without a number', src: 'latency\nprocess A\nend', want: [['expected-number', 1, 8]] },
  { name: 'negative setting', src: 'jitter -1\nprocess A\nend', want: [['expected-number', 1, 8]] },
  { name: 'missing ]', src: 'process W[0..1]\n  send W[0\n  recv\nend', want: [['expected-token', 2, 11]] },
  { name: 'missing ..', src: 'process W[0 1]\nend', want: [['expected-token', 1, 13]] },
  { name: 'missing )', src: P('  compute (1 + 2'), want: [['expected-token', 2, 17]] },
  {
    name: 'link without latency',
    src: 'link A B 3\nprocess A\nend\nprocess B\nend',
    want: [['expected-token', 1, 10]],
  },
  { name: 'recv without from', src: P('  recv A'), want: [['expected-token', 2, 8, 'write `recv from A`']] },
  {
    name: 'if without comparison',
    src: 'process W[0..1]\n  if i\n  end\nend',
    want: [['expected-token', 2, 7]],
  },
  {
    name: 'two statements on one line',
    src: P('  compute 1 compute 2'),
    want: [['unexpected-token', 2, 13, 'write one statement per line']],
  },
  {
    name: 'parties on a barrier statement',
    src: P('  barrier B parties 2'),
    want: [['unexpected-token', 2, 13, '`parties` belongs on a top-level `barrier` declaration']],
  },
  {
    name: 'unknown language',
    src: 'title fr "Bonjour"\nprocess A\nend',
    want: [['bad-lang', 1, 7, 'write `en` or `ko`, or leave the language out']],
  },
];

/** Problems found by the checker: names, kinds, values known before the run, warnings. */
export const checkCases: Case[] = [
  // — names —
  { name: 'duplicate process', src: 'process A\nend\nprocess A\nend', want: [['duplicate-name', 3, 9]] },
  {
    name: 'queue named like a process',
    src: 'process A\nend\nqueue A',
    want: [
      [
        'duplicate-name',
        3,
        7,
        'processes, groups, queues and barriers share one namespace; choose another name',
      ],
    ],
  },
  {
    name: 'barrier named like a group',
    src: 'barrier W\nprocess W[0..1]\nend',
    want: [['duplicate-name', 2, 9]],
  },
  {
    name: 'duplicate setting',
    src: 'latency 1\nlatency 2\nprocess A\nend',
    want: [['duplicate-setting', 2, 1]],
  },
  {
    name: 'two untagged titles',
    src: 'title "a"\ntitle "b"\nprocess A\nend',
    want: [['duplicate-title', 2, 1]],
  },
  {
    name: 'two ko abouts',
    src: 'about ko "a"\nabout en "b"\nabout ko "c"\nprocess A\nend',
    want: [['duplicate-about', 3, 1]],
  },
  {
    name: 'unknown process',
    src: 'process Server\n  recv\nend\nprocess C\n  send Sever\nend',
    want: [['unknown-name', 5, 8, 'did you mean `Server`?']],
  },
  { name: 'unknown process, nothing close', src: P('  send Zebra'), want: [['unknown-name', 2, 8, null]] },
  {
    name: 'suggestions only among processes',
    src: 'queue Server\nprocess A\n  send Serve\n  recv\nend',
    want: [['unknown-name', 3, 8, null]],
  },
  { name: 'unknown recv from', src: P('  recv from B'), want: [['unknown-name', 2, 13]] },
  {
    name: 'unknown link end',
    src: 'link A Srv latency 2\nprocess A\nend\nprocess Srv1\nend',
    want: [['unknown-name', 1, 8, 'did you mean `Srv1`?']],
  },
  {
    name: 'send to a queue',
    src: 'queue q\nprocess A\n  send q\n  recv\nend',
    want: [['wrong-kind', 3, 8, 'to put a message on a queue, use `publish`; to take one, `consume`']],
  },
  {
    name: 'publish to a process',
    src: P('  publish A'),
    want: [['wrong-kind', 2, 11, '`publish` and `consume` work on queues; processes use `send` and `recv`']],
  },
  {
    name: 'consume a barrier',
    src: P('  barrier B\n  consume B'),
    want: [['wrong-kind', 3, 11, 'use `barrier NAME` to wait at a barrier']],
  },
  { name: 'barrier on a queue', src: P('  publish q\n  barrier q'), want: [['wrong-kind', 3, 11]] },
  {
    name: 'link to a barrier',
    src: 'barrier B\nlink A B latency 1\nprocess A\nend',
    want: [['wrong-kind', 2, 8]],
  },
  {
    name: 'group without index',
    src: 'process W[0..2]\n  recv\nend\nprocess A\n  send W\nend',
    want: [['group-needs-index', 5, 8, 'write `W[0]` … `W[2]`']],
  },
  { name: 'index on a single process', src: P('  send A[0]'), want: [['not-a-group', 2, 8]] },
  {
    name: 'index on a queue in a link',
    src: 'queue q\nlink q[1] A latency 1\nprocess A\nend',
    want: [['not-a-group', 2, 6]],
  },
  {
    name: 'constant index out of range',
    src: 'process W[1..3]\n  recv\nend\nprocess A\n  send W[0]\nend',
    want: [['index-out-of-range', 5, 8, '`W` has members 1..3']],
  },
  {
    name: 'index with n out of range',
    src: 'process W[0..3]\n  send W[n]\n  recv\nend',
    want: [['index-out-of-range', 2, 8]],
  },
  {
    name: 'index with i is checked at run time',
    src: 'process W[0..3]\n  send W[i + 10]\n  recv\nend',
    want: [],
  },
  {
    name: 'link member out of range',
    src: 'link W[4] W[0] latency 1\nprocess W[0..3]\nend',
    want: [['index-out-of-range', 1, 6]],
  },
  { name: 'i outside a group', src: P('  compute i * 2'), want: [['var-outside-group', 2, 11]] },
  {
    name: 'n outside a group (in an index)',
    src: 'process W[0..1]\n  recv\nend\nprocess A\n  send W[n - 1]\nend',
    want: [['var-outside-group', 5, 10]],
  },
  {
    name: 'empty range',
    src: 'process W[3..1]\nend',
    want: [['bad-range', 1, 11, 'write the smaller number first: `[1..3]`']],
  },
  {
    name: 'too many processes',
    src: 'process W[1..4000]\nend\nprocess V[0..96]\nend\nprocess X\nend',
    want: [['too-many-processes', 3, 1]],
  },
  { name: 'exactly 4096 processes', src: 'process W[1..4095]\nend\nprocess X\nend', want: [] },
  { name: 'parties 0', src: 'barrier B parties 0\nprocess A\nend', want: [['must-be-positive', 1, 19]] },
  { name: 'capacity 0', src: 'queue q capacity 0\nprocess A\nend', want: [['must-be-positive', 1, 18]] },
  { name: 'negative compute', src: P('  compute 2 - 3'), want: [['negative-amount', 2, 11]] },
  { name: 'negative repeat', src: P('  repeat -1\n  end'), want: [['negative-amount', 2, 10]] },
  { name: 'division by zero', src: P('  compute 4 / (2 - 2)'), want: [['division-by-zero', 2, 11]] },
  {
    name: 'modulo by zero with n',
    src: 'process W[0..0]\n  compute 3 % (n - 1)\nend',
    want: [['division-by-zero', 2, 11]],
  },
  {
    name: 'blocks nested too deep',
    src: `process A\n${'loop\n'.repeat(60)}${'end\n'.repeat(60)}end`,
    want: [['too-deep', 41, 1]],
  },
  {
    name: 'expression nested too deep',
    src: P(`  compute ${'('.repeat(40)}1${')'.repeat(40)}`),
    want: [['too-deep', 2, 43]],
  },
  { name: 'expression too long', src: P(`  compute 1${' + 1'.repeat(300)}`), want: [['too-deep', 2, 11]] },
  // — warnings —
  {
    name: 'after a loop',
    src: 'process A\n  loop\n    recv\n  end\n  compute 1\n  compute 2\nend',
    want: [['unreachable', 5, 3]],
  },
  {
    name: 'after a nested loop',
    src: 'process A\n  recv\n  repeat 2\n    loop\n    end\n    note "x"\n  end\nend',
    want: [['unreachable', 6, 5]],
  },
  {
    name: 'parties exceed users',
    src: 'barrier B parties 3\nprocess A\n  barrier B\nend\nprocess C\n  barrier B\nend',
    want: [['parties-exceed-users', 1, 1, 'it would wait forever; write `parties 2` or leave `parties` out']],
  },
  {
    name: 'parties with no user',
    src: 'barrier B parties 1\nprocess A\nend',
    want: [['parties-exceed-users', 1, 1, 'no program contains `barrier B`']],
  },
  {
    name: 'parties counted per group member',
    src: 'barrier B parties 4\nprocess W[0..3]\n  barrier B\nend',
    want: [],
  },
  {
    name: 'never receives (send)',
    src: 'process A\n  send B "x"\nend\nprocess B\nend',
    want: [['never-receives', 2, 3, 'add `recv` to the program of `B`']],
  },
  {
    name: 'never receives (call, group)',
    src: 'process A\n  call W[1]\nend\nprocess W[0..1]\n  reply\nend',
    want: [['never-receives', 2, 3]],
  },
  {
    name: 'receives somewhere nested',
    src: 'process A\n  ssend B\nend\nprocess B\n  loop\n    if 1 == 1\n      recv\n    end\n  end\nend',
    want: [],
  },
];

/** Checks `src` and compares every diagnostic's code, line and column (and the given hints) in order. */
export function runCase({ src, want }: Case): void {
  const r = check(src);
  const got = r.diagnostics.map((d) => [d.code, d.span.line, d.span.col]);
  expect(got).toEqual(want.map(([code, line, col]) => [code, line, col]));
  want.forEach(([, , , hint], k) => {
    if (hint !== undefined) expect(r.diagnostics[k]?.hint).toBe(hint);
  });
  expect(r.ok).toBe(!r.diagnostics.some((d) => d.severity === 'error'));
}
