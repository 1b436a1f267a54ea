import type { Diagnostic, Lang } from '../lang/ast';
import type { Outcome } from '../engine/trace';
import { referenceLink, renderDiagnostic, runErrorText } from '../lang/diagnostics.render';

/**
 * `FILE:LINE:COL: message` or `FILE:LINE:COL: warning: message` in `lang` (the word `warning:` stays as
 * the contract has it), with the hint after a semicolon and where the reference explains the code.
 */
export function formatDiagnostic(file: string, d: Diagnostic, lang: Lang = 'en'): string {
  const { message, hint } = renderDiagnostic(d, lang);
  const where = `${file}:${d.span.line}:${d.span.col}:`;
  const severity = d.severity === 'warning' ? ' warning:' : '';
  return `${where}${severity} ${message}${hint ? `; ${hint}` : ''} (see: ${referenceLink(d.code, lang)})`;
}

/**
 * For a run that ended in a run-time error with a known code, where the reference explains it and
 * what failed: `see: docs/reference.en.md#run-division-by-zero (run-time error in W[3], line 2: …)`.
 * Null for any other outcome.
 */
export function formatRunError(outcome: Outcome, lang: Lang = 'en'): string | null {
  const text = outcome.kind === 'error' ? runErrorText(outcome, lang) : null;
  if (text === null || outcome.code === undefined) return null;
  const { process, line } = outcome;
  const where =
    lang === 'ko'
      ? process === undefined
        ? '실행 중 오류'
        : line === undefined
          ? `${process} 프로세스에서 실행 중 오류`
          : `${process} 프로세스의 ${line}번째 줄에서 실행 중 오류`
      : process === undefined
        ? 'run-time error'
        : line === undefined
          ? `run-time error in ${process}`
          : `run-time error in ${process}, line ${line}`;
  return `see: ${referenceLink(outcome.code, lang)} (${where}: ${text})`;
}
