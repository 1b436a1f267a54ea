// Moving through the Course: opening a step puts its scenario on screen (an exercise the student
// has already worked on reopens as their draft, so nothing they wrote is lost), and the progress
// remembers where they are.

import type { StoreApi } from 'zustand/vanilla';
import { check } from '../../lang';
import type { Scenario } from '../../lang/ast';
import { builtinTitles, EXERCISE_PREFIX } from '../../scenarios';
import { STEPS, stepIndex, type CourseStep } from '../../scenarios/course';
import { exerciseIdFor } from '../../scenarios/exercises';
import type { AppState } from '../../store';
import type { Origin } from '../../store/scenario';
import type { CourseStore } from '../../store/course';
import type { SolvedStore } from '../../store/solved';
import type { Lang } from '../../lang/ast';
import { titleOf } from '../titles';

/** Whether the scenario on screen is the step's (an exercise: any copy of it, edited or not). */
export function onScreen(
  step: CourseStep,
  origin: Origin,
  scenario: Pick<Scenario, 'titles' | 'goals'>,
): boolean {
  if (step.kind === 'scenario') return origin.kind === 'builtin' && origin.id === step.id;
  if (step.kind === 'exercise') return scenario.goals.length > 0 && exerciseIdFor(scenario) === step.id;
  return false;
}

/** A step is done when its exercise is solved, or its scenario was played through, or the summary read. */
export function isDone(step: CourseStep, key: string, seen: readonly string[], solved: SolvedStore): boolean {
  return step.kind === 'exercise' ? solved.has(step.id) : seen.includes(key);
}

/** The step's title in `lang`: its scenario's or exercise's own title. */
export function stepTitle(step: CourseStep, lang: Lang, summary: string): string {
  if (step.kind === 'summary') return summary;
  const id = step.kind === 'exercise' ? `${EXERCISE_PREFIX}${step.id}` : step.id;
  return titleOf(builtinTitles(id) ?? [], lang) ?? step.id;
}

/** The newest of the student's drafts that is a copy of exercise `id`, if any. */
function draftOf(app: AppState, id: string): number | undefined {
  return app.drafts.find((d) => exerciseIdFor(check(d.text).scenario) === id)?.id;
}

/**
 * Opens step `key`: its scenario on screen (or the summary page), and the course's place on it;
 * resolves once the scenario is shown (a built-in's text may have to load first).
 */
export async function openStep(store: StoreApi<AppState>, course: CourseStore, key: string): Promise<void> {
  const entry = STEPS[stepIndex(key)];
  if (!entry) return;
  const { step } = entry;
  course.go(key);
  const app = store.getState();
  if (app.compare) app.closeCompare();
  if (app.help) app.closeHelp();
  if (step.kind === 'summary') {
    course.markSeen(key);
    course.setView('summary');
    return;
  }
  course.setView(null);
  if (onScreen(step, app.origin, app.checked.scenario)) return;
  if (step.kind === 'scenario') {
    await app.loadBuiltin(step.id);
    return;
  }
  const draft = draftOf(app, step.id);
  if (draft !== undefined) app.loadDraft(draft);
  else await app.loadBuiltin(`${EXERCISE_PREFIX}${step.id}`);
}

/** The step `delta` away from the current place (the first one before the course is started). */
export function stepAway(place: string | null, delta: number): string | undefined {
  const k = stepIndex(place);
  if (k < 0) return delta > 0 ? STEPS[0]?.key : undefined;
  return STEPS[k + delta]?.key;
}
