// Knobs written on declaration lines: a link's latency, a queue's capacity, a barrier's parties.
// Like the settings, only one number token changes (or ` capacity N` is added after the name), so
// the rest of the text stays exactly as written.

import type { Scenario, Span } from './ast';
import { check } from './index';

export type DeclKnobChange =
  | { kind: 'link'; a: string; b: string; value: number }
  | { kind: 'capacity'; queue: string; value: number }
  | { kind: 'parties'; barrier: string; value: number };

const SP = '[^\\S\\r\\n]';
/** The number that ends a declaration line (`… latency 5`, `… capacity 2`). */
const LAST_NUMBER = new RegExp(`(${SP}+)([0-9]+)$`, 'u');

/** The first link joining `a` and `b`, in either direction, or undefined. */
export function findLink(scenario: Scenario, a: string, b: string) {
  return scenario.links.find((l) => (l.a.name === a && l.b.name === b) || (l.a.name === b && l.b.name === a));
}

/**
 * Returns `source` with one declaration knob changed (see `applyKnob`). Throws a RangeError for a
 * bad value, an Error when the link, queue or barrier does not exist or its line cannot be read.
 * `insertLine` adds a top-level line for a queue or barrier that is used but never declared.
 */
export function editDeclKnob(
  source: string,
  scenario: Scenario,
  change: DeclKnobChange,
  insertLine: (source: string, scenario: Scenario, line: string) => string,
  retry = true,
): string {
  const { value } = change;
  const least = change.kind === 'link' ? 0 : 1;
  if (!Number.isSafeInteger(value) || value < least) {
    const what =
      change.kind === 'link'
        ? 'A link latency'
        : `A ${change.kind === 'capacity' ? 'capacity' : 'number of parties'}`;
    throw new RangeError(`${what} must be a whole number from ${least}: ${value}`);
  }
  const again = () => {
    if (!retry) throw new Error(`The line of ${describe(change)} could not be found in the text.`);
    return editDeclKnob(source, check(source).scenario, change, insertLine, false);
  };
  if (change.kind === 'link') {
    const link = findLink(scenario, change.a, change.b);
    if (!link) {
      if (retry) return again();
      throw new Error(`There is no link between ${change.a} and ${change.b}.`);
    }
    return replaceLastNumber(source, link.span, value) ?? again();
  }
  const word = change.kind === 'capacity' ? 'capacity' : 'parties';
  const name = change.kind === 'capacity' ? change.queue : change.barrier;
  const list: readonly { name: string; declared: boolean; span: Span | null }[] =
    change.kind === 'capacity' ? scenario.queues : scenario.barriers;
  const decl = list.find((d) => d.name === name);
  if (!decl) {
    if (retry) return again();
    throw new Error(`There is no ${change.kind === 'capacity' ? 'queue' : 'barrier'} named ${name}.`);
  }
  const keyword = change.kind === 'capacity' ? 'queue' : 'barrier';
  if (!decl.declared || !decl.span)
    return insertLine(source, scenario, `${keyword} ${name} ${word} ${value}`);
  const line = source.slice(decl.span.from, decl.span.to);
  const head = new RegExp(`^${keyword}${SP}+`, 'u').exec(line);
  if (!head || !line.slice(head[0].length).startsWith(name)) return again();
  const rest = line.slice(head[0].length + name.length);
  if (rest === '') {
    const at = decl.span.to;
    return `${source.slice(0, at)} ${word} ${value}${source.slice(at)}`;
  }
  if (!new RegExp(`^${SP}+${word}${SP}+[0-9]+$`, 'u').test(rest)) return again();
  return replaceLastNumber(source, decl.span, value) ?? again();
}

function replaceLastNumber(source: string, span: Span, value: number): string | null {
  const m = LAST_NUMBER.exec(source.slice(span.from, span.to));
  if (!m) return null;
  const at = span.to - (m[2]?.length ?? 0);
  return source.slice(0, at) + String(value) + source.slice(span.to);
}

function describe(change: DeclKnobChange): string {
  if (change.kind === 'link') return `the link between ${change.a} and ${change.b}`;
  return change.kind === 'capacity' ? `queue ${change.queue}` : `barrier ${change.barrier}`;
}
