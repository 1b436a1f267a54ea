// Source → expected diagnostics for SPEC §7: the `goal` lines.

import type { Case } from './cases';

/** Twelve lines: a queue, a barrier, a client and its server, a group; the goal goes on line 13. */
const HEAD = [
  'queue jobs',
  'barrier B',
  'process Client',
  '  call Server',
  'end',
  'process Server',
  '  recv',
  '  reply',
  'end',
  'process W[0..2]',
  '  barrier B',
  'end',
  '',
].join('\n');

const KINDS = 'a goal is `outcome`, `time`, `blocked`, `delivered`, `never` or `can`';
const OUTCOMES = 'a run ends `completed`, `idle`, `deadlock`, `limit` or `error`';
const OPS = 'compare with `<=`, `<`, `>=`, `>` or `==`; for “not N”, write two goals or use `<` or `>`';

/** Problems in goal lines, found by the parser or the checker. */
export const goalCases: Case[] = [
  // — syntax —
  { name: 'goal with no kind', src: `${HEAD}goal`, want: [['expected-token', 13, 5, KINDS]] },
  {
    name: 'unknown kind of goal',
    src: `${HEAD}goal speed <= 3`,
    want: [['unknown-goal-kind', 13, 6, KINDS]],
  },
  {
    name: 'misspelt kind of goal',
    src: `${HEAD}goal tiem <= 3`,
    want: [['unknown-goal-kind', 13, 6, 'did you mean `time`?']],
  },
  {
    name: 'goal outcome with no kind',
    src: `${HEAD}goal outcome`,
    want: [['expected-token', 13, 13, OUTCOMES]],
  },
  {
    name: 'unknown outcome',
    src: `${HEAD}goal outcome finished`,
    want: [['unknown-outcome', 13, 14, OUTCOMES]],
  },
  {
    name: 'misspelt outcome',
    src: `${HEAD}goal outcome deadlok`,
    want: [['unknown-outcome', 13, 14, 'did you mean `deadlock`?']],
  },
  { name: 'goal with !=', src: `${HEAD}goal time != 5`, want: [['goal-not-equal', 13, 11, OPS]] },
  { name: 'goal without a comparison', src: `${HEAD}goal time 5`, want: [['expected-token', 13, 11, OPS]] },
  {
    name: 'goal with a single =',
    src: `${HEAD}goal time = 5`,
    want: [['unexpected-char', 13, 11, 'to compare, write `==`']],
  },
  { name: 'goal without its number', src: `${HEAD}goal time <=`, want: [['expected-number', 13, 13]] },
  {
    name: 'goal with a name for a number',
    src: `${HEAD}goal time <= t`,
    want: [['expected-number', 13, 14]],
  },
  {
    name: 'goal number is a literal',
    src: `${HEAD}goal time <= 2 + 3`,
    want: [['unexpected-token', 13, 16, 'the number of a goal is a plain number, not an expression']],
  },
  {
    name: 'goal blocked without a process',
    src: `${HEAD}goal blocked <= 3`,
    want: [['expected-name', 13, 14]],
  },
  {
    name: 'goal with an unknown language',
    src: `${HEAD}goal outcome completed fr "Finis"`,
    want: [['bad-lang', 13, 24, 'write `en` or `ko`, or leave the language out']],
  },
  {
    name: 'goal with a language and no text',
    src: `${HEAD}goal outcome completed en`,
    want: [['expected-string', 13, 26]],
  },
  {
    name: 'goal with a number where its words belong',
    src: `${HEAD}goal time <= 9 5`,
    want: [['expected-string', 13, 16]],
  },
  {
    name: 'goal with two texts in one language',
    src: `${HEAD}goal outcome completed en "a" ko "나" en "b"`,
    want: [['duplicate-goal-text', 13, 38, 'give each language its words once: `en "…" ko "…"`']],
  },
  {
    name: 'goal with two untagged texts',
    src: `${HEAD}goal outcome completed "a" "b"`,
    want: [['duplicate-goal-text', 13, 28]],
  },
  {
    name: 'goal inside a process',
    src: 'process A\n  goal outcome completed\nend',
    want: [['toplevel-in-process', 2, 3]],
  },
  // — names —
  {
    name: 'goal naming an unknown process',
    src: `${HEAD}goal blocked Sever <= 4`,
    want: [['unknown-name', 13, 14, 'did you mean `Server`?']],
  },
  {
    name: 'goal naming a queue',
    src: `${HEAD}goal delivered jobs >= 1`,
    want: [['wrong-kind', 13, 16, '`blocked` and `delivered` goals measure a process or a group']],
  },
  {
    name: 'goal naming a barrier',
    src: `${HEAD}goal blocked B < 2`,
    want: [['wrong-kind', 13, 14]],
  },
  {
    name: 'goal naming a member that does not exist',
    src: `${HEAD}goal delivered W[5] >= 1`,
    want: [['index-out-of-range', 13, 16, '`W` has members 0..2']],
  },
  {
    name: 'goal giving a process a member number',
    src: `${HEAD}goal blocked Client[0] <= 1`,
    want: [['not-a-group', 13, 14]],
  },
];
