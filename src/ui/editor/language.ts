// Highlighting and indentation for `.rdv` as a CodeMirror stream language. The parser itself is a
// plain object, so its tokens can be tested without a DOM.

import { StreamLanguage, type StreamParser, type StringStream } from '@codemirror/language';
import { GOAL_KINDS, OUTCOME_KINDS } from '../../lang/goallines';
import { NAME_SOURCE, STATEMENT_KEYWORDS, TOP_KEYWORDS } from './scan';

export interface RdvState {
  /** Blocks open before this line (processes and statement blocks). */
  depth: number;
  /** Whether the line being read is inside a process. */
  inProcess: boolean;
  /** The line's first word, once read. */
  first: string | null;
  /** Tokens read so far on this line. */
  count: number;
  /** Open `[` on this line (group index expressions). */
  brackets: number;
  /** The previous token's text on this line. */
  prev: string | null;
  /** Ends named so far on a `lose`/`delay`/`cut` line (its words are keywords after both). */
  ends: number;
  /** A `timeout` keyword was read on this line (its expression may use `i` and `n`). */
  timeout: boolean;
}

const CONTROL = new Set(['repeat', 'loop', 'if', 'else', 'end', 'break']);
const LINE_KEYWORDS = new Set<string>([...STATEMENT_KEYWORDS, ...TOP_KEYWORDS, 'else', 'end']);
/** Keywords that may appear after a line's first word. */
const INNER_KEYWORDS: Readonly<Record<string, readonly string[]>> = {
  recv: ['from'],
  barrier: ['parties'],
  queue: ['capacity'],
  link: ['latency'],
  ask: ['answer'],
  crash: ['at'],
  restart: ['at'],
  lose: ['count', 'from', 'skip'],
  delay: ['by', 'count', 'from', 'skip'],
  cut: ['from', 'to'],
};
/** Statements that take a `timeout E` suffix (SPEC §6). */
const TIMEOUT_LINES = new Set(['recv', 'ssend', 'call', 'consume', 'barrier']);
/** Fault lines that name two ends before their options. */
const PAIR_LINES = new Set(['lose', 'delay', 'cut']);
const TAGGED = new Set(['title', 'about', 'note', 'ask']);
/** Lines whose expressions may use the group variables `i` and `n`. */
const EXPRESSION_LINES = new Set(['compute', 'repeat', 'if']);
const NAME = new RegExp(NAME_SOURCE, 'u');

function tokenize(stream: StringStream, state: RdvState): string | null {
  if (stream.sol()) {
    state.first = null;
    state.count = 0;
    state.brackets = 0;
    state.prev = null;
    state.ends = 0;
    state.timeout = false;
  }
  const style = token(stream, state);
  if (style !== null && style !== 'lineComment') state.prev = stream.current();
  return style;
}

function token(stream: StringStream, state: RdvState): string | null {
  if (stream.eatSpace()) return null;
  const ch = stream.peek();
  if (ch === '#') {
    stream.skipToEnd();
    return 'lineComment';
  }
  state.count++;
  if (ch === '"') {
    stream.next();
    let escaped = false;
    for (;;) {
      const c = stream.next();
      if (c === undefined) return 'string invalid';
      if (escaped) escaped = false;
      else if (c === '\\') escaped = true;
      else if (c === '"') return 'string';
    }
  }
  if (stream.match(/^[0-9]+/)) return 'number';
  const m = stream.match(NAME);
  if (m && typeof m === 'object') {
    const word = m[0];
    return nameToken(word, state);
  }
  if (stream.match(/^(==|!=|<=|>=|\.\.)/)) return 'operator';
  const c = stream.next() ?? '';
  if (c === '[') {
    state.brackets++;
    return 'squareBracket';
  }
  if (c === ']') {
    state.brackets = Math.max(0, state.brackets - 1);
    return 'squareBracket';
  }
  if (c === '(' || c === ')') return 'paren';
  if ('+-*/%<>'.includes(c)) return 'operator';
  return 'invalid';
}

function nameToken(word: string, state: RdvState): string {
  const first = state.first;
  if (first === null) {
    state.first = word;
    if (!LINE_KEYWORDS.has(word)) return 'variableName';
    if (word === 'process') {
      state.inProcess = true;
      state.depth = 1;
    } else if (word === 'repeat' || word === 'loop' || word === 'if') {
      if (state.inProcess) state.depth++;
    } else if (word === 'end') {
      state.depth = Math.max(0, state.depth - 1);
      if (state.depth === 0) state.inProcess = false;
    }
    return CONTROL.has(word) ? 'controlKeyword' : 'keyword';
  }
  // The words of SPEC §6 are keywords only where they stand; elsewhere they are names.
  if (PAIR_LINES.has(first) && state.ends < 2 && state.brackets === 0) {
    state.ends++;
    return 'variableName';
  }
  if ((first === 'crash' || first === 'restart') && state.count === 2) return 'variableName';
  // A goal line (SPEC §7): its kind, then an outcome or a process, then its words' languages.
  if (first === 'goal' && !state.inProcess) {
    if (state.count === 2)
      return (GOAL_KINDS as readonly string[]).includes(word) ? 'keyword' : 'variableName';
    if (state.count === 3 && state.prev === 'outcome')
      return (OUTCOME_KINDS as readonly string[]).includes(word) ? 'atom' : 'variableName';
    if (state.count >= 4 && state.brackets === 0 && (word === 'en' || word === 'ko')) return 'atom';
    return 'variableName';
  }
  if (
    word === 'timeout' &&
    state.inProcess &&
    TIMEOUT_LINES.has(first) &&
    (first === 'recv' ? state.prev !== 'from' : state.count > 2)
  ) {
    state.timeout = true;
    return 'keyword';
  }
  if (
    first === 'if' &&
    (state.count === 2 || state.prev === 'not') &&
    (word === 'not' || word === 'timedout')
  )
    return 'keyword';
  if (INNER_KEYWORDS[first]?.includes(word)) return 'keyword';
  if (state.count === 2 && TAGGED.has(first) && (word === 'en' || word === 'ko')) return 'atom';
  if (
    state.count === 2 &&
    (first === 'process' || first === 'queue' || (first === 'barrier' && !state.inProcess))
  )
    return 'variableName.definition';
  if ((word === 'i' || word === 'n') && (state.brackets > 0 || state.timeout || EXPRESSION_LINES.has(first)))
    return 'variableName.special';
  return 'variableName';
}

/** The `.rdv` stream parser: tokens named after CodeMirror's highlighting tags. */
export const rdvParser: StreamParser<RdvState> = {
  name: 'rdv',
  startState: () => ({
    depth: 0,
    inProcess: false,
    first: null,
    count: 0,
    brackets: 0,
    prev: null,
    ends: 0,
    timeout: false,
  }),
  token: tokenize,
  indent(state, textAfter, cx) {
    const closing = /^\s*(end|else)\b/.test(textAfter) ? 1 : 0;
    return Math.max(0, state.depth - closing) * cx.unit;
  },
  languageData: {
    commentTokens: { line: '#' },
    indentOnInput: /^\s*(end|else)$/,
  },
};

export const rdvLanguage = StreamLanguage.define(rdvParser);
