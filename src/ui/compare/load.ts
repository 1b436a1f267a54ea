// Running one half of the compare view: a text that does not check or does not run becomes a
// message for that half, never an error that takes the whole view down.

import type { Trace } from '../../engine/trace';
import { check } from '../../lang';
import type { Diagnostic, Lang } from '../../lang/ast';
import { diagnosticMessage } from '../../lang/diagnostics.render';
import { runInBrowser } from '../../runtime/browser';
import { COMPARE_STRINGS } from './strings';

export type SideRun =
  | { kind: 'ran'; trace: Trace }
  /** The checker found errors: the run never started. */
  | { kind: 'invalid'; errors: Diagnostic[] }
  /** The run itself failed (a worker that broke, say). */
  | { kind: 'failed'; detail: string };

/** Checks and runs one side's text (on Web Workers where there are any); never rejects. */
export async function runSide(source: string, run: typeof runInBrowser = runInBrowser): Promise<SideRun> {
  const checked = check(source);
  if (!checked.ok)
    return { kind: 'invalid', errors: checked.diagnostics.filter((d) => d.severity === 'error') };
  try {
    const { trace } = await run(checked.scenario);
    return { kind: 'ran', trace };
  } catch (e) {
    return { kind: 'failed', detail: e instanceof Error ? e.message : String(e) };
  }
}

/** What a half shows instead of its run, in `lang`; null for a side that ran. */
export function sideProblem(side: SideRun, lang: Lang): string | null {
  const s = COMPARE_STRINGS[lang];
  if (side.kind === 'ran') return null;
  if (side.kind === 'failed') return s.didNotRun(side.detail);
  const first = side.errors[0]!;
  return s.doesNotCheck(side.errors.length, first.span.line, diagnosticMessage(first, lang));
}
