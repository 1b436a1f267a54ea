import { useEffect, useMemo, useReducer, useSyncExternalStore } from 'react';
import { exerciseIdFor, loadedExercise, loadExercise, type Exercise } from '../../scenarios/exercises';
import { useApp } from '../../store';
import { solvedStore } from '../../store/solved';
import { goalsView, type GoalsView } from './status';

export interface Goals {
  view: GoalsView;
  /** The exercise the text on screen is (found by its titles), if any. */
  exercise: Exercise | undefined;
  /** Whether this browser has seen that exercise solved (now or on an earlier visit). */
  solvedBefore: boolean;
}

/** The goals of the text on screen, with the verdicts of its run when that run is current. */
export function useGoals(): Goals {
  const lang = useApp((st) => st.lang);
  const checked = useApp((st) => st.checked);
  const runScenario = useApp((st) => st.runScenario);
  const trace = useApp((st) => st.trace);
  const runStatus = useApp((st) => st.runStatus);
  const view = useMemo(
    () => goalsView({ checked, runScenario, trace, runStatus }, lang),
    [checked, runScenario, trace, runStatus, lang],
  );
  const scenario = checked.scenario;
  const exerciseId = useMemo(
    () => (scenario.goals.length > 0 ? exerciseIdFor(scenario) : undefined),
    [scenario],
  );
  const exercise = useExercise(exerciseId);
  const solvedBefore = useSyncExternalStore(solvedStore.subscribe, () =>
    exercise ? solvedStore.has(exercise.id) : false,
  );
  return { view, exercise, solvedBefore };
}

/**
 * Exercise `id` (its hints, its starting text), once loaded. Opening an exercise loads it before
 * it is shown, and so does the page for the draft it starts on; a copy opened from a link or a
 * file gets its hints a moment later.
 */
function useExercise(id: string | undefined): Exercise | undefined {
  const [, loaded] = useReducer((n: number) => n + 1, 0);
  const exercise = id === undefined ? undefined : loadedExercise(id);
  useEffect(() => {
    if (id === undefined || loadedExercise(id)) return;
    loadExercise(id).then(loaded, (error: unknown) =>
      console.warn(`Rendezvous: could not load the exercise ${id}`, error),
    );
  }, [id]);
  return exercise;
}

/** Remembers an exercise as solved once a current run meets every goal (called in one place). */
export function useRememberSolved({ view, exercise }: Goals): void {
  const solved = view.kind === 'checked' && view.solved;
  useEffect(() => {
    if (solved && exercise) solvedStore.mark(exercise.id);
  }, [solved, exercise]);
}
