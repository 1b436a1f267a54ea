// The help as a command, for the `?` key and the header's button: it reopens on the part of the
// help read last in this visit (the concept guide the first time).

import { appStore } from '../../store';
import type { HelpTab } from '../../store/view';

let lastTab: HelpTab = 'guide';

/** Notes which part of the help is being read. */
export function rememberHelpTab(tab: HelpTab): void {
  lastTab = tab;
}

/** Opens the help where it was last read, or closes it when it is open. */
export function toggleHelp(): void {
  const { help, openHelp, closeHelp } = appStore.getState();
  if (help) closeHelp();
  else openHelp(lastTab);
}
