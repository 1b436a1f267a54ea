import type { Diagnostic } from '../lang/ast';

/** `FILE:LINE:COL: message` or `FILE:LINE:COL: warning: message`, with the hint after a semicolon. */
export function formatDiagnostic(file: string, d: Diagnostic): string {
  const where = `${file}:${d.span.line}:${d.span.col}:`;
  const severity = d.severity === 'warning' ? ' warning:' : '';
  const hint = d.hint ? `; ${d.hint}` : '';
  return `${where}${severity} ${d.message}${hint}`;
}
