// A cursor over the tokens of one line. It reports at most one syntax error per line: after the
// first, the rest of the line is unreliable and more errors would only be noise.

import type { Span } from './ast';
import type { DiagnosticCode, Hint, Params, Reporter } from './diagnostics';
import { isKeyword, type SourceLine, type Token } from './lexer';
import type { LineMap } from './span';

/** Words a person would use for a token in a message: "the number 5", "the keyword `end`". */
export function describe(tok: Token): string {
  switch (tok.kind) {
    case 'number':
      return `the number ${tok.text.length > 30 ? `${tok.text.slice(0, 27)}…` : tok.text}`;
    case 'string':
      return 'a quoted text';
    case 'name':
      return isKeyword(tok.text) ? `the keyword \`${tok.text}\`` : `\`${tok.text}\``;
    default:
      return `\`${tok.text}\``;
  }
}

export class Cursor {
  pos = 0;
  /** Set once this line has an error; later problems on it stay unreported. */
  failed = false;
  /** Expression nodes built on this line, bounded so no tree gets deep enough to overflow a walk. */
  nodes = 0;

  constructor(
    readonly line: SourceLine,
    readonly report: Reporter,
    readonly map: LineMap,
  ) {}

  peek(k = 0): Token | undefined {
    return this.line.tokens[this.pos + k];
  }

  next(): Token | undefined {
    const t = this.line.tokens[this.pos];
    if (t) this.pos++;
    return t;
  }

  atEnd(): boolean {
    return this.pos >= this.line.tokens.length;
  }

  isPunct(text: string, k = 0): boolean {
    const t = this.peek(k);
    return t !== undefined && t.kind === 'punct' && t.text === text;
  }

  /** True when the token is the given keyword (or word). */
  isWord(word: string, k = 0): boolean {
    const t = this.peek(k);
    return t !== undefined && t.kind === 'name' && t.text === word;
  }

  /** True when the token can be a name: a word that is not reserved. */
  isName(k = 0): boolean {
    const t = this.peek(k);
    return t !== undefined && t.kind === 'name' && !isKeyword(t.text);
  }

  /** End offset of the last consumed token (the line's first token's start when none). */
  lastEnd(): number {
    return this.line.tokens[this.pos - 1]?.to ?? this.line.tokens[0]?.from ?? 0;
  }

  /** End offset of the line's last token. */
  lineEnd(): number {
    return this.line.tokens[this.line.tokens.length - 1]?.to ?? 0;
  }

  span(from: number, to: number): Span {
    return this.map.span(from, to);
  }

  /**
   * Reports a problem at `tok`, or at the end of the line when it is missing. Stays silent after
   * an earlier error on this line, and on a token the lexer already reported.
   */
  fail(code: DiagnosticCode, tok: Token | undefined, params: Params = {}, hint: Hint | null = null): void {
    if (this.failed) return;
    this.failed = true;
    if (tok?.kind === 'bad') return;
    const full = tok ? { ...params, found: describe(tok) } : params;
    const at = tok ?? { from: this.lineEnd(), to: this.lineEnd() };
    this.report.at(code, at.from, at.to, full, hint);
  }

  /** Reports an error over a stretch of the line (same one-per-line rule). */
  failSpan(
    code: DiagnosticCode,
    from: number,
    to: number,
    params: Params = {},
    hint: Hint | null = null,
  ): void {
    if (this.failed) return;
    this.failed = true;
    this.report.at(code, from, to, params, hint);
  }

  /** Reports anything left on the line after a complete statement. */
  expectEnd(hint: Hint | null = null): void {
    const t = this.peek();
    if (!t || this.failed) return;
    this.failed = true;
    if (t.kind === 'bad') return;
    this.report.at(
      'unexpected-token',
      t.from,
      this.lineEnd(),
      { found: describe(t) },
      hint ?? { id: 'one-statement-per-line' },
    );
  }

  /** Consumes a name token, or reports what stands there instead. */
  name(what: string, after: string): Token | null {
    if (this.isName()) return this.next() ?? null;
    const t = this.peek();
    const reserved =
      t?.kind === 'name' ? ({ id: 'keyword-reserved', params: { word: t.text } } as const) : null;
    this.fail('expected-name', t, { what, after }, reserved);
    return null;
  }

  /** Consumes a plain number token, or reports what stands there instead. */
  number(after: string): Token | null {
    const t = this.peek();
    if (t?.kind === 'number') return this.next() ?? null;
    this.fail('expected-number', t, { after });
    return null;
  }

  /** Consumes the given punctuation or keyword, or reports it missing. */
  expect(text: string): Token | null {
    const t = this.peek();
    if (t && (t.kind === 'punct' || t.kind === 'name') && t.text === text) return this.next() ?? null;
    this.fail('expected-token', t, { what: `\`${text}\`` });
    return null;
  }
}
