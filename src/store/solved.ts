// Which exercises the student has solved, remembered in the browser by exercise id, so that an
// exercise opened again says "Solved before". Like the drafts, a refused or full storage only
// means this visit remembers and the next does not; it never throws.

import type { KeyValueStore } from './drafts';

const KEY = 'rendezvous.solved';

/** The ids of the exercises solved in this browser; an unreadable entry reads as none. */
export function loadSolved(storage: KeyValueStore | null): Set<string> {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(KEY) ?? '[]');
    if (!Array.isArray(parsed)) return new Set();
    return new Set(parsed.filter((id): id is string => typeof id === 'string'));
  } catch {
    return new Set();
  }
}

/** Saves the solved ids; storage refused keeps them for this visit only. */
export function saveSolved(storage: KeyValueStore | null, solved: ReadonlySet<string>): void {
  try {
    storage?.setItem(KEY, JSON.stringify([...solved].sort()));
  } catch {
    // Private mode or a full storage: remembered in memory until the page closes.
  }
}

/** The solved exercises, kept in memory and written through to storage; listeners hear each change. */
export interface SolvedStore {
  has(id: string): boolean;
  /** Remembers `id` as solved (nothing happens when it already is). */
  mark(id: string): void;
  subscribe(listener: () => void): () => void;
  /** Changes whenever the set does (for React's useSyncExternalStore). */
  version(): number;
}

export function createSolvedStore(storage: KeyValueStore | null): SolvedStore {
  const solved = loadSolved(storage);
  const listeners = new Set<() => void>();
  let version = 0;
  return {
    has: (id) => solved.has(id),
    mark(id) {
      if (solved.has(id)) return;
      solved.add(id);
      version++;
      saveSolved(storage, solved);
      for (const l of listeners) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    version: () => version,
  };
}

function safeStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The app's one solved store. */
export const solvedStore = createSolvedStore(safeStorage());
