// The Course's hooks into the app: the header's button, the bar above the stage, and its window
// (loaded when first opened).

import { lazy } from 'react';
import { LazyPart } from '../LazyPart';
import { courseStore } from '../../store/course';
import { useCourseStrings } from './strings';
import { useCourse } from './useCourse';

export { CourseBar } from './CourseBar';

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
