// The Course's window: every chapter with its steps and what is done, or the closing summary page.
// A modal dialog (the browser keeps the focus inside it and Esc closes it); keys pressed in it are
// the dialog's, never the playback's.

import { useEffect, useRef, type KeyboardEvent } from 'react';
import { COURSE, STEPS, stepIndex, type Chapter } from '../../scenarios/course';
import { appStore, useApp } from '../../store';
import { courseStore, type CourseProgress, type CourseView } from '../../store/course';
import { solvedStore } from '../../store/solved';
import { isDone, openStep, stepAway, stepTitle } from './commands';
import { Summary } from './Summary';
import { useCourseStrings } from './strings';
import { useCourse } from './useCourse';
import './course.css';

export function CoursePanel({ view }: { view: CourseView }) {
  const s = useCourseStrings();
  const { progress } = useCourse();
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const box = dialog.current;
    if (!box) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!box.open) box.showModal();
    // The student's place, else the way in, is where the focus starts.
    box.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      if (box.open) box.close();
      const back = opener?.isConnected ? opener : document.querySelector<HTMLElement>('.course-button');
      back?.focus();
    };
  }, []);

  useEffect(() => {
    dialog.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    dialog.current?.querySelector('.course-body')?.scrollTo?.({ top: 0 });
  }, [view]);

  const onKey = (e: KeyboardEvent<HTMLDialogElement>) => {
    e.stopPropagation();
  };

  const done = STEPS.filter(({ step, key }) => isDone(step, key, progress.seen, solvedStore)).length;
  return (
    <dialog
      ref={dialog}
      className="course-window"
      aria-labelledby="course-title"
      data-testid="course"
      onKeyDown={onKey}
      onCancel={(e) => {
        e.preventDefault();
        courseStore.setView(null);
      }}
    >
      <div className="course-head">
        <h2 id="course-title">{view === 'summary' ? `${s.course}: ${s.summary}` : s.course}</h2>
        <p className="course-progress" data-testid="course-progress">
          <progress max={STEPS.length} value={done} aria-label={s.progress(done, STEPS.length)} />
          <span>{s.progress(done, STEPS.length)}</span>
        </p>
        <button type="button" className="course-close" onClick={() => courseStore.setView(null)}>
          {s.close}
        </button>
      </div>
      <div className="course-body">{view === 'summary' ? <Summary /> : <Chapters progress={progress} />}</div>
    </dialog>
  );
}

function Chapters({ progress }: { progress: CourseProgress }) {
  const s = useCourseStrings();
  const lang = useApp((st) => st.lang);
  const place = STEPS[stepIndex(progress.place)];
  const resume = place?.key ?? stepAway(null, 1);
  return (
    <>
      {resume && (
        <p className="course-resume">
          <button
            type="button"
            className="course-primary"
            data-autofocus
            onClick={() => openStep(appStore, courseStore, resume)}
          >
            {place ? s.continueWith(stepTitle(place.step, lang, s.summary)) : s.start}
          </button>
        </p>
      )}
      <ol className="course-chapters">
        {COURSE.map((chapter) => (
          <ChapterItem key={chapter.id} chapter={chapter} progress={progress} />
        ))}
      </ol>
    </>
  );
}

function ChapterItem({ chapter, progress }: { chapter: Chapter; progress: CourseProgress }) {
  const s = useCourseStrings();
  const lang = useApp((st) => st.lang);
  const steps = chapter.steps.map((step) => {
    const key = STEPS.find((e) => e.step === step)!.key;
    return { step, key, done: isDone(step, key, progress.seen, solvedStore) };
  });
  const doneCount = steps.filter((x) => x.done).length;
  const headingId = `course-chapter-${chapter.id}`;
  return (
    <li className="course-chapter" aria-labelledby={headingId} data-testid={`course-chapter-${chapter.id}`}>
      <h3 id={headingId}>
        {s.chapter(chapter.id, chapter.title[lang])}
        <span className="course-chapter-count">{s.chapterProgress(doneCount, steps.length)}</span>
      </h3>
      <p className="course-intro">{chapter.intro[lang]}</p>
      <ol className="course-steps">
        {steps.map(({ step, key, done }) => {
          const current = key === progress.place;
          const state = done ? s.done : current ? s.current : s.notDone;
          return (
            <li key={key} className={`course-step${done ? ' done' : ''}${current ? ' current' : ''}`}>
              <button
                type="button"
                aria-current={current ? 'step' : undefined}
                data-testid="course-step"
                data-key={key}
                data-done={done}
                onClick={() => openStep(appStore, courseStore, key)}
              >
                <span className="course-step-mark" aria-hidden="true">
                  {done ? '✓' : current ? '▶' : '○'}
                </span>
                <span className="course-step-text">
                  {/* An exercise's title says it is one: no label is needed. */}
                  <span className="course-step-title">{stepTitle(step, lang, s.summary)}</span>
                  <span className="course-step-line">{step.line[lang].replace(/`/g, '')}</span>
                </span>
                <span className="visually-hidden">, {state}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </li>
  );
}
