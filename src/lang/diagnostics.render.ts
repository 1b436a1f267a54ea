// Diagnostics and run-time errors in the reader's language, and the reference entry that explains
// each code. The English text is what the checker and the trace already carry; Korean is built from
// the code and params, falling back to the English text for anything without a template.

import type { Diagnostic, Lang } from './ast';
import type { DiagnosticCode } from './diagnostics';
import { KO_MESSAGES, KO_RUN_MESSAGES } from './diagnostics.ko';
import { isRunErrorCode, runErrorMessage } from './diagnostics.run';
import type { HintId, Params } from './hints';
import { KO_HINTS } from './hints.ko';

/** Where the language reference explains `code` (every code has a heading of its own): `docs/reference.en.md#unknown-keyword`. */
export function referenceLink(code: string, lang: Lang): string {
  return `docs/reference.${lang}.md#${code}`;
}

/** A diagnostic's message in `lang`. */
export function diagnosticMessage(d: Diagnostic, lang: Lang): string {
  if (lang === 'en' || !Object.hasOwn(KO_MESSAGES, d.code)) return d.message;
  return KO_MESSAGES[d.code as DiagnosticCode](d.params ?? {});
}

/** A diagnostic's hint in `lang`, or null when it has none. */
export function diagnosticHint(d: Diagnostic, lang: Lang): string | null {
  if (lang === 'en' || d.hint === null || d.hintId === undefined || !Object.hasOwn(KO_HINTS, d.hintId))
    return d.hint;
  return KO_HINTS[d.hintId as HintId](d.hintParams ?? {});
}

/** A diagnostic's message and hint in `lang`. */
export function renderDiagnostic(d: Diagnostic, lang: Lang): { message: string; hint: string | null } {
  return { message: diagnosticMessage(d, lang), hint: diagnosticHint(d, lang) };
}

/** What a `proc.error` event or an error outcome carries about its error. */
export interface RunErrorFacts {
  code?: string;
  params?: Params;
}

/**
 * A run-time error's message in `lang` (in English, exactly the `proc.error` message), or null when
 * the error has no known code (a failure the checker rules out, or a trace from elsewhere).
 */
export function runErrorText(e: RunErrorFacts, lang: Lang): string | null {
  if (!isRunErrorCode(e.code)) return null;
  const params = e.params ?? {};
  return lang === 'en' ? runErrorMessage(e.code, params) : KO_RUN_MESSAGES[e.code](params);
}
