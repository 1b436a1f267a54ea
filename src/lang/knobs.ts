// Knobs: the small form that edits `latency`, `jitter`, `seed` and group sizes. It never rebuilds
// the scenario text: it rewrites one number token (or inserts one line), so the user's comments,
// layout and line endings stay exactly as they were.

import type { Diagnostic, Scenario } from './ast';
import { MAX_INSTANCES } from './checker';
import { check } from './index';
import { editDeclKnob } from './knobs.decl';

export type SettingKnob = 'latency' | 'jitter' | 'seed';

export interface GroupKnob {
  name: string;
  first: number;
  last: number;
}

export interface Knobs {
  latency: number;
  jitter: number;
  seed: number;
  /** Every group (`process NAME[A..B]`), in declaration order; a repeated name only once (the first). */
  groups: GroupKnob[];
}

export type KnobChange =
  | { kind: SettingKnob; value: number }
  | { kind: 'group'; name: string; size: number }
  /** The latency of the first `link A B latency N` joining `a` and `b` (either order). */
  | { kind: 'link'; a: string; b: string; value: number }
  /** A queue's capacity (`queue NAME capacity N`), N ≥ 1. */
  | { kind: 'capacity'; queue: string; value: number }
  /** A barrier's parties (`barrier NAME parties N`), N ≥ 1. */
  | { kind: 'parties'; barrier: string; value: number };

/** The values the form shows: the settings in force (defaults when absent) and the groups' ranges. */
export function readKnobs(scenario: Scenario): Knobs {
  const groups: GroupKnob[] = [];
  const seen = new Set<string>();
  for (const p of scenario.processes) {
    if (!p.group || seen.has(p.name)) continue;
    seen.add(p.name);
    groups.push({ name: p.name, first: p.group.first, last: p.group.last });
  }
  return {
    latency: scenario.latency.value,
    jitter: scenario.jitter.value,
    seed: scenario.seed.value,
    groups,
  };
}

/**
 * The largest size group `name` may take without the scenario going over MAX_INSTANCES processes
 * in all (at least 1). Throws an Error when there is no such group.
 */
export function maxGroupSize(scenario: Scenario, name: string): number {
  const target = findGroup(scenario, name);
  if (!target) throw new Error(`There is no group named ${name}.`);
  let others = 0;
  for (const p of scenario.processes)
    if (p !== target) others += p.group ? Math.max(0, p.group.last - p.group.first + 1) : 1;
  return Math.max(1, MAX_INSTANCES - others);
}

/**
 * Returns `source` with one knob changed; `scenario` must be `check(source).scenario`.
 *
 * - A setting whose line exists (its span is known) has only its number token replaced. Otherwise a
 *   new line `latency N` is inserted after the last top-level `title`/`about`/setting line, or, when
 *   there is none, at the top after the leading run of comment lines; it uses the line ending
 *   already used there (CRLF sources stay CRLF).
 * - A group `NAME[A..B]` keeps A and gets B = A + size − 1 (only the B token changes).
 *
 * - A link's latency has its number token replaced; the link must be written.
 * - A queue's capacity or a barrier's parties: the number after `capacity`/`parties` is replaced;
 *   a declaration without one gets ` capacity N` (` parties N`) added after its name; a queue or
 *   barrier only used, never declared, gets a new line `queue NAME capacity N` as a setting would.
 *
 * Values must be non-negative safe integers (a capacity or parties from 1), and a size an integer from 1 to `maxGroupSize`;
 * anything else throws a RangeError (the form validates first). Asking for a group that does not
 * exist, or whose range is not written as `[A..B]`, throws an Error.
 *
 * Sources with errors: the edit works the same whenever the line or range to change was understood
 * (its span is known), and the errors already there stay as they were. A setting line the checker
 * could not read (`latency x`, or one inside a process) has no span, so a new line is inserted and
 * the broken one stays. When `scenario` does not match `source` (a stale check), the source is
 * checked again rather than edited at the wrong place.
 *
 * A setting change never adds an error. A group resize can, when the program depends on the size
 * at check time (`send W[5]` once W has 4 members, `compute 3 - n`); `knobProblem` tells which.
 */
export function applyKnob(source: string, scenario: Scenario, change: KnobChange): string {
  if (change.kind === 'group') {
    const { size } = change;
    if (!Number.isSafeInteger(size) || size < 1)
      throw new RangeError(`A group size must be a whole number from 1: ${size}`);
    return editGroup(source, scenario, change.name, size, true);
  }
  if (change.kind === 'link' || change.kind === 'capacity' || change.kind === 'parties')
    return editDeclKnob(source, scenario, change, insertLine);
  const { kind, value } = change;
  if (kind !== 'latency' && kind !== 'jitter' && kind !== 'seed')
    throw new RangeError(`Unknown knob: ${String(kind)}`);
  if (!Number.isSafeInteger(value) || value < 0)
    throw new RangeError(`The ${kind} must be a whole number from 0: ${value}`);
  return editSetting(source, scenario, kind, value, true);
}

/**
 * The first error that applying `change` would add to the scenario (one `check(source)` does not
 * already report), or null when the change is safe. Throws what `applyKnob` throws.
 */
export function knobProblem(source: string, scenario: Scenario, change: KnobChange): Diagnostic | null {
  const after = applyKnob(source, scenario, change);
  const key = (d: Diagnostic) => `${d.code}\u0000${d.message}`;
  const before = new Map<string, number>();
  for (const d of check(source).diagnostics)
    if (d.severity === 'error') before.set(key(d), (before.get(key(d)) ?? 0) + 1);
  for (const d of check(after).diagnostics) {
    if (d.severity !== 'error') continue;
    const left = before.get(key(d)) ?? 0;
    if (left === 0) return d;
    before.set(key(d), left - 1);
  }
  return null;
}

/** Spaces and tabs as the lexer reads them (any whitespace but a line break). */
const SP = '[^\\S\\r\\n]';
const SETTING_LINE = new RegExp(`^(latency|jitter|seed)(${SP}+)([0-9]+)$`, 'u');
const GROUP_RANGE = new RegExp(`(${SP}*\\[${SP}*)([0-9]+)(${SP}*\\.\\.${SP}*)([0-9]+)`, 'uy');

function editSetting(
  source: string,
  scenario: Scenario,
  kind: SettingKnob,
  value: number,
  retry: boolean,
): string {
  const span = scenario[kind].span;
  if (!span) return insertLine(source, scenario, `${kind} ${value}`);
  const m = SETTING_LINE.exec(source.slice(span.from, span.to));
  if (!m || m[1] !== kind) {
    if (retry) return editSetting(source, check(source).scenario, kind, value, false);
    throw new Error(`The \`${kind}\` line could not be found in the text.`);
  }
  const at = span.from + (m[1]?.length ?? 0) + (m[2]?.length ?? 0);
  return source.slice(0, at) + String(value) + source.slice(span.to);
}

function findGroup(scenario: Scenario, name: string) {
  return scenario.processes.find((p) => p.group !== null && p.name === name);
}

function editGroup(source: string, scenario: Scenario, name: string, size: number, retry: boolean): string {
  const decl = findGroup(scenario, name);
  if (!decl) {
    if (retry) return editGroup(source, check(source).scenario, name, size, false);
    throw new Error(`There is no group named ${name}.`);
  }
  GROUP_RANGE.lastIndex = decl.nameSpan.to;
  const m = source.slice(decl.nameSpan.from, decl.nameSpan.to) === name ? GROUP_RANGE.exec(source) : null;
  const [, open, a, dots, b] = m ?? [];
  if (!m || open === undefined || a === undefined || dots === undefined || b === undefined) {
    if (retry) return editGroup(source, check(source).scenario, name, size, false);
    throw new Error(`The range of group ${name} is not written as ${name}[A..B].`);
  }
  const limit = maxGroupSize(scenario, name);
  if (size > limit) throw new RangeError(`Group ${name} can have at most ${limit} members here: ${size}`);
  const last = Number(a) + size - 1;
  if (!Number.isSafeInteger(last)) throw new RangeError(`Group ${name} would end past the largest number.`);
  const at = decl.nameSpan.to + open.length + a.length + dots.length;
  return source.slice(0, at) + String(last) + source.slice(at + b.length);
}

/** Inserts a whole line after the last top-level title/about/setting line, else after the leading comments. */
function insertLine(source: string, scenario: Scenario, line: string): string {
  let anchor = -1;
  for (const x of [...scenario.titles, ...scenario.abouts]) anchor = Math.max(anchor, x.span.to);
  for (const s of [scenario.latency, scenario.jitter, scenario.seed])
    if (s.span) anchor = Math.max(anchor, s.span.to);

  if (anchor >= 0) return insertAfterLineOf(source, anchor, line);

  // No such line: after the leading comment lines (a byte-order mark stays first).
  let pos = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  let lastComment = -1;
  while (pos < source.length) {
    const end = lineEnd(source, pos);
    if (!/^[^\S\r\n]*#/u.test(source.slice(pos, end))) break;
    lastComment = pos;
    pos = end + breakLength(source, end);
  }
  if (lastComment >= 0) return insertAfterLineOf(source, lastComment, line);
  return source.slice(0, pos) + line + lineBreakOf(source) + source.slice(pos);
}

/** Inserts `line` as a new line right after the line containing `offset`. */
function insertAfterLineOf(source: string, offset: number, line: string): string {
  const end = lineEnd(source, offset);
  const brk = breakLength(source, end);
  if (brk === 0) return source + lineBreakOf(source) + line;
  const eol = source.slice(end, end + brk);
  return source.slice(0, end + brk) + line + eol + source.slice(end + brk);
}

/** Offset of the line break ending the line that contains `offset` (the text's length on the last line). */
function lineEnd(source: string, offset: number): number {
  let k = offset;
  while (k < source.length) {
    const c = source.charCodeAt(k);
    if (c === 10 || c === 13) break;
    k++;
  }
  return k;
}

function breakLength(source: string, at: number): number {
  const c = source.charCodeAt(at);
  if (c === 13) return source.charCodeAt(at + 1) === 10 ? 2 : 1;
  return c === 10 ? 1 : 0;
}

/** The text's first line break (`\n` when it has none). */
function lineBreakOf(source: string): string {
  const at = lineEnd(source, 0);
  return source.slice(at, at + breakLength(source, at)) || '\n';
}
