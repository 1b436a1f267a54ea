// One store, built from slices (the zustand slices pattern); components select what they need.

import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { createPlaybackSlice, type PlaybackSlice } from './playback';
import { createPrefsSlice, type PrefsSlice } from './prefs';
import { createRunSlice, type RunSlice } from './run';
import { createScenarioSlice, preloadStart, type ScenarioSlice } from './scenario';
import { createViewSlice, type ViewSlice } from './view';

export type AppState = ScenarioSlice & RunSlice & PlaybackSlice & PrefsSlice & ViewSlice;

function safeStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** Makes a store; the app has one, tests may make their own. */
export function createAppStore(
  storage: Storage | null = safeStorage(),
  langs: readonly string[] = browserLangs(),
) {
  return createStore<AppState>()((...a) => ({
    ...createScenarioSlice(storage)(...a),
    ...createRunSlice(...a),
    ...createPlaybackSlice(...a),
    ...createPrefsSlice(storage, langs)(...a),
    ...createViewSlice(...a),
  }));
}

function browserLangs(): readonly string[] {
  return typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
}

// The page waits (a few milliseconds, before anything is drawn) for what the last visit showed.
await preloadStart(safeStorage());

export const appStore = createAppStore();

/** Reads from the app's store in a component. */
export function useApp<T>(selector: (state: AppState) => T): T {
  return useStore(appStore, selector);
}
