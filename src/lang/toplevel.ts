// Top-level lines: titles, settings, links, barrier and queue declarations, process headers.

import type {
  BarrierDecl,
  FaultLine,
  GoalLine,
  LinkDecl,
  Localized,
  NameRef,
  ProcessDecl,
  QueueDecl,
  Setting,
  Span,
} from './ast';
import type { Cursor } from './cursor';
import { FAULT_LINES, parseFaultLine } from './faultlines';
import { parseGoalLine } from './goallines';
import type { Token } from './lexer';
import { parseText } from './statements';

/** Keywords that start a top-level line, in the order the language lists them. */
export const TOP_LINES = [
  'title',
  'about',
  'latency',
  'jitter',
  'seed',
  'link',
  'barrier',
  'queue',
  'process',
  ...FAULT_LINES,
  'goal',
] as const;

/** Keywords that start a top-level line. */
export const TOP_KEYWORDS: readonly string[] = TOP_LINES;

/** Top-level keywords that make no sense inside a process (`barrier` and `process` are handled apart). */
export const TOP_ONLY: readonly string[] = TOP_LINES.filter((k) => k !== 'barrier' && k !== 'process');

export type DeclKind = 'process' | 'group' | 'queue' | 'barrier';

/** A name entering the shared namespace, in source order. */
export interface DeclName {
  name: string;
  kind: DeclKind;
  span: Span;
}

/** Everything the parser found, before names are checked. */
export interface Parsed {
  titles: Localized[];
  abouts: Localized[];
  settings: Record<'latency' | 'jitter' | 'seed', Setting>;
  links: LinkDecl[];
  barriers: BarrierDecl[];
  queues: QueueDecl[];
  processes: ProcessDecl[];
  names: DeclName[];
  /** Fault lines (SPEC §6) in source order. */
  faults: FaultLine[];
  /** Goal lines (SPEC §7) in source order. */
  goals: GoalLine[];
}

/** The part of `process NAME[A..B]` before the body. */
export type ProcessHeader = Pick<ProcessDecl, 'name' | 'nameSpan' | 'group'>;

/** Parses a top-level line other than `process` (its keyword `kw` already consumed). */
export function parseTopLine(c: Cursor, kw: Token, out: Parsed): void {
  const word = kw.text;
  const lineSpan = () => c.span(kw.from, c.lastEnd());
  switch (word) {
    case 'crash':
    case 'restart':
    case 'lose':
    case 'delay':
    case 'cut': {
      const f = parseFaultLine(c, kw);
      if (f) out.faults.push(f);
      return;
    }
    case 'goal': {
      const g = parseGoalLine(c, kw);
      if (g) out.goals.push(g);
      return;
    }
    case 'title':
    case 'about': {
      const t = parseText(c, word);
      if (!t) return;
      c.expectEnd();
      const list = word === 'title' ? out.titles : out.abouts;
      const first = list.find((x) => x.lang === t.lang);
      const span = lineSpan();
      if (first) {
        const lang = t.lang ? `in \`${t.lang}\`` : 'without a language';
        c.report.at(word === 'title' ? 'duplicate-title' : 'duplicate-about', span.from, span.to, {
          lang,
          line: first.span.line,
        });
        return;
      }
      list.push({ lang: t.lang, text: t.text, span });
      return;
    }
    case 'latency':
    case 'jitter':
    case 'seed': {
      const n = c.number(word);
      if (!n) return;
      c.expectEnd();
      const span = lineSpan();
      const prev = out.settings[word];
      if (prev.span) {
        c.report.at('duplicate-setting', span.from, span.to, { word, line: prev.span.line });
        return;
      }
      out.settings[word] = { value: n.num, span };
      return;
    }
    case 'link': {
      const a = linkEnd(c, 'link');
      const b = a && linkEnd(c, a.name);
      const l = b && c.expect('latency');
      const n = l && c.number('latency');
      if (!a || !b || !n) return;
      c.expectEnd();
      out.links.push({ a, b, latency: n.num, span: lineSpan() });
      return;
    }
    case 'barrier':
    case 'queue': {
      const isBarrier = word === 'barrier';
      const name = c.name(isBarrier ? 'a barrier name' : 'a queue name', word);
      if (!name) return;
      const option = isBarrier ? 'parties' : 'capacity';
      let n: Token | null = null;
      if (c.isWord(option)) {
        c.next();
        n = c.number(option);
        if (n && n.num < 1) c.failSpan('must-be-positive', n.from, n.to, { word: option });
      }
      c.expectEnd();
      const span = lineSpan();
      out.names.push({
        name: name.text,
        kind: isBarrier ? 'barrier' : 'queue',
        span: c.span(name.from, name.to),
      });
      if (isBarrier) {
        out.barriers.push({
          name: name.text,
          parties: n?.num ?? 0,
          partiesDeclared: n !== null,
          declared: true,
          span,
        });
      } else {
        out.queues.push({ name: name.text, capacity: n?.num ?? null, declared: true, span });
      }
      return;
    }
  }
}

/** A link end: a name, or a group member with a plain number (`W[2]`, stored as the name `W[2]`). */
function linkEnd(c: Cursor, after: string): NameRef | null {
  const name = c.name('a process or queue name', after);
  if (!name) return null;
  if (!c.isPunct('[')) return { name: name.text, span: c.span(name.from, name.to) };
  c.next();
  const k = c.number('[');
  const close = k && c.expect(']');
  if (!k || !close) return null;
  return { name: `${name.text}[${k.num}]`, span: c.span(name.from, close.to) };
}

/** Parses `NAME` or `NAME[A..B]` after `process`; null when there is no usable name. */
export function parseProcessHeader(c: Cursor): ProcessHeader | null {
  const name = c.name('a process name', 'process');
  if (!name) return null;
  const header: ProcessHeader = { name: name.text, nameSpan: c.span(name.from, name.to), group: null };
  if (c.isPunct('[')) {
    c.next();
    // Keep a group even when its range is broken, so members' `i` and `W[…]` do not cascade errors.
    const a = c.number('[');
    const dots = a && c.expect('..');
    const b = dots && c.number('..');
    const close = b && c.expect(']');
    header.group = { first: a?.num ?? 0, last: b?.num ?? a?.num ?? 0 };
    if (a && b && close && a.num > b.num) {
      c.failSpan(
        'bad-range',
        a.from,
        b.to,
        { first: a.num, last: b.num },
        {
          id: 'smaller-first',
          params: { first: a.num, last: b.num },
        },
      );
    }
  }
  c.expectEnd();
  return header;
}
