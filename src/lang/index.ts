// The scenario language: `check` turns text into a Scenario plus every diagnostic at once,
// `print` turns a Scenario back into canonical text.

import type { CheckResult, Diagnostic, Scenario } from './ast';
import { checkParsed } from './checker';
import { Reporter } from './diagnostics';
import { lex } from './lexer';
import { defaultSettings, parse } from './parser';
import { LineMap } from './span';

export type * from './ast';
export { DIAGNOSTIC_CODES, type DiagnosticCode } from './diagnostics';
export { KEYWORDS, isKeyword } from './lexer';
export { print, printExpr, printCond, printFault, printGoal, printTarget, quote } from './printer';
export { FAULT_LINES } from './faultlines';
export { GOAL_KINDS, GOAL_OPS, OUTCOME_KINDS } from './goallines';
export { evalExpr, applyOp, compare } from './expr';
export { forEachStmt } from './walk';
export { MAX_INSTANCES } from './checker';
export { LineMap } from './span';

/** The largest scenario accepted, in bytes of UTF-8. */
export const MAX_BYTES = 262_144;

/** Lexes, parses and checks a scenario; never throws, and reports every problem it finds. */
export function check(source: string): CheckResult {
  const map = new LineMap(source);
  const report = new Reporter(map);
  try {
    const bytes = utf8Length(source);
    if (bytes > MAX_BYTES) {
      report.at('too-large', 0, 0, { bytes });
      return finish(emptyScenario(), report);
    }
    const parsed = parse(lex(source, report), report, map);
    const scenario = checkParsed(parsed, report);
    if (scenario.processes.length === 0) {
      report.at('no-process', 0, 0, {}, { id: 'add-process' });
    }
    return finish(scenario, report);
  } catch (e) {
    // A bug in the checker must not take the editor down with it; say so instead.
    report.list.length = 0;
    report.at('internal-error', 0, 0, { detail: e instanceof Error ? e.message : String(e) });
    return finish(emptyScenario(), report);
  }
}

function finish(scenario: Scenario, report: Reporter): CheckResult {
  const diagnostics: Diagnostic[] = report.list
    .map((d, k) => ({ d, k }))
    .sort((x, y) => x.d.span.from - y.d.span.from || x.k - y.k)
    .map(({ d }) => d);
  return { scenario, diagnostics, ok: !diagnostics.some((d) => d.severity === 'error') };
}

/** UTF-8 length without allocating the encoding (a lone surrogate counts as U+FFFD, 3 bytes). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(k + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      k++;
    } else n += 3;
  }
  return n;
}

/** An empty scenario with the default settings (what a failed check hands back). */
export function emptyScenario(): Scenario {
  return {
    titles: [],
    abouts: [],
    ...defaultSettings(),
    links: [],
    barriers: [],
    queues: [],
    processes: [],
    instances: [],
    faults: [],
    failures: false,
    goals: [],
  };
}
