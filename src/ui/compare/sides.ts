// The halves of the compare view: built-in scenarios as compare sides, and what each half is called.

import type { Lang } from '../../lang/ast';
import { builtinTitles, fetchBuiltin, loadedBuiltin } from '../../scenarios';
import { appStore } from '../../store';
import type { CompareSide } from '../../store/view';
import { titleOf } from '../titles';

/** A built-in scenario as a compare side (keyed by its id, titled in `lang`), or null for an unknown id. */
export async function builtinSide(id: string, lang: Lang): Promise<CompareSide | null> {
  const scenario = await fetchBuiltin(id);
  if (!scenario) return null;
  return { key: id, source: scenario.source, title: builtinTitle(id, lang) ?? id };
}

/** Opens two built-in scenarios side by side; false (and nothing opens) when either id is unknown or fails to load. */
export async function openBuiltinCompare(idA: string, idB: string, store = appStore): Promise<boolean> {
  const { lang } = store.getState();
  try {
    const [a, b] = await Promise.all([builtinSide(idA, lang), builtinSide(idB, lang)]);
    if (!a || !b) return false;
    store.getState().openCompare(a, b);
    return true;
  } catch (error) {
    console.warn(`Rendezvous: could not load ${idA} and ${idB} to compare them`, error);
    return false;
  }
}

/**
 * What a half is headed with in `lang`: an unchanged built-in follows the language switch (its
 * text carries a title per language); any other side keeps the title it was given.
 */
export function sideTitle(side: CompareSide, lang: Lang): string {
  if (loadedBuiltin(side.key)?.source !== side.source) return side.title;
  return builtinTitle(side.key, lang) ?? side.title;
}

function builtinTitle(id: string, lang: Lang): string | null {
  return titleOf(builtinTitles(id) ?? [], lang);
}
