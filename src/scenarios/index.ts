// The built-in scenarios: `.rdv` files in this folder, bundled as text.

import { EXERCISES } from './exercises';

const files = import.meta.glob('./*.rdv', { query: '?raw', import: 'default', eager: true }) as Record<
  string,
  string
>;

export interface BuiltinScenario {
  /** File name without `.rdv`, used in links and menus. */
  id: string;
  source: string;
}

/** Menu order; files not listed here follow alphabetically. */
const ORDER = [
  'rpc',
  'queue',
  'both-ways-rpc',
  'both-ways-queue',
  'pipe',
  'pipe-capacity',
  'socket',
  'jitter',
  'barrier',
  'barrier-cost',
  'start-gate',
  'openmp-for',
  'pthread-phases',
  'mapreduce',
  'ring-send',
  'ring-ssend',
  'ring-ssend-ordered',
  'bcast-linear',
  'bcast-tree',
  'reduce-linear',
  'reduce-tree',
  'bcast-linear-grow',
  'bcast-tree-grow',
  'deadlock',
  'recv-race',
  'fanout-rpc',
  'pubsub',
  'work-queue',
  'competing-consumers',
  'rpc-lost-reply',
  'rpc-retry',
  'queue-crash',
  'barrier-crash',
  'barrier-timeout',
  'partition',
];

/** Every built-in scenario, in menu order. */
export const BUILTINS: BuiltinScenario[] = Object.entries(files)
  .map(([path, source]) => ({ id: path.replace(/^.*\/(.*)\.rdv$/, '$1'), source }))
  .sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));

function rank(id: string): number {
  const k = ORDER.indexOf(id);
  return k < 0 ? ORDER.length : k;
}

/** The scenario the app opens on. */
export const DEFAULT_SCENARIO_ID = 'rpc';

/** Exercises open like built-ins, under `exercise/ID` (their ids may repeat a built-in's). */
export const EXERCISE_PREFIX = 'exercise/';

/** A built-in scenario (or an exercise's starting text, as `exercise/ID`) by id. */
export function builtin(id: string): BuiltinScenario | undefined {
  if (id.startsWith(EXERCISE_PREFIX)) {
    const found = EXERCISES.find((e) => `${EXERCISE_PREFIX}${e.id}` === id);
    return found && { id, source: found.source };
  }
  return BUILTINS.find((s) => s.id === id);
}

/** Built-in scenarios that show the same thing two ways; the compare view opens them side by side. */
export const PAIRS: readonly (readonly [string, string])[] = [
  ['both-ways-rpc', 'both-ways-queue'],
  ['ring-send', 'ring-ssend'],
  ['fanout-rpc', 'pubsub'],
  ['barrier-crash', 'barrier-timeout'],
  ['bcast-linear', 'bcast-tree'],
  ['reduce-linear', 'reduce-tree'],
  ['bcast-linear-grow', 'bcast-tree-grow'],
];

/** The pair a built-in scenario belongs to, if any. */
export function pairOf(id: string): readonly [string, string] | undefined {
  return PAIRS.find(([a, b]) => a === id || b === id);
}
