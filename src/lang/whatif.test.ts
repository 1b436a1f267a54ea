import { describe, expect, it } from 'vitest';
import { check } from './index';
import { addFaultLine, faultEnd, withoutLastLines, type FaultSpec } from './whatif';

const crash: FaultSpec = { kind: 'crash', target: faultEnd('Server'), at: 4 };
const lose: FaultSpec = {
  kind: 'lose',
  a: faultEnd('W[2]'),
  b: faultEnd('jobs'),
  count: 1,
  from: 3,
  skip: 1,
};
const program = 'latency 2\n\nprocess Server\n  recv\nend\n';

describe('addFaultLine', () => {
  it('adds the line after everything, so no line above it moves', () => {
    const once = addFaultLine(program, crash);
    expect(once).toBe(`${program}\ncrash Server at 4\n`);
    const twice = addFaultLine(once, lose);
    expect(twice).toBe(`${program}\ncrash Server at 4\nlose W[2] jobs from 3 skip 1\n`);
    expect(check(once).ok).toBe(true);
    expect(check(once).scenario.faults.map((f) => f.kind)).toEqual(['crash']);
  });

  it('keeps the text’s line endings and ends an unfinished last line first', () => {
    expect(addFaultLine('process A\r\nend', crash)).toBe('process A\r\nend\r\n\r\ncrash Server at 4\r\n');
    expect(addFaultLine('', crash)).toBe('crash Server at 4\n');
  });

  it('is undone by withoutLastLines, blank line included', () => {
    const twice = addFaultLine(addFaultLine(program, crash), lose);
    expect(withoutLastLines(twice, 2)).toBe(program);
    expect(withoutLastLines(twice, 1)).toBe(addFaultLine(program, crash));
    expect(withoutLastLines(twice, 0)).toBe(twice);
    expect(withoutLastLines(program, 1)).toBeNull();
    expect(withoutLastLines(twice, 3)).toBeNull();
  });
});
