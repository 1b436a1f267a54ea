import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './index';

export type UiLang = 'en' | 'ko';

export interface PrefsSlice {
  lang: UiLang;
  setLang(lang: UiLang): void;
}

const LANG_KEY = 'rendezvous.lang';

/** The language remembered from last time, else the browser's. */
export function initialLang(
  storage: Pick<Storage, 'getItem'> | null,
  browserLangs: readonly string[],
): UiLang {
  const saved = storage?.getItem(LANG_KEY);
  if (saved === 'en' || saved === 'ko') return saved;
  return browserLangs.some((l) => l.toLowerCase().startsWith('ko')) ? 'ko' : 'en';
}

export const createPrefsSlice =
  (
    storage: Pick<Storage, 'getItem' | 'setItem'> | null,
    browserLangs: readonly string[],
  ): StateCreator<AppState, [], [], PrefsSlice> =>
  (set) => ({
    lang: initialLang(storage, browserLangs),
    setLang(lang) {
      try {
        storage?.setItem(LANG_KEY, lang);
      } catch {
        // Private windows may refuse storage; the choice still holds for this visit.
      }
      set({ lang });
    },
  });
