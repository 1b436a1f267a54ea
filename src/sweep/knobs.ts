// What a sweep can turn: every knob the settings form edits, found in a checked scenario, with
// its name on the command line, its labels and its bounds. The text of each point is made by
// `lang/knobs.ts`, which rewrites one number and leaves the rest of the text as written.

import type { Scenario } from '../lang/ast';
import { applyKnob, maxGroupSize, type KnobChange, type SettingKnob } from '../lang/knobs';
import { findLink } from '../lang/knobs.decl';
import { SweepError } from './errors';

/** Which number of the scenario a knob turns. */
export type KnobTarget =
  | { kind: SettingKnob }
  | { kind: 'group'; name: string }
  | { kind: 'link'; a: string; b: string }
  | { kind: 'capacity'; queue: string }
  | { kind: 'parties'; barrier: string };

/** A knob a sweep can turn, as the settings form and the command line name it. */
export type SweepKnob = KnobTarget & {
  /** Its name on the command line and a stable key: `latency`, `jitter`, `seed`, a group, queue
   *  or barrier name (`Worker`, `pipe`, `sync`), or a link `A-B`. */
  id: string;
  label: { en: string; ko: string };
  /** The value the text has now. */
  value: number;
  /** The smallest and largest value it may take. */
  min: number;
  max: number;
};

const LARGEST = Number.MAX_SAFE_INTEGER;

/** Every knob of a checked scenario: the settings, then groups, links, queues and barriers in order. */
export function sweepKnobs(scenario: Scenario): SweepKnob[] {
  const knobs: SweepKnob[] = [
    {
      kind: 'latency',
      id: 'latency',
      label: { en: 'Latency', ko: '지연 시간' },
      value: scenario.latency.value,
      min: 0,
      max: LARGEST,
    },
    {
      kind: 'jitter',
      id: 'jitter',
      label: { en: 'Jitter', ko: '지터' },
      value: scenario.jitter.value,
      min: 0,
      max: LARGEST,
    },
    {
      kind: 'seed',
      id: 'seed',
      label: { en: 'Seed', ko: '시드' },
      value: scenario.seed.value,
      min: 0,
      max: LARGEST,
    },
  ];
  const seen = new Set<string>();
  for (const p of scenario.processes) {
    if (!p.group || seen.has(p.name)) continue;
    seen.add(p.name);
    knobs.push({
      kind: 'group',
      name: p.name,
      id: p.name,
      label: { en: `Size of group ${p.name}`, ko: `그룹 ${p.name}의 크기` },
      value: Math.max(0, p.group.last - p.group.first + 1),
      min: 1,
      max: maxGroupSize(scenario, p.name),
    });
  }
  for (const l of scenario.links) {
    const id = `${l.a.name}-${l.b.name}`;
    if (findLink(scenario, l.a.name, l.b.name) !== l) continue; // a repeated link: the first one
    knobs.push({
      kind: 'link',
      a: l.a.name,
      b: l.b.name,
      id,
      label: {
        en: `Latency of link ${l.a.name}–${l.b.name}`,
        ko: `링크 ${l.a.name}–${l.b.name}의 지연 시간`,
      },
      value: l.latency,
      min: 0,
      max: LARGEST,
    });
  }
  for (const q of scenario.queues)
    knobs.push({
      kind: 'capacity',
      queue: q.name,
      id: q.name,
      label: { en: `Capacity of queue ${q.name}`, ko: `큐 ${q.name}의 용량` },
      // An unbounded queue has no number yet: a sweep starts from whatever range is asked.
      value: q.capacity ?? 0,
      min: 1,
      max: LARGEST,
    });
  for (const b of scenario.barriers)
    knobs.push({
      kind: 'parties',
      barrier: b.name,
      id: b.name,
      label: { en: `Parties of barrier ${b.name}`, ko: `배리어 ${b.name}의 참여자 수` },
      value: b.parties,
      min: 1,
      max: LARGEST,
    });
  return knobs;
}

/**
 * The knob named `id` (as `SweepKnob.id`; a link also as `B-A`). Throws a SweepError naming the
 * knobs there are when nothing has that name, or when it names a single process.
 */
export function findKnob(scenario: Scenario, id: string): SweepKnob {
  const knobs = sweepKnobs(scenario);
  const dash = id.indexOf('-');
  const found = knobs.find(
    (k) =>
      k.id === id || (k.kind === 'link' && dash > 0 && sameLink(k, id.slice(0, dash), id.slice(dash + 1))),
  );
  if (found) return found;
  if (scenario.processes.some((p) => p.name === id && !p.group))
    throw new SweepError('not-a-group', { name: id });
  throw new SweepError('unknown-knob', { name: id, known: knobs.map((k) => k.id).join(', ') });
}

function sameLink(k: { a: string; b: string }, a: string, b: string): boolean {
  return (k.a === a && k.b === b) || (k.a === b && k.b === a);
}

/** The change to the text that gives `knob` the value `value`. */
export function knobChange(knob: KnobTarget, value: number): KnobChange {
  switch (knob.kind) {
    case 'group':
      return { kind: 'group', name: knob.name, size: value };
    case 'link':
      return { kind: 'link', a: knob.a, b: knob.b, value };
    case 'capacity':
      return { kind: 'capacity', queue: knob.queue, value };
    case 'parties':
      return { kind: 'parties', barrier: knob.barrier, value };
    default:
      return { kind: knob.kind, value };
  }
}

/** `source` with `knob` set to `value` (`scenario` is `check(source).scenario`). */
export function withKnob(source: string, scenario: Scenario, knob: KnobTarget, value: number): string {
  return applyKnob(source, scenario, knobChange(knob, value));
}

/** A range to offer first for a knob: 2..32 for a group (as far as it may grow), 1..200 for the seed,
 *  and from the knob's least value to about twice the text's value for the others. */
export function suggestedRange(knob: SweepKnob): { from: number; to: number; step: number } {
  switch (knob.kind) {
    case 'group':
      return { from: Math.min(2, knob.max), to: Math.min(32, knob.max), step: 1 };
    case 'seed':
      return { from: 1, to: 200, step: 1 };
    case 'parties':
      return { from: 1, to: knob.value + 4, step: 1 };
    default:
      return { from: knob.min, to: Math.max(10, 2 * knob.value), step: 1 };
  }
}
