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
 * For a run that ended in a run-time error with a known code, the same shape as a diagnostic, at
 * the failing statement, with where the reference explains it:
 * `z.rdv:2:3: run-time error in W[3]: division by zero (see: docs/reference.en.md#run-division-by-zero)`.
 * Null for any other outcome.
 */
export function formatRunError(
  file: string,
  source: string,
  outcome: Outcome,
  lang: Lang = 'en',
): string | null {
  const text = outcome.kind === 'error' ? runErrorText(outcome, lang) : null;
  if (text === null || outcome.code === undefined) return null;
  const { process, line } = outcome;
  const what =
    lang === 'ko'
      ? process === undefined
        ? '실행 중 오류'
        : `${process} 프로세스에서 실행 중 오류`
      : process === undefined
        ? 'run-time error'
        : `run-time error in ${process}`;
  const where = line === undefined ? `${file}:` : `${file}:${line}:${statementColumn(source, line)}:`;
  return `${where} ${what}: ${text} (see: ${referenceLink(outcome.code, lang)})`;
}

/** The column (in code points, from 1) where the statement on `line` starts. */
function statementColumn(source: string, line: number): number {
  const text = source.split(/\r\n|\r|\n/)[line - 1] ?? '';
  return [...text].findIndex((c) => !/\s/u.test(c)) + 1 || 1;
}
