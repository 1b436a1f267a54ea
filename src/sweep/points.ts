// A sweep's points: a range of values (`2..32:2`) and, for each, the scenario text with the knob
// set to it. Every text is checked here, so a point that cannot run is refused before any runs.

import { check } from '../lang';
import type { Scenario } from '../lang/ast';
import { SweepError } from './errors';
import { withKnob, type SweepKnob } from './knobs';

/** The most points one sweep runs. */
export const MAX_POINTS = 1000;

export interface SweepRange {
  from: number;
  to: number;
  step: number;
}

/** One point of a sweep: the knob's value and the scenario text that has it. */
export interface SweepPoint {
  value: number;
  text: string;
}

const RANGE = /^\s*([0-9]+)\s*\.\.\s*([0-9]+)\s*(?::\s*([0-9]+)\s*)?$/;

/** Reads `A..B` or `A..B:STEP` (whole numbers, A ≤ B, STEP ≥ 1, at most MAX_POINTS values); throws a SweepError. */
export function parseRange(text: string): SweepRange {
  const m = RANGE.exec(text);
  const from = Number(m?.[1]);
  const to = Number(m?.[2]);
  const step = m?.[3] === undefined ? 1 : Number(m[3]);
  if (!m || ![from, to, step].every(Number.isSafeInteger) || step < 1)
    throw new SweepError('bad-range', { text });
  if (from > to) throw new SweepError('empty-range', { from, to });
  const count = rangeCount({ from, to, step });
  if (count > MAX_POINTS)
    throw new SweepError('too-many-points', { text: text.trim(), count, max: MAX_POINTS });
  return { from, to, step };
}

/** How many values the range holds. */
export function rangeCount(range: SweepRange): number {
  return Math.floor((range.to - range.from) / range.step) + 1;
}

/** The range's values, from `from` up by `step`, none past `to`. */
export function rangeValues(range: SweepRange): number[] {
  const count = rangeCount(range);
  if (count > MAX_POINTS)
    throw new SweepError('too-many-points', { text: formatRange(range), count, max: MAX_POINTS });
  return Array.from({ length: count }, (_, k) => range.from + k * range.step);
}

/** `A..B` or `A..B:STEP`, as parseRange reads it. */
export function formatRange(range: SweepRange): string {
  return `${range.from}..${range.to}${range.step === 1 ? '' : `:${range.step}`}`;
}

/**
 * The texts of a sweep of `knob` (one of `sweepKnobs(check(text).scenario)`) over `range`, in
 * value order. Throws a SweepError when the text has errors, a value is out of the knob's bounds,
 * or a point's text would have an error (a group too small for `send W[5]`).
 */
export function sweepPoints(text: string, knob: SweepKnob, range: SweepRange): SweepPoint[] {
  const checked = check(text);
  if (!checked.ok) throw new SweepError('scenario-errors', { first: firstError(checked.diagnostics) });
  const values = rangeValues(range);
  for (const value of values)
    if (value < knob.min || value > knob.max)
      throw new SweepError('out-of-range', {
        knob: knob.label.en,
        knob_ko: knob.label.ko,
        min: knob.min,
        max: knob.max === Number.MAX_SAFE_INTEGER ? 'any size' : knob.max,
        max_ko: knob.max === Number.MAX_SAFE_INTEGER ? '제한 없음' : knob.max,
        value,
      });
  return values.map((value) => ({ value, text: pointText(text, checked.scenario, knob, value) }));
}

function pointText(text: string, scenario: Scenario, knob: SweepKnob, value: number): string {
  const out = withKnob(text, scenario, knob, value);
  const result = check(out);
  if (!result.ok)
    throw new SweepError('point-errors', {
      knob: knob.label.en,
      knob_ko: knob.label.ko,
      value,
      first: firstError(result.diagnostics),
    });
  return out;
}

function firstError(
  diagnostics: readonly { severity: string; message: string; span: { line: number; col: number } }[],
) {
  const d = diagnostics.find((x) => x.severity === 'error');
  return d ? `${d.span.line}:${d.span.col}: ${d.message}` : '';
}
