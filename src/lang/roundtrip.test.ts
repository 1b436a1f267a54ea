import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, forEachStmt, print } from './index';
import { scenarioArb } from './test/arbitraries';
import { assertSane, lineCol } from './test/sanity';

/** Replaces each span by a marker, keeping whether it was null. */
function modSpans(x: unknown): unknown {
  return JSON.parse(
    JSON.stringify(x, (k, v: unknown) => (k === 'span' || k === 'nameSpan' ? (v === null ? null : 'S') : v)),
  );
}

describe('print and check agree', () => {
  it('a random valid scenario prints to text that checks without errors, back to the same scenario', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const text1 = print(s);
        const r = check(text1);
        expect(
          r.diagnostics.filter((d) => d.severity === 'error'),
          text1,
        ).toEqual([]);
        expect(modSpans(r.scenario)).toEqual(modSpans(s));
        expect(print(r.scenario)).toBe(text1);
        assertSane(text1, r);
      }),
      { numRuns: 500 },
    );
  });

  it('statement spans point at their own text', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const src = print(s);
        for (const p of check(src).scenario.processes) {
          expect(src.slice(p.nameSpan.from, p.nameSpan.to)).toBe(p.name);
          forEachStmt(p.body, (st) => {
            const [line, col] = lineCol(src, st.span.from);
            expect([st.span.line, st.span.col]).toEqual([line, col]);
            expect(src.slice(st.span.from, st.span.to).startsWith(st.kind)).toBe(true);
          });
        }
      }),
      { numRuns: 200 },
    );
  });
});
