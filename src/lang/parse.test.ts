import { describe, expect, it } from 'vitest';
import { check, type Expr, type Scenario, type Stmt } from './index';

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

/** The body of a group process W[0..3], with a receiving Server and a few names around it. */
function stmts(lines: string): Stmt[] {
  const s = ok(`queue jobs\nprocess Server\n  recv\nend\nprocess W[0..3]\n${lines}\n  recv\nend\n`);
  return strip(s.processes[1]?.body.slice(0, -1) ?? []);
}

const num = (value: number): Expr => ({ kind: 'num', value }) as Expr;
const v = (name: 'i' | 'n'): Expr => ({ kind: 'var', name }) as Expr;

describe('statements', () => {
  it.each<[string, Stmt]>([
    ['compute 3', { kind: 'compute', amount: num(3) } as Stmt],
    ['send Server', { kind: 'send', to: { name: 'Server', index: null }, payload: null } as Stmt],
    ['send Server "hi"', { kind: 'send', to: { name: 'Server', index: null }, payload: 'hi' } as Stmt],
    ['ssend W[0] "x"', { kind: 'ssend', to: { name: 'W', index: num(0) }, payload: 'x' } as Stmt],
    ['call Server "req"', { kind: 'call', to: { name: 'Server', index: null }, payload: 'req' } as Stmt],
    ['recv', { kind: 'recv', from: null } as Stmt],
    ['recv from Server', { kind: 'recv', from: { name: 'Server', index: null } } as Stmt],
    [
      'recv from W[i - 1]',
      {
        kind: 'recv',
        from: { name: 'W', index: { kind: 'bin', op: '-', left: v('i'), right: num(1) } },
      } as Stmt,
    ],
    ['reply', { kind: 'reply', payload: null } as Stmt],
    ['reply "ok"', { kind: 'reply', payload: 'ok' } as Stmt],
    ['publish jobs', { kind: 'publish', queue: { name: 'jobs' }, payload: null } as Stmt],
    ['publish jobs "j1"', { kind: 'publish', queue: { name: 'jobs' }, payload: 'j1' } as Stmt],
    ['consume jobs', { kind: 'consume', queue: { name: 'jobs' } } as Stmt],
    ['barrier B', { kind: 'barrier', barrier: { name: 'B' } } as Stmt],
    ['note "hello"', { kind: 'note', lang: null, text: 'hello' } as Stmt],
    ['note ko "안녕"', { kind: 'note', lang: 'ko', text: '안녕' } as Stmt],
    ['note en "hi"', { kind: 'note', lang: 'en', text: 'hi' } as Stmt],
    ['ask "Who is next?"', { kind: 'ask', lang: null, text: 'Who is next?', answer: null } as Stmt],
    ['ask ko "누가 먼저?" answer "B"', { kind: 'ask', lang: 'ko', text: '누가 먼저?', answer: 'B' } as Stmt],
    [
      'repeat n\n  compute 1\nend',
      { kind: 'repeat', count: v('n'), body: [{ kind: 'compute', amount: num(1) }] } as Stmt,
    ],
    ['loop\n  recv\nend', { kind: 'loop', body: [{ kind: 'recv', from: null }] } as Stmt],
    [
      'if i == 0\n  compute 1\nend',
      {
        kind: 'if',
        cond: { kind: 'compare', op: '==', left: v('i'), right: num(0) },
        then: [{ kind: 'compute', amount: num(1) }],
        else: null,
      } as Stmt,
    ],
    [
      'if i % 2 != 1\n  compute 1\nelse\n  compute 2\nend',
      {
        kind: 'if',
        cond: {
          kind: 'compare',
          op: '!=',
          left: { kind: 'bin', op: '%', left: v('i'), right: num(2) },
          right: num(1),
        },
        then: [{ kind: 'compute', amount: num(1) }],
        else: [{ kind: 'compute', amount: num(2) }],
      } as Stmt,
    ],
    [
      'if i < 1\nelse\nend',
      {
        kind: 'if',
        cond: { kind: 'compare', op: '<', left: v('i'), right: num(1) },
        then: [],
        else: [],
      } as unknown as Stmt,
    ],
  ])('%s', (src, want) => {
    expect(stmts(src)).toEqual([want]);
  });

  it('parses every comparison operator', () => {
    for (const op of ['==', '!=', '<', '<=', '>', '>=']) {
      const [s] = stmts(`if i ${op} 2\nend`);
      expect(s?.kind === 'if' && s.cond.kind === 'compare' && s.cond.op).toBe(op);
    }
  });

  it('nests blocks', () => {
    const body = stmts(
      'loop\n  repeat 2\n    if i > 0\n      send W[i - 1]\n    else\n      note "first"\n    end\n  end\nend',
    );
    expect(body).toHaveLength(1);
    const loop = body[0];
    expect(loop?.kind).toBe('loop');
    const rep = loop?.kind === 'loop' ? loop.body[0] : undefined;
    expect(rep?.kind).toBe('repeat');
    const iff = rep?.kind === 'repeat' ? rep.body[0] : undefined;
    expect(iff?.kind === 'if' && [iff.then.length, iff.else?.length]).toEqual([1, 1]);
  });

  it('ignores comments, blank lines and indentation', () => {
    const a = stmts('# a comment\n\n      compute 1   # trailing\n\t\tsend Server "a # not a comment"');
    expect(a).toEqual([
      { kind: 'compute', amount: num(1) },
      { kind: 'send', to: { name: 'Server', index: null }, payload: 'a # not a comment' },
    ]);
  });

  it('unescapes \\" and \\\\ in strings', () => {
    expect(stmts('note "say \\"hi\\" \\\\ bye"')).toEqual([
      { kind: 'note', lang: null, text: 'say "hi" \\ bye' },
    ]);
  });

  it('accepts CRLF and CR line ends', () => {
    const s = ok('process A\r\n  compute 1\r  recv\r\nend');
    expect(strip(s.processes[0]?.body)).toEqual([
      { kind: 'compute', amount: num(1) },
      { kind: 'recv', from: null },
    ]);
    expect(s.processes[0]?.body[1]?.span.line).toBe(3);
  });
});

describe('expressions', () => {
  const expr = (src: string): Expr | undefined => {
    const [s] = stmts(`compute ${src}`);
    return s?.kind === 'compute' ? s.amount : undefined;
  };

  it('gives * / % precedence over + -', () => {
    expect(expr('1 + 2 * 3')).toEqual({
      kind: 'bin',
      op: '+',
      left: num(1),
      right: { kind: 'bin', op: '*', left: num(2), right: num(3) },
    });
  });
  it('is left-associative', () => {
    expect(expr('8 - 2 - 1')).toEqual({
      kind: 'bin',
      op: '-',
      left: { kind: 'bin', op: '-', left: num(8), right: num(2) },
      right: num(1),
    });
    expect(expr('8 / 2 % 3')).toEqual({
      kind: 'bin',
      op: '%',
      left: { kind: 'bin', op: '/', left: num(8), right: num(2) },
      right: num(3),
    });
  });
  it('keeps parentheses and unary minus', () => {
    expect(expr('-(i + 1) * n')).toEqual({
      kind: 'bin',
      op: '*',
      left: {
        kind: 'neg',
        operand: { kind: 'paren', inner: { kind: 'bin', op: '+', left: v('i'), right: num(1) } },
      },
      right: v('n'),
    });
    expect(expr('2 - -i')).toEqual({
      kind: 'bin',
      op: '-',
      left: num(2),
      right: { kind: 'neg', operand: v('i') },
    });
  });
  it('reads leading zeros as the same number', () => {
    expect(expr('007')).toEqual(num(7));
  });
});

describe('top level', () => {
  const full = `title "Ping"
title ko "핑"
about en "Two processes."
about ko "두 프로세스."
latency 3
jitter 2
seed 42
link Client Server latency 5
link W W[1] latency 2
link jobs Client latency 1
barrier B parties 2
barrier C
queue jobs capacity 4
queue logs

process Client
  publish jobs
  barrier B
end

process Server
  recv
end

process W[1..3]
  barrier B
  barrier C
end
`;

  it('reads every kind of top-level line', () => {
    const s = check(full).scenario;
    expect(check(full).diagnostics).toEqual([]);
    expect(strip(s.titles)).toEqual([
      { lang: null, text: 'Ping' },
      { lang: 'ko', text: '핑' },
    ]);
    expect(strip(s.abouts)).toEqual([
      { lang: 'en', text: 'Two processes.' },
      { lang: 'ko', text: '두 프로세스.' },
    ]);
    expect([s.latency.value, s.jitter.value, s.seed.value]).toEqual([3, 2, 42]);
    expect(s.latency.span?.line).toBe(5);
    expect(strip(s.links)).toEqual([
      { a: { name: 'Client' }, b: { name: 'Server' }, latency: 5 },
      { a: { name: 'W' }, b: { name: 'W[1]' }, latency: 2 },
      { a: { name: 'jobs' }, b: { name: 'Client' }, latency: 1 },
    ]);
    expect(s.links[1]?.b.span).toMatchObject({ line: 9, col: 8, endCol: 12 });
    expect(strip(s.barriers)).toEqual([
      { name: 'B', parties: 2, partiesDeclared: true, declared: true },
      { name: 'C', parties: 3, partiesDeclared: false, declared: true },
    ]);
    expect(strip(s.queues)).toEqual([
      { name: 'jobs', capacity: 4, declared: true },
      { name: 'logs', capacity: null, declared: true },
    ]);
    expect(s.processes.map((p) => [p.name, p.group])).toEqual([
      ['Client', null],
      ['Server', null],
      ['W', { first: 1, last: 3 }],
    ]);
    expect(s.instances).toEqual([
      { name: 'Client', decl: 0, i: null, n: null },
      { name: 'Server', decl: 1, i: null, n: null },
      { name: 'W[1]', decl: 2, i: 1, n: 3 },
      { name: 'W[2]', decl: 2, i: 2, n: 3 },
      { name: 'W[3]', decl: 2, i: 3, n: 3 },
    ]);
  });

  it('warns when declared parties exceed users (B: 2 parties, Client + 3 members use it → no warning)', () => {
    expect(check(full).diagnostics.some((d) => d.code === 'parties-exceed-users')).toBe(false);
  });

  it('uses the defaults when settings are not written', () => {
    const s = ok('process A\nend');
    expect([s.latency, s.jitter, s.seed]).toEqual([
      { value: 1, span: null },
      { value: 0, span: null },
      { value: 1, span: null },
    ]);
    expect(s.titles).toEqual([]);
  });

  it('accepts top-level lines in any order, after processes too', () => {
    const s = ok('process A\n  consume q\nend\nqueue q capacity 1\nseed 5');
    expect(s.queues).toEqual([
      { name: 'q', capacity: 1, declared: true, span: expect.anything() as unknown },
    ]);
    expect(s.seed.value).toBe(5);
  });

  it('declares used queues and barriers implicitly, after the declared ones, in order of first use', () => {
    const s = ok(
      'queue declared\nbarrier D\nprocess A\n  consume q2\n  barrier b2\n  publish q1\nend\nprocess W[0..2]\n  barrier b1\n  barrier b2\n  publish q2\nend',
    );
    expect(s.queues.map((q) => [q.name, q.declared, q.capacity, q.span])).toEqual([
      ['declared', true, null, expect.anything()],
      ['q2', false, null, null],
      ['q1', false, null, null],
    ]);
    expect(s.barriers.map((b) => [b.name, b.declared, b.parties])).toEqual([
      ['D', true, 0],
      ['b2', false, 4],
      ['b1', false, 3],
    ]);
  });

  it('lets en and ko, i and n be names', () => {
    const s = ok(
      'process en\n  send ko\nend\nprocess ko\n  recv\n  send i\nend\nprocess i\n  recv\n  send n[1]\nend\nprocess n[0..1]\n  recv\nend',
    );
    expect(s.processes.map((p) => p.name)).toEqual(['en', 'ko', 'i', 'n']);
  });

  it('treats names case-sensitively', () => {
    const s = ok('process server\n  recv\nend\nprocess Server\n  send server\n  recv\nend');
    expect(s.processes).toHaveLength(2);
  });
});

describe('spans', () => {
  it('counts columns in code points and offsets in UTF-16 units', () => {
    const src = 'process 클라이언트\n  note "😀😀" 😀\nend';
    const r = check(src);
    const p = r.scenario.processes[0];
    expect(p?.nameSpan).toMatchObject({ line: 1, col: 9, endLine: 1, endCol: 14, from: 8, to: 13 });
    const bad = r.diagnostics.find((d) => d.code === 'unexpected-char');
    // `  note "😀😀" ` is 12 code points but 14 UTF-16 units.
    expect(bad?.span).toMatchObject({ line: 2, col: 13, endCol: 14 });
    expect(src.slice(bad?.span.from, bad?.span.to)).toBe('😀');
  });

  it('puts statement spans on their lines and block spans through their end', () => {
    const s = ok('process A\n  repeat 2\n    compute 1\n  end\n  recv\nend');
    const [rep, recv] = s.processes[0]?.body ?? [];
    expect(rep?.span).toMatchObject({ line: 2, col: 3, endLine: 4, endCol: 6 });
    expect(recv?.span).toMatchObject({ line: 5, col: 3, endLine: 5, endCol: 7 });
    expect(s.processes[0]?.span).toMatchObject({ line: 1, col: 1, endLine: 6, endCol: 4 });
  });

  it('spans expressions and targets exactly', () => {
    const src = 'process W[0..1]\n  send W[(i + 1) % n] "x"\n  recv\nend';
    const s = ok(src);
    const send = s.processes[0]?.body[0];
    if (send?.kind !== 'send') throw new Error('expected send');
    expect(src.slice(send.to.span.from, send.to.span.to)).toBe('W[(i + 1) % n]');
    expect(src.slice(send.to.index?.span.from, send.to.index?.span.to)).toBe('(i + 1) % n');
    expect(src.slice(send.span.from, send.span.to)).toBe('send W[(i + 1) % n] "x"');
  });
});
