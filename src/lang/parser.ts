// Lines → tree. A stack of open blocks (`process`, `repeat`, `loop`, `if`) gives the structure;
// each line is parsed on its own, so a broken line costs one diagnostic, not the rest of the file.

import type { Setting, Stmt } from './ast';
import { Cursor } from './cursor';
import type { Reporter } from './diagnostics';
import { isKeyword, type SourceLine, type Token } from './lexer';
import type { LineMap } from './span';
import { type Opener, parseStatement, STATEMENT_KEYWORDS } from './statements';
import { suggest } from './suggest';
import {
  type Parsed,
  type ProcessHeader,
  parseProcessHeader,
  parseTopLine,
  TOP_KEYWORDS,
  TOP_ONLY,
} from './toplevel';

/** Blocks nested deeper than this are reported and left out (keeps every walk of the tree shallow). */
export const MAX_BLOCK_DEPTH = 40;

/** Keywords that a misspelling may safely be read as, to keep `end`s matched with their blocks. */
const STRUCTURAL = ['process', 'repeat', 'loop', 'if', 'end', 'else'];

interface Frame {
  kind: 'process' | 'repeat' | 'loop' | 'if';
  /** How the missing-`end` message names the block. */
  label: string;
  from: number;
  headerTo: number;
  line: number;
  body: Stmt[];
  elseBody: Stmt[] | null;
  /** An `else if` was seen: later `else`s are part of the same mistake, not new ones. */
  chained: boolean;
  /** Parsed for its diagnostics but left out of the tree (stray or too deep). */
  detached: boolean;
  opener: Opener | null;
  header: ProcessHeader | null;
}

/** The settings a scenario has when it writes none (SPEC §1: latency 1, jitter 0, seed 1). */
export function defaultSettings(): { latency: Setting; jitter: Setting; seed: Setting } {
  return {
    latency: { value: 1, span: null },
    jitter: { value: 0, span: null },
    seed: { value: 1, span: null },
  };
}

/** Parses the lexed lines into declarations and process bodies, reporting syntax errors. */
export function parse(lines: SourceLine[], report: Reporter, map: LineMap): Parsed {
  const out: Parsed = {
    titles: [],
    abouts: [],
    settings: defaultSettings(),
    links: [],
    barriers: [],
    queues: [],
    processes: [],
    names: [],
    faults: [],
    goals: [],
  };
  const stack: Frame[] = [];
  let lastEnd = 0;

  const close = (to: number): void => {
    const f = stack.pop();
    if (!f) return;
    const span = map.span(f.from, Math.max(to, f.headerTo));
    if (f.kind === 'process') {
      if (f.header && !f.detached) out.processes.push({ ...f.header, body: f.body, span });
      return;
    }
    const o = f.opener;
    const stmt: Stmt | null =
      o?.kind === 'repeat'
        ? { kind: 'repeat', count: o.count, body: f.body, span }
        : o?.kind === 'if'
          ? { kind: 'if', cond: o.cond, then: f.body, else: f.elseBody, span }
          : o?.kind === 'loop'
            ? { kind: 'loop', body: f.body, span }
            : null;
    const parent = stack[stack.length - 1];
    if (stmt && parent && !f.detached) (parent.elseBody ?? parent.body).push(stmt);
  };

  const closeMissing = (to: number): void => {
    const f = stack[stack.length - 1];
    if (!f) return;
    report.at('missing-end', f.from, f.headerTo, { opener: f.label, line: f.line });
    close(to);
  };

  const open = (c: Cursor, kw: Token, kind: Frame['kind'], label: string, extra: Partial<Frame>): void => {
    const parent = stack[stack.length - 1];
    let detached = extra.detached ?? false;
    if (parent?.detached) detached = true;
    else if (kind !== 'process' && stack.length >= MAX_BLOCK_DEPTH) {
      c.failSpan('too-deep', kw.from, c.lineEnd(), { what: 'block' });
      detached = true;
    }
    stack.push({
      kind,
      label,
      from: kw.from,
      headerTo: c.lastEnd(),
      line: c.line.line,
      body: [],
      elseBody: null,
      chained: false,
      opener: null,
      header: null,
      ...extra,
      detached,
    });
  };

  const dispatch = (c: Cursor, kw: Token): void => {
    const word = kw.text;
    const top = stack[stack.length - 1];
    if (word === 'end') {
      if (!top) c.fail('extra-end', kw, {}, { id: 'remove-end' });
      else {
        c.expectEnd();
        close(kw.to);
      }
      return;
    }
    if (word === 'else') {
      if (top?.kind !== 'if') return c.fail('else-outside-if', kw);
      if (c.isWord('if')) {
        c.failSpan('else-if', kw.from, c.peek()?.to ?? kw.to, {}, { id: 'nest-if' });
        top.elseBody ??= [];
        top.chained = true;
        return;
      }
      if (top.elseBody && !top.chained) c.fail('duplicate-else', kw, { line: top.line });
      top.elseBody ??= [];
      c.expectEnd();
      return;
    }
    if (word === 'process') {
      while (stack.length > 0) closeMissing(lastEnd);
      const header = parseProcessHeader(c);
      if (header)
        out.names.push({
          name: header.name,
          kind: header.group ? 'group' : 'process',
          span: header.nameSpan,
        });
      open(c, kw, 'process', header ? `process ${header.name}` : 'process', { header, detached: !header });
      return;
    }
    if (STATEMENT_KEYWORDS.includes(word) && (top || word !== 'barrier')) {
      if (!top) c.fail('statement-outside-process', kw, { word }, { id: 'put-inside-process' });
      const r = parseStatement(c, kw);
      if (r?.kind === 'stmt' && top) (top.elseBody ?? top.body).push(r.stmt);
      if (r?.kind === 'open') open(c, kw, r.opener.kind, r.opener.kind, { opener: r.opener, detached: !top });
      return;
    }
    if (TOP_KEYWORDS.includes(word)) {
      if (top && TOP_ONLY.includes(word))
        return c.fail('toplevel-in-process', kw, { word }, { id: 'move-to-top' });
      return parseTopLine(c, kw, out);
    }
    if (isKeyword(word)) return c.fail('expected-keyword', kw);
    const candidates = top
      ? [...STATEMENT_KEYWORDS, 'end', ...(top.kind === 'if' ? ['else'] : [])]
      : TOP_KEYWORDS;
    const guess = suggest(word, candidates);
    c.fail('unknown-keyword', kw, { word }, guess ? { id: 'did-you-mean', params: { name: guess } } : null);
    // Read a misspelt block keyword as meant, so its `end` still matches (the line is already reported).
    if (guess && STRUCTURAL.includes(guess)) dispatch(c, { ...kw, text: guess, value: guess });
  };

  for (const line of lines) {
    const first = line.tokens[0];
    if (!first) continue;
    const c = new Cursor(line, report, map);
    c.next();
    if (first.kind === 'name') dispatch(c, first);
    else c.fail('expected-keyword', first);
    lastEnd = c.lineEnd();
  }
  while (stack.length > 0) closeMissing(lastEnd);
  return out;
}
