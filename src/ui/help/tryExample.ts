// `Try it` on an example in the help: show it on the stage like an opened link (the user's own text
// is kept, with a way back), close the help, and play the run as soon as it is ready.

import { appStore } from '../../store';
import type { HelpTab } from '../../store/view';
import { play } from '../commands';

/** Where in the help the example was, so that the notice can lead back to it. */
let cameFrom: { tab: HelpTab; anchor: string | null } | null = null;

export function helpPlaceOfExample(): { tab: HelpTab; anchor: string | null } | null {
  return cameFrom;
}

export function tryExample(source: string, from: { tab: HelpTab; anchor: string | null }): void {
  const state = appStore.getState();
  cameFrom = from;
  state.openExample(source);
  state.closeHelp();
  const { checked, origin } = appStore.getState();
  if (!checked.ok) return; // a checker example: its problems show in the Problems list
  const stop = appStore.subscribe((s) => {
    if (s.origin !== origin) return stop(); // something else was opened meanwhile
    if (s.runScenario === checked.scenario && s.trace) {
      stop();
      play();
    }
  });
}
