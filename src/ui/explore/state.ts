// The `Every order` search's state: whether its card is open, how far it has got, what it found.
// A small store of its own (the app's store keeps runs; this keeps one search). Only this and the
// button are on the first screen; the commands (session.ts) and the search load when asked for.

import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { ExploreProgress, ExploreResult } from '../../explore';
import type { FaultSpec } from '../../lang/whatif';

/** The app's budget: big enough for the built-ins many times over, small enough for a phone. */
export const APP_STATES = 1_000_000;

export interface ExploreSession {
  open: boolean;
  /** Messages the network may lose (`--lose`). */
  lose: number;
  status: 'idle' | 'running' | 'done' | 'failed';
  /** The text searched (the card says when the text on screen is no longer it). */
  source: string | null;
  progress: ExploreProgress | null;
  result: ExploreResult | null;
  /** Per outcome: fault lines that force it in the timed run, null when none were found. */
  whatIfs: (FaultSpec[] | null)[];
  error: string | null;
}

export const initial: ExploreSession = {
  open: false,
  lose: 0,
  status: 'idle',
  source: null,
  progress: null,
  result: null,
  whatIfs: [],
  error: null,
};

export const exploreStore = createStore<ExploreSession>()(() => initial);

export function useExplore<T>(selector: (s: ExploreSession) => T): T {
  return useStore(exploreStore, selector);
}
