// One statement line inside a process. Block statements (`repeat`, `loop`, `if`) only open their
// block here; the parser collects the body and closes it at `end`.

import type { Condition, Expr, Lang, NameRef, Stmt, Target } from './ast';
import type { Cursor } from './cursor';
import type { Hint } from './diagnostics';
import type { Token } from './lexer';
import { parseCond, parseExpr } from './expr';

/** Keywords that start a statement inside a process, in the order the language lists them. */
export const STATEMENTS = [
  'compute',
  'send',
  'ssend',
  'recv',
  'call',
  'reply',
  'publish',
  'consume',
  'barrier',
  'note',
  'ask',
  'repeat',
  'loop',
  'if',
  'break',
] as const;

export type StatementKeyword = (typeof STATEMENTS)[number];

/** Keywords that start a statement inside a process. */
export const STATEMENT_KEYWORDS: readonly string[] = STATEMENTS;

export type Opener = { kind: 'repeat'; count: Expr } | { kind: 'loop' } | { kind: 'if'; cond: Condition };

export type StmtLine = { kind: 'stmt'; stmt: Stmt } | { kind: 'open'; opener: Opener } | null;

/** Parses the rest of a statement line after its keyword `kw` (already consumed). */
export function parseStatement(c: Cursor, kw: Token): StmtLine {
  const word = kw.text;
  const done = (stmt: Stmt): StmtLine => ({ kind: 'stmt', stmt });
  const span = () => c.span(kw.from, c.lastEnd());
  switch (word) {
    case 'compute': {
      const amount = parseExpr(c, word);
      if (!amount) return null;
      c.expectEnd();
      return done({ kind: 'compute', amount, span: span() });
    }
    case 'send': {
      const to = parseTarget(c, word);
      if (!to) return null;
      const payload = optionalString(c);
      c.expectEnd(noTimeout(c));
      return done({ kind: word, to, payload, span: span() });
    }
    case 'ssend':
    case 'call': {
      const to = parseTarget(c, word);
      if (!to) return null;
      const payload = optionalString(c);
      const t = timeoutSuffix(c);
      if (t === null) return null;
      c.expectEnd();
      return done({ kind: word, to, payload, ...t, span: span() });
    }
    case 'recv': {
      let from: Target | null = null;
      if (c.isWord('from')) {
        c.next();
        from = parseTarget(c, 'from');
        if (!from) return null;
      } else if (c.isName() && !c.isWord('timeout')) {
        const t = c.peek();
        c.fail('expected-token', t, { what: '`from`' }, { id: 'recv-from', params: { name: t?.text ?? '' } });
        return null;
      }
      const t = timeoutSuffix(c);
      if (t === null) return null;
      c.expectEnd();
      return done({ kind: 'recv', from, ...t, span: span() });
    }
    case 'reply': {
      const payload = optionalString(c);
      c.expectEnd(noTimeout(c));
      return done({ kind: 'reply', payload, span: span() });
    }
    case 'publish':
    case 'consume': {
      const queue = nameRef(c, 'a queue name', word);
      if (!queue) return null;
      const payload = word === 'publish' ? optionalString(c) : null;
      const t = word === 'consume' ? timeoutSuffix(c) : {};
      if (t === null) return null;
      c.expectEnd(c.isWord('capacity') ? { id: 'capacity-on-declaration' } : noTimeout(c));
      return done(
        word === 'publish'
          ? { kind: 'publish', queue, payload, span: span() }
          : { kind: 'consume', queue, ...t, span: span() },
      );
    }
    case 'barrier': {
      const barrier = nameRef(c, 'a barrier name', word);
      if (!barrier) return null;
      const t = timeoutSuffix(c);
      if (t === null) return null;
      c.expectEnd(c.isWord('parties') ? { id: 'parties-on-declaration' } : null);
      return done({ kind: 'barrier', barrier, ...t, span: span() });
    }
    case 'note': {
      const text = parseText(c, word);
      if (!text) return null;
      c.expectEnd();
      return done({ kind: 'note', lang: text.lang, text: text.text, span: span() });
    }
    case 'ask': {
      const text = parseText(c, word);
      if (!text) return null;
      let answer: string | null = null;
      if (c.isWord('answer')) {
        c.next();
        const s = c.peek();
        if (s?.kind !== 'string') {
          c.fail('expected-string', s, { after: 'answer' });
          return null;
        }
        c.next();
        answer = s.value;
      }
      c.expectEnd();
      return done({ kind: 'ask', lang: text.lang, text: text.text, answer, span: span() });
    }
    case 'repeat': {
      const count = parseExpr(c, word) ?? placeholder(c, kw);
      c.expectEnd();
      return { kind: 'open', opener: { kind: 'repeat', count } };
    }
    case 'loop':
      c.expectEnd();
      return { kind: 'open', opener: { kind: 'loop' } };
    case 'break':
      c.expectEnd();
      return done({ kind: 'break', span: span() });
    case 'if': {
      const cond = c.isWord('timedout') || c.isWord('not') ? timedOut(c) : parseCond(c);
      c.expectEnd();
      if (cond) return { kind: 'open', opener: { kind: 'if', cond } };
      const zero = placeholder(c, kw);
      return {
        kind: 'open',
        opener: { kind: 'if', cond: { kind: 'compare', op: '==', left: zero, right: zero, span: zero.span } },
      };
    }
    default:
      return null;
  }
}

/**
 * The optional `timeout E` after a blocking statement: `{}` when absent, `{ timeout }` when
 * written, null when it is broken (already reported). `timeout` is a keyword only here.
 */
function timeoutSuffix(c: Cursor): { timeout?: Expr } | null {
  if (!c.isWord('timeout')) return {};
  c.next();
  const timeout = parseExpr(c, 'timeout');
  return timeout && { timeout };
}

/** The hint for a `timeout` after a statement that never waits for anything it could give up on. */
function noTimeout(c: Cursor): Hint | null {
  return c.isWord('timeout') ? { id: 'timeout-statements' } : null;
}

/** `timedout` or `not timedout` after `if`. */
function timedOut(c: Cursor): Condition | null {
  const first = c.peek();
  const negated = c.isWord('not');
  if (negated) c.next();
  const word = c.expect('timedout');
  if (!first || !word) return null;
  return { kind: 'timedout', negated, span: c.span(first.from, word.to) };
}

/** A stand-in for an expression that failed to parse, so the block still opens (and `end` matches). */
function placeholder(c: Cursor, kw: Token): Expr {
  return { kind: 'num', value: 0, span: c.span(kw.from, kw.to) };
}

/** `NAME` or `NAME[E]`. */
export function parseTarget(c: Cursor, after: string): Target | null {
  const name = c.name('a process name', after);
  if (!name) return null;
  if (!c.isPunct('[')) return { name: name.text, index: null, span: c.span(name.from, name.to) };
  c.next();
  const index = parseExpr(c, '[');
  if (!index) return null;
  const close = c.expect(']');
  if (!close) return null;
  return { name: name.text, index, span: c.span(name.from, close.to) };
}

function nameRef(c: Cursor, what: string, after: string): NameRef | null {
  const t = c.name(what, after);
  return t && { name: t.text, span: c.span(t.from, t.to) };
}

function optionalString(c: Cursor): string | null {
  const t = c.peek();
  if (t?.kind !== 'string') return null;
  c.next();
  return t.value;
}

/** `[LANG] "text"` after `title`, `about` or `note`. */
export function parseText(c: Cursor, after: string): { lang: Lang | null; text: string } | null {
  let lang: Lang | null = null;
  let langTok: Token | undefined;
  const t = c.peek();
  // A word before the text is a language tag; only `en` and `ko` are known.
  if (t?.kind === 'name' && (t.text === 'en' || t.text === 'ko' || c.peek(1)?.kind === 'string')) {
    c.next();
    langTok = t;
    if (t.text === 'en' || t.text === 'ko') lang = t.text;
    else c.failSpan('bad-lang', t.from, t.to, { lang: t.text }, { id: 'languages' });
  }
  const s = c.peek();
  if (s?.kind !== 'string') {
    c.fail('expected-string', s, { after: langTok?.text ?? after });
    return null;
  }
  c.next();
  return { lang, text: s.value };
}
