import { useSyncExternalStore } from 'react';
import { courseStore, type CourseProgress, type CourseView } from '../../store/course';
import { solvedStore } from '../../store/solved';

/** The course's progress and window, read in a component (it re-renders when either changes). */
export function useCourse(): { progress: CourseProgress; view: CourseView | null } {
  const progress = useSyncExternalStore(courseStore.subscribe, courseStore.get);
  const view = useSyncExternalStore(courseStore.subscribe, courseStore.view);
  // Solving an exercise ticks its step off: listen to the solved store as well.
  useSyncExternalStore(solvedStore.subscribe, solvedStore.version);
  return { progress, view };
}
