// The Course's hooks into the app: the header's button, the bar above the stage, and its window
// (loaded when first opened). The bar and the window carry the Course's words, so both load only
// once the student has started the Course; the page waits for the bar when it starts inside it.

import { lazy, useEffect, useState, type ComponentType } from 'react';
import { LazyPart } from '../LazyPart';
import { courseStore } from '../../store/course';
import { useCourseStrings } from './strings';
import { useCourse } from './useCourse';

let loadedBar: ComponentType | null = null;

function loadBar(): Promise<ComponentType> {
  return import('./CourseBar').then((m) => (loadedBar = m.CourseBar));
}

/** When the student left off inside the Course, loads its bar before the page is drawn (no jump). */
export async function preloadCourseBar(): Promise<void> {
  if (!courseStore.get().following) return;
  await loadBar().catch((error: unknown) => console.warn('Rendezvous: could not load the Course', error));
}

/** Above the stage while the student follows the Course; it also ticks steps off once begun. */
export function CourseBar() {
  const { progress } = useCourse();
  const started = progress.place !== null;
  const [Bar, setBar] = useState<ComponentType | null>(() => loadedBar);
  useEffect(() => {
    if (!started || Bar) return;
    loadBar().then(
      (bar) => setBar(() => bar),
      (error: unknown) => console.warn('Rendezvous: could not load the Course', error),
    );
  }, [started, Bar]);
  return started && Bar ? <Bar /> : null;
}

const CoursePanel = lazy(() => import('./CoursePanel').then((m) => ({ default: m.CoursePanel })));

/** The header's Course button: opens the chapters with the student's progress. */
export function CourseButton() {
  const s = useCourseStrings();
  const { view } = useCourse();
  return (
    <button
      type="button"
      className="header-button course-button"
      title={s.courseHint}
      aria-haspopup="dialog"
      aria-expanded={view !== null}
      data-testid="course-button"
      onClick={() => courseStore.setView(view === null ? 'chapters' : null)}
    >
      <span aria-hidden="true" className="course-button-mark">
        ☰
      </span>
      {s.course}
    </button>
  );
}

/** The Course's window, while it is open. */
export function CourseWindow() {
  const { view } = useCourse();
  return view === null ? null : (
    <LazyPart>
      <CoursePanel view={view} />
    </LazyPart>
  );
}
