import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES } from './index';
import { checkCases, runCase, syntaxCases } from './test/cases';
import { faultCases } from './test/cases.faults';
import { goalCases } from './test/cases.goals';

describe('checker diagnostics', () => {
  it.each(checkCases)('$name', runCase);
  it.each(faultCases)('$name (§6)', runCase);
  it.each(goalCases)('$name (§7)', runCase);

  it('the case tables exercise every diagnostic code except the internal one', () => {
    const seen = new Set(
      [...syntaxCases, ...checkCases, ...faultCases, ...goalCases].flatMap((c) => c.want.map((w) => w[0])),
    );
    seen.add('too-large'); // tested in errors.test.ts (needs a big input)
    const all = DIAGNOSTIC_CODES.map((d) => d.code).filter((c) => c !== 'internal-error');
    expect(all.filter((c) => !seen.has(c))).toEqual([]);
  });
});
