import { describe, expect, it } from 'vitest';
import { check, type Expr, print, printExpr } from './index';

describe('print', () => {
  it('prints fault lines after the declarations, and timeouts, timedout and break in place', () => {
    const messy = `process Client
  repeat 3
     call   Server "req"   timeout 2*2
    if   not   timedout
        break
    end
  end
  recv from Server timeout (5)
end
lose Server Client skip 1   from 2
process Server
  loop
    recv timeout 9
    if timedout
    else
      reply
    end
    consume jobs timeout 1
    barrier gate timeout n + 0
  end
end
crash Server at 4
restart Server at 8
delay Client jobs by 2 count 3
cut Client Server from 1 to 3
queue jobs`.replace('n + 0', '1 + 0');
    const r = check(messy);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(print(r.scenario)).toBe(`queue jobs
lose Server Client from 2 skip 1
crash Server at 4
restart Server at 8
delay Client jobs by 2 count 3
cut Client Server from 1 to 3

process Client
  repeat 3
    call Server "req" timeout 2 * 2
    if not timedout
      break
    end
  end
  recv from Server timeout (5)
end

process Server
  loop
    recv timeout 9
    if timedout
    else
      reply
    end
    consume jobs timeout 1
    barrier gate timeout 1 + 0
  end
end
`);
  });

  it('prints canonical text: header, declared barriers and queues, then processes', () => {
    const messy = `# a comment
process W[0..2]   # group
    if i==0
  send   W[ ( i+1 ) % n ]"a\\"b\\\\c"
      else
 recv
        end
  barrier sync
   publish implicit
end
queue jobs capacity 2
seed 7
title ko   "핑퐁"
barrier B parties 2
latency 3
link W[0] jobs latency 4
about "x"
process 클라이언트
loop
consume jobs
end
end`;
    const r = check(messy);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(print(r.scenario)).toBe(`title ko "핑퐁"
about "x"
latency 3
seed 7
link W[0] jobs latency 4
barrier B parties 2
queue jobs capacity 2

process W[0..2]
  if i == 0
    send W[(i + 1) % n] "a\\"b\\\\c"
  else
    recv
  end
  barrier sync
  publish implicit
end

process 클라이언트
  loop
    consume jobs
  end
end
`);
  });

  it('prints a written setting even when it equals the default, and omits unwritten ones', () => {
    expect(print(check('latency 1\nprocess A\nend').scenario)).toBe('latency 1\n\nprocess A\nend\n');
    expect(print(check('process A\nend').scenario)).toBe('process A\nend\n');
  });

  it('prints every statement form', () => {
    const src = `process A
  compute 2 * (3 + 1)
  send B
  send B "p"
  ssend B "q"
  call B
  recv
  recv from B
  reply
  reply "r"
  publish q "m"
  consume q
  barrier X
  note "plain"
  note en "english"
  repeat 3
    compute -1 + 2
  end
end

process B
  recv
end
`;
    expect(print(check(src).scenario)).toBe(src);
  });

  it('is idempotent', () => {
    const src = 'process A\n  repeat 2\n    if 1 < 2\n      loop\n      end\n    end\n  end\nend\n';
    const once = print(check(src).scenario);
    expect(print(check(once).scenario)).toBe(once);
  });

  it('adds the parentheses a hand-built tree needs to keep its meaning', () => {
    const n = (value: number): Expr => ({ kind: 'num', value, span: null as never });
    const bin = (op: '+' | '-' | '*', left: Expr, right: Expr): Expr => ({
      kind: 'bin',
      op,
      left,
      right,
      span: null as never,
    });
    expect(printExpr(bin('*', bin('+', n(1), n(2)), n(3)))).toBe('(1 + 2) * 3');
    expect(printExpr(bin('-', n(1), bin('-', n(2), n(3))))).toBe('1 - (2 - 3)');
    expect(printExpr(bin('-', bin('-', n(1), n(2)), n(3)))).toBe('1 - 2 - 3');
    expect(printExpr({ kind: 'neg', operand: bin('+', n(1), n(2)), span: null as never })).toBe('-(1 + 2)');
  });

  it('keeps line breaks out of strings', () => {
    const s = check('process A\n  note "x"\nend').scenario;
    const note = s.processes[0]?.body[0];
    if (note?.kind !== 'note') throw new Error('expected note');
    note.text = 'two\nlines';
    expect(print(s)).toContain('note "two lines"');
  });
});
