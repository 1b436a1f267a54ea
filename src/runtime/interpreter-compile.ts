// Compiles one process instance's program into a tree of ready-made operations. Expressions only
// mention `i` and `n`, which are constant for an instance, so every expression is evaluated here
// once; a statement whose evaluation fails becomes an `error` operation, raised only if reached.

import type { Expr, ProcessDecl, Scenario, Stmt, Target } from '../lang/ast';
import type { Op } from '../engine/ops';
import { runErrorMessage, type RunErrorCode, type RunErrorInfo } from '../lang/diagnostics.run';
import { applyOp, compare } from '../lang/expr';
import type { Params } from '../lang/hints';

/** A compiled statement. */
export type Node =
  | { k: 'op'; op: Op }
  | { k: 'repeat'; line: number; count: number; body: Node[] }
  | { k: 'loop'; line: number; body: Node[] }
  /** An `if` whose condition is known: `body` is the branch taken, or null when none is. */
  | { k: 'if'; line: number; body: Node[] | null }
  /** `if [not] timedout`: decided while the program runs (SPEC §6). */
  | { k: 'timedout'; line: number; negated: boolean; then: Node[]; else: Node[] | null }
  | { k: 'break'; line: number };

/** A statement that fails when reached; `error` names it by code (the checker rules out the others). */
class RunError extends Error {
  constructor(
    message: string,
    readonly error?: RunErrorInfo,
  ) {
    super(message);
  }
}

/** A run-time error known by its code; its message is the code's English text. */
function coded(code: RunErrorCode, params: Params): RunError {
  return new RunError(runErrorMessage(code, params), { code, params });
}

interface Env {
  i: number | null;
  n: number | null;
  decls: Map<string, ProcessDecl>;
}

/** Evaluates an integer expression (division and remainder truncate toward zero). */
export function evaluate(e: Expr, env: Pick<Env, 'i' | 'n'>): number {
  switch (e.kind) {
    case 'num':
      return e.value;
    case 'var': {
      const v = env[e.name];
      if (v === null) throw new RunError(`\`${e.name}\` is only defined inside a group of processes`);
      return v;
    }
    case 'neg':
      return 0 - evaluate(e.operand, env);
    case 'paren':
      return evaluate(e.inner, env);
    case 'bin': {
      const value = applyOp(e.op, evaluate(e.left, env), evaluate(e.right, env));
      if (value === 'div0') throw coded('run-division-by-zero', { op: e.op });
      return value + 0; // + 0 turns -0 into 0
    }
  }
}

/** The name of the process a target designates, e.g. `W[2]`. */
function resolveTarget(t: Target, env: Env): string {
  const decl = env.decls.get(t.name);
  if (decl === undefined) throw new RunError(`there is no process named ${t.name}`);
  const group = decl.group;
  if (group === null) {
    if (t.index !== null) throw new RunError(`${t.name} is a single process, not a group`);
    return t.name;
  }
  if (t.index === null)
    throw new RunError(`${t.name} is a group: name one member, e.g. ${t.name}[${group.first}]`);
  const k = evaluate(t.index, env);
  if (k < group.first || k > group.last)
    throw coded('run-no-such-member', { group: t.name, index: k, first: group.first, last: group.last });
  return `${t.name}[${k}]`;
}

/** A `timeout E` suffix's ticks, or null without one; below 1 is a run-time error. */
function timeoutOf(e: Expr | undefined, env: Env): number | null {
  if (e === undefined) return null;
  const value = evaluate(e, env);
  if (value < 1) throw coded('run-bad-timeout', { value });
  return value;
}

function leaf(s: Stmt, env: Env, inLoop: boolean): Op {
  const line = s.span.line;
  switch (s.kind) {
    case 'compute': {
      const duration = evaluate(s.amount, env);
      if (duration < 0) throw coded('run-negative-compute', { duration });
      return { op: 'compute', line, duration };
    }
    case 'send':
      return {
        op: 'send',
        line,
        kind: 'message',
        to: resolveTarget(s.to, env),
        payload: s.payload,
        timeout: null,
      };
    case 'ssend':
    case 'call': {
      const to = resolveTarget(s.to, env);
      const kind = s.kind === 'ssend' ? 'sync' : 'request';
      return { op: 'send', line, kind, to, payload: s.payload, timeout: timeoutOf(s.timeout, env) };
    }
    case 'recv': {
      const from = s.from === null ? null : resolveTarget(s.from, env);
      return { op: 'recv', line, from, inLoop, timeout: timeoutOf(s.timeout, env) };
    }
    case 'reply':
      return { op: 'reply', line, payload: s.payload };
    case 'publish':
      return { op: 'publish', line, queue: s.queue.name, payload: s.payload };
    case 'consume':
      return { op: 'consume', line, queue: s.queue.name, inLoop, timeout: timeoutOf(s.timeout, env) };
    case 'barrier':
      return { op: 'barrier', line, barrier: s.barrier.name, timeout: timeoutOf(s.timeout, env) };
    case 'note':
      return { op: 'note', line, lang: s.lang, text: s.text };
    case 'ask':
      return { op: 'ask', line, lang: s.lang, text: s.text, answer: s.answer };
    default:
      throw new RunError(`unexpected ${s.kind}`);
  }
}

function compileStmt(s: Stmt, env: Env, inLoop: boolean): Node {
  const line = s.span.line;
  try {
    switch (s.kind) {
      case 'repeat':
        return { k: 'repeat', line, count: evaluate(s.count, env), body: compileBody(s.body, env, inLoop) };
      case 'loop':
        return { k: 'loop', line, body: compileBody(s.body, env, true) };
      case 'break':
        return { k: 'break', line };
      case 'if': {
        if (s.cond.kind === 'timedout') {
          const then = compileBody(s.then, env, inLoop);
          const otherwise = s.else === null ? null : compileBody(s.else, env, inLoop);
          return { k: 'timedout', line, negated: s.cond.negated, then, else: otherwise };
        }
        const taken = compare(s.cond.op, evaluate(s.cond.left, env), evaluate(s.cond.right, env))
          ? s.then
          : s.else;
        return { k: 'if', line, body: taken === null ? null : compileBody(taken, env, inLoop) };
      }
      default:
        return { k: 'op', op: leaf(s, env, inLoop) };
    }
  } catch (error) {
    if (!(error instanceof RunError)) throw error;
    return { k: 'op', op: { op: 'error', line, message: error.message, ...error.error } };
  }
}

function compileBody(body: Stmt[], env: Env, inLoop: boolean): Node[] {
  return body.map((s) => compileStmt(s, env, inLoop));
}

/** Compiles the program of `scenario.instances[instance]`. */
export function compileInstance(scenario: Scenario, instance: number): Node[] {
  const inst = scenario.instances[instance];
  if (inst === undefined) throw new RangeError(`no process instance ${instance}`);
  const decl = scenario.processes[inst.decl];
  if (decl === undefined) throw new RangeError(`no process declaration ${inst.decl}`);
  const decls = new Map(scenario.processes.map((d) => [d.name, d]));
  return compileBody(decl.body, { i: inst.i, n: inst.n, decls }, false);
}
