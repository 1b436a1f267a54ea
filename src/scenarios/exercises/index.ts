// Exercises: scenarios with `goal` lines (SPEC §7) that the student edits until every goal is met.
// Each is data: its starting text (`NAME.rdv`), a reference solution (`NAME.solution.rdv`) that a
// test proves meets every goal (and the starting text does not), and its hints in both languages.

import { check } from '../../lang';
import type { Lang, Scenario } from '../../lang/ast';
import { HINTS } from './hints';

const files = import.meta.glob('./*.rdv', { query: '?raw', import: 'default', eager: true }) as Record<
  string,
  string
>;

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

function load(id: string): Exercise {
  const source = files[`./${id}.rdv`];
  const solution = files[`./${id}.solution.rdv`];
  const hints = HINTS[id];
  if (source === undefined || solution === undefined || hints === undefined) {
    throw new Error(`exercise ${id} needs ${id}.rdv, ${id}.solution.rdv and hints`);
  }
  return { id, source, solution, hints };
}

/** Every exercise, in the order a course takes them. */
export const EXERCISES: readonly Exercise[] = ORDER.map(load);

let titles: Map<string, Exercise> | null = null;

/**
 * The exercise a scenario is, found by its titles (any language), so a copy the student edited,
 * saved as a draft or opened from a link, still is that exercise.
 */
export function exerciseFor(scenario: Pick<Scenario, 'titles'>): Exercise | undefined {
  if (titles === null) {
    titles = new Map();
    for (const e of EXERCISES) for (const t of check(e.source).scenario.titles) titles.set(t.text, e);
  }
  for (const t of scenario.titles) {
    const found = titles.get(t.text);
    if (found) return found;
  }
  return undefined;
}
