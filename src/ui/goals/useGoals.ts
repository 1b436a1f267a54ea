import { useEffect, useMemo, useReducer, useSyncExternalStore } from 'react';
import type { Trace } from '../../engine/trace';
import type { Scenario } from '../../lang/ast';
import { lossesToExplore } from '../../playback/goals';
import { exerciseIdFor, loadedExercise, loadExercise, type Exercise } from '../../scenarios/exercises';
import { useApp } from '../../store';
import { solvedStore } from '../../store/solved';
import { exploreGoals, useOrders } from './orders';
import { goalsView, type GoalsView } from './status';

export interface Goals {
  view: GoalsView;
  /** The exercise the text on screen is (found by its titles), if any. */
  exercise: Exercise | undefined;
  /** Whether this browser has seen that exercise solved (now or on an earlier visit). */
  solvedBefore: boolean;
}

/**
 * The timed run of each scenario, kept while a run the explorer found plays in its place (that
 * run's clock counts deliveries, so the goals about the run are still checked against this one).
 */
const timedRuns = new WeakMap<Scenario, Trace>();

/** The goals of the text on screen, with the verdicts of its run when that run is current. */
export function useGoals(): Goals {
  const lang = useApp((st) => st.lang);
  const source = useApp((st) => st.source);
  const checked = useApp((st) => st.checked);
  const runScenario = useApp((st) => st.runScenario);
  const trace = useApp((st) => st.trace);
  const runStatus = useApp((st) => st.runStatus);
  const explored = useApp((st) => st.explored !== null);
  const ordersSource = useOrders((s) => s.source);
  const ordersStatus = useOrders((s) => s.status);
  const ordersResults = useOrders((s) => s.results);
  const view = useMemo(() => {
    const scenario = checked.scenario;
    if (!explored && trace !== null && runScenario === scenario && runStatus === 'done')
      timedRuns.set(scenario, trace);
    const timed = explored ? (timedRuns.get(scenario) ?? null) : trace;
    const orders = ordersSource === source ? { status: ordersStatus, results: ordersResults } : null;
    return goalsView(
      {
        checked,
        runScenario: explored && timed ? scenario : runScenario,
        trace: timed,
        runStatus: explored && timed ? 'done' : runStatus,
        orders,
      },
      lang,
    );
  }, [
    checked,
    runScenario,
    trace,
    runStatus,
    explored,
    source,
    ordersSource,
    ordersStatus,
    ordersResults,
    lang,
  ]);
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

/**
 * Explores every order for the `never`/`can` goals of the text on screen whenever it changes
 * (after a pause in the typing; the previous search is dropped at once). Called in one place.
 */
export function useExploreGoals(): void {
  const source = useApp((st) => st.source);
  const checked = useApp((st) => st.checked);
  const imported = useApp((st) => st.imported !== null);
  useEffect(() => {
    const losses = checked.ok && !imported ? lossesToExplore(checked.scenario) : [];
    exploreGoals(source, losses);
  }, [source, checked, imported]);
}
