// The checker's diagnostics as CodeMirror lint diagnostics, in the interface language. Pure apart
// from the `actions` callbacks: one only touches the view it is handed, the other calls `learnMore`.

import type { Action, Diagnostic as LintDiagnostic } from '@codemirror/lint';
import type { CheckResult, Diagnostic } from '../../lang';
import { renderDiagnostic } from '../../lang/diagnostics.render';
import { PROBLEM_STRINGS } from '../problems/strings';
import type { EditorLang } from './types';

/** The message shown in the tooltip and lint panel, in `lang`: the message, then the hint after a dash. */
export function lintMessage(d: Diagnostic, lang: EditorLang = 'en'): string {
  const { message, hint } = renderDiagnostic(d, lang);
  return hint ? `${message} — ${hint}` : message;
}

const REPLACE = {
  en: (name: string) => `Replace with ${name}`,
  ko: (name: string) => `${name}(으)로 바꾸기`,
} satisfies Record<EditorLang, (name: string) => string>;

/**
 * Maps every diagnostic of a check (of a document `length` UTF-16 units long) to a lint diagnostic.
 * With `learnMore`, each also gets a "Learn more" action that opens the reference at its code.
 */
export function toLintDiagnostics(
  result: CheckResult,
  length: number,
  lang: EditorLang = 'en',
  learnMore?: (code: string) => void,
): LintDiagnostic[] {
  return result.diagnostics.map((d) => {
    const from = clamp(d.span.from, 0, length);
    const to = clamp(d.span.to, from, length);
    const out: LintDiagnostic = {
      from,
      to,
      severity: d.severity,
      message: lintMessage(d, lang),
    };
    const actions: Action[] = [];
    const name = d.hintId === 'did-you-mean' ? d.hintParams?.name : undefined;
    if (typeof name === 'string' && to > from) {
      actions.push({
        name: REPLACE[lang](name),
        apply: (view, start, stop) => view.dispatch({ changes: { from: start, to: stop, insert: name } }),
      });
    }
    if (learnMore) actions.push({ name: PROBLEM_STRINGS[lang].learnMore, apply: () => learnMore(d.code) });
    if (actions.length > 0) out.actions = actions;
    return out;
  });
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(Math.max(x, lo), hi);
}
