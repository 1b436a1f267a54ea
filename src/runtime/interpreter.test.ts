// The interpreter alone: the operations a program asks for, in order, in batches of any size.

import { describe, expect, it } from 'vitest';
import { STALL_STATEMENTS, type Op } from '../engine/ops';
import { S, build, group, proc, type StmtSpec } from '../engine/testkit';
import { createInterpreter } from './interpreter';

const opsOf = (body: StmtSpec[], batch = 1000, instance = 0, max = 100): Op[] => {
  const { scenario } = build({ processes: [group('W', 1, 3, body), proc('Solo', [])] });
  const it = createInterpreter(scenario, instance);
  const out: Op[] = [];
  for (let k = 0; k < max; k++) {
    const ops = it.next(batch);
    if (ops.length === 0) break;
    out.push(...ops);
  }
  return out;
};

describe('interpreter', () => {
  it('maps every statement to its operation, with lines, kinds and resolved targets', () => {
    // Lines: 1 process W[1..3], 2.. the statements.
    const ops = opsOf(
      [
        S.compute('i * 2'),
        S.send('W[i % n + 1]', 'p'),
        S.ssend('Solo'),
        S.call('W[1]', 'q'),
        S.recv(),
        S.recv('Solo'),
        S.reply('r'),
        S.publish('Q', 'm'),
        S.consume('Q'),
        S.barrier('B'),
        S.note('hi', 'en'),
      ],
      1000,
      1,
    );
    expect(ops).toEqual([
      { op: 'compute', line: 2, duration: 4 },
      { op: 'send', line: 3, kind: 'message', to: 'W[3]', payload: 'p', timeout: null },
      { op: 'send', line: 4, kind: 'sync', to: 'Solo', payload: null, timeout: null },
      { op: 'send', line: 5, kind: 'request', to: 'W[1]', payload: 'q', timeout: null },
      { op: 'recv', line: 6, from: null, inLoop: false, timeout: null },
      { op: 'recv', line: 7, from: 'Solo', inLoop: false, timeout: null },
      { op: 'reply', line: 8, payload: 'r' },
      { op: 'publish', line: 9, queue: 'Q', payload: 'm' },
      { op: 'consume', line: 10, queue: 'Q', inLoop: false, timeout: null },
      { op: 'barrier', line: 11, barrier: 'B', timeout: null },
      { op: 'note', line: 12, lang: 'en', text: 'hi' },
      { op: 'done' },
    ]);
  });

  it('marks recv and consume inside a loop, even nested in repeat and if', () => {
    const ops = opsOf([S.loop([S.repeat(1, [S.if('i == 1', [S.recv(), S.consume('Q')])])])], 4);
    expect(ops.slice(0, 4)).toEqual([
      { op: 'recv', line: 5, from: null, inLoop: true, timeout: null },
      { op: 'consume', line: 6, queue: 'Q', inLoop: true, timeout: null },
      { op: 'recv', line: 5, from: null, inLoop: true, timeout: null },
      { op: 'consume', line: 6, queue: 'Q', inLoop: true, timeout: null },
    ]);
  });

  it('runs repeat E times, a negative count 0 times, and if/else by the condition', () => {
    const body = [
      S.repeat('i', [S.note('r')]),
      S.repeat('0 - 3', [S.note('never')]),
      S.if('i >= 2', [S.note('big')], [S.note('small')]),
    ];
    const texts = (k: number) => opsOf(body, 1000, k).map((o) => (o.op === 'note' ? o.text : o.op));
    expect(texts(0)).toEqual(['r', 'small', 'done']);
    expect(texts(2)).toEqual(['r', 'r', 'r', 'big', 'done']);
  });

  it('returns at most max operations per call, and nothing after the end', () => {
    const { scenario } = build({ processes: [proc('A', [S.repeat(5, [S.note('x')])])] });
    const it = createInterpreter(scenario, 0);
    expect(it.next(2)).toHaveLength(2);
    expect(it.next(2)).toHaveLength(2);
    expect(it.next(2)).toEqual([{ op: 'note', line: 3, lang: null, text: 'x' }, { op: 'done' }]);
    expect(it.next(2)).toEqual([]);
  });

  it('turns run-time failures into an error operation at the failing line, then stops', () => {
    const failing = (stmt: StmtSpec, instance = 0) =>
      opsOf([S.note('before'), stmt, S.note('after')], 1000, instance);
    expect(failing(S.compute('1 / (i - 1)'))[1]).toEqual({
      op: 'error',
      line: 3,
      message: 'division by zero',
      code: 'run-division-by-zero',
      params: { op: '/' },
    });
    expect(failing(S.compute('5 % (i - 1)'))[1]).toMatchObject({
      message: 'remainder of a division by zero',
      code: 'run-division-by-zero',
      params: { op: '%' },
    });
    expect(failing(S.compute('0 - i'))[1]).toMatchObject({
      message: 'compute needs a duration of 0 or more, got -1',
      code: 'run-negative-compute',
      params: { duration: -1 },
    });
    expect(failing(S.send('W[i + 3]'))[1]).toEqual({
      op: 'error',
      line: 3,
      message: 'W[4] does not exist: W has members 1..3',
      code: 'run-no-such-member',
      params: { group: 'W', index: 4, first: 1, last: 3 },
    });
    expect(failing(S.recv('W[0]'))[1]).toMatchObject({ message: 'W[0] does not exist: W has members 1..3' });
    expect(failing(S.repeat('1 / 0', [S.note('x')])).slice(1)).toEqual([
      {
        op: 'error',
        line: 3,
        message: 'division by zero',
        code: 'run-division-by-zero',
        params: { op: '/' },
      },
    ]);
    expect(failing(S.if('1 / 0 == 1', [S.note('x')]))).toHaveLength(2);
    expect(failing(S.send('W'))[1]).toMatchObject({ message: 'W is a group: name one member, e.g. W[1]' });
    expect(failing(S.send('Nobody'))[1]).toEqual({
      op: 'error',
      line: 3,
      message: 'there is no process named Nobody',
    });
  });

  it('raises an error only when the failing statement is reached', () => {
    const ops = opsOf([S.if('i == 3', [S.send('W[i + 1]')]), S.note('ok')]);
    expect(ops.map((o) => o.op)).toEqual(['note', 'done']);
  });

  it(`stalls after ${STALL_STATEMENTS} statements without an operation`, () => {
    const ops = opsOf([S.note('x'), S.loop([S.if('1 == 2', [S.note('never')])])], 10);
    expect(ops).toEqual([
      { op: 'note', line: 2, lang: null, text: 'x' },
      { op: 'stall', line: 4 },
    ]);
    expect(opsOf([S.loop([])])).toEqual([{ op: 'stall', line: 2 }]);
  });

  it('counts statements since the last operation only', () => {
    // A repeat and its 999,998 quiet ifs make 999,999 statements; an operation resets the count.
    const quiet = (count: number) => S.repeat(count, [S.if('1 == 2', [])]);
    const ops = opsOf([quiet(STALL_STATEMENTS - 2), S.note('x'), quiet(STALL_STATEMENTS - 2)]);
    expect(ops.map((o) => o.op)).toEqual(['note', 'done']);
    expect(opsOf([quiet(STALL_STATEMENTS - 1), S.note('x')])).toEqual([{ op: 'stall', line: 3 }]);
  });

  it('gives the same operations whatever the batch size', () => {
    const body = [
      S.repeat(7, [S.send('W[i % n + 1]'), S.if('i == 2', [S.compute(1)], [S.recv()])]),
      S.barrier('B'),
    ];
    const whole = opsOf(body, 10_000, 1);
    for (const batch of [1, 2, 3, 5, 64]) expect(opsOf(body, batch, 1, 1000)).toEqual(whole);
  });
});
