// Every built-in scenario and exercise with its text at hand, synchronously: for tests and tools
// that run in Node. The app never imports this module (lint forbids it): it would put the whole
// library into the first screen's JavaScript; the app loads texts on demand through ./index.ts.

import { BUILTIN_LIST, EXERCISE_PREFIX, type BuiltinScenario } from './index';
import { EXERCISE_IDS, exerciseIdFor, type Exercise } from './exercises';
import { HINTS } from './exercises/hints';

const builtinFiles = import.meta.glob('./*.rdv', { query: '?raw', import: 'default', eager: true }) as Record<
  string,
  string
>;
const exerciseFiles = import.meta.glob('./exercises/*.rdv', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** Every built-in scenario, in menu order. */
export const BUILTINS: BuiltinScenario[] = BUILTIN_LIST.map(({ id }) => ({
  id,
  source: builtinFiles[`./${id}.rdv`]!,
}));

function load(id: string): Exercise {
  const source = exerciseFiles[`./exercises/${id}.rdv`];
  const solution = exerciseFiles[`./exercises/${id}.solution.rdv`];
  const hints = HINTS[id];
  if (source === undefined || solution === undefined || hints === undefined) {
    throw new Error(`exercise ${id} needs ${id}.rdv, ${id}.solution.rdv and hints`);
  }
  return { id, source, solution, hints };
}

/** Every exercise, in the order a course takes them. */
export const EXERCISES: readonly Exercise[] = EXERCISE_IDS.map(load);

/** A built-in scenario (or an exercise's starting text, as `exercise/ID`) by id. */
export function builtin(id: string): BuiltinScenario | undefined {
  if (id.startsWith(EXERCISE_PREFIX)) {
    const found = EXERCISES.find((e) => `${EXERCISE_PREFIX}${e.id}` === id);
    return found && { id, source: found.source };
  }
  return BUILTINS.find((s) => s.id === id);
}

/** The exercise a scenario is, found by its titles (any language). */
export function exerciseFor(scenario: Parameters<typeof exerciseIdFor>[0]): Exercise | undefined {
  const id = exerciseIdFor(scenario);
  return EXERCISES.find((e) => e.id === id);
}
