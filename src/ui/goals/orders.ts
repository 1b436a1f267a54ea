// The `goal never` / `goal can` goals of the text on screen, checked by exploring every order
// (SPEC §8) in the explorer's Web Worker (src/ui/explore/client.ts, the same worker as the
// `Every order` card). One search per count of lost messages the goals ask for (`lose N`), one
// after another. A new text cancels the search at once and starts the next one after a pause in
// the typing, so a student who types never waits for an old text's search.

import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { ExploreProgress, ExploreResult } from '../../explore';
import type { Running } from '../explore/client';
import type { FromExplorer } from '../explore/protocol';
import type { FaultSpec } from '../../lang/whatif';
import { APP_STATES } from '../explore/state';

export interface OrdersState {
  /** The text whose goals are (being) explored; null when none is. */
  source: string | null;
  status: 'idle' | 'running' | 'done' | 'failed';
  /** The count of lost messages being explored now, and how far that search has got. */
  lose: number;
  progress: ExploreProgress | null;
  /** What each finished search found, by count of lost messages. */
  results: Readonly<Record<number, ExploreResult>>;
  /** Per count of lost messages, per outcome: the fault lines that force it in the timed run, or null. */
  whatIfs: Readonly<Record<number, readonly (FaultSpec[] | null)[]>>;
  error: string | null;
}

const idle: OrdersState = {
  source: null,
  status: 'idle',
  lose: 0,
  progress: null,
  results: {},
  whatIfs: {},
  error: null,
};

export const ordersStore = createStore<OrdersState>()(() => idle);

export function useOrders<T>(selector: (s: OrdersState) => T): T {
  return useStore(ordersStore, selector);
}

/** How long the typing must pause before a search starts. */
export const SETTLE_MS = 400;

/** How a search is started: the explorer's worker in the app, something else in tests. */
export type StartSearch = (
  request: { type: 'start'; source: string; lose: number; states: number },
  onMessage: (message: FromExplorer) => void,
) => Running;

const startInWorker: StartSearch = (request, onMessage) => {
  // The worker's code loads with the first search (a scenario without such goals never needs it).
  let inner: Running | null = null;
  let stopped: 'cancel' | 'dispose' | null = null;
  void import('../explore/client').then(({ startSearch }) => {
    if (stopped === 'dispose') return;
    inner = startSearch(request, onMessage);
    if (stopped === 'cancel') inner.cancel();
  });
  return {
    cancel: () => (inner ? inner.cancel() : (stopped = 'cancel')),
    dispose: () => (inner ? inner.dispose() : (stopped = 'dispose')),
  };
};

let running: Running | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;
let start: StartSearch = startInWorker;

/** For tests: search with `fn` instead of the worker (returns the previous way). */
export function setSearchStarter(fn: StartSearch): StartSearch {
  const before = start;
  start = fn;
  return before;
}

function stop(): void {
  if (timer !== null) clearTimeout(timer);
  timer = null;
  running?.dispose();
  running = null;
}

/**
 * Asks for the goals of `source` to be explored with each count of losses in `losses` (ascending):
 * nothing when that is already under way or done, else the previous search is dropped at once and
 * this one starts after `delay` ms. An empty `losses` (no such goals, or errors) just stops.
 */
export function exploreGoals(source: string, losses: readonly number[], delay = SETTLE_MS): void {
  if (losses.length === 0) {
    stop();
    if (ordersStore.getState().source !== null) ordersStore.setState(idle);
    return;
  }
  const now = ordersStore.getState();
  if (now.source === source && now.status !== 'idle') return;
  stop();
  ordersStore.setState({ ...idle, source, status: 'running', lose: losses[0] ?? 0 });
  timer = setTimeout(() => {
    timer = null;
    next(source, losses, 0);
  }, delay);
}

function next(source: string, losses: readonly number[], k: number): void {
  const lose = losses[k];
  if (lose === undefined) {
    running = null;
    ordersStore.setState({ status: 'done' });
    return;
  }
  ordersStore.setState({ lose, progress: null });
  const mine = start({ type: 'start', source, lose, states: APP_STATES }, (message) => {
    if (running !== mine) return;
    if (message.type === 'progress') ordersStore.setState({ progress: message.progress });
    else if (message.type === 'done') {
      const now = ordersStore.getState();
      const results = { ...now.results, [lose]: message.result };
      const whatIfs = { ...now.whatIfs, [lose]: message.whatIfs };
      ordersStore.setState({ results, whatIfs, progress: message.progress });
      // A search that was stopped stops the rest too: what was found so far is the answer.
      if (message.result.cancelled === true) {
        running = null;
        ordersStore.setState({ status: 'done' });
      } else next(source, losses, k + 1);
    } else {
      running = null;
      ordersStore.setState({ status: 'failed', error: message.message });
    }
  });
  running = mine;
}

/** Stops the search under way; the goals then say what it found before it stopped. */
export function stopExploringGoals(): void {
  if (timer !== null) {
    // Not started yet: nothing was explored at all.
    stop();
    ordersStore.setState({ status: 'done' });
    return;
  }
  running?.cancel();
}

/** Forgets every search (tests; leaving the app). */
export function resetOrders(): void {
  stop();
  ordersStore.setState(idle);
}

/** The fault lines that force `run` (one a goal search found) in the timed run, or null. */
export function forcingLines(state: OrdersState, run: unknown): FaultSpec[] | null {
  for (const [lose, result] of Object.entries(state.results)) {
    const k = result.outcomes.findIndex((o) => o.run === run);
    if (k >= 0) return state.whatIfs[Number(lose)]?.[k] ?? null;
  }
  return null;
}
