// Start over: the exercise's starting text is opened again, as a built-in would be. Nothing the
// student wrote is lost: an edited exercise is one of their drafts (`edit` made it one), and
// opening something else leaves the drafts as they are, so it stays in the Scenario menu.

import type { StoreApi } from 'zustand/vanilla';
import type { Exercise } from '../../scenarios/exercises';
import { EXERCISE_PREFIX, isBuiltin } from '../../scenarios';
import type { AppState } from '../../store';

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
