// The built-in scenarios: `.rdv` files in this folder. Every id and title is known at once (the
// titles are read at build time, build/scenarioTitles.ts), but a text is loaded only when it is
// opened, so the first screen carries one scenario (the default), not the library. Tests and
// Node tools that want every text at hand use ./all.ts.

import type { Localized } from '../lang/ast';
import defaultSource from './rpc.rdv?raw';
import { EXERCISE_IDS, exerciseTitles, loadExercise, loadedExercise } from './exercises';

const texts = import.meta.glob('./*.rdv', { query: '?raw', import: 'default' }) as Record<
  string,
  () => Promise<string>
>;
const titleTable = import.meta.glob('./*.rdv', {
  query: '?titles',
  import: 'default',
  eager: true,
}) as Record<string, readonly Localized[]>;

export interface BuiltinScenario {
  /** File name without `.rdv`, used in links and menus. */
  id: string;
  source: string;
}

/** What the menus know of a built-in without loading it. */
export interface BuiltinEntry {
  id: string;
  titles: readonly Localized[];
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

/** Every built-in scenario (ids and titles), in menu order. */
export const BUILTIN_LIST: readonly BuiltinEntry[] = Object.entries(titleTable)
  .map(([path, titles]) => ({ id: idOf(path), titles }))
  .sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));

function idOf(path: string): string {
  return path.replace(/^.*\/(.*)\.rdv$/, '$1');
}

function rank(id: string): number {
  const k = ORDER.indexOf(id);
  return k < 0 ? ORDER.length : k;
}

/** The scenario the app opens on. */
export const DEFAULT_SCENARIO_ID = 'rpc';

/** Exercises open like built-ins, under `exercise/ID` (their ids may repeat a built-in's). */
export const EXERCISE_PREFIX = 'exercise/';

/** Whether `id` names a built-in scenario (or, as `exercise/ID`, an exercise). */
export function isBuiltin(id: string): boolean {
  return builtinTitles(id) !== undefined;
}

/** The titles of a built-in (or `exercise/ID`) without loading its text; undefined for an unknown id. */
export function builtinTitles(id: string): readonly Localized[] | undefined {
  if (id.startsWith(EXERCISE_PREFIX)) {
    const exercise = id.slice(EXERCISE_PREFIX.length);
    return EXERCISE_IDS.includes(exercise) ? exerciseTitles(exercise) : undefined;
  }
  return titleTable[`./${id}.rdv`];
}

const loaded = new Map<string, string>([[DEFAULT_SCENARIO_ID, defaultSource]]);

/** A built-in whose text is already here (the default always is), or undefined. */
export function loadedBuiltin(id: string): BuiltinScenario | undefined {
  if (id.startsWith(EXERCISE_PREFIX)) {
    const found = loadedExercise(id.slice(EXERCISE_PREFIX.length));
    return found && { id, source: found.source };
  }
  const source = loaded.get(id);
  return source === undefined ? undefined : { id, source };
}

/**
 * A built-in scenario (or an exercise's starting text, as `exercise/ID`) by id, loading its text
 * if needed; undefined for an unknown id. An exercise comes with its hints and solution.
 */
export async function fetchBuiltin(id: string): Promise<BuiltinScenario | undefined> {
  const ready = loadedBuiltin(id);
  if (ready) return ready;
  if (id.startsWith(EXERCISE_PREFIX)) {
    const found = await loadExercise(id.slice(EXERCISE_PREFIX.length));
    return found && { id, source: found.source };
  }
  const load = texts[`./${id}.rdv`];
  if (!load) return undefined;
  const source = await load();
  loaded.set(id, source);
  return { id, source };
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
