import { describe, expect, it } from 'vitest';
import { check, print, type Expr, type FaultLine, type Scenario, type Stmt } from './index';

/** Drops every span so trees can be compared by shape. */
function strip<T>(x: T): T {
  return JSON.parse(
    JSON.stringify(x, (k, v: unknown) => (k === 'span' || k === 'nameSpan' ? undefined : v)),
  ) as T;
}

function ok(src: string): Scenario {
  const r = check(src);
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return r.scenario;
}

const HEAD = 'queue jobs\nprocess Server\n  recv\n  reply\nend\nprocess W[0..3]\n  recv\nend\n';
const faults = (lines: string): FaultLine[] => strip(ok(`${HEAD}${lines}\n`).faults);
const end = (name: string, index: number | null = null) => ({ name, index });
const num = (value: number): Expr => ({ kind: 'num', value }) as Expr;

describe('fault lines (SPEC §6)', () => {
  it.each<[string, FaultLine]>([
    ['crash Server at 4', { kind: 'crash', target: end('Server'), at: 4 } as FaultLine],
    ['crash W at 0', { kind: 'crash', target: end('W'), at: 0 } as FaultLine],
    ['crash W[2] at 7', { kind: 'crash', target: end('W', 2), at: 7 } as FaultLine],
    [
      'lose Server W[1]',
      { kind: 'lose', a: end('Server'), b: end('W', 1), count: 1, from: 0, skip: 0 } as FaultLine,
    ],
    [
      'lose W jobs skip 2 count 3 from 5',
      { kind: 'lose', a: end('W'), b: end('jobs'), count: 3, from: 5, skip: 2 } as FaultLine,
    ],
    [
      'delay jobs W[0] by 3 from 1',
      { kind: 'delay', a: end('jobs'), b: end('W', 0), by: 3, count: 1, from: 1, skip: 0 } as FaultLine,
    ],
    ['cut Server W from 2 to 9', { kind: 'cut', a: end('Server'), b: end('W'), from: 2, to: 9 } as FaultLine],
  ])('%s', (line, want) => {
    expect(faults(line)).toEqual([want]);
  });

  it('keeps fault lines in source order, wherever they stand', () => {
    const s = ok(`crash Server at 3\n${HEAD}restart Server at 5\nlose W Server`);
    expect(s.faults.map((f) => f.kind)).toEqual(['crash', 'restart', 'lose']);
    expect(s.faults[1]?.span).toMatchObject({ line: 10, col: 1 });
  });

  it('accepts a restart after a crash of the member or of its group', () => {
    expect(faults('crash W at 1\nrestart W[3] at 2\nrestart W at 4')).toHaveLength(3);
    expect(faults('restart W[0] at 9\ncrash W[0] at 8')).toHaveLength(2);
  });

  it('prints every fault line back, options in canonical order and defaults left out', () => {
    const src = `${HEAD}crash W[1] at 2\nrestart W[1] at 6\nlose Server W from 3 count 1\ndelay W jobs by 2 skip 1 count 2\ncut jobs Server from 0 to 4\n`;
    expect(print(ok(src))).toContain(
      [
        'crash W[1] at 2',
        'restart W[1] at 6',
        'lose Server W from 3',
        'delay W jobs by 2 count 2 skip 1',
        'cut jobs Server from 0 to 4',
      ].join('\n'),
    );
    expect(strip(check(print(ok(src))).scenario)).toEqual(strip(ok(src)));
  });
});

/** The body of the group W[0..3] (a server and a queue around it). */
function stmts(lines: string): Stmt[] {
  const s = ok(
    `barrier B\n${HEAD.replace('process W[0..3]\n  recv\n', `process W[0..3]\n${lines}\n  recv\n`)}`,
  );
  return strip(s.processes[1]?.body.slice(0, -1) ?? []);
}

describe('timeout, timedout and break (SPEC §6)', () => {
  const server = { name: 'Server', index: null };
  it.each<[string, Stmt]>([
    ['recv timeout 3', { kind: 'recv', from: null, timeout: num(3) } as Stmt],
    [
      'recv from Server timeout n',
      { kind: 'recv', from: server, timeout: { kind: 'var', name: 'n' } } as Stmt,
    ],
    ['ssend Server timeout 2', { kind: 'ssend', to: server, payload: null, timeout: num(2) } as Stmt],
    ['call Server "req" timeout 4', { kind: 'call', to: server, payload: 'req', timeout: num(4) } as Stmt],
    ['consume jobs timeout 5', { kind: 'consume', queue: { name: 'jobs' }, timeout: num(5) } as Stmt],
    ['barrier B timeout 1', { kind: 'barrier', barrier: { name: 'B' }, timeout: num(1) } as Stmt],
    ['call Server', { kind: 'call', to: server, payload: null } as Stmt],
  ])('%s', (line, want) => {
    expect(stmts(`  ${line}`)).toEqual([want]);
  });

  it('reads `if timedout`, `if not timedout` and `break`', () => {
    const body = stmts('  loop\n    call Server timeout 3\n    if not timedout\n      break\n    end\n  end');
    expect(body).toEqual([
      {
        kind: 'loop',
        body: [
          { kind: 'call', to: { name: 'Server', index: null }, payload: null, timeout: num(3) },
          { kind: 'if', cond: { kind: 'timedout', negated: true }, then: [{ kind: 'break' }], else: null },
        ],
      },
    ]);
    expect(stmts('  if timedout\n  end')[0]).toMatchObject({ cond: { kind: 'timedout', negated: false } });
  });

  it('marks a scenario that uses any of §6 as `failures`, and only such a scenario', () => {
    expect(ok(HEAD).failures).toBe(false);
    expect(ok(`${HEAD}crash Server at 1`).failures).toBe(true);
    expect(ok('process A\n  recv timeout 2\nend').failures).toBe(true);
    expect(ok('process A\n  if timedout\n  end\nend').failures).toBe(true);
    expect(ok('process A\n  repeat 2\n    break\n  end\nend').failures).toBe(true);
    expect(ok('process A\n  if 1 == 1\n  end\nend').failures).toBe(false);
  });

  it('leaves the words of §6 valid names everywhere else', () => {
    const src = [
      'queue timeout',
      'barrier break',
      'process crash',
      '  consume timeout timeout 2',
      '  barrier break timeout 1',
      '  recv from timedout timeout 3',
      'end',
      'process timedout',
      '  send crash "x"',
      '  publish timeout',
      '  barrier break',
      'end',
      'process not',
      '  recv',
      'end',
      'crash crash at 3',
      'restart crash at 4',
      'cut not timedout from 1 to 2',
      'lose timedout timeout count 2',
    ].join('\n');
    const s = ok(src);
    expect(s.processes.map((p) => p.name)).toEqual(['crash', 'timedout', 'not']);
    expect(strip(s.processes[0]?.body)).toEqual([
      { kind: 'consume', queue: { name: 'timeout' }, timeout: num(2) },
      { kind: 'barrier', barrier: { name: 'break' }, timeout: num(1) },
      { kind: 'recv', from: { name: 'timedout', index: null }, timeout: num(3) },
    ]);
    expect(s.faults).toHaveLength(4);
    expect(print(check(print(s)).scenario)).toBe(print(s));
  });

  it('spans a statement with its timeout and the condition with its `not`', () => {
    const s = ok('process A\n  recv timeout 12\n  if not timedout\n  end\nend');
    const [recv, iff] = s.processes[0]?.body ?? [];
    expect(recv?.span).toMatchObject({ line: 2, col: 3, endCol: 18 });
    expect(iff?.kind === 'if' && iff.cond.span).toMatchObject({ col: 6, endCol: 18 });
  });

  it('lets a loop that can break be followed by statements (no unreachable warning)', () => {
    const r = check('process A\n  loop\n    if timedout\n      break\n    end\n  end\n  compute 1\nend');
    expect(r.diagnostics).toEqual([]);
    const still = check('process A\n  loop\n    loop\n      break\n    end\n  end\n  compute 1\nend');
    expect(still.diagnostics.map((d) => d.code)).toEqual(['unreachable']);
  });
});
