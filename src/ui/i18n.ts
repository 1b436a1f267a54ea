import { STRINGS, type Strings } from '../i18n/strings';
import { useApp } from '../store';

/** The interface strings in the current language. */
export function useStrings(): Strings {
  return STRINGS[useApp((s) => s.lang)];
}
