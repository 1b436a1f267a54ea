// Where the student is in the Course and which steps they have seen, remembered in the browser so
// that a reload (or tomorrow's visit) reopens the same place. Exercises count as done when solved
// (src/store/solved.ts keeps that); this keeps the scenarios played through and the summary read.
// Like the drafts, a refused or full storage only means this visit remembers; it never throws.

import type { KeyValueStore } from './drafts';

const KEY = 'rendezvous.course';

export interface CourseProgress {
  /** The key of the step the student is on (`scenario:rpc`), or null before the first. */
  place: string | null;
  /** Keys of the scenario and summary steps seen to the end. */
  seen: readonly string[];
  /** Whether the student is following the Course (its bar shows above the stage). */
  following: boolean;
}

const EMPTY: CourseProgress = { place: null, seen: [], following: false };

/** The saved progress; an unreadable entry reads as a course not started. */
export function loadCourse(storage: KeyValueStore | null): CourseProgress {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(KEY) ?? 'null');
    if (typeof parsed !== 'object' || parsed === null) return EMPTY;
    const p = parsed as { place?: unknown; seen?: unknown; following?: unknown };
    return {
      place: typeof p.place === 'string' ? p.place : null,
      seen: Array.isArray(p.seen) ? p.seen.filter((k): k is string => typeof k === 'string') : [],
      following: p.following === true,
    };
  } catch {
    return EMPTY;
  }
}

export function saveCourse(storage: KeyValueStore | null, progress: CourseProgress): void {
  try {
    storage?.setItem(KEY, JSON.stringify(progress));
  } catch {
    // Private mode or a full storage: remembered in memory until the page closes.
  }
}

/** What the Course's window shows: the chapters, or the closing summary page. */
export type CourseView = 'chapters' | 'summary';

export interface CourseStore {
  get(): CourseProgress;
  /** Puts the student on step `key` and has them follow the course. */
  go(key: string): void;
  /** Remembers a step as seen (nothing happens when it already is). */
  markSeen(key: string): void;
  /** Stops (or resumes) following: the bar goes away, the place is kept. */
  setFollowing(following: boolean): void;
  /** What the Course's window shows, or null when it is closed (this visit only). */
  view(): CourseView | null;
  setView(view: CourseView | null): void;
  subscribe(listener: () => void): () => void;
}

export function createCourseStore(storage: KeyValueStore | null): CourseStore {
  let progress = loadCourse(storage);
  let view: CourseView | null = null;
  const listeners = new Set<() => void>();
  const update = (next: CourseProgress | null, nextView = view) => {
    if (next) {
      progress = next;
      saveCourse(storage, progress);
    }
    view = nextView;
    for (const l of listeners) l();
  };
  return {
    get: () => progress,
    go(key) {
      if (progress.place !== key || !progress.following) update({ ...progress, place: key, following: true });
    },
    markSeen(key) {
      if (!progress.seen.includes(key)) update({ ...progress, seen: [...progress.seen, key] });
    },
    setFollowing(following) {
      if (progress.following !== following) update({ ...progress, following });
    },
    view: () => view,
    setView(next) {
      if (next !== view) update(null, next);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function safeStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The app's one course store. */
export const courseStore = createCourseStore(safeStorage());
