// Whether this browser has had the first-visit tour. Storage may be missing or refuse access
// (private windows, blocked cookies): then the tour is simply not remembered.

export const TOUR_KEY = 'rendezvous.tour';

type Store = Pick<Storage, 'getItem' | 'setItem'>;

function browserStorage(): Store | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** True once the tour was finished or dismissed here. */
export function tourDone(storage: Store | null = browserStorage()): boolean {
  try {
    return storage?.getItem(TOUR_KEY) === 'done';
  } catch {
    return false;
  }
}

/** Remembers that the tour is over, if storage allows. */
export function markTourDone(storage: Store | null = browserStorage()): void {
  try {
    storage?.setItem(TOUR_KEY, 'done');
  } catch {
    // Nothing to do: the tour ends for this visit all the same.
  }
}
