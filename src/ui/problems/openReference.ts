// Opens the help panel at the reference entry of a diagnostic or run-time error code (every code
// has a heading of its own there).

import { appStore } from '../../store';

/** Shows the language reference at `code`'s entry. */
export function openReference(code: string): void {
  appStore.getState().openHelp('reference', code);
}
