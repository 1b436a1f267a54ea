// Invariants every check result must satisfy, whatever the input (shared by the property tests).

import { expect } from 'vitest';
import type { CheckResult } from '../index';

/** Line and code-point column of offsets, computed independently of LineMap. */
export function lineCols(src: string): (offset: number) => [number, number] {
  const starts = [0];
  for (const m of src.matchAll(/\r\n|\r|\n/g)) starts.push(m.index + m[0].length);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    const line = lo + 1;
    return [line, [...src.slice(starts[line - 1] ?? 0, offset)].length + 1];
  };
}

export function lineCol(src: string, offset: number): [number, number] {
  return lineCols(src)(offset);
}

export function assertSane(src: string, r: CheckResult): void {
  const lineCount = src.split(/\r\n|\r|\n/).length;
  const at = lineCols(src);
  for (const d of r.diagnostics) {
    const s = d.span;
    expect(d.code).not.toBe('internal-error');
    expect(0 <= s.from && s.from <= s.to && s.to <= src.length, `${d.code} ${s.from}..${s.to}`).toBe(true);
    expect(s.line >= 1 && s.line <= lineCount && s.endLine >= s.line && s.endLine <= lineCount).toBe(true);
    expect([s.line, s.col]).toEqual(at(s.from));
    expect([s.endLine, s.endCol]).toEqual(at(s.to));
    expect(d.message.length).toBeGreaterThan(0);
  }
  expect(r.ok).toBe(!r.diagnostics.some((d) => d.severity === 'error'));
  if (r.ok) expect(r.scenario.processes.length).toBeGreaterThan(0);
}
