// Which exercises the student has solved, remembered in the browser by exercise id, so that an
// exercise opened again says "Solved before"; and how many of each exercise's hints they have
// revealed, so a reload does not hide them again. Like the drafts, a refused or full storage only
// means this visit remembers and the next does not; it never throws.

import type { KeyValueStore } from './drafts';

const KEY = 'rendezvous.solved';
const HINTS_KEY = 'rendezvous.hints';

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

/** How many hints of each exercise were revealed; an unreadable entry reads as none. */
export function loadHints(storage: KeyValueStore | null): Map<string, number> {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(HINTS_KEY) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return new Map();
    return new Map(
      Object.entries(parsed).filter(
        (e): e is [string, number] => typeof e[1] === 'number' && Number.isInteger(e[1]) && e[1] > 0,
      ),
    );
  } catch {
    return new Map();
  }
}

function saveHints(storage: KeyValueStore | null, hints: ReadonlyMap<string, number>): void {
  try {
    storage?.setItem(HINTS_KEY, JSON.stringify(Object.fromEntries(hints)));
  } catch {
    // As for the solved ids: this visit still knows.
  }
}

/** The solved exercises, kept in memory and written through to storage; listeners hear each change. */
export interface SolvedStore {
  has(id: string): boolean;
  /** Remembers `id` as solved (nothing happens when it already is). */
  mark(id: string): void;
  /** How many of exercise `id`'s hints have been revealed. */
  hints(id: string): number;
  /** Remembers one more of `id`'s hints as revealed. */
  revealHint(id: string): void;
  subscribe(listener: () => void): () => void;
  /** Changes whenever the set does (for React's useSyncExternalStore). */
  version(): number;
}

export function createSolvedStore(storage: KeyValueStore | null): SolvedStore {
  const solved = loadSolved(storage);
  const hints = loadHints(storage);
  const listeners = new Set<() => void>();
  let version = 0;
  const changed = () => {
    version++;
    for (const l of listeners) l();
  };
  return {
    has: (id) => solved.has(id),
    mark(id) {
      if (solved.has(id)) return;
      solved.add(id);
      saveSolved(storage, solved);
      changed();
    },
    hints: (id) => hints.get(id) ?? 0,
    revealHint(id) {
      hints.set(id, (hints.get(id) ?? 0) + 1);
      saveHints(storage, hints);
      changed();
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
