// Exercises: scenarios with `goal` lines (SPEC §7) that the student edits until every goal is met.
// Each is data: its starting text (`NAME.rdv`), a reference solution (`NAME.solution.rdv`) that a
// test proves meets every goal (and the starting text does not), and its hints in both languages.

// The app loads an exercise (text, solution, hints) only when it is opened; its titles are known
// at once (read at build time, build/scenarioTitles.ts), which is all the menus and the exercise
// finder need. ../all.ts has every exercise at hand for tests.

import type { Lang, Localized, Scenario } from '../../lang/ast';

const texts = import.meta.glob('./*.rdv', { query: '?raw', import: 'default' }) as Record<
  string,
  () => Promise<string>
>;
const titleTable = import.meta.glob(['./*.rdv', '!./*.solution.rdv'], {
  query: '?titles',
  import: 'default',
  eager: true,
}) as Record<string, readonly Localized[]>;

export interface Exercise {
  /** File name without `.rdv`; also the key under which "solved" is remembered. */
  id: string;
  /** The text the student starts from (it has the goals). */
  source: string;
  /** A text that meets every goal. */
  solution: string;
  /** Hints, revealed one at a time, in each language (the same number in both). */
  hints: Record<Lang, readonly string[]>;
}

/** Course order: sync vs async, queues and pipes, brokers, barriers, deadlock, failures. */
const ORDER = [
  'async-send',
  'rpc-to-queue',
  'producer-waits',
  'bound-pipe',
  'competing',
  'fanout',
  'balance',
  'reducers-barrier',
  'phases',
  'recv-first',
  'ring-order',
  'break-order',
  'order-free',
  'lost-reply',
  'lose-one',
  'partition',
];

/** Every exercise's id, in the order a course takes them. */
export const EXERCISE_IDS: readonly string[] = ORDER;

/** An exercise's titles (every language), without loading it. */
export function exerciseTitles(id: string): readonly Localized[] {
  return titleTable[`./${id}.rdv`] ?? [];
}

let byTitle: Map<string, string> | null = null;

/**
 * The id of the exercise a scenario is, found by its titles (any language), so a copy the student
 * edited, saved as a draft or opened from a link, still is that exercise.
 */
export function exerciseIdFor(scenario: Pick<Scenario, 'titles'>): string | undefined {
  if (byTitle === null) {
    byTitle = new Map();
    for (const id of ORDER) for (const t of exerciseTitles(id)) byTitle.set(t.text, id);
  }
  for (const t of scenario.titles) {
    const found = byTitle.get(t.text);
    if (found) return found;
  }
  return undefined;
}

const loaded = new Map<string, Exercise>();

/** An exercise already loaded, or undefined. */
export function loadedExercise(id: string): Exercise | undefined {
  return loaded.get(id);
}

/** An exercise with its text, solution and hints, loaded if needed; undefined for an unknown id. */
export async function loadExercise(id: string): Promise<Exercise | undefined> {
  const ready = loaded.get(id);
  if (ready) return ready;
  const text = texts[`./${id}.rdv`];
  const solutionText = texts[`./${id}.solution.rdv`];
  if (!ORDER.includes(id) || !text || !solutionText) return undefined;
  const [source, solution, { HINTS }] = await Promise.all([text(), solutionText(), import('./hints')]);
  const hints = HINTS[id];
  if (hints === undefined) return undefined;
  const exercise = { id, source, solution, hints };
  loaded.set(id, exercise);
  return exercise;
}
