// The halves of the compare view: built-in scenarios as compare sides, and what each half is called.

import { check } from '../../lang';
import type { Lang } from '../../lang/ast';
import { builtin } from '../../scenarios';
import { appStore } from '../../store';
import type { CompareSide } from '../../store/view';
import { titleOf } from '../titles';

/** A built-in scenario as a compare side (keyed by its id, titled in `lang`), or null for an unknown id. */
export function builtinSide(id: string, lang: Lang): CompareSide | null {
  const scenario = builtin(id);
  if (!scenario) return null;
  return { key: id, source: scenario.source, title: builtinTitle(scenario.source, lang) ?? id };
}

/** Opens two built-in scenarios side by side; false (and nothing opens) when either id is unknown. */
export function openBuiltinCompare(idA: string, idB: string, store = appStore): boolean {
  const { lang, openCompare } = store.getState();
  const a = builtinSide(idA, lang);
  const b = builtinSide(idB, lang);
  if (!a || !b) return false;
  openCompare(a, b);
  return true;
}

/**
 * What a half is headed with in `lang`: an unchanged built-in follows the language switch (its
 * text carries a title per language); any other side keeps the title it was given.
 */
export function sideTitle(side: CompareSide, lang: Lang): string {
  const scenario = builtin(side.key);
  if (scenario?.source !== side.source) return side.title;
  return builtinTitle(scenario.source, lang) ?? side.title;
}

function builtinTitle(source: string, lang: Lang): string | null {
  return titleOf(check(source).scenario.titles, lang);
}
