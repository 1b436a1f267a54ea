// The trace's header (SPEC §3): the scenario (who exists) and the outcome (how the run ended).
// Each check returns an English sentence naming the first thing wrong, or null when sound.

import { fits, isObject } from './fields';

const OUTCOME_KINDS = new Set(['completed', 'idle', 'deadlock', 'limit', 'error']);
const BLOCK_REASONS = new Set(['recv', 'ssend', 'call', 'publish', 'consume', 'barrier']);

const isName = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isNames = (v: unknown): v is string[] => Array.isArray(v) && v.every(isName);

/** Checks `scenario`; fills in `titles: {}` when an older or foreign trace leaves it out. */
export function scenarioProblem(scenario: unknown): string | null {
  if (!isObject(scenario)) return 'the trace has no "scenario" object';
  if (typeof scenario.title !== 'string') return 'scenario.title should be a string';
  if (scenario.titles === undefined) scenario.titles = {};
  else if (!isObject(scenario.titles) || !Object.values(scenario.titles).every((t) => typeof t === 'string'))
    return 'scenario.titles should map languages to strings';
  const { processes, queues, barriers } = scenario;
  if (!isNames(processes) || processes.length === 0)
    return 'scenario.processes should be a non-empty array of names';
  if (!Array.isArray(queues)) return 'scenario.queues should be an array';
  if (!Array.isArray(barriers)) return 'scenario.barriers should be an array';
  const seen = new Set<string>();
  const fresh = (name: string): boolean => !seen.has(name) && (seen.add(name), true);
  for (const p of processes) if (!fresh(p)) return `scenario.processes names "${p}" twice`;
  for (const [k, q] of queues.entries()) {
    if (!isObject(q) || !isName(q.name)) return `scenario.queues[${k}] should have a name`;
    if (q.capacity !== null && !fits('count', q.capacity))
      return `scenario.queues[${k}].capacity should be null or a whole number`;
    if (!fresh(q.name)) return `the name "${q.name}" is declared twice`;
  }
  for (const [k, b] of barriers.entries()) {
    if (!isObject(b) || !isName(b.name)) return `scenario.barriers[${k}] should have a name`;
    if (!fits('id', b.parties)) return `scenario.barriers[${k}].parties should be a whole number ≥ 1`;
    if (!fresh(b.name)) return `the name "${b.name}" is declared twice`;
  }
  return null;
}

/** Checks `outcome` against the declared processes. */
export function outcomeProblem(outcome: unknown, processes: ReadonlySet<string>): string | null {
  if (!isObject(outcome)) return 'the trace has no "outcome" object';
  if (typeof outcome.kind !== 'string' || !OUTCOME_KINDS.has(outcome.kind))
    return `outcome.kind should be one of ${[...OUTCOME_KINDS].join(', ')}`;
  if (!fits('time', outcome.time)) return 'outcome.time should be a finite number ≥ 0';
  if (typeof outcome.message !== 'string') return 'outcome.message should be a string';
  if (!Array.isArray(outcome.blocked)) return 'outcome.blocked should be an array';
  for (const [k, b] of outcome.blocked.entries()) {
    if (!isObject(b) || !isName(b.process) || !processes.has(b.process))
      return `outcome.blocked[${k}] should name a declared process`;
    if (typeof b.reason !== 'string' || !BLOCK_REASONS.has(b.reason))
      return `outcome.blocked[${k}].reason is not a reason to block`;
    if (!(b.waitsFor === null || isName(b.waitsFor) || isNames(b.waitsFor)))
      return `outcome.blocked[${k}].waitsFor should be a name, an array of names or null`;
  }
  if (!(outcome.cycle === null || isNames(outcome.cycle))) return 'outcome.cycle should be null or names';
  if (outcome.crashed !== undefined) {
    if (!isNames(outcome.crashed)) return 'outcome.crashed should be an array of names';
    const stranger = outcome.crashed.find((p) => !processes.has(p));
    if (stranger !== undefined) return `outcome.crashed names an unknown process "${stranger}"`;
  }
  if (outcome.process !== undefined && !(isName(outcome.process) && processes.has(outcome.process)))
    return 'outcome.process should name a declared process';
  if (outcome.line !== undefined && !fits('line', outcome.line))
    return 'outcome.line should be a line number';
  return null;
}
