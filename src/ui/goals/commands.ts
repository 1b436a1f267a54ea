// Start over: the exercise's starting text is opened again, as a built-in would be. Nothing the
// student wrote is lost: an edited exercise is one of their drafts (`edit` made it one), and
// opening something else leaves the drafts as they are, so it stays in the Scenario menu.

import type { StoreApi } from 'zustand/vanilla';
import type { Exercise } from '../../scenarios/exercises';
import { EXERCISE_PREFIX, isBuiltin } from '../../scenarios';
import type { AppState } from '../../store';
import type { OutcomeKind } from '../../engine/trace';
import { seek, startIndex } from '../commands';
import { ordersStore } from './orders';

export async function startOver(store: StoreApi<AppState>, exercise: Exercise): Promise<void> {
  // Its starting text opens as the exercise itself (the menu then names it); one that is not in
  // the library opens like a link.
  const id = `${EXERCISE_PREFIX}${exercise.id}`;
  if (isBuiltin(id)) await store.getState().loadBuiltin(id);
  else store.getState().open(exercise.source, { kind: 'link' });
}

/** Whether Start over would change anything: the text on screen is not the starting text. */
export function canStartOver(source: string, exercise: Exercise): boolean {
  return source !== exercise.source;
}

/**
 * Plays the run that exploring found for a `never`/`can` goal (the shortest to `kind`, with up to
 * `lose` lost messages) on the stage, the code and the diagram, as the `Every order` card's Show it.
 */
export function showGoalRun(store: StoreApi<AppState>, lose: number, kind: OutcomeKind): void {
  const { results, source } = ordersStore.getState();
  const app = store.getState();
  const outcome = results[lose]?.outcomes.find((o) => o.kind === kind);
  if (!outcome || !app.checked.ok || source !== app.source) return;
  app.setPlaying(false);
  app.showExplored(outcome.run, app.checked.scenario, { kind: outcome.kind, shortest: outcome.shortest });
  seek(startIndex());
}
