import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, print } from './index';
import { mutate, mutationArb, scenarioArb, soup } from './test/arbitraries';
import { assertSane } from './test/sanity';

// How fast checking is, is measured by `npm run bench`; here a pathological input that made the
// checker hang would run into the test's own timeout.

describe('check never throws and keeps spans inside the input', () => {
  it('on random strings', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ maxLength: 300 })),
        (src) => {
          assertSane(src, check(src));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('on keyword and symbol soup', () => {
    fc.assert(
      fc.property(soup, (src) => {
        assertSane(src, check(src));
      }),
      { numRuns: 1500 },
    );
  });

  it('on mutated valid scenarios', () => {
    fc.assert(
      fc.property(scenarioArb, fc.array(mutationArb, { minLength: 1, maxLength: 4 }), (s, muts) => {
        let src = print(s);
        for (const m of muts) src = mutate(src, m);
        assertSane(src, check(src));
      }),
      { numRuns: 400 },
    );
  });

  it('on pathological sizes and depths', () => {
    const cases = [
      `process A\n${'loop\n'.repeat(20_000)}`,
      `process A\n  compute ${'('.repeat(50_000)}`,
      `process A\n  compute ${'-'.repeat(50_000)}1\nend`,
      `process A\n  compute 1${'+1'.repeat(50_000)}\nend`,
      `${'end\n'.repeat(30_000)}`,
      `process W[0..9007199254740991]\nend`,
      `${'"'.repeat(100_000)}`,
      `${'@'.repeat(200_000)}`,
    ];
    for (const src of cases) {
      const r = check(src);
      assertSane(src, r);
      expect(r.ok).toBe(false);
    }
  });

  it('a 250 KB valid scenario checks', () => {
    const proc = (k: number) =>
      `process P${k}\n  send P${k - 1} "hello"\n  recv from P${k - 1}\n  compute 2 * 3\nend\n`;
    let src = 'process P0\n  recv\nend\n';
    for (let k = 1; src.length < 250_000; k++) src += proc(k);
    const r = check(src);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.scenario.instances.length).toBeGreaterThan(3000);
  });
});
