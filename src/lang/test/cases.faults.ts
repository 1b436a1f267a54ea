// Source → expected diagnostics for SPEC §6: fault lines, `timeout`, `timedout` and `break`.

import type { Case } from './cases';

const SERVER = 'process Client\n  call Server\nend\nprocess Server\n  recv\n  reply\nend\n';

/** Problems in fault lines, timeouts and `break`, found by the parser or the checker. */
export const faultCases: Case[] = [
  // — fault lines: syntax —
  {
    name: 'crash without at',
    src: `${SERVER}crash Server 4`,
    want: [['expected-token', 8, 14]],
  },
  {
    name: 'crash time is a literal',
    src: `${SERVER}crash Server at 2 + 2`,
    want: [['unexpected-token', 8, 19, 'numbers in fault lines are plain numbers, not expressions']],
  },
  {
    name: 'delay without by',
    src: `${SERVER}delay Client Server count 2`,
    want: [['expected-token', 8, 21]],
  },
  {
    name: 'unknown option of lose',
    src: `${SERVER}lose Server Client after 3`,
    want: [['expected-token', 8, 20]],
  },
  {
    name: 'count 0',
    src: `${SERVER}lose Server Client count 0`,
    want: [['must-be-positive', 8, 26]],
  },
  {
    name: 'delay by 0',
    src: `${SERVER}delay Server Client by 0`,
    want: [['must-be-positive', 8, 24]],
  },
  {
    name: 'repeated option',
    src: `${SERVER}lose Server Client from 2 count 1 from 3`,
    want: [['duplicate-option', 8, 35, 'write each of `count`, `from` and `skip` at most once']],
  },
  {
    name: 'empty cut',
    src: `${SERVER}cut Client Server from 5 to 5`,
    want: [['empty-cut', 8, 24]],
  },
  {
    name: 'fault line inside a process',
    src: 'process A\n  crash A at 1\nend',
    want: [['toplevel-in-process', 2, 3]],
  },
  // — fault lines: names —
  {
    name: 'crash of an unknown process',
    src: `${SERVER}crash Sever at 3`,
    want: [['unknown-name', 8, 7, 'did you mean `Server`?']],
  },
  {
    name: 'crash of a queue',
    src: `queue jobs\n${SERVER}crash jobs at 3`,
    want: [['wrong-kind', 9, 7, 'only processes crash and restart; to lose messages of a queue, use `lose`']],
  },
  {
    name: 'crash of a member out of range',
    src: 'process W[1..2]\nend\ncrash W[3] at 1',
    want: [['index-out-of-range', 3, 7, '`W` has members 1..2']],
  },
  {
    name: 'member of a process that is no group',
    src: `${SERVER}crash Server[1] at 1`,
    want: [['not-a-group', 8, 7]],
  },
  {
    name: 'lose naming a barrier',
    src: `barrier B\n${SERVER}lose Client B`,
    want: [['wrong-kind', 9, 13]],
  },
  {
    name: 'cut naming an unknown end',
    src: `${SERVER}cut Client Srv from 1 to 3`,
    want: [['unknown-name', 8, 12]],
  },
  {
    name: 'delay naming a member out of range',
    src: 'process W[0..1]\n  recv\nend\ndelay W[0] W[2] by 3',
    want: [['index-out-of-range', 4, 12]],
  },
  // — restart —
  {
    name: 'restart with no crash',
    src: `${SERVER}restart Server at 5`,
    want: [['restart-without-crash', 8, 1, 'add `crash Server at T` with T before 5']],
  },
  {
    name: 'restart before its crash',
    src: `${SERVER}restart Server at 5\ncrash Server at 5`,
    want: [['restart-without-crash', 8, 1]],
  },
  {
    name: 'restart of a group where one member never crashed',
    src: 'process W[0..1]\n  recv\nend\ncrash W[1] at 2\nrestart W at 4',
    want: [['restart-without-crash', 5, 1, 'add `crash W[0] at T` with T before 4']],
  },
  {
    name: 'restart of a member after its group crashed',
    src: 'process W[0..1]\n  recv\nend\nrestart W[0] at 4\ncrash W at 2',
    want: [],
  },
  // — timeout, timedout, break —
  {
    name: 'timeout on send',
    src: `${SERVER}process A\n  send Server timeout 3\nend`,
    want: [
      [
        'unexpected-token',
        9,
        15,
        'only `recv`, `ssend`, `call`, `consume` and `barrier` wait, so only they take a `timeout`',
      ],
    ],
  },
  {
    name: 'timeout 0',
    src: 'process A\n  recv timeout 0\nend',
    want: [['timeout-too-small', 2, 16, 'a statement can give up after 1 tick at the earliest']],
  },
  {
    name: 'timeout known negative in a group',
    src: 'process W[1..2]\n  barrier B timeout 1 - n\nend',
    want: [['timeout-too-small', 2, 21]],
  },
  {
    name: 'timeout missing its amount',
    src: 'process A\n  recv timeout\nend',
    want: [['expected-expression', 2, 15]],
  },
  {
    name: 'if not without timedout',
    src: 'process A\n  if not 1 == 1\n  end\nend',
    want: [['expected-token', 2, 10]],
  },
  {
    name: 'break outside any loop',
    src: 'process A\n  if timedout\n    break\n  end\nend',
    want: [['break-outside-loop', 3, 5, 'put it inside `repeat` … `end` or `loop` … `end`']],
  },
  {
    name: 'break with more on its line',
    src: 'process A\n  loop\n    break 2\n  end\nend',
    want: [['unexpected-token', 3, 11]],
  },
  {
    name: 'a loop that can break leaves what follows reachable',
    src: 'process A\n  loop\n    recv timeout 5\n    if timedout\n      break\n    end\n  end\n  compute 1\nend',
    want: [],
  },
  {
    name: 'a break in a nested repeat does not leave the loop',
    src: 'process A\n  loop\n    repeat 2\n      break\n    end\n  end\n  compute 1\nend',
    want: [['unreachable', 7, 3]],
  },
];
