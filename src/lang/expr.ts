// Expressions and conditions: integers, + - * / %, unary minus, parentheses, `i` and `n`.
// Precedence climbs by hand (two levels), left-associative; `paren` nodes are kept so that
// printing gives back what was written.

import type { BinaryOp, CompareOp, Cond, Expr } from './ast';
import type { Cursor } from './cursor';

/** Nesting of parentheses and unary minus accepted in one expression. */
export const MAX_EXPR_DEPTH = 32;
/** Nodes accepted in the expressions of one line (keeps every tree shallow enough to walk). */
export const MAX_EXPR_NODES = 256;

const COMPARE: readonly string[] = ['==', '!=', '<', '<=', '>', '>='];

/** Parses an expression; reports and returns null when there is none. `after` names what precedes it. */
export function parseExpr(c: Cursor, after: string): Expr | null {
  return additive(c, after, 0);
}

/** Parses `E op E` for `if`. */
export function parseCond(c: Cursor): Cond | null {
  const left = parseExpr(c, 'if');
  if (!left) return null;
  const t = c.peek();
  if (!t || t.kind !== 'punct' || !COMPARE.includes(t.text)) {
    c.fail('expected-token', t, { what: 'a comparison (`==`, `!=`, `<`, `<=`, `>` or `>=`)' });
    return null;
  }
  c.next();
  const right = parseExpr(c, t.text);
  if (!right) return null;
  return {
    kind: 'compare',
    op: t.text as CompareOp,
    left,
    right,
    span: c.span(left.span.from, right.span.to),
  };
}

function node(c: Cursor, e: Expr): Expr | null {
  if (++c.nodes > MAX_EXPR_NODES) {
    c.failSpan('too-deep', e.span.from, e.span.to, { what: 'expression' });
    return null;
  }
  return e;
}

function additive(c: Cursor, after: string, depth: number): Expr | null {
  let left = term(c, after, depth);
  while (left && (c.isPunct('+') || c.isPunct('-'))) {
    const op = (c.next()?.text ?? '+') as BinaryOp;
    const right = term(c, op, depth);
    if (!right) return null;
    left = node(c, { kind: 'bin', op, left, right, span: c.span(left.span.from, right.span.to) });
  }
  return left;
}

function term(c: Cursor, after: string, depth: number): Expr | null {
  let left = unary(c, after, depth);
  while (left && (c.isPunct('*') || c.isPunct('/') || c.isPunct('%'))) {
    const op = (c.next()?.text ?? '*') as BinaryOp;
    const right = unary(c, op, depth);
    if (!right) return null;
    left = node(c, { kind: 'bin', op, left, right, span: c.span(left.span.from, right.span.to) });
  }
  return left;
}

function unary(c: Cursor, after: string, depth: number): Expr | null {
  const t = c.peek();
  if (!t) {
    c.fail('expected-expression', t, { after });
    return null;
  }
  if (t.kind === 'punct' && (t.text === '-' || t.text === '(')) {
    if (depth >= MAX_EXPR_DEPTH) {
      c.failSpan('too-deep', t.from, c.lineEnd(), { what: 'expression' });
      return null;
    }
    c.next();
    if (t.text === '-') {
      const operand = unary(c, '-', depth + 1);
      return operand && node(c, { kind: 'neg', operand, span: c.span(t.from, operand.span.to) });
    }
    const inner = additive(c, '(', depth + 1);
    if (!inner) return null;
    const close = c.expect(')');
    return close && node(c, { kind: 'paren', inner, span: c.span(t.from, close.to) });
  }
  if (t.kind === 'number') {
    c.next();
    return node(c, { kind: 'num', value: t.num, span: c.span(t.from, t.to) });
  }
  if (t.kind === 'name' && (t.text === 'i' || t.text === 'n')) {
    c.next();
    return node(c, { kind: 'var', name: t.text, span: c.span(t.from, t.to) });
  }
  c.fail('expected-expression', t, { after }, t.kind === 'name' ? { id: 'expression-parts' } : null);
  return null;
}

/** Whether an expression mentions `i` or `n`. */
export function usesVar(e: Expr, name: 'i' | 'n'): boolean {
  switch (e.kind) {
    case 'num':
      return false;
    case 'var':
      return e.name === name;
    case 'neg':
      return usesVar(e.operand, name);
    case 'paren':
      return usesVar(e.inner, name);
    case 'bin':
      return usesVar(e.left, name) || usesVar(e.right, name);
  }
}

export interface Env {
  i?: number;
  n?: number;
}

/** The value of an expression (division truncates toward zero), or why it has none yet. */
export function evalExpr(e: Expr, env: Env): number | 'unknown' | 'div0' {
  switch (e.kind) {
    case 'num':
      return e.value;
    case 'var':
      return env[e.name] ?? 'unknown';
    case 'neg': {
      const v = evalExpr(e.operand, env);
      return typeof v === 'number' ? 0 - v : v;
    }
    case 'paren':
      return evalExpr(e.inner, env);
    case 'bin': {
      const a = evalExpr(e.left, env);
      if (typeof a !== 'number') return a;
      const b = evalExpr(e.right, env);
      if (typeof b !== 'number') return b;
      return applyOp(e.op, a, b);
    }
  }
}

/** One arithmetic step as the run performs it (so the checker and the interpreter agree). */
export function applyOp(op: BinaryOp, a: number, b: number): number | 'div0' {
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return b === 0 ? 'div0' : Math.trunc(a / b) + 0;
    case '%':
      return b === 0 ? 'div0' : (a % b) + 0;
  }
}

/** Whether a comparison holds. */
export function compare(op: CompareOp, a: number, b: number): boolean {
  switch (op) {
    case '==':
      return a === b;
    case '!=':
      return a !== b;
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
  }
}
