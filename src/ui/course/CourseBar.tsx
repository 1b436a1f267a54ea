import { useEffect } from 'react';
import { STEPS, stepIndex } from '../../scenarios/course';
import { appStore, useApp } from '../../store';
import { courseStore } from '../../store/course';
import { solvedStore } from '../../store/solved';
import { RichText } from '../RichText';
import { isDone, onScreen, openStep, stepAway, stepTitle } from './commands';
import { useCourseStrings } from './strings';
import { useCourse } from './useCourse';
import './course.css';

/**
 * Above the stage while the student follows the Course: where they are, the step's one line, and
 * the way on. A scenario step is ticked off when its run is played to the end.
 */
export function CourseBar() {
  const s = useCourseStrings();
  const lang = useApp((st) => st.lang);
  const origin = useApp((st) => st.origin);
  const scenario = useApp((st) => st.checked.scenario);
  const runScenario = useApp((st) => st.runScenario);
  const runStatus = useApp((st) => st.runStatus);
  const playback = useApp((st) => st.playback);
  const index = useApp((st) => st.index);
  const { progress } = useCourse();
  const entry = STEPS[stepIndex(progress.place)];
  const here = entry !== undefined && onScreen(entry.step, origin, scenario);
  // The run on screen is this text's (not the last scenario's, still shown while the new one runs).
  const playedThrough =
    here &&
    entry.step.kind === 'scenario' &&
    runStatus === 'done' &&
    runScenario === scenario &&
    playback !== null &&
    playback.eventCount > 0 &&
    index >= playback.eventCount;
  useEffect(() => {
    if (playedThrough && entry) courseStore.markSeen(entry.key);
  }, [playedThrough, entry]);

  if (!progress.following || !entry) return null;
  const { chapter, step, key } = entry;
  const done = isDone(step, key, progress.seen, solvedStore);
  const previous = stepAway(key, -1);
  const next = stepAway(key, 1);
  const title = stepTitle(step, lang, s.summary);
  return (
    <nav className="course-bar" aria-label={s.course} data-testid="course-bar">
      <p className="course-where">
        <strong>{s.course}</strong>
        <span>{s.chapter(chapter.id, chapter.title[lang])}</span>
        <span>{s.stepOf(chapter.steps.indexOf(step) + 1, chapter.steps.length)}</span>
        {done ? (
          <span className="course-done" data-testid="course-step-done">
            <span aria-hidden="true">✓</span> {s.done}
          </span>
        ) : (
          step.kind !== 'summary' && (
            <span className="course-todo" data-testid="course-step-todo">
              {step.kind === 'scenario' ? s.playToEnd : s.meetGoals}
            </span>
          )
        )}
      </p>
      {here ? (
        <p className="course-line" data-testid="course-line">
          <RichText text={step.line[lang]} />
        </p>
      ) : (
        <p className="course-line course-away">
          {/* The summary is a page of the Course's window, never a scenario on screen. */}
          {step.kind === 'summary' ? step.line[lang] : s.awayFromStep}{' '}
          <button type="button" onClick={() => openStep(appStore, courseStore, key)}>
            {step.kind === 'summary' ? s.openSummary : s.backTo(title)}
          </button>
        </p>
      )}
      <div className="course-buttons">
        <button
          type="button"
          disabled={previous === undefined}
          aria-label={s.previous}
          onClick={() => previous && openStep(appStore, courseStore, previous)}
        >
          <span aria-hidden="true">◀ </span>
          {s.previousShort}
        </button>
        <button
          type="button"
          className="course-next"
          disabled={next === undefined}
          aria-label={s.next}
          onClick={() => next && openStep(appStore, courseStore, next)}
        >
          {s.nextShort}
          <span aria-hidden="true"> ▶</span>
        </button>
        <button type="button" onClick={() => courseStore.setView('chapters')}>
          {s.chapters}
        </button>
        <button
          type="button"
          className="course-leave"
          aria-label={s.leave}
          title={s.leaveHint}
          onClick={() => courseStore.setFollowing(false)}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
    </nav>
  );
}
