// The `ask` checkpoint statement: parsed, printed back, checked, and recorded in the trace.

import { describe, expect, it } from 'vitest';
import { runSource } from '../runtime/inprocess';
import { formatTimeline } from '../cli/timeline';
import { check, print } from './index';

const codes = (source: string) =>
  check(source).diagnostics.map((d) => `${d.code}@${d.span.line}:${d.span.col}`);

describe('ask', () => {
  it('prints back what it parsed, answer and language included', () => {
    const src = 'process A\n  ask "plain"\n  ask en "Who?" answer "B \\"quoted\\""\n  ask ko "누구?"\nend\n';
    const r = check(src);
    expect(r.diagnostics).toEqual([]);
    expect(print(r.scenario)).toBe(src);
  });

  it('reports a missing question or a missing answer text at the right column', () => {
    expect(codes('process A\n  ask\nend')).toEqual(['expected-string@2:6']);
    expect(codes('process A\n  ask "Who?" answer\nend')).toEqual(['expected-string@2:20']);
    expect(codes('process A\n  ask "Who?" "extra"\nend')[0]).toMatch(/^unexpected-token@2:14/);
    expect(codes('ask "top level?"\nprocess A\nend')[0]).toMatch(/^statement-outside-process@1:1/);
  });

  it('starts a statement without being reserved: scenarios that name a process `ask` still run', () => {
    expect(codes('process ask\n  recv\nend\nprocess B\n  send ask "hi"\nend\n')).toEqual([]);
    const trace = runSource('process ask\n  recv\n  ask "Got it?"\nend\nprocess B\n  send ask "hi"\nend\n');
    expect(trace.events.filter((e) => e.type === 'ask').map((e) => e.process)).toEqual(['ask']);
  });

  it('records an `ask` event at the instant it is reached, taking no time', () => {
    const trace = runSource('process A\n  compute 3\n  ask en "Next?" answer "done"\n  compute 1\nend\n');
    const ask = trace.events.find((e) => e.type === 'ask');
    expect(ask).toEqual({
      seq: ask?.seq,
      t: 3,
      type: 'ask',
      process: 'A',
      line: 3,
      text: 'Next?',
      lang: 'en',
      answer: 'done',
    });
    expect(trace.outcome).toMatchObject({ kind: 'completed', time: 4 });
  });

  it('the timeline prints the question in its language and the answer under it', () => {
    const trace = runSource('process A\n  ask en "Who?" answer "Me"\n  ask ko "누구?" answer "나"\nend\n');
    const en = formatTimeline(trace, 'en');
    expect(en).toContain('Question from A (line 2): Who?\n    Answer: Me');
    expect(en).not.toContain('누구');
    const ko = formatTimeline(trace, 'ko');
    expect(ko).toContain('A의 질문 (3번째 줄): 누구?\n    답: 나');
    expect(ko).not.toContain('Who?');
  });
});
