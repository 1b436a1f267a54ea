// The top-level fault lines of SPEC §6: `crash`, `restart`, `lose`, `delay`, `cut`. Every number
// in them is a literal, so what they do is known before the run. Their words (`at`, `by`,
// `count`, `skip`, `to`) are keywords only here: elsewhere they stay valid names.

import type { FaultEnd, FaultLine } from './ast';
import type { Cursor } from './cursor';
import type { Token } from './lexer';

/** Words that start a fault line, in the order the language lists them. */
export const FAULT_LINES = ['crash', 'restart', 'lose', 'delay', 'cut'] as const;

/** The options of `lose` and `delay`, in canonical order. */
export const FAULT_OPTIONS = ['count', 'from', 'skip'] as const;

type Option = (typeof FAULT_OPTIONS)[number];

/** Parses a fault line after its keyword `kw` (already consumed); null when it is broken. */
export function parseFaultLine(c: Cursor, kw: Token): FaultLine | null {
  const word = kw.text;
  const span = () => c.span(kw.from, c.lastEnd());
  switch (word) {
    case 'crash':
    case 'restart': {
      const target = faultEnd(c, word, 'a process name');
      const at = target && c.expect('at');
      const t = at && c.number('at');
      if (!target || !t) return null;
      expectEnd(c);
      return { kind: word, target, at: t.num, span: span() };
    }
    case 'lose':
    case 'delay': {
      const a = faultEnd(c, word, 'a process or queue name');
      const b = a && faultEnd(c, a.name, 'a process or queue name');
      if (!a || !b) return null;
      let by = 1;
      if (word === 'delay') {
        const byTok = c.expect('by');
        const d = byTok && c.number('by');
        if (!d) return null;
        if (d.num < 1) c.failSpan('must-be-positive', d.from, d.to, { word: 'by' });
        by = d.num;
      }
      const opts = options(c);
      if (!opts) return null;
      const rest = { a, b, count: opts.count ?? 1, from: opts.from ?? 0, skip: opts.skip ?? 0 };
      return word === 'lose'
        ? { kind: 'lose', ...rest, span: span() }
        : { kind: 'delay', ...rest, by, span: span() };
    }
    case 'cut': {
      const a = faultEnd(c, word, 'a process or queue name');
      const b = a && faultEnd(c, a.name, 'a process or queue name');
      const fromTok = b && c.expect('from');
      const t1 = fromTok && c.number('from');
      const toTok = t1 && c.expect('to');
      const t2 = toTok && c.number('to');
      if (!a || !b || !t1 || !t2) return null;
      if (t1.num >= t2.num)
        c.failSpan(
          'empty-cut',
          t1.from,
          t2.to,
          { from: t1.num, to: t2.num },
          { id: 'cut-window', params: { from: t1.num } },
        );
      expectEnd(c);
      return { kind: 'cut', a, b, from: t1.num, to: t2.num, span: span() };
    }
    default:
      return null;
  }
}

/** `count N`, `from T`, `skip K` in any order, each at most once, up to the end of the line. */
function options(c: Cursor): Partial<Record<Option, number>> | null {
  const seen: Partial<Record<Option, number>> = {};
  while (!c.atEnd()) {
    const t = c.peek();
    const word =
      t?.kind === 'name' ? (FAULT_OPTIONS as readonly string[]).find((o) => o === t.text) : undefined;
    if (!t || word === undefined) {
      c.fail('expected-token', t, { what: '`count`, `from` or `skip`' });
      return null;
    }
    const option = word as Option;
    c.next();
    const n = c.number(option);
    if (!n) return null;
    if (c.peek()?.kind === 'punct') {
      expectEnd(c);
      return null;
    }
    if (seen[option] !== undefined) {
      c.failSpan('duplicate-option', t.from, n.to, { word: option }, { id: 'option-once' });
      return null;
    }
    if (option === 'count' && n.num < 1) c.failSpan('must-be-positive', n.from, n.to, { word: 'count' });
    seen[option] = n.num;
  }
  return seen;
}

/** The end of a fault line; an operator after a number gets a hint that they are literals. */
function expectEnd(c: Cursor): void {
  c.expectEnd(c.peek()?.kind === 'punct' ? { id: 'literal-numbers' } : null);
}

/** `NAME` or `NAME[K]` with a literal member number K (fault lines and goals). */
export function faultEnd(c: Cursor, after: string, what: string): FaultEnd | null {
  const name = c.name(what, after);
  if (!name) return null;
  if (!c.isPunct('[')) return { name: name.text, index: null, span: c.span(name.from, name.to) };
  c.next();
  const k = c.number('[');
  const close = k && c.expect(']');
  if (!k || !close) return null;
  return { name: name.text, index: k.num, span: c.span(name.from, close.to) };
}
