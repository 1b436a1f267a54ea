import { describe, expect, it } from 'vitest';
import { check, DIAGNOSTIC_CODES } from './index';
import { P, runCase, syntaxCases } from './test/cases';

describe('syntax diagnostics', () => {
  it.each(syntaxCases)('$name', runCase);

  it('codes are kebab-case and described', () => {
    for (const d of DIAGNOSTIC_CODES) {
      expect(d.code).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(d.description.length).toBeGreaterThan(10);
    }
  });

  it('messages are sentences with backticked code', () => {
    const r = check('process Server\n  recv\nend\nprocess C\n  send Sever\nend');
    expect(r.diagnostics[0]?.message).toBe('unknown process `Sever`');
    expect(r.diagnostics[0]?.params).toEqual({ kind: 'process', name: 'Sever' });
    expect(r.diagnostics[0]?.hintId).toBe('did-you-mean');
    expect(check(P('  sned A')).diagnostics[0]?.message).toBe('unknown keyword `sned`');
    expect(check(P('  send 5')).diagnostics[0]?.message).toBe('expected a process name, found the number 5');
    expect(check('process Client\n  recv\n').diagnostics[0]?.message).toBe(
      '`process Client` (line 1) is never closed with `end`',
    );
  });

  it('reports every problem at once, in source order', () => {
    const src = 'latency 1\nlatency 2\nprocess A\n  sned B\n  send Zed\n  compute i\nend\nend';
    expect(check(src).diagnostics.map((d) => [d.code, d.span.line])).toEqual([
      ['duplicate-setting', 2],
      ['unknown-keyword', 4],
      ['unknown-name', 5],
      ['var-outside-group', 6],
      ['extra-end', 8],
    ]);
  });

  it('warnings leave the scenario runnable; errors do not', () => {
    const warn = check('process A\n  send B\nend\nprocess B\nend');
    expect(warn.ok).toBe(true);
    expect(warn.diagnostics[0]?.severity).toBe('warning');
    expect(check(P('  send Nobody')).ok).toBe(false);
  });

  it('an input over 256 KiB gives one error at 1:1 and is not parsed', () => {
    const big = `process A\n${'  sned x\n'.repeat(30_000)}end\n`;
    const r = check(big);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ code: 'too-large', span: { line: 1, col: 1, from: 0 } });
    expect(r.ok).toBe(false);
  });

  it('counts UTF-8 bytes, not UTF-16 units, for the size limit', () => {
    const body = 'ê'.repeat(131_073); // 131,073 units, 262,146 bytes
    expect(check(`# ${body}\nprocess A\nend`).diagnostics[0]?.code).toBe('too-large');
    const ok = 'ê'.repeat(131_000);
    expect(check(`# ${ok}\nprocess A\nend`).ok).toBe(true);
  });
});
