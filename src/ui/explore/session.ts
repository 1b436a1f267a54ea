// The commands of the `Every order` search: start, cancel, close, show a run it found, make that
// run a what-if. Loaded with the card (the button loads it on its first press).

import { appStore } from '../../store';
import type { FromExplorer } from './protocol';
import type { Running } from './client';
import { seek, startIndex } from '../commands';
import { APP_STATES, exploreStore, initial } from './state';

export { APP_STATES, useExplore, type ExploreSession } from './state';

let running: Running | null = null;

/** Opens the card and searches the text on screen. */
export function startExplore(lose = exploreStore.getState().lose): void {
  running?.dispose();
  running = null;
  const source = appStore.getState().source;
  exploreStore.setState({
    open: true,
    lose,
    status: 'running',
    source,
    progress: null,
    result: null,
    whatIfs: [],
    error: null,
  });
  void import('./client').then(({ startSearch }) => {
    // Another search (or a close) came first.
    if (exploreStore.getState().source !== source || exploreStore.getState().status !== 'running') return;
    const mine: Running = startSearch({ type: 'start', source, lose, states: APP_STATES }, (m) => {
      if (running === mine) receive(m);
    });
    running = mine;
  });
}

function receive(message: FromExplorer): void {
  if (message.type === 'progress') exploreStore.setState({ progress: message.progress });
  else if (message.type === 'done') {
    running = null;
    exploreStore.setState({
      status: 'done',
      progress: message.progress,
      result: message.result,
      whatIfs: message.whatIfs,
    });
  } else {
    running = null;
    exploreStore.setState({ status: 'failed', error: message.message });
  }
}

/** Stops the search; the card then says what was found before it stopped. */
export function cancelExplore(): void {
  running?.cancel();
}

export function closeExplore(): void {
  running?.dispose();
  running = null;
  exploreStore.setState({ ...initial, lose: exploreStore.getState().lose });
}

/** Plays the run the search found for outcome number `k` on the stage, the code and the diagram. */
export function showOutcome(k: number): void {
  const { result } = exploreStore.getState();
  const outcome = result?.outcomes[k];
  const app = appStore.getState();
  if (!outcome || !app.checked.ok) return;
  app.setPlaying(false);
  // The stage needs the room; the answer stays (the banner offers its what-if, the button asks again).
  exploreStore.setState({ open: false });
  app.showExplored(outcome.run, app.checked.scenario, { kind: outcome.kind, shortest: outcome.shortest });
  seek(startIndex());
}

/** Writes the lines that force outcome `k` in the timed run into new what-if branches, and shows the last. */
export function makeWhatIf(k: number): void {
  const lines = exploreStore.getState().whatIfs[k];
  if (!lines || lines.length === 0) return;
  for (const line of lines) appStore.getState().intervene(line);
  closeExplore();
}
