// The checker's diagnostics as CodeMirror lint diagnostics. Pure apart from the `actions` callback,
// which only touches the view it is handed.

import type { Diagnostic as LintDiagnostic } from '@codemirror/lint';
import type { CheckResult, Diagnostic } from '../../lang';
import type { EditorLang } from './types';

/** The message shown in the tooltip and lint panel: the message, then the hint after a dash. */
export function lintMessage(d: Diagnostic): string {
  return d.hint ? `${d.message} — ${d.hint}` : d.message;
}

const REPLACE = {
  en: (name: string) => `Replace with ${name}`,
  ko: (name: string) => `${name}(으)로 바꾸기`,
} satisfies Record<EditorLang, (name: string) => string>;

/** Maps every diagnostic of a check (of a document `length` UTF-16 units long) to a lint diagnostic. */
export function toLintDiagnostics(
  result: CheckResult,
  length: number,
  lang: EditorLang = 'en',
): LintDiagnostic[] {
  return result.diagnostics.map((d) => {
    const from = clamp(d.span.from, 0, length);
    const to = clamp(d.span.to, from, length);
    const out: LintDiagnostic = {
      from,
      to,
      severity: d.severity,
      message: lintMessage(d),
    };
    const name = d.hintId === 'did-you-mean' ? d.hintParams?.name : undefined;
    if (typeof name === 'string' && to > from) {
      out.actions = [
        {
          name: REPLACE[lang](name),
          apply: (view, start, stop) => view.dispatch({ changes: { from: start, to: stop, insert: name } }),
        },
      ];
    }
    return out;
  });
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(Math.max(x, lo), hi);
}
