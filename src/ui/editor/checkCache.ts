// Checks shared by the linter, completion and the palette: the last few texts are remembered
// (completion asks about the document minus the word being typed, the linter about the document).

import { check, type CheckResult } from '../../lang';

const SIZE = 3;
const recent: { source: string; result: CheckResult }[] = [];

/** `check(source)`, remembered for the most recent texts. */
export function checkCached(source: string): CheckResult {
  const k = recent.findIndex((e) => e.source === source);
  if (k >= 0) {
    const [hit] = recent.splice(k, 1);
    if (hit) {
      recent.unshift(hit);
      return hit.result;
    }
  }
  const result = check(source);
  recent.unshift({ source, result });
  recent.length = Math.min(recent.length, SIZE);
  return result;
}
