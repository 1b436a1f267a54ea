// The lexer cuts the text into lines of tokens. The language is line-oriented (one statement per
// line), so the parser works line by line and one bad line never swallows the next.

import type { Reporter } from './diagnostics';
import { isLineBreak } from './span';

/** Reserved words: they cannot be names. `en`/`ko`, `i`/`n` are deliberately not among them. */
export const KEYWORDS: readonly string[] = [
  'title',
  'about',
  'latency',
  'jitter',
  'seed',
  'link',
  'barrier',
  'parties',
  'queue',
  'capacity',
  'process',
  'end',
  'compute',
  'send',
  'ssend',
  'recv',
  'from',
  'call',
  'reply',
  'publish',
  'consume',
  'note',
  'repeat',
  'loop',
  'if',
  'else',
];

const KEYWORD_SET: ReadonlySet<string> = new Set(KEYWORDS);

/** True when a word is reserved. */
export function isKeyword(word: string): boolean {
  return KEYWORD_SET.has(word);
}

export type TokenKind = 'name' | 'number' | 'string' | 'punct' | 'bad';

export interface Token {
  kind: TokenKind;
  /** The source text of the token. */
  text: string;
  /** Numbers: the value. */
  num: number;
  /** Strings: the unescaped content. Names and punctuation: the text. */
  value: string;
  from: number;
  to: number;
}

export interface SourceLine {
  /** 1-based line number. */
  line: number;
  tokens: Token[];
}

const NAME = /[\p{L}_][\p{L}\p{N}\p{M}_]*/uy;
const DIGITS = /[0-9]+/y;
const SPACE = /[^\S\r\n]+/y;
const PUNCT2 = ['==', '!=', '<=', '>=', '..'];
const PUNCT1 = '[]()+-*/%<>';

/** Cuts the source into lines of tokens, reporting bad characters, strings and numbers. */
export function lex(source: string, report: Reporter): SourceLine[] {
  const lines: SourceLine[] = [];
  let tokens: Token[] = [];
  let pos = 0;
  const len = source.length;
  const tok = (kind: TokenKind, from: number, to: number, value?: string, num = 0): void => {
    const text = source.slice(from, to);
    tokens.push({ kind, text, value: value ?? text, num, from, to });
  };
  const endLine = (): void => {
    lines.push({ line: lines.length + 1, tokens });
    tokens = [];
  };

  while (pos < len) {
    const c = source.charCodeAt(pos);
    if (isLineBreak(c)) {
      pos += c === 13 && source.charCodeAt(pos + 1) === 10 ? 2 : 1;
      endLine();
      continue;
    }
    if (c === 35 /* # */) {
      while (pos < len && !isLineBreak(source.charCodeAt(pos))) pos++;
      continue;
    }
    SPACE.lastIndex = pos;
    if (SPACE.test(source)) {
      pos = SPACE.lastIndex;
      continue;
    }
    if (c === 34 /* " */) {
      pos = lexString(source, pos, report, tok);
      continue;
    }
    DIGITS.lastIndex = pos;
    if (DIGITS.test(source)) {
      const end = DIGITS.lastIndex;
      const text = source.slice(pos, end);
      let num = Number(text);
      if (num > Number.MAX_SAFE_INTEGER) {
        report.at(
          'number-too-large',
          pos,
          end,
          { text: text.length > 30 ? `${text.slice(0, 27)}…` : text },
          {
            id: 'largest-number',
          },
        );
        num = Number.MAX_SAFE_INTEGER;
      }
      tok('number', pos, end, text, num);
      pos = end;
      continue;
    }
    NAME.lastIndex = pos;
    if (NAME.test(source)) {
      tok('name', pos, NAME.lastIndex);
      pos = NAME.lastIndex;
      continue;
    }
    const two = source.slice(pos, pos + 2);
    if (PUNCT2.includes(two)) {
      tok('punct', pos, pos + 2);
      pos += 2;
      continue;
    }
    if (PUNCT1.includes(source[pos] ?? ' ')) {
      tok('punct', pos, pos + 1);
      pos += 1;
      continue;
    }
    pos = lexBad(source, pos, report, tok);
  }
  endLine();
  return lines;
}

type Emit = (kind: TokenKind, from: number, to: number, value?: string, num?: number) => void;

/** A double-quoted string; it ends at its closing quote or, unterminated, at the end of the line. */
function lexString(source: string, start: number, report: Reporter, tok: Emit): number {
  let pos = start + 1;
  let value = '';
  for (;;) {
    const c = source.charCodeAt(pos);
    if (pos >= source.length || isLineBreak(c)) {
      report.at('unterminated-string', start, pos, {}, { id: 'close-string' });
      tok('bad', start, pos);
      return pos;
    }
    if (c === 34) {
      tok('string', start, pos + 1, value);
      return pos + 1;
    }
    if (c === 92 /* \ */) {
      const next = source.codePointAt(pos + 1);
      if (next === 34 || next === 92) {
        value += String.fromCharCode(next);
        pos += 2;
        continue;
      }
      if (next !== undefined && !isLineBreak(next)) {
        const ch = String.fromCodePoint(next);
        report.at('bad-escape', pos, pos + 1 + ch.length, { char: ch }, { id: 'only-escapes' });
        value += `\\${ch}`;
        pos += 1 + ch.length;
        continue;
      }
    }
    value += source[pos] ?? '';
    pos++;
  }
}

/** A run of characters that start no token: one diagnostic for the whole run. */
function lexBad(source: string, start: number, report: Reporter, tok: Emit): number {
  let pos = start;
  while (pos < source.length) {
    const c = source.charCodeAt(pos);
    if (isLineBreak(c) || c === 34 || c === 35 || /[\s0-9]/.test(source[pos] ?? '')) break;
    NAME.lastIndex = pos;
    if (
      NAME.test(source) ||
      PUNCT1.includes(source[pos] ?? '') ||
      PUNCT2.includes(source.slice(pos, pos + 2))
    )
      break;
    pos += (source.codePointAt(pos) ?? 0) > 0xffff ? 2 : 1;
  }
  const code = source.codePointAt(start) ?? 0x3f;
  const first = String.fromCodePoint(code);
  // Invisible characters are named by their code so the message shows something readable.
  const shown = /[\p{C}\p{Z}]/u.test(first) ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}` : first;
  const hint =
    first === '='
      ? 'use-double-equals'
      : first === '“' || first === '”' || first === "'" || first === '‘' || first === '’'
        ? 'straight-quotes'
        : first === '.' && /[0-9]/.test(source[start - 1] ?? '')
          ? 'whole-numbers'
          : null;
  report.at('unexpected-char', start, pos, { char: shown }, hint ? { id: hint } : null);
  tok('bad', start, pos);
  return pos;
}
